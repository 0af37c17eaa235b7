#include "CliRunner.h"

#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace gatehouse::test {

QJsonObject CliResult::errorJson() const
{
    const QList<QByteArray> lines = err.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last()).object();
}

QString CliResult::errorCode() const
{
    return errorJson().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QByteArray CliResult::describe() const
{
    return "\n$ " + program.toUtf8() + "\nexit " + QByteArray::number(exitCode) + "\n--- stdout\n" +
           out.left(4000) + "\n--- stderr\n" + err.left(4000);
}

CliRunner::CliRunner()
    : m_program(qEnvironmentVariable("GATEHOUSE_CLI"))
    , m_env(QProcessEnvironment::systemEnvironment())
{
    m_env.remove(QStringLiteral("GATEHOUSE_TENANT"));
    m_env.remove(QStringLiteral("GATEHOUSE_PG_PASSWORD"));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
}

CliResult CliRunner::start(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                           const QByteArray &input) const
{
    CliResult result;
    result.program = program + QLatin1Char(' ') + args.join(QLatin1Char(' ')).left(400);
    QProcess process;
    process.setProcessEnvironment(env.isEmpty() ? m_env : env);
    process.setWorkingDirectory(m_dir.path());
    process.start(program, args);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = "gatehouse-cli did not finish: " + process.errorString().toUtf8();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliResult CliRunner::run(const QStringList &args) const
{
    return start(m_program, QStringList{QStringLiteral("--workspace"), workspace()} + args);
}

CliResult CliRunner::run(const QStringList &args, const QByteArray &input) const
{
    return start(m_program, QStringList{QStringLiteral("--workspace"), workspace()} + args, {}, input);
}

CliResult CliRunner::runBare(const QStringList &args) const
{
    return start(m_program, args);
}

CliResult CliRunner::runBare(const QStringList &args, const QByteArray &input,
                             const QProcessEnvironment &env) const
{
    return start(m_program, args, env, input);
}

CliResult CliRunner::runShell(const QString &script) const
{
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("CLI"), m_program);
    env.insert(QStringLiteral("WS"), workspace());
    return start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script}, env);
}

QString CliRunner::create(const QStringList &args) const
{
    const CliResult result = run(QStringList{QStringLiteral("--json")} + args);
    if (result.exitCode != 0) {
        QTest::qFail(result.describe().constData(), __FILE__, __LINE__);
        return {};
    }
    return result.json().object().value(QStringLiteral("id")).toString();
}

} // namespace gatehouse::test
