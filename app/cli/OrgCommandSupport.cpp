#include "OrgCommandSupport.h"

#include "model/LogtoJson.h"
#include "model/UserJson.h"

namespace gatehouse::cli {

namespace {

constexpr qsizetype namesShown = 20;

/// "a, b, c" (at most namesShown, then "and N more"), or "none yet".
QString knownNames(QStringList names)
{
    names.sort(Qt::CaseInsensitive);
    if (names.isEmpty())
        return OrgCommandSupport::tr("none yet");
    if (names.size() > namesShown) {
        const qsizetype more = names.size() - namesShown;
        names = names.mid(0, namesShown);
        names.append(OrgCommandSupport::tr("%n more", nullptr, int(more)));
    }
    return names.join(QStringLiteral(", "));
}

/// Resolves each of `wanted` against (id, name) pairs: an id wins, else a unique exact name.
/// `what` names the kind in messages ("Organization role").
QStringList resolve(CliApp &app, const QList<std::pair<QString, QString>> &known, const QStringList &wanted,
                    const QString &what)
{
    QStringList ids;
    QStringList names;
    for (const auto &[id, name] : known)
        names.append(name);
    for (const QString &text : wanted) {
        QString found;
        QStringList byName;
        for (const auto &[id, name] : known) {
            if (id == text)
                found = id;
            else if (name == text)
                byName.append(id);
        }
        if (found.isEmpty() && byName.size() > 1)
            app.failWith(ExitUsage,
                         OrgCommandSupport::tr("%1 \"%2\" is ambiguous: several have that name (ids: %3); "
                                               "pass an id.")
                             .arg(what, text, byName.join(QStringLiteral(", "))),
                         QStringLiteral("usage"));
        if (found.isEmpty() && byName.size() == 1)
            found = byName.first();
        if (found.isEmpty())
            app.failWith(ExitNotFound,
                         OrgCommandSupport::tr("%1 \"%2\" does not exist in this tenant (known: %3).")
                             .arg(what, text, knownNames(names)),
                         QStringLiteral("not_found"));
        if (!ids.contains(found))
            ids.append(found);
    }
    return ids;
}

} // namespace

Organization OrgCommandSupport::organization(CliApp &app, const QString &tenantId, const QString &idOrName)
{
    // The list search matches ids and names; an exact id wins over names.
    const QList<Organization> candidates = app.await(app.backend().organizations().list(tenantId, idOrName));
    QList<Organization> byName;
    for (const Organization &o : candidates) {
        if (o.id == idOrName)
            return o;
        if (o.name == idOrName)
            byName.append(o);
    }
    if (byName.size() == 1)
        return byName.first();
    if (byName.size() > 1) {
        QStringList ids;
        for (const Organization &o : byName)
            ids.append(o.id);
        app.failWith(ExitUsage,
                     tr("Several organizations are named \"%1\" (ids: %2); pass an id.")
                         .arg(idOrName, ids.join(QStringLiteral(", "))),
                     QStringLiteral("usage"));
    }
    app.failWith(
        ExitNotFound,
        tr("Organization \"%1\" does not exist in this tenant; \"org list\" shows the organizations.")
            .arg(idOrName),
        QStringLiteral("not_found"));
}

QStringList OrgCommandSupport::roleIds(CliApp &app, const QString &tenantId, const QStringList &idsOrNames)
{
    if (idsOrNames.isEmpty())
        return {};
    QList<std::pair<QString, QString>> known;
    for (const OrganizationRole &r : app.await(app.backend().organizationTemplate().roles(tenantId)))
        known.append({r.id, r.name});
    return resolve(app, known, idsOrNames, tr("Organization role"));
}

QStringList OrgCommandSupport::scopeIds(CliApp &app, const QString &tenantId, const QStringList &idsOrNames)
{
    if (idsOrNames.isEmpty())
        return {};
    QList<std::pair<QString, QString>> known;
    for (const OrganizationScope &s : app.await(app.backend().organizationTemplate().scopes(tenantId)))
        known.append({s.id, s.name});
    return resolve(app, known, idsOrNames, tr("Organization permission"));
}

QStringList OrgCommandSupport::resourceScopeIds(CliApp &app, const QString &tenantId,
                                                const QStringList &idsOrNames)
{
    if (idsOrNames.isEmpty())
        return {};
    QList<std::pair<QString, QString>> known;
    QHash<QString, QString> resourceOf; // scope id -> "Acme API (https://...)"
    for (const Resource &r : app.await(app.backend().resources().list(tenantId))) {
        for (const Scope &s : app.await(app.backend().resources().scopes(tenantId, r.id))) {
            known.append({s.id, s.name});
            resourceOf.insert(s.id, r.name + QStringLiteral(" (") + r.indicator + QLatin1Char(')'));
        }
    }
    QStringList ids;
    for (const QString &text : idsOrNames) {
        QStringList byName;
        bool isId = false;
        for (const auto &[id, name] : known) {
            isId = isId || id == text;
            if (name == text)
                byName.append(id);
        }
        if (!isId && byName.size() > 1) {
            QStringList choices;
            for (const QString &id : byName)
                choices.append(id + QStringLiteral(" in ") + resourceOf.value(id));
            app.failWith(ExitUsage,
                         tr("The permission \"%1\" exists in several API resources (%2); pass the scope id.")
                             .arg(text, choices.join(QStringLiteral("; "))),
                         QStringLiteral("usage"));
        }
    }
    return resolve(app, known, idsOrNames, tr("API permission"));
}

User OrgCommandSupport::user(CliApp &app, const QString &tenantId, const QString &idOrName)
{
    const QString text = idOrName.trimmed();
    if (text.isEmpty())
        app.usageError(tr("a user must not be empty."));
    Future<User> byId = app.backend().users().get(tenantId, text);
    byId.waitForFinished();
    if (const Result<User> found = byId.result(); found.ok())
        return found.value();
    else if (found.error().code() != ErrorCode::NotFound && found.error().code() != ErrorCode::Validation)
        app.fail(found.error()); // not an id of a user: look for the username or email below
    UserQuery query;
    query.search = text;
    UserCursor cursor;
    // Usernames and emails are unique; scanning the matches of the substring search finds the
    // exact one (a few pages at most for any realistic search text).
    for (int page = 0; page < 20; ++page) {
        const UserPage found = app.await(app.backend().users().page(tenantId, query, cursor, 500));
        for (const User &u : found.users) {
            if (u.id == text || u.username.compare(text, Qt::CaseInsensitive) == 0 ||
                u.primaryEmail.compare(text, Qt::CaseInsensitive) == 0)
                return u;
        }
        if (found.atEnd || found.users.isEmpty())
            break;
        cursor = found.next;
    }
    app.failWith(ExitNotFound,
                 tr("User \"%1\" does not exist in this tenant (give a user id, username or email address).")
                     .arg(text),
                 QStringLiteral("not_found"));
}

QStringList OrgCommandSupport::applicationIds(CliApp &app, const QString &tenantId,
                                              const QStringList &idsOrNames)
{
    if (idsOrNames.isEmpty())
        return {};
    QList<std::pair<QString, QString>> known;
    for (const Application &a : app.await(app.backend().applications().list(tenantId)))
        known.append({a.id, a.name});
    return resolve(app, known, idsOrNames, tr("Application"));
}

QStringList OrgCommandSupport::connectorIds(CliApp &app, const QString &tenantId,
                                            const QStringList &idsOrNames)
{
    if (idsOrNames.isEmpty())
        return {};
    QList<std::pair<QString, QString>> known;
    for (const SsoConnector &c : app.await(app.backend().ssoConnectors().list(tenantId)))
        known.append({c.id, c.connectorName});
    return resolve(app, known, idsOrNames, tr("SSO connector"));
}

QStringList OrgCommandSupport::listOption(const Invocation &in, const QString &option)
{
    QStringList values;
    for (const QString &value : in.values(option)) {
        for (const QString &part : value.split(QLatin1Char(','))) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty() && !values.contains(trimmed))
                values.append(trimmed);
        }
    }
    return values;
}

QStringList OrgCommandSupport::roleNames(const QList<OrganizationRole> &roles)
{
    QStringList names;
    for (const OrganizationRole &r : roles)
        names.append(r.name);
    return names;
}

QString OrgCommandSupport::label(const Organization &organization)
{
    return QLatin1Char('"') + organization.name + QStringLiteral("\" (") + organization.id + QLatin1Char(')');
}

void OrgCommandSupport::printUserOrganizations(CliApp &app, const QList<UserOrganization> &organizations)
{
    app.out().list(organizations, json::toJson, tr("The user is not a member of any organization."),
                   {tr("ID"), tr("ORGANIZATION"), tr("ROLES")}, [](const UserOrganization &m) {
                       return QStringList{m.organization.id, m.organization.name,
                                          CliOutput::formatList(roleNames(m.roles))};
                   });
}

void OrgCommandSupport::printRoles(CliApp &app, const QList<OrganizationRole> &roles,
                                   const QString &emptyLine)
{
    app.out().list(roles, json::toJson, emptyLine, {tr("ID"), tr("TYPE"), tr("NAME")},
                   [](const OrganizationRole &r) {
                       return QStringList{r.id, roleTypeName(r.type), r.name};
                   });
}

} // namespace gatehouse::cli
