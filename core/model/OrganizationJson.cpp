#include "model/OrganizationJson.h"

#include "model/LogtoJson.h"
#include "model/UserJson.h"

#include <QCoreApplication>

namespace gatehouse::json {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::json", text);
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

void insertIfSet(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

/// Reads typed fields out of a JSON object and collects type errors by field name.
class Reader
{
public:
    explicit Reader(const QJsonObject &o, QString prefix = {})
        : m_o(o)
        , m_prefix(std::move(prefix))
    {}

    QJsonValue value(const char *key) const { return m_o.value(QLatin1String(key)); }

    QString string(const char *key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(key, tr("must be a string"));
        return v.toString();
    }
    bool boolean(const char *key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(key, tr("must be true or false"));
        return v.toBool();
    }
    qint64 ms(const char *key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!v.isDouble())
            fail(key, tr("must be a number"));
        return static_cast<qint64>(v.toDouble());
    }
    int integer(const char *key, int fallback)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble())
            fail(key, tr("must be a whole number"));
        return v.toInt(fallback);
    }
    QJsonObject object(const char *key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            fail(key, tr("must be an object"));
        return v.toObject();
    }
    QStringList strings(const char *key)
    {
        const QJsonValue v = value(key);
        QStringList out;
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(key, tr("must be a list of strings"));
            return out;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (array[i].isString())
                out.append(array[i].toString());
            else
                m_errors.append({name(key) + QStringLiteral("[%1]").arg(i), tr("must be a string")});
        }
        return out;
    }
    /// [{id, name}] → roles with only id and name set.
    QList<OrganizationRole> roleRefs(const char *key)
    {
        const QJsonValue v = value(key);
        QList<OrganizationRole> out;
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(key, tr("must be a list of roles"));
            return out;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array[i].isObject()) {
                m_errors.append({name(key) + QStringLiteral("[%1]").arg(i), tr("must be an object")});
                continue;
            }
            const QJsonObject item = array[i].toObject();
            OrganizationRole role;
            role.id = item.value(QStringLiteral("id")).toString();
            role.name = item.value(QStringLiteral("name")).toString();
            if (role.id.isEmpty())
                m_errors.append({name(key) + QStringLiteral("[%1].id").arg(i), tr("must not be empty")});
            out.append(role);
        }
        return out;
    }
    void fail(const char *key, const QString &message) { m_errors.append({name(key), message}); }
    void merge(const QList<FieldError> &errors, const QString &prefix = {})
    {
        for (const FieldError &e : errors)
            m_errors.append({m_prefix + prefix + e.field, e.message});
    }
    QString name(const char *key) const { return m_prefix + QLatin1String(key); }
    const QList<FieldError> &errors() const { return m_errors; }

private:
    QJsonObject m_o;
    QString m_prefix;
    QList<FieldError> m_errors;
};
} // namespace

QJsonObject toJson(const OrganizationScope &scope)
{
    return {{QStringLiteral("tenantId"), scope.tenantId},
            {QStringLiteral("id"), scope.id},
            {QStringLiteral("name"), scope.name},
            {QStringLiteral("description"), scope.description},
            {QStringLiteral("createdAt"), static_cast<double>(scope.createdAt)}};
}

QJsonObject toJson(const OrganizationRole &role)
{
    return {{QStringLiteral("tenantId"), role.tenantId},
            {QStringLiteral("id"), role.id},
            {QStringLiteral("name"), role.name},
            {QStringLiteral("description"), role.description},
            {QStringLiteral("type"), roleTypeName(role.type)},
            {QStringLiteral("createdAt"), static_cast<double>(role.createdAt)}};
}

QJsonObject toJson(const Organization &organization)
{
    QJsonObject color;
    insertIfSet(color, "primaryColor", organization.color.primaryColor);
    if (organization.color.isDarkModeEnabled)
        color.insert(QStringLiteral("isDarkModeEnabled"), true);
    insertIfSet(color, "darkPrimaryColor", organization.color.darkPrimaryColor);
    QJsonObject branding;
    insertIfSet(branding, "logoUrl", organization.branding.logoUrl);
    insertIfSet(branding, "darkLogoUrl", organization.branding.darkLogoUrl);
    insertIfSet(branding, "favicon", organization.branding.favicon);
    insertIfSet(branding, "darkFavicon", organization.branding.darkFavicon);
    QJsonObject o{{QStringLiteral("tenantId"), organization.tenantId},
                  {QStringLiteral("id"), organization.id},
                  {QStringLiteral("name"), organization.name},
                  {QStringLiteral("description"), organization.description},
                  {QStringLiteral("customData"), organization.customData},
                  {QStringLiteral("isMfaRequired"), organization.isMfaRequired},
                  {QStringLiteral("color"), color},
                  {QStringLiteral("branding"), branding},
                  {QStringLiteral("createdAt"), static_cast<double>(organization.createdAt)}};
    if (organization.memberCount >= 0)
        o.insert(QStringLiteral("usersCount"), organization.memberCount);
    return o;
}

