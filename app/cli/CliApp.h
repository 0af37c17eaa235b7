#pragma once

#include "CliOutput.h"
#include "Command.h"
#include "Invocation.h"
#include "backend/Backend.h"
#include "backend/WorkspaceSpec.h"
#include "policy/Access.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QStringList>
#include <functional>
#include <memory>

namespace gatehouse::security {
class CredentialResolver;
class Keychain;
} // namespace gatehouse::security

namespace gatehouse::cli {

/// gatehouse-cli: parses the command line, opens the workspace and runs one command.
///
/// Threading: main() runs QCoreApplication::exec() on the main thread and calls run() on a
/// separate QThread. run() is ordinary sequential code that blocks on each backend future with
/// QFuture::waitForFinished(); that is fine because it is not the thread with the event loop,
/// and the backend's futures finish on the backend's own worker thread. No nested event loop is
/// ever spun. The Backend is created, used and destroyed on the command thread only. When run()
/// returns, main() hands the code to QCoreApplication::exit().
///
/// The system keychain (credentials of Logto connections) needs the event loop: it lives on the
/// main thread, and withKeychain() starts a keychain call there and waits for it here.
///
/// Output: everything printed goes through out() (CliOutput): results to stdout, JSON with --json;
/// errors to stderr.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::CliApp)
public:
    /// `rawArguments` are argv[1..] as bytes; they are decoded as UTF-8 in run().
    explicit CliApp(QList<QByteArray> rawArguments);
    ~CliApp();

    /// Runs the whole command; returns the exit code. Call once, from the command thread.
    int run();

    // --- for commands -------------------------------------------------------------------------
    /// Where results, notes and errors are printed; knows whether --json was given.
    CliOutput &out() { return m_out; }
    /// The opened backend for --workspace (or the default workspace); opens it on first use.
    /// For a Logto connection the client id and secret come from the environment or the
    /// keychain (security/Credentials.h).
    Backend &backend();
    /// --workspace parsed (or the default workspace); stops with exit 2 when it does not parse.
    WorkspaceSpec workspaceSpec();
    /// Opens `spec` as this run's backend (a Logto spec must carry its credentials) and stops
    /// with the error when it cannot be opened. Call at most once, before backend().
    Backend &openBackend(const WorkspaceSpec &spec);
    /// `spec` with the client id and secret of the connection filled in; stops with the error
    /// (exit 1, or 3 when nothing is saved for it, or 4 when the environment is half set).
    WorkspaceSpec withCredentials(const WorkspaceSpec &spec);
    /// Runs `start` on the main thread with the connections' credentials (the system keychain
    /// behind them) and waits for its result here.
    template <typename T>
    Result<T> withKeychain(const std::function<QFuture<Result<T>>(security::CredentialResolver &)> &start)
    {
        QFuture<Result<T>> future;
        if (!runOnMainThread([&](security::CredentialResolver &credentials) { future = start(credentials); }))
            return Error(ErrorCode::Internal, tr("The keychain can only be used from the command thread."));
        future.waitForFinished();
        return future.result();
    }
    /// Who this run acts as (established when the backend opened; see backend()).
    const policy::OperatorIdentity &identity()
    {
        backend();
        return m_identity;
    }
    /// Replaces --workspace (for commands that take the workspace as an argument). Call before
    /// backend().
    void setWorkspace(const QString &workspace) { m_workspace = workspace; }
    /// The tenant from --tenant / GATEHOUSE_TENANT (an id, or a unique tenant name), or the only
    /// tenant of the workspace; stops with exit 2 when it cannot be decided.
    QString tenantId();
    /// The id of the tenant `requested` names (an id or a unique name); empty: the only tenant.
    /// Exits with a usage error or not-found otherwise.
    QString tenantId(const QString &requested);

    /// Blocks until `future` finishes; returns its value or prints the error and stops.
    template <typename T>
    T await(Future<T> future)
    {
        future.waitForFinished();
        Result<T> result = future.result();
        if (!result.ok())
            fail(result.error());
        return std::move(result).value();
    }

    /// Prints `error` (CliOutput::printError()) and stops with its exit code.
    [[noreturn]] void fail(const Error &error);
    /// Prints a usage problem (with a pointer to --help for `command`) and stops with exit 2.
    [[noreturn]] void usageError(const QString &message, const QString &command = {});
    /// The --reason value of a sensitive command (recorded in the journal); missing or blank
    /// stops with exit 2.
    QString reason(Invocation &in);
    /// Prints `message` as an error and stops with `code`.
    [[noreturn]] void failWith(int code, const QString &message, const QString &codeName);

private:
    void decodeArguments();
    void parseGlobalOptions();
    void appendHelpOption();
    int dispatch();
    const Noun *findNoun(const QString &name) const;
    void runVerb(const Noun &noun, const Verb &verb, const QStringList &rest);
    static QString suggestion(const QString &typed, const QStringList &candidates);
    bool runOnMainThread(const std::function<void(security::CredentialResolver &)> &call);

    QList<QByteArray> m_raw;
    QStringList m_args; ///< decoded, global options removed as they are parsed
    QList<Noun> m_nouns;
    CliOutput m_out;
    bool m_warnedTls = false;  ///< the weak-sslmode warning was printed
    bool m_jsonOption = false; ///< --json seen among the global options
    QString m_workspace;
    QString m_tenant;
    QString m_operator;
    QString m_previewAs; ///< --as: preview another operator
    policy::OperatorIdentity m_identity;
    bool m_mutates = true;
    std::unique_ptr<Backend> m_backend;
    /// Created and destroyed on the main thread (see withKeychain()).
    std::unique_ptr<security::Keychain> m_keychain;
    std::unique_ptr<security::CredentialResolver> m_credentials;
};

} // namespace gatehouse::cli
