#include "local/LocalAreas.h"
#include "local/LocalBackend.h"
#include "local/LocalCommon.h"
#include "local/Rows.h"
#include "model/LogtoJson.h"
#include "model/UpdateRules.h"
#include "model/Validation.h"
#include "security/Random.h"
#include "util/Clock.h"

#include <QJsonArray>

namespace gatehouse::local {

namespace {
Application readApplication(SqlSession &s, const QString &tenantId, const QString &id)
{
    QSqlQuery q = s.exec(rows::select(rows::applicationColumns, "applications") +
                             QStringLiteral("WHERE tenant_id = ? AND id = ?"),
                         {tenantId, id});
    if (!q.next())
        throw Failure{Error::notFound(ltr("Application"), id)};
    return rows::application(q);
}


/// Stores only a SHA-256 of the value and its last four characters (for recognising it in lists).
ApplicationSecret insertSecret(SqlSession &s, const QString &tenantId, const QString &appId,
                               const QString &name, std::optional<qint64> expiresAt)
{
    ApplicationSecret secret;
    secret.applicationId = appId;
    secret.name = name.trimmed();
    secret.value = security::generateSecret();
    secret.createdAt = clock::nowMs();
    secret.expiresAt = expiresAt;
    QSqlQuery exists =
        s.exec(QStringLiteral("SELECT 1 FROM application_secrets WHERE application_id = ? AND name = ?"),
               {appId, secret.name});
    if (exists.next())
        throwExists(ltr("This application already has a secret named \"%1\".").arg(secret.name));
    s.exec(QStringLiteral(
               "INSERT INTO application_secrets (tenant_id, application_id, name, value_hash, value_tail, "
               "created_at, expires_at) VALUES (?,?,?,?,?,?,?)"),
           {tenantId, appId, secret.name, security::sha256Hex(secret.value.toUtf8()), secret.value.right(4),
            secret.createdAt, expiresAt ? QVariant(*expiresAt) : QVariant()});
    return secret;
}

class LocalApplications final : public ApplicationsApi
{
public:
    explicit LocalApplications(LocalBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<Application>> list(const QString &tenantId) override
    {
        return m_backend.submit<QList<Application>>([tenantId](SqlSession &s) {
            requireTenant(s, tenantId);
            QSqlQuery q = s.exec(rows::select(rows::applicationColumns, "applications") +
                                     QStringLiteral("WHERE tenant_id = ? ORDER BY created_at, id"),
                                 {tenantId});
            QList<Application> out;
            while (q.next())
                out.append(rows::application(q));
            return out;
        });
    }

    Future<Application> get(const QString &tenantId, const QString &id) override
    {
        return m_backend.submit<Application>(
            [tenantId, id](SqlSession &s) { return readApplication(s, tenantId, id); });
    }

    Future<Application> create(const QString &tenantId, const Application &draft) override
    {
        return m_backend.submit<Application>([tenantId, draft](SqlSession &s) {
            return s.write([&] {
                const TenantTag tag = requireTenant(s, tenantId);
                throwIfInvalid(validation::application(draft, tag));
                Application a = draft;
                a.id = security::generateId(21);
                a.tenantId = tenantId;
                a.name = draft.name.trimmed();
                a.createdAt = clock::nowMs();
                a.version = 1;
                a.secret.clear();
                s.exec(QStringLiteral(
                           "INSERT INTO applications (tenant_id, id, name, description, type, redirect_uris, "
                           "post_logout_redirect_uris, cors_allowed_origins, id_token_ttl, "
                           "refresh_token_ttl_days, rotate_refresh_token, always_issue_refresh_token, "
                           "is_third_party, created_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)"),
                       {a.tenantId, a.id, a.name, a.description, applicationTypeName(a.type),
                        rows::listToText(a.redirectUris), rows::listToText(a.postLogoutRedirectUris),
                        rows::listToText(a.corsAllowedOrigins), a.idTokenTtl, a.refreshTokenTtlInDays,
                        b2i(a.rotateRefreshToken), b2i(a.alwaysIssueRefreshToken), b2i(a.isThirdParty),
                        a.createdAt});
                s.journal(tenantId, QStringLiteral("application.create"), QStringLiteral("application"), a.id,
                          QJsonValue::Null, json::toJson(a));
                if (applicationTypeHasSecrets(a.type)) {
                    const ApplicationSecret secret =
                        insertSecret(s, tenantId, a.id, QStringLiteral("Default secret"), std::nullopt);
                    s.journal(tenantId, QStringLiteral("application.secret.create"),
                              QStringLiteral("application"), a.id, QJsonValue::Null,
                              json::secretJournalForm(secret));
                    a.secret = secret.value;
                }
                return a;
            });
        });
    }

    Future<Application> update(const QString &tenantId, const Application &app) override
    {
        return m_backend.submit<Application>([tenantId, app](SqlSession &s) {
            return s.write([&] {
                const TenantTag tag = requireTenant(s, tenantId);
                const Application before = readApplication(s, tenantId, app.id);
                throwIfInvalid(rules::updateProblems(before, app));
                throwIfInvalid(validation::application(app, tag));
                throwIfStale(app.version, before.version, rules::title(before));
                Application after = app;
                after.tenantId = tenantId;
                after.name = app.name.trimmed();
                after.createdAt = before.createdAt;
                after.version = before.version + 1;
                after.secret.clear();
                const QSqlQuery written =
                    s.exec(QStringLiteral(
                               "UPDATE applications SET name = ?, description = ?, redirect_uris = ?, "
                               "post_logout_redirect_uris = ?, cors_allowed_origins = ?, id_token_ttl = ?, "
                               "refresh_token_ttl_days = ?, rotate_refresh_token = ?, "
                               "always_issue_refresh_token = ?, is_third_party = ?, version = ? "
                               "WHERE tenant_id = ? AND id = ? AND version = ?"),
                           {after.name, after.description, rows::listToText(after.redirectUris),
                            rows::listToText(after.postLogoutRedirectUris),
                            rows::listToText(after.corsAllowedOrigins), after.idTokenTtl,
                            after.refreshTokenTtlInDays, b2i(after.rotateRefreshToken),
                            b2i(after.alwaysIssueRefreshToken), b2i(after.isThirdParty), after.version,
                            tenantId, after.id, before.version});
                // Zero rows: another connection changed the row after it was read (PostgreSQL reads
                // without locking); never report or journal an update that did not happen.
                if (written.numRowsAffected() != 1)
                    throwConflict(rules::title(before));
                s.journal(tenantId, QStringLiteral("application.update"), QStringLiteral("application"),
                          after.id, json::toJson(before), json::toJson(after));
                return after;
            });
        });
    }

    Future<Done> remove(const QString &tenantId, const QString &id) override
    {
        return m_backend.submit<Done>([tenantId, id](SqlSession &s) {
            s.write([&] {
                const Application before = readApplication(s, tenantId, id);
                QJsonObject snapshot = json::toJson(before);
                QSqlQuery roles =
                    s.exec(QStringLiteral("SELECT role_id FROM applications_roles WHERE application_id = ? "
                                          "ORDER BY role_id"),
                           {id});
                QJsonArray roleIds;
                while (roles.next())
                    roleIds.append(roles.value(0).toString());
                snapshot.insert(QStringLiteral("roleIds"), roleIds);
                s.exec(QStringLiteral("DELETE FROM applications WHERE tenant_id = ? AND id = ?"),
                       {tenantId, id});
                s.journal(tenantId, QStringLiteral("application.delete"), QStringLiteral("application"), id,
                          snapshot, QJsonValue::Null);
            });
            return Done{};
        });
    }

    Future<QList<ApplicationSecret>> secrets(const QString &tenantId, const QString &appId) override
    {
        return m_backend.submit<QList<ApplicationSecret>>([tenantId, appId](SqlSession &s) {
            readApplication(s, tenantId, appId);
            QSqlQuery q = s.exec(
                QStringLiteral("SELECT name, value_tail, created_at, expires_at FROM application_secrets "
                               "WHERE tenant_id = ? AND application_id = ? ORDER BY created_at, name"),
                {tenantId, appId});
            QList<ApplicationSecret> out;
            while (q.next()) {
                ApplicationSecret secret;
                secret.applicationId = appId;
                secret.name = q.value(0).toString();
                secret.maskedValue = QString(4, QChar(0x2022)) + q.value(1).toString();
                secret.createdAt = q.value(2).toLongLong();
                if (!q.value(3).isNull())
                    secret.expiresAt = q.value(3).toLongLong();
                out.append(secret);
            }
            return out;
        });
    }

    Future<ApplicationSecret> createSecret(const QString &tenantId, const QString &appId, const QString &name,
                                           std::optional<qint64> expiresAt) override
    {
        return m_backend.submit<ApplicationSecret>([tenantId, appId, name, expiresAt](SqlSession &s) {
            throwIfInvalid(validation::secretName(name));
            if (expiresAt && *expiresAt <= clock::nowMs())
                throwIfInvalid({{QStringLiteral("expiresAt"), ltr("must be in the future")}});
            return s.write([&] {
                const Application app = readApplication(s, tenantId, appId);
                if (!applicationTypeHasSecrets(app.type))
                    throwIfInvalid({{QStringLiteral("type"),
                                     ltr("%1 applications are public clients and cannot hold secrets.")
                                         .arg(applicationTypeName(app.type))}});
                const ApplicationSecret secret = insertSecret(s, tenantId, appId, name, expiresAt);
                s.journal(tenantId, QStringLiteral("application.secret.create"),
                          QStringLiteral("application"), appId, QJsonValue::Null, json::secretJournalForm(secret));
                return secret;
            });
        });
    }

    Future<Done> deleteSecret(const QString &tenantId, const QString &appId, const QString &rawName) override
    {
        // Names are stored trimmed (see createSecret), so " ci " finds the secret "ci".
        return m_backend.submit<Done>([tenantId, appId, name = rawName.trimmed()](SqlSession &s) {
            s.write([&] {
                QSqlQuery q =
                    s.exec(QStringLiteral("SELECT created_at, expires_at FROM application_secrets "
                                          "WHERE tenant_id = ? AND application_id = ? AND name = ?"),
                           {tenantId, appId, name});
                if (!q.next())
                    throw Failure{Error::notFound(ltr("Secret"), name)};
                ApplicationSecret before;
                before.applicationId = appId;
                before.name = name;
                before.createdAt = q.value(0).toLongLong();
                if (!q.value(1).isNull())
                    before.expiresAt = q.value(1).toLongLong();
                s.exec(QStringLiteral(
                           "DELETE FROM application_secrets WHERE tenant_id = ? AND application_id = ? AND "
                           "name = ?"),
                       {tenantId, appId, name});
                s.journal(tenantId, QStringLiteral("application.secret.delete"),
                          QStringLiteral("application"), appId, json::secretJournalForm(before), QJsonValue::Null);
            });
            return Done{};
        });
    }

private:
    LocalBackend &m_backend;
};

} // namespace

std::unique_ptr<ApplicationsApi> makeApplications(LocalBackend &backend)
{
    return std::make_unique<LocalApplications>(backend);
}

} // namespace gatehouse::local
