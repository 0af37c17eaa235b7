#include "remote/RemoteJson.h"

#include "model/LogtoJson.h"
#include "remote/RemoteCommon.h"

#include <QJsonArray>

namespace gatehouse::remote::logto {

namespace {
template <typename T>
T readOrFail(Result<T> result, const char *what)
{
    if (!result.ok()) {
        QStringList fields;
        for (const FieldError &f : result.error().fields())
            fields.append(f.field + QStringLiteral(": ") + f.message);
        throw Failure{Error(ErrorCode::Internal,
                            rtr("The Logto server sent %1 that Gatehouse cannot read.").arg(rtr(what)),
                            fields.join(QStringLiteral("; ")))};
    }
    return std::move(result).value();
}

std::optional<qint64> msOrNone(const QJsonValue &v)
{
    if (v.isDouble())
        return static_cast<qint64>(v.toDouble());
    return std::nullopt;
}

QString maskTail(const QString &value)
{
    return QString(4, QChar(0x2022)) + value.right(4);
}
} // namespace

Application application(const QJsonObject &o, const QString &tenantId)
{
    Application a =
        readOrFail(json::applicationFromJson(o), QT_TRANSLATE_NOOP("gatehouse::remote", "an application"));
    a.tenantId = tenantId;
    a.createdAt = static_cast<qint64>(o.value(QLatin1String("createdAt")).toDouble());
    if (a.type == ApplicationType::SAML) {
        // Logto signs SAML users in through an internal OIDC client whose redirect URI is its own
        // callback; it is not something a person sets.
        a.redirectUris.clear();
        a.postLogoutRedirectUris.clear();
    }
    a.version = versionOf(a);
    return a;
}

Resource resource(const QJsonObject &o, const QString &tenantId)
{
    Resource r =
        readOrFail(json::resourceFromJson(o), QT_TRANSLATE_NOOP("gatehouse::remote", "an API resource"));
    r.tenantId = tenantId;
    r.version = versionOf(r);
    return r;
}

Scope scope(const QJsonObject &o, const QString &tenantId)
{
    Scope s = readOrFail(json::scopeFromJson(o), QT_TRANSLATE_NOOP("gatehouse::remote", "a permission"));
    s.tenantId = tenantId;
    s.createdAt = static_cast<qint64>(o.value(QLatin1String("createdAt")).toDouble());
    return s;
}

Role role(const QJsonObject &o, const QString &tenantId)
{
    Role r = readOrFail(json::roleFromJson(o), QT_TRANSLATE_NOOP("gatehouse::remote", "a role"));
    r.tenantId = tenantId;
    r.version = versionOf(r);
    return r;
}

GrantedScope grantedScope(const QJsonObject &o, const QString &tenantId)
{
    GrantedScope g;
    g.scope = scope(o, tenantId);
    const QJsonObject resource = o.value(QLatin1String("resource")).toObject();
    g.resourceName = resource.value(QLatin1String("name")).toString();
    g.resourceIndicator = resource.value(QLatin1String("indicator")).toString();
    return g;
}

ApplicationSecret maskedSecret(const QJsonObject &o)
{
    ApplicationSecret s = secretWithValue(o);
    s.maskedValue = maskTail(s.value);
    s.value.clear();
    return s;
}

ApplicationSecret secretWithValue(const QJsonObject &o)
{
    ApplicationSecret s;
    s.applicationId = o.value(QLatin1String("applicationId")).toString();
    s.name = o.value(QLatin1String("name")).toString();
    s.value = o.value(QLatin1String("value")).toString();
    s.createdAt = static_cast<qint64>(o.value(QLatin1String("createdAt")).toDouble());
    s.expiresAt = msOrNone(o.value(QLatin1String("expiresAt")));
    return s;
}

qint64 versionOf(const Application &app)
{
    Application a = app;
    a.version = 0;
    a.secret.clear();
    return contentVersion(json::toJson(a));
}

qint64 versionOf(const Resource &resource)
{
    return contentVersion(json::toJson(resource));
}

qint64 versionOf(const Role &role)
{
    return contentVersion(json::toJson(role));
}

QJsonObject applicationCreateBody(const Application &a)
{
    QJsonObject body{
        {QStringLiteral("name"), a.name},
        {QStringLiteral("type"), applicationTypeName(a.type)},
        {QStringLiteral("oidcClientMetadata"),
         QJsonObject{{QStringLiteral("redirectUris"), QJsonArray::fromStringList(a.redirectUris)},
                     {QStringLiteral("postLogoutRedirectUris"),
                      QJsonArray::fromStringList(a.postLogoutRedirectUris)}}},
        {QStringLiteral("customClientMetadata"),
         QJsonObject{{QStringLiteral("corsAllowedOrigins"), QJsonArray::fromStringList(a.corsAllowedOrigins)},
                     {QStringLiteral("idTokenTtl"), a.idTokenTtl},
                     {QStringLiteral("refreshTokenTtlInDays"), a.refreshTokenTtlInDays},
                     {QStringLiteral("rotateRefreshToken"), a.rotateRefreshToken},
                     {QStringLiteral("alwaysIssueRefreshToken"), a.alwaysIssueRefreshToken}}},
        {QStringLiteral("isThirdParty"), a.isThirdParty},
    };
    if (!a.description.isEmpty())
        body.insert(QStringLiteral("description"), a.description);
    return body;
}

QJsonObject applicationPatch(const QJsonObject &current, const Application &before, const Application &after)
{
    QJsonObject patch;
    if (after.name != before.name)
        patch.insert(QStringLiteral("name"), after.name);
    if (after.description != before.description)
        patch.insert(QStringLiteral("description"), after.description.isEmpty()
                                                        ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(after.description));
    if (after.redirectUris != before.redirectUris ||
        after.postLogoutRedirectUris != before.postLogoutRedirectUris) {
        QJsonObject oidc = current.value(QLatin1String("oidcClientMetadata")).toObject();
        oidc.insert(QStringLiteral("redirectUris"), QJsonArray::fromStringList(after.redirectUris));
        oidc.insert(QStringLiteral("postLogoutRedirectUris"),
                    QJsonArray::fromStringList(after.postLogoutRedirectUris));
        patch.insert(QStringLiteral("oidcClientMetadata"), oidc);
    }
    if (after.corsAllowedOrigins != before.corsAllowedOrigins || after.idTokenTtl != before.idTokenTtl ||
        after.refreshTokenTtlInDays != before.refreshTokenTtlInDays ||
        after.rotateRefreshToken != before.rotateRefreshToken ||
        after.alwaysIssueRefreshToken != before.alwaysIssueRefreshToken) {
        QJsonObject custom = current.value(QLatin1String("customClientMetadata")).toObject();
        custom.insert(QStringLiteral("corsAllowedOrigins"),
                      QJsonArray::fromStringList(after.corsAllowedOrigins));
        custom.insert(QStringLiteral("idTokenTtl"), after.idTokenTtl);
        custom.insert(QStringLiteral("refreshTokenTtlInDays"), after.refreshTokenTtlInDays);
        custom.insert(QStringLiteral("rotateRefreshToken"), after.rotateRefreshToken);
        custom.insert(QStringLiteral("alwaysIssueRefreshToken"), after.alwaysIssueRefreshToken);
        patch.insert(QStringLiteral("customClientMetadata"), custom);
    }
    return patch;
}

QJsonObject resourcePatch(const Resource &before, const Resource &after)
{
    QJsonObject patch;
    if (after.name != before.name)
        patch.insert(QStringLiteral("name"), after.name);
    if (after.accessTokenTtl != before.accessTokenTtl)
        patch.insert(QStringLiteral("accessTokenTtl"), after.accessTokenTtl);
    return patch;
}

QJsonObject rolePatch(const Role &before, const Role &after)
{
    QJsonObject patch;
    if (after.name != before.name)
        patch.insert(QStringLiteral("name"), after.name);
    if (after.description != before.description)
        patch.insert(QStringLiteral("description"), after.description);
    if (after.isDefault != before.isDefault)
        patch.insert(QStringLiteral("isDefault"), after.isDefault);
    return patch;
}

QJsonObject journalForm(const Application &app)
{
    Application a = app;
    a.secret.clear();
    return json::toJson(a);
}


} // namespace gatehouse::remote::logto