QJsonArray roleRefs(const QList<OrganizationRole> &roles)
{
    QJsonArray array;
    for (const OrganizationRole &r : roles)
        array.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name}});
    return array;
}

QJsonObject toJson(const OrganizationRoleGrants &grants)
{
    QJsonArray scopes;
    for (const OrganizationScope &s : grants.organizationScopes)
        scopes.append(toJson(s));
    QJsonArray resourceScopes;
    for (const GrantedScope &g : grants.resourceScopes)
        resourceScopes.append(toJson(g));
    return {{QStringLiteral("scopes"), scopes}, {QStringLiteral("resourceScopes"), resourceScopes}};
}

QJsonObject toJson(const OrganizationMember &member)
{
    QJsonObject o = toJson(member.user);
    o.insert(QStringLiteral("organizationRoles"), roleRefs(member.roles));
    return o;
}

QJsonObject toJson(const MemberPage &page)
{
    QJsonArray members;
    for (const OrganizationMember &m : page.members)
        members.append(toJson(m));
    return {{QStringLiteral("members"), members}, {QStringLiteral("total"), page.total}};
}

QJsonObject toJson(const OrganizationApplication &application)
{
    QJsonObject o = toJson(application.application);
    o.insert(QStringLiteral("organizationRoles"), roleRefs(application.roles));
    return o;
}

QJsonObject toJson(const UserOrganization &membership)
{
    QJsonObject o = toJson(membership.organization);
    o.insert(QStringLiteral("organizationRoles"), roleRefs(membership.roles));
    return o;
}

QJsonObject toJson(const OrganizationInvitation &invitation)
{
    return {{QStringLiteral("tenantId"), invitation.tenantId},
            {QStringLiteral("id"), invitation.id},
            {QStringLiteral("inviterId"), stringOrNull(invitation.inviterId)},
            {QStringLiteral("invitee"), invitation.invitee},
            {QStringLiteral("acceptedUserId"), stringOrNull(invitation.acceptedUserId)},
            {QStringLiteral("organizationId"), invitation.organizationId},
            {QStringLiteral("status"), invitationStatusName(invitation.status)},
            {QStringLiteral("createdAt"), static_cast<double>(invitation.createdAt)},
            {QStringLiteral("updatedAt"), static_cast<double>(invitation.updatedAt)},
            {QStringLiteral("expiresAt"), static_cast<double>(invitation.expiresAt)},
            {QStringLiteral("organizationRoles"), roleRefs(invitation.roles)}};
}

QJsonObject toJson(const OrganizationJit &jit)
{
    return {{QStringLiteral("emailDomains"), QJsonArray::fromStringList(jit.emailDomains)},
            {QStringLiteral("ssoConnectorIds"), QJsonArray::fromStringList(jit.ssoConnectorIds)},
            {QStringLiteral("organizationRoles"), roleRefs(jit.roles)}};
}

QJsonObject toJson(const EffectivePermission &permission)
{
    QJsonObject o{{QStringLiteral("id"), permission.scopeId},
                  {QStringLiteral("name"), permission.name},
                  {QStringLiteral("description"), permission.description},
                  {QStringLiteral("grantedBy"), QJsonArray::fromStringList(permission.grantedBy)}};
    if (permission.resourceId.isEmpty())
        o.insert(QStringLiteral("resource"), QJsonValue(QJsonValue::Null));
    else
        o.insert(QStringLiteral("resource"),
                 QJsonObject{{QStringLiteral("id"), permission.resourceId},
                             {QStringLiteral("indicator"), permission.resourceIndicator}});
    return o;
}

Result<OrganizationScope> organizationScopeFromJson(const QJsonObject &o)
{
    Reader r(o);
    OrganizationScope s;
    s.tenantId = r.string("tenantId");
    s.id = r.string("id");
    s.name = r.string("name");
    s.description = r.string("description");
    s.createdAt = r.ms("createdAt");
    if (!r.errors().isEmpty())
        return Error::validation(r.errors());
    return s;
}

Result<OrganizationRole> organizationRoleFromJson(const QJsonObject &o)
{
    Reader r(o);
    OrganizationRole role;
    role.tenantId = r.string("tenantId");
    role.id = r.string("id");
    role.name = r.string("name");
    role.description = r.string("description");
    const QString type = r.string("type");
    if (!type.isEmpty() && !parseRoleType(type, &role.type))
        r.fail("type", tr("must be User or MachineToMachine"));
    role.createdAt = r.ms("createdAt");
    if (!r.errors().isEmpty())
        return Error::validation(r.errors());
    return role;
}

