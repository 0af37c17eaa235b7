#pragma once

#include "backend/Backend.h"

namespace gatehouse::local {

class LocalBackend;

/// Users on SQLite/PostgreSQL: keyset pages over covering indexes, substring search through the
/// trigram index (FTS5 / pg_trgm), prefix indexes for queries shorter than three characters.
class LocalUsers final : public UsersApi
{
public:
    explicit LocalUsers(LocalBackend &backend)
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
    LocalBackend &m_backend;
};

} // namespace gatehouse::local
