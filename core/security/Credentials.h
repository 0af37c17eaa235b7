#pragma once

#include "backend/Result.h"
#include "backend/WorkspaceSpec.h"
#include "journal/JournalSeal.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <optional>

namespace gatehouse::security {

class Keychain;

/// The keychain kind of connection credentials: "logto". The entry's account is
/// WorkspaceSpec::keychainAccount(); its value the JSON object {"clientId": …, "clientSecret": …}.
QString credentialsKind();

/// The keychain kind of journal keys: "journal-key". The entry's account is
/// WorkspaceSpec::keychainAccount(); its value journalseal::encodeKeys().
QString journalKeyKind();

/// The client id and secret from GATEHOUSE_CLIENT_ID / GATEHOUSE_CLIENT_SECRET: nullopt when
/// neither is set, a Validation error naming the missing one when only one is set or one is blank.
Result<std::optional<std::pair<QString, QString>>> credentialsFromEnvironment();

/// The keychain value for a client id and secret, and back (nullopt for anything else).
QString encodeCredentials(const QString &clientId, const QString &clientSecret);
std::optional<std::pair<QString, QString>> decodeCredentials(const QString &value);

/// Where a Logto connection's machine-to-machine client id and secret come from — one order for
/// the GUI, the command line and everything else:
///
/// 1. the spec itself, when it carries both (a person just typed them);
/// 2. this session's memory (remember(): accepted by the server, or typed where no keychain works);
/// 3. the environment (GATEHOUSE_CLIENT_ID and GATEHOUSE_CLIENT_SECRET, both or neither);
/// 4. the system keychain entry of the connection (see credentialsKind()).
///
/// The secret never reaches QSettings, logs, the journal or an error message: errors name the
/// connection's keychain account (which holds no secret) and the variables, never a value.
///
/// Thread rule: create and use on a thread with a running event loop (the keychain's); futures
/// finish on that thread. Without a keychain (nullptr) step 4 says that none is available.
class CredentialResolver : public QObject
{
    Q_OBJECT
public:
    explicit CredentialResolver(Keychain *keychain, QObject *parent = nullptr);

    /// `spec` with clientId and clientSecret filled in (order above). Specs that are not Logto
    /// connections come back unchanged. Errors: Validation (half-set environment), NotFound
    /// (nothing saved for this connection), Unavailable (no working keychain), Internal (an entry
    /// that is not the expected JSON). Each message says how to provide the credentials.
    QFuture<Result<WorkspaceSpec>> resolve(WorkspaceSpec spec);

    /// Keeps spec's id and secret in this session's memory (step 2) / forgets them.
    void remember(const WorkspaceSpec &spec);
    void forget(const WorkspaceSpec &spec);
    /// Whether this session's memory holds credentials for spec's connection.
    bool remembers(const WorkspaceSpec &spec) const;

    /// Whether a system keychain works here (probed once).
    QFuture<Result<bool>> keychainWorks();
    /// Stores spec's id and secret in the keychain. Unavailable (nothing written) when none works.
    QFuture<Result<Done>> save(const WorkspaceSpec &spec);
    /// Removes the connection's keychain entry; removing one that does not exist succeeds.
    /// Unavailable when no keychain works.
    QFuture<Result<Done>> remove(const WorkspaceSpec &spec);

    /// What `spec`'s journal is sealed and verified with on this machine (JournalSeal.h): the
    /// keys in the keychain entry of the workspace or connection — a new one is made and saved
    /// there when there is none and `create` is set — and the anchor this machine keeps. Never
    /// fails: without a working keychain, or with an entry that is not a journal key, the seal
    /// is empty and its limitation says why.
    QFuture<JournalSeal> journalSeal(const WorkspaceSpec &spec, bool create);

private:
    struct Pair
    {
        QString clientId;
        QString clientSecret;
    };

    QFuture<Result<WorkspaceSpec>> fromKeychain(const WorkspaceSpec &spec);

    QPointer<Keychain> m_keychain;
    QHash<QString, Pair> m_session;
};

} // namespace gatehouse::security
