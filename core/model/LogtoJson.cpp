#include "model/LogtoJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace gatehouse::json {

namespace {
QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonValue msOrNull(std::optional<qint64> ms)
{
    return ms ? QJsonValue(static_cast<double>(*ms)) : QJsonValue(QJsonValue::Null);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::json", text);
}

/// Reads typed fields out of a JSON object and collects type errors by field name.
class Reader
{
public:
    explicit Reader(const QJsonObject &o, QString prefix = {})
        : m_o(o)
        , m_prefix(std::move(prefix))
    {}

    QString string(const char *key, const QString &fallback = {})
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString())
            fail(key, tr("must be a string"));
        return v.toString();
    }
    bool boolean(const char *key, bool fallback)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            fail(key, tr("must be true or false"));
        return v.toBool(fallback);
    }
    int integer(const char *key, int fallback)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble();
        if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) || d > 2147483647.0 ||
            d < -2147483648.0)
            fail(key, tr("must be a whole number"));
        return static_cast<int>(d);
    }
    QStringList strings(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(key, tr("must be a list of strings"));
            return {};
        }
        QStringList out;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString()) {
                fail(key, tr("must be a list of strings"));
                return {};
            }
            out.append(item.toString());
        }
        return out;
    }
    QJsonObject object(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            fail(key, tr("must be an object"));
        return v.toObject();
    }
    void fail(const char *key, const QString &message)
    {
        m_errors.append({m_prefix + QLatin1String(key), message});
    }
    QList<FieldError> &errors() { return m_errors; }

private:
    QJsonObject m_o;
    QString m_prefix;
    QList<FieldError> m_errors;
};
} // namespace

QJsonObject toJson(const Tenant &t)
{
    return QJsonObject{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("name"), t.name},
        {QStringLiteral("tag"), tenantTagName(t.tag)},
        {QStringLiteral("createdAt"), static_cast<double>(t.createdAt)},
    };
}

QJsonObject toJson(const Application &a)
{
    QJsonObject o{
        {QStringLiteral("tenantId"), a.tenantId},
        {QStringLiteral("id"), a.id},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("description"),
         a.description.isEmpty() ? QJsonValue(QJsonValue::Null) : a.description},
        {QStringLiteral("type"), applicationTypeName(a.type)},
        {QStringLiteral("oidcClientMetadata"),
         QJsonObject{{QStringLiteral("redirectUris"), toArray(a.redirectUris)},
                     {QStringLiteral("postLogoutRedirectUris"), toArray(a.postLogoutRedirectUris)}}},
        {QStringLiteral("customClientMetadata"),
         QJsonObject{{QStringLiteral("corsAllowedOrigins"), toArray(a.corsAllowedOrigins)},
                     {QStringLiteral("idTokenTtl"), a.idTokenTtl},
                     {QStringLiteral("refreshTokenTtlInDays"), a.refreshTokenTtlInDays},
                     {QStringLiteral("rotateRefreshToken"), a.rotateRefreshToken},
                     {QStringLiteral("alwaysIssueRefreshToken"), a.alwaysIssueRefreshToken}}},
        {QStringLiteral("isThirdParty"), a.isThirdParty},
        {QStringLiteral("createdAt"), static_cast<double>(a.createdAt)},
    };
    if (!a.secret.isEmpty())
        o.insert(QStringLiteral("secret"), a.secret);
    return o;
}

QJsonObject toJson(const ApplicationSecret &s)
{
    QJsonObject o{
        {QStringLiteral("applicationId"), s.applicationId},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("createdAt"), static_cast<double>(s.createdAt)},
        {QStringLiteral("expiresAt"), msOrNull(s.expiresAt)},
    };
    if (!s.value.isEmpty())
        o.insert(QStringLiteral("value"), s.value);
    else
        o.insert(QStringLiteral("maskedValue"), s.maskedValue);
    return o;
}

QJsonObject toJson(const Resource &r)
{
    return QJsonObject{
        {QStringLiteral("tenantId"), r.tenantId},   {QStringLiteral("id"), r.id},
        {QStringLiteral("name"), r.name},           {QStringLiteral("indicator"), r.indicator},
        {QStringLiteral("isDefault"), r.isDefault}, {QStringLiteral("accessTokenTtl"), r.accessTokenTtl},
    };
}

QJsonObject toJson(const Scope &s)
{
    return QJsonObject{
        {QStringLiteral("tenantId"), s.tenantId},
        {QStringLiteral("id"), s.id},
        {QStringLiteral("resourceId"), s.resourceId},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("description"),
         s.description.isEmpty() ? QJsonValue(QJsonValue::Null) : s.description},
        {QStringLiteral("createdAt"), static_cast<double>(s.createdAt)},
    };
}

