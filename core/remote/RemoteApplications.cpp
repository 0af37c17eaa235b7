#include "model/UpdateRules.h"
#include "model/Validation.h"
#include "remote/RemoteAreas.h"
#include "remote/RemoteBackend.h"
#include "remote/RemoteCommon.h"
#include "model/LogtoJson.h"
#include "remote/RemoteJson.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <algorithm>

namespace gatehouse::remote {

namespace {
const QString defaultSecretName = QStringLiteral("Default secret");

QString appPath(const QString &id)
{
    return QStringLiteral("/api/applications/") + segment(id);
}

QString samlPath(const QString &id)
{
    return QStringLiteral("/api/saml-applications/") + segment(id);
}

QString secretsPath(const QString &appId)
{
    return appPath(appId) + QStringLiteral("/secrets");
}

struct Fetched
{
    QJsonObject json;
    Application app;
};

Fetched fetchApplication(RemoteSession &s, const RemoteBackend &b, const QString &id)
{
    const QJsonObject o = getObject(s, appPath(id), Error::notFound(rtr("Application"), id));
    return {o, logto::application(o, b.tenantId())};
}

QList<QJsonObject> secretObjects(RemoteSession &s, const QString &appId)
{
    QList<QJsonObject> out;
    const QJsonArray list = s.get(secretsPath(appId)).array();
    for (const QJsonValue &v : list)
        out.append(v.toObject());
    return out;
}

std::optional<QJsonObject> findSecret(RemoteSession &s, const QString &appId, const QString &name)
{
    for (const QJsonObject &o : secretObjects(s, appId)) {
        if (o.value(QLatin1String("name")).toString() == name)
            return o;
    }
    return std::nullopt;
}

void checkSecretNameFree(RemoteSession &s, const QString &appId, const QString &name)
{
    if (findSecret(s, appId, name))
        throwExists(rtr("This application already has a secret named \"%1\".").arg(name));
}

/// The "Default secret" Logto makes with a confidential application (made here when a server
/// did not).
ApplicationSecret defaultSecret(RemoteSession &s, const QString &appId)
{
    std::optional<QJsonObject> found = findSecret(s, appId, defaultSecretName);
    if (!found)
        found = s.post(secretsPath(appId),
                       QJsonDocument(QJsonObject{{QStringLiteral("name"), defaultSecretName}}))
                    .object();
    ApplicationSecret secret = logto::secretWithValue(*found);
    secret.applicationId = appId;
    return secret;
}

/// SAML applications keep only a name and a description in Gatehouse's model; their OIDC
/// settings belong to Logto's internal sign-in client.
void checkSamlEdit(const Application &before, const Application &after)
{
    QList<FieldError> errors;
    const QString message = rtr("SAML applications have no such setting in Logto");
    if (after.corsAllowedOrigins != before.corsAllowedOrigins)
        errors.append({QStringLiteral("corsAllowedOrigins"), message});
    if (after.idTokenTtl != before.idTokenTtl)
        errors.append({QStringLiteral("idTokenTtl"), message});
    if (after.refreshTokenTtlInDays != before.refreshTokenTtlInDays)
        errors.append({QStringLiteral("refreshTokenTtlInDays"), message});
    if (after.rotateRefreshToken != before.rotateRefreshToken)
        errors.append({QStringLiteral("rotateRefreshToken"), message});
    if (after.alwaysIssueRefreshToken != before.alwaysIssueRefreshToken)
        errors.append({QStringLiteral("alwaysIssueRefreshToken"), message});
    throwIfInvalid(errors);
}

QJsonObject nameAndDescription(const Application &a)
{
    QJsonObject o{{QStringLiteral("name"), a.name}};
    o.insert(QStringLiteral("description"),
             a.description.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.description));
    return o;
}
} // namespace

QList<ApplicationType> creatableApplicationTypes()
{
    QList<ApplicationType> types = allApplicationTypes();
    types.removeAll(ApplicationType::Protected);
    return types;
}

namespace {

/// Applications and their secrets over /api/applications (SAML applications are created,
/// renamed and deleted through /api/saml-applications, as Logto requires).
///
/// Logto fixes a few things the local backend lets change: isThirdParty is set at creation only,
/// and Protected applications need Logto Cloud settings (a subdomain and an origin) that
/// Gatehouse does not manage, so creating one is Unsupported. Secret values are shown once, when
/// created; lists carry only their last four characters.
class RemoteApplications final : public ApplicationsApi
{
public:
    explicit RemoteApplications(RemoteBackend &backend)
        : m_backend(backend)
    {}

