#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace gatehouse::test {

/// What one gatehouse-cli run produced.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString program; ///< the command line, for failure messages

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    /// The JSON error object printed on stderr with --json (the last line of stderr).
    QJsonObject errorJson() const;
    /// The "code" of that error object ("forbidden", "not_found", …; empty when there is none).
    QString errorCode() const;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    /// Everything, for QVERIFY2 messages.
    QByteArray describe() const;
};

/// Runs the real gatehouse-cli binary (path from GATEHOUSE_CLI) against a workspace in its own
/// temporary directory. The child gets XDG_DATA_HOME inside that directory, so nothing ever
/// touches the default workspace of the person running the tests, and no GATEHOUSE_TENANT.
class CliRunner
{
public:
    CliRunner();

    bool isValid() const { return m_dir.isValid() && !m_program.isEmpty(); }
    QString program() const { return m_program; }
    QString dir() const { return m_dir.path(); }
    QString workspace() const { return m_dir.filePath(QStringLiteral("w.sqlite")); }
    QProcessEnvironment &environment() { return m_env; }

    /// gatehouse-cli --workspace <workspace()> <args...>
    CliResult run(const QStringList &args) const;
    /// The same with `input` on the child's stdin (which is closed after it; without input the
    /// child reads an empty stdin).
    CliResult run(const QStringList &args, const QByteArray &input) const;
    /// gatehouse-cli <args...> (no --workspace added).
    CliResult runBare(const QStringList &args) const;
    /// The same with `input` on stdin and `env` as the child's whole environment (empty = environment()).
    CliResult runBare(const QStringList &args, const QByteArray &input, const QProcessEnvironment &env) const;
    /// Runs a /bin/sh script with "$CLI" set to the binary and "$WS" to workspace(): for arguments that are
    /// not valid UTF-8 (QProcess can only pass text), e.g. "$CLI" tenant create "$(printf '\377')".
    CliResult runShell(const QString &script) const;

    /// Runs `args` with --json and returns the "id" of the created object (fails the test on error).
    QString create(const QStringList &args) const;

private:
    CliResult start(const QString &program, const QStringList &args, const QProcessEnvironment &env = {},
                    const QByteArray &input = {}) const;

    QTemporaryDir m_dir;
    QString m_program;
    QProcessEnvironment m_env;
};

} // namespace gatehouse::test

/// QCOMPARE for an exit code, printing the run's output on failure.
#define GH_EXPECT_EXIT(result, code)                                                                         \
    do {                                                                                                     \
        const auto &gh_cli = (result);                                                                       \
        QVERIFY2(gh_cli.exitCode == (code), gh_cli.describe().constData());                                  \
    } while (false)
