#pragma once

#include "backend/Backend.h"
#include "backend/WorkspaceSpec.h"
#include "connections/ConnectionStore.h"
#include "security/Credentials.h"

#include <QObject>
#include <functional>
#include <map>
#include <memory>

namespace gatehouse::security {
class Keychain;
}

namespace gatehouse::ui {

/// What "Test" found out about a connection.
struct ConnectionReport
{
    QString tenantName;
    int applications = 0;
    Capabilities capabilities;
};

/// Credentials and tests of Logto connections for the GUI.
///
/// Credentials: a secret entered in this session is kept in memory (per connection account)
/// and, where the system keychain works, also stored there. Where they are looked for, and in
/// which order, is security::CredentialResolver's (this session, the environment, the
/// keychain). Secrets never reach QSettings or logs.
///
/// Tests: test() opens a throwaway backend for the connection (token + one read), lists the
/// applications once, and destroys the backend again on this thread.
///
/// Thread rule: UI thread only; every future finishes on the UI thread.
class ConnectionManager : public QObject
{
    Q_OBJECT
public:
    ConnectionManager(security::Keychain *keychain, QObject *parent);
    ~ConnectionManager() override;

    /// Calls `then(works)` once the keychain probe has answered (at once when known).
    void probeKeychain(std::function<void(bool)> then);

    /// `spec` with its client id and secret (see above). Errors as CredentialResolver::resolve.
    QFuture<Result<WorkspaceSpec>> credentials(const WorkspaceSpec &spec);
    /// What spec's journal is sealed with on this machine (CredentialResolver::journalSeal).
    QFuture<JournalSeal> journalSeal(const WorkspaceSpec &spec, bool create);
    /// Keeps spec's credentials for this session and, when a keychain works, stores them there.
    /// Resolves to true when they are in the keychain, false when kept for this session only;
    /// an Error when the keychain refused them (they are still kept for the session).
    QFuture<Result<bool>> storeCredentials(const WorkspaceSpec &spec);
    /// Keeps spec's credentials for this session only (after they were accepted by the server),
    /// or forgets the session copy (after they were refused).
    void keepForSession(const WorkspaceSpec &spec);
    void dropFromSession(const WorkspaceSpec &spec);
    /// Forgets the session copy and removes the keychain entry (when a keychain works).
    QFuture<Result<Done>> forgetCredentials(const WorkspaceSpec &spec);
    /// Moves what is known for `from` to `to`'s account (a connection's address changed).
    QFuture<Result<bool>> moveCredentials(const WorkspaceSpec &from, WorkspaceSpec to);

    /// Saves `connection` in the settings (replacing `previousAccount` when given) and its
    /// credentials: `secret` when typed, else those known for the previous account (moved when
    /// the account changed). Resolves like storeCredentials(); true also when nothing had to be
    /// stored because the keychain already holds it.
    QFuture<Result<bool>> saveConnection(const SavedConnection &connection, const QString &secret,
                                         const QString &previousAccount);
    /// Removes the connection from the settings and its credentials from the session and keychain.
    QFuture<Result<Done>> removeConnection(const SavedConnection &connection);

    /// Token + one read with `spec` (credentials filled in). Resolves on the UI thread.
    QFuture<Result<ConnectionReport>> test(const WorkspaceSpec &spec);

private:
    security::CredentialResolver m_credentials;
    int m_keychainWorks = -1;                        ///< -1 not probed yet, 0 no keychain, 1 a keychain works
    std::map<int, std::unique_ptr<Backend>> m_tests; ///< backends of tests in flight
    int m_nextTest = 0;
};

} // namespace gatehouse::ui