    Future<QList<Application>> list(const QString &tenantId) override
    {
        return m_backend.submit<QList<Application>>([this, tenantId](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            QList<Application> out;
            for (const QJsonValue &v : s.get(QStringLiteral("/api/applications")).array())
                out.append(logto::application(v.toObject(), m_backend.tenantId()));
            std::stable_sort(out.begin(), out.end(), [](const Application &a, const Application &b) {
                return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
            });
            return out;
        });
    }

    Future<Application> get(const QString &tenantId, const QString &id) override
    {
        return m_backend.submit<Application>([this, tenantId, id](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            return fetchApplication(s, m_backend, id).app;
        });
    }

    Future<Application> create(const QString &tenantId, const Application &draft) override
    {
        return m_backend.submit<Application>([this, tenantId, draft](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            const TenantTag tag = requireTenant(b, tenantId);
            if (!creatableApplicationTypes().contains(draft.type))
                throw Failure{
                    Error(ErrorCode::Unsupported,
                          rtr("%1 applications cannot be created through a Logto connection: they need a "
                              "Logto Cloud subdomain and origin, which are set in the Logto Cloud console.")
                              .arg(applicationTypeName(draft.type)))};
            throwIfInvalid(validation::application(draft, tag));
            Application wanted = draft;
            wanted.name = draft.name.trimmed();
            Application app;
            if (wanted.type == ApplicationType::SAML) {
                const QString id = s.post(QStringLiteral("/api/saml-applications"),
                                          QJsonDocument(nameAndDescription(wanted)))
                                       .object()
                                       .value(QLatin1String("id"))
                                       .toString();
                app = fetchApplication(s, b, id).app;
            } else {
                app = logto::application(s.post(QStringLiteral("/api/applications"),
                                                QJsonDocument(logto::applicationCreateBody(wanted)))
                                             .object(),
                                         b.tenantId());
            }
            b.journalChange(QStringLiteral("application.create"), QStringLiteral("application"), app.id,
                            QJsonValue::Null, logto::journalForm(app));
            if (applicationTypeHasSecrets(app.type)) {
                ApplicationSecret secret;
                try {
                    secret = defaultSecret(s, app.id);
                } catch (const Failure &failure) {
                    throw Failure{
                        Error(failure.error.code(),
                              rtr("The application \"%1\" was created, but its secret could not be read: "
                                  "%2 Create a new secret for it.")
                                  .arg(app.name, failure.error.message()),
                              failure.error.detail())};
                }
                b.journalChange(QStringLiteral("application.secret.create"), QStringLiteral("application"),
                                app.id, QJsonValue::Null, json::secretJournalForm(secret));
                app.secret = secret.value;
            }
            return app;
        });
    }

    Future<Application> update(const QString &tenantId, const Application &app) override
    {
        return m_backend.submit<Application>([this, tenantId, app](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            const TenantTag tag = requireTenant(b, tenantId);
            const Fetched current = fetchApplication(s, b, app.id);
            const Application &before = current.app;
            throwIfInvalid(rules::updateProblems(before, app));
            throwIfInvalid(validation::application(app, tag));
            if (app.isThirdParty != before.isThirdParty)
                throwIfInvalid({{QStringLiteral("isThirdParty"),
                                 rtr("Logto decides whether an application is a third-party app when it is "
                                     "created; create a new application instead.")}});
            throwIfStale(app.version, before.version, rules::title(before));
            Application after = app;
            after.tenantId = b.tenantId();
            after.name = app.name.trimmed();
            after.createdAt = before.createdAt;
            after.secret.clear();

            Application result;
            if (before.type == ApplicationType::SAML) {
                checkSamlEdit(before, after);
                if (after.name == before.name && after.description == before.description)
                    return before;
                const Response r = s.send(
                    Request::patch(samlPath(before.id), QJsonDocument(nameAndDescription(after))), {404});
                if (r.status == 404)
                    throw Failure{Error::notFound(rtr("Application"), before.id)};
                result = fetchApplication(s, b, before.id).app;
            } else {
                const QJsonObject patch = logto::applicationPatch(current.json, before, after);
                if (patch.isEmpty())
                    return before;
                const Response r = s.send(Request::patch(appPath(before.id), QJsonDocument(patch)), {404});
                if (r.status == 404)
                    throw Failure{Error::notFound(rtr("Application"), before.id)};
                result = logto::application(r.object(), b.tenantId());
            }
            b.journalChange(QStringLiteral("application.update"), QStringLiteral("application"), result.id,
                            logto::journalForm(before), logto::journalForm(result));
            return result;
        });
    }