Result<Organization> organizationFromJson(const QJsonObject &o)
{
    Reader r(o);
    Organization org;
    org.tenantId = r.string("tenantId");
    org.id = r.string("id");
    org.name = r.string("name");
    org.description = r.string("description");
    org.customData = r.object("customData");
    org.isMfaRequired = r.boolean("isMfaRequired");
    Reader color(r.object("color"), QStringLiteral("color."));
    org.color.primaryColor = color.string("primaryColor");
    org.color.isDarkModeEnabled = color.boolean("isDarkModeEnabled");
    org.color.darkPrimaryColor = color.string("darkPrimaryColor");
    Reader branding(r.object("branding"), QStringLiteral("branding."));
    org.branding.logoUrl = branding.string("logoUrl");
    org.branding.darkLogoUrl = branding.string("darkLogoUrl");
    org.branding.favicon = branding.string("favicon");
    org.branding.darkFavicon = branding.string("darkFavicon");
    org.createdAt = r.ms("createdAt");
    org.memberCount = r.integer("usersCount", -1);
    r.merge(color.errors());
    r.merge(branding.errors());
    if (!r.errors().isEmpty())
        return Error::validation(r.errors());
    return org;
}

Result<OrganizationMember> organizationMemberFromJson(const QJsonObject &o)
{
    Reader r(o);
    OrganizationMember member;
    member.roles = r.roleRefs("organizationRoles");
    const Result<User> user = userFromJson(o);
    if (!user.ok())
        r.merge(user.error().fields());
    else
        member.user = user.value();
    if (!r.errors().isEmpty())
        return Error::validation(r.errors());
    return member;
}

Result<MemberPage> memberPageFromJson(const QJsonObject &o)
{
    Reader r(o);
    MemberPage page;
    const QJsonValue members = r.value("members");
    if (!members.isUndefined() && !members.isArray())
        r.fail("members", tr("must be a list of members"));
    const QJsonArray array = members.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Result<OrganizationMember> member = organizationMemberFromJson(array[i].toObject());
        if (member.ok())
            page.members.append(member.value());
        else
            r.merge(member.error().fields(), QStringLiteral("members[%1].").arg(i));
    }
    page.total = r.integer("total", static_cast<int>(page.members.size()));
    if (!r.errors().isEmpty())
        return Error::validation(r.errors());
    return page;
}

Result<UserOrganization> userOrganizationFromJson(const QJsonObject &o)
{
    Reader r(o);
    UserOrganization membership;
    membership.roles = r.roleRefs("organizationRoles");
    const Result<Organization> organization = organizationFromJson(o);
    if (!organization.ok())
        r.merge(organization.error().fields());
    else
        membership.organization = organization.value();
    if (!r.errors().isEmpty())
        return Error::validation(r.errors());
    return membership;
}

Result<OrganizationInvitation> organizationInvitationFromJson(const QJsonObject &o)
{
    Reader r(o);
    OrganizationInvitation inv;
    inv.tenantId = r.string("tenantId");
    inv.id = r.string("id");
    inv.inviterId = r.string("inviterId");
    inv.invitee = r.string("invitee");
    inv.acceptedUserId = r.string("acceptedUserId");
    inv.organizationId = r.string("organizationId");
    const QString status = r.string("status");
    if (!status.isEmpty() && !parseInvitationStatus(status, &inv.status))
        r.fail("status", tr("must be one of Pending, Accepted, Expired, Revoked"));
    inv.createdAt = r.ms("createdAt");
    inv.updatedAt = r.ms("updatedAt");
    inv.expiresAt = r.ms("expiresAt");
    inv.roles = r.roleRefs("organizationRoles");
    if (!r.errors().isEmpty())
        return Error::validation(r.errors());
    return inv;
}

Result<OrganizationJit> organizationJitFromJson(const QJsonObject &o)
{
    Reader r(o);
    OrganizationJit jit;
    jit.emailDomains = r.strings("emailDomains");
    jit.ssoConnectorIds = r.strings("ssoConnectorIds");
    jit.roles = r.roleRefs("organizationRoles");
    if (!r.errors().isEmpty())
        return Error::validation(r.errors());
    return jit;
}

Result<EffectivePermission> effectivePermissionFromJson(const QJsonObject &o)
{
    Reader r(o);
    EffectivePermission p;
    p.scopeId = r.string("id");
    p.name = r.string("name");
    p.description = r.string("description");
    Reader resource(r.object("resource"), QStringLiteral("resource."));
    p.resourceId = resource.string("id");
    p.resourceIndicator = resource.string("indicator");
    p.grantedBy = r.strings("grantedBy");
    r.merge(resource.errors());
    if (!r.errors().isEmpty())
        return Error::validation(r.errors());
    return p;
}

} // namespace gatehouse::json
