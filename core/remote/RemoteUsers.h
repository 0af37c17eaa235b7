#pragma once

#include "backend/Backend.h"

namespace gatehouse::remote {

class RemoteBackend;

/// Users of a Logto tenant over /api/users (RemoteUsers.cpp: changes; RemoteUserQueries.cpp:
/// reads; RemoteUserImport.cpp, RemoteUserExport.cpp: bulk work). Every call runs as one job on
/// the backend's worker thread; changes are journaled locally after the server accepted them,
/// with the same actions and before/after JSON as the local backend.
///
/// What differs from a local workspace, following what Logto can do:
/// - Lists: Logto pages by number, newest first. A UserCursor here is an offset into that
///   order: `key` = the number of rows before the position (decimal), `id` empty; anchors are
///   arithmetic (0, every, 2·every, …) and cost one request for Total-Number. page() asks for
///   pages of 100 (one request when `after` is a multiple of 100 and limit ≤ 100). Rows created
///   or deleted meanwhile shift later pages, as on Logto's own console.
/// - Search is Logto's case-insensitive `like` over id, username, primaryEmail, primaryPhone and
///   name (any substring, also for one or two characters); roleId lists the role's users.
///   Filters and other sorts fail with Unsupported (Capabilities::userFilters/userSorts).
/// - Phone numbers are sent as digits only (Logto's rule), so they read back without
///   punctuation. Passwords are sent in plain text over the connection and hashed by Logto;
///   Logto never discloses digests or their algorithm (passwordAlgorithm reads
///   logto::undisclosedPasswordAlgorithm), so setPasswordExpired and exports with digests fail
///   with Unsupported.
/// - Versions are fingerprints of a user's content (logto::userVersion): update() reads the
///   user, refuses with Conflict when it differs from the version the caller read, then sends
///   only the changed fields (Capabilities::atomicConflictCheck is false).
/// - get() also reads the MFA factors to fill mfaCount (one more request).
///
/// importUsers(): rows are created one POST /api/users each, several in flight
/// (ConnectionSettings::parallel); Logto assigns ids and creation times itself, so the file's
/// id, createdAt and lastSignInAt are checked but not kept; isSuspended is set with a second
/// request. A Logto server has no transactions:
/// - a dry run checks every row (fields, digests, duplicates within the file) and looks up the
///   file's usernames, emails and phones on the server (one search per 50 rows); it writes
///   nothing;
/// - all-or-nothing first makes that same check for the whole file and writes only when every
///   row passed. If the server still refuses a row while writing (someone took a username
///   meanwhile, the server failed), writing stops there: the report names each refused row,
///   says which lines were created (they stay on the server) and from which line on nothing
///   was sent; `fatal` explains it;
/// - skip-invalid writes every valid row; rows the server refuses (422 for a taken username,
///   email or phone) are reported on their line.
/// A row whose POST got no answer (network failure, 5xx) is reported as "not confirmed" (it may
/// exist); POSTs are never repeated blindly. Cancelling stops after the rows in flight; rows
/// created until then stay. Created rows are journaled as "user.import" entries of at most
/// 1,000 rows each, with their new ids.
///
/// exportUsers(): pages through the same list as page() (100 rows per request) and streams the
/// rows to the file in the local export's formats.
class RemoteUsers final : public UsersApi
{
public:
    explicit RemoteUsers(RemoteBackend &backend)
        : m_backend(backend)
    {}

    Future<UserPage> page(const QString &tenantId, const UserQuery &query, const UserCursor &after,
                          int limit) override;
    Future<UserAnchors> anchors(const QString &tenantId, const UserQuery &query, int every) override;
    Future<qint64> estimateUsers(const QString &tenantId, const UserQuery &query) override;
    Future<User> get(const QString &tenantId, const QString &id) override;
    Future<User> create(const QString &tenantId, const User &draft, const QString &password) override;
    Future<User> update(const QString &tenantId, const User &user) override;
    Future<Done> remove(const QString &tenantId, const QString &id, const QString &reason) override;
    Future<User> setSuspended(const QString &tenantId, const QString &id, bool suspended,
                              const QString &reason) override;
    Future<User> setPassword(const QString &tenantId, const QString &id, const QString &password,
                             const QString &reason) override;
    /// Unsupported: Logto cannot require a new password at the next sign-in.
    Future<User> setPasswordExpired(const QString &tenantId, const QString &id, bool expired,
                                    const QString &reason) override;
    Future<bool> verifyPassword(const QString &tenantId, const QString &id, const QString &password) override;
    Future<QList<MfaVerification>> mfaVerifications(const QString &tenantId, const QString &userId) override;
    Future<Done> removeMfaVerification(const QString &tenantId, const QString &userId,
                                       const QString &verificationId, const QString &reason) override;
    Future<QList<Role>> roles(const QString &tenantId, const QString &userId) override;
    Future<Done> assignRoles(const QString &tenantId, const QString &userId,
                             const QStringList &roleIds) override;
    Future<Done> removeRole(const QString &tenantId, const QString &userId, const QString &roleId) override;
    Future<ImportReport> importUsers(const QString &tenantId, const QString &filePath,
                                     const ImportOptions &options,
                                     std::shared_ptr<ImportControl> control) override;
    Future<ExportReport> exportUsers(const QString &tenantId, const UserQuery &query, const QString &filePath,
                                     const ExportOptions &options,
                                     std::shared_ptr<ImportControl> control) override;

private:
    RemoteBackend &m_backend;
};

} // namespace gatehouse::remote