QJsonObject toJson(const Role &r)
{
    return QJsonObject{
        {QStringLiteral("tenantId"), r.tenantId},
        {QStringLiteral("id"), r.id},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("description"), r.description},
        {QStringLiteral("type"), roleTypeName(r.type)},
        {QStringLiteral("isDefault"), r.isDefault},
    };
}

QJsonObject toJson(const GrantedScope &g)
{
    QJsonObject o = toJson(g.scope);
    o.insert(QStringLiteral("resource"), QJsonObject{{QStringLiteral("id"), g.scope.resourceId},
                                                     {QStringLiteral("name"), g.resourceName},
                                                     {QStringLiteral("indicator"), g.resourceIndicator}});
    return o;
}

Result<Application> applicationFromJson(const QJsonObject &o)
{
    Reader r(o);
    Application a;
    a.id = r.string("id");
    a.tenantId = r.string("tenantId");
    a.name = r.string("name");
    a.description = r.string("description");
    const QString type = r.string("type");
    if (!type.isEmpty() && !parseApplicationType(type, &a.type))
        r.fail("type", tr("must be one of Native, SPA, Traditional, MachineToMachine, Protected, SAML"));
    Reader oidc(r.object("oidcClientMetadata"), QStringLiteral("oidcClientMetadata."));
    a.redirectUris = oidc.strings("redirectUris");
    a.postLogoutRedirectUris = oidc.strings("postLogoutRedirectUris");
    Reader custom(r.object("customClientMetadata"), QStringLiteral("customClientMetadata."));
    a.corsAllowedOrigins = custom.strings("corsAllowedOrigins");
    a.idTokenTtl = custom.integer("idTokenTtl", a.idTokenTtl);
    a.refreshTokenTtlInDays = custom.integer("refreshTokenTtlInDays", a.refreshTokenTtlInDays);
    a.rotateRefreshToken = custom.boolean("rotateRefreshToken", a.rotateRefreshToken);
    a.alwaysIssueRefreshToken = custom.boolean("alwaysIssueRefreshToken", a.alwaysIssueRefreshToken);
    a.isThirdParty = r.boolean("isThirdParty", false);
    QList<FieldError> errors = r.errors() + oidc.errors() + custom.errors();
    if (!errors.isEmpty())
        return Error::validation(errors);
    return a;
}

Result<Resource> resourceFromJson(const QJsonObject &o)
{
    Reader r(o);
    Resource res;
    res.id = r.string("id");
    res.tenantId = r.string("tenantId");
    res.name = r.string("name");
    res.indicator = r.string("indicator");
    res.accessTokenTtl = r.integer("accessTokenTtl", res.accessTokenTtl);
    res.isDefault = r.boolean("isDefault", false);
    if (!r.errors().isEmpty())
        return Error::validation(r.errors());
    return res;
}

Result<Scope> scopeFromJson(const QJsonObject &o)
{
    Reader r(o);
    Scope s;
    s.id = r.string("id");
    s.tenantId = r.string("tenantId");
    s.resourceId = r.string("resourceId");
    s.name = r.string("name");
    s.description = r.string("description");
    if (!r.errors().isEmpty())
        return Error::validation(r.errors());
    return s;
}

Result<Role> roleFromJson(const QJsonObject &o)
{
    Reader r(o);
    Role role;
    role.id = r.string("id");
    role.tenantId = r.string("tenantId");
    role.name = r.string("name");
    role.description = r.string("description");
    const QString type = r.string("type");
    if (!type.isEmpty() && !parseRoleType(type, &role.type))
        r.fail("type", tr("must be User or MachineToMachine"));
    role.isDefault = r.boolean("isDefault", false);
    if (!r.errors().isEmpty())
        return Error::validation(r.errors());
    return role;
}

QJsonObject redacted(QJsonObject o)
{
    static const QLatin1String secretKeys[] = {QLatin1String("secret"), QLatin1String("value"),
                                               QLatin1String("clientSecret"), QLatin1String("password")};
    for (const QLatin1String &key : secretKeys) {
        if (o.contains(key))
            o.insert(key, QStringLiteral("[redacted]"));
    }
    return o;
}

QJsonObject secretJournalForm(const ApplicationSecret &secret)
{
    QJsonObject o = toJson(secret);
    o.remove(QStringLiteral("value"));
    o.remove(QStringLiteral("maskedValue"));
    return o;
}

} // namespace gatehouse::json