    Future<Done> remove(const QString &tenantId, const QString &id) override
    {
        return m_backend.submit<Done>([this, tenantId, id](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            const Application before = fetchApplication(s, b, id).app;
            QJsonObject snapshot = logto::journalForm(before);
            QStringList roleIds;
            if (before.type == ApplicationType::MachineToMachine) {
                for (const QJsonValue &v : s.getAll(appPath(id) + QStringLiteral("/roles")))
                    roleIds.append(v.toObject().value(QLatin1String("id")).toString());
            }
            roleIds.sort();
            snapshot.insert(QStringLiteral("roleIds"), QJsonArray::fromStringList(roleIds));
            deleteObject(s, before.type == ApplicationType::SAML ? samlPath(id) : appPath(id),
                         Error::notFound(rtr("Application"), id));
            b.journalChange(QStringLiteral("application.delete"), QStringLiteral("application"), id, snapshot,
                            QJsonValue::Null);
            return Done{};
        });
    }

    Future<QList<ApplicationSecret>> secrets(const QString &tenantId, const QString &appId) override
    {
        return m_backend.submit<QList<ApplicationSecret>>([this, tenantId, appId](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            const Application app = fetchApplication(s, m_backend, appId).app;
            QList<ApplicationSecret> out;
            if (!applicationTypeHasSecrets(app.type))
                return out;
            for (const QJsonObject &o : secretObjects(s, appId)) {
                ApplicationSecret secret = logto::maskedSecret(o);
                secret.applicationId = appId;
                out.append(secret);
            }
            std::stable_sort(
                out.begin(), out.end(), [](const ApplicationSecret &a, const ApplicationSecret &b) {
                    return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.name < b.name;
                });
            return out;
        });
    }

    Future<ApplicationSecret> createSecret(const QString &tenantId, const QString &appId, const QString &name,
                                           std::optional<qint64> expiresAt) override
    {
        return m_backend.submit<ApplicationSecret>(
            [this, tenantId, appId, name, expiresAt](RemoteSession &s) {
                RemoteBackend &b = m_backend;
                requireTenant(b, tenantId);
                throwIfInvalid(validation::secretName(name));
                if (expiresAt && *expiresAt <= clock::nowMs())
                    throwIfInvalid({{QStringLiteral("expiresAt"), rtr("must be in the future")}});
                const Application app = fetchApplication(s, b, appId).app;
                if (!applicationTypeHasSecrets(app.type))
                    throwIfInvalid({{QStringLiteral("type"),
                                     rtr("%1 applications are public clients and cannot hold secrets.")
                                         .arg(applicationTypeName(app.type))}});
                const QString trimmed = name.trimmed();
                checkSecretNameFree(s, appId, trimmed);
                QJsonObject body{{QStringLiteral("name"), trimmed}};
                if (expiresAt)
                    body.insert(QStringLiteral("expiresAt"), static_cast<double>(*expiresAt));
                Response created;
                try {
                    created = s.post(secretsPath(appId), QJsonDocument(body));
                } catch (const Failure &failure) {
                    rethrowAfterRecheck(failure, [&] { checkSecretNameFree(s, appId, trimmed); });
                }
                ApplicationSecret secret = logto::secretWithValue(created.object());
                secret.applicationId = appId;
                b.journalChange(QStringLiteral("application.secret.create"), QStringLiteral("application"),
                                appId, QJsonValue::Null, json::secretJournalForm(secret));
                return secret;
            });
    }

    Future<Done> deleteSecret(const QString &tenantId, const QString &appId, const QString &rawName) override
    {
        return m_backend.submit<Done>([this, tenantId, appId, name = rawName.trimmed()](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            const Application app = fetchApplication(s, b, appId).app;
            const Error notFound = Error::notFound(rtr("Secret"), name);
            const std::optional<QJsonObject> found =
                applicationTypeHasSecrets(app.type) ? findSecret(s, appId, name) : std::nullopt;
            if (!found)
                throw Failure{notFound};
            ApplicationSecret before = logto::maskedSecret(*found);
            before.applicationId = appId;
            deleteObject(s, secretsPath(appId) + QLatin1Char('/') + segment(name), notFound);
            b.journalChange(QStringLiteral("application.secret.delete"), QStringLiteral("application"), appId,
                            json::secretJournalForm(before), QJsonValue::Null);
            return Done{};
        });
    }

private:
    RemoteBackend &m_backend;
};

} // namespace

std::unique_ptr<ApplicationsApi> makeApplications(RemoteBackend &backend)
{
    return std::make_unique<RemoteApplications>(backend);
}

} // namespace gatehouse::remote
