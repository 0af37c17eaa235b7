// fetchAccessSnapshot: everything the access explainer needs, read from the
// Logto server. Logto has no query for "organizations whose JIT names this domain", so the
// snapshot pages through every organization and reads each one's JIT email domains and SSO
// connectors: 2 requests per organization (several in flight at once), plus one for the JIT
// roles of each organization that takes part. Fine for hundreds of organizations; with many
// thousands the explainer takes a while.
#include "model/EmailDomains.h"
#include "model/UserValidation.h"
#include "remote/RemoteAreas.h"
#include "remote/RemoteBackend.h"
#include "remote/RemoteCommon.h"
#include "remote/RemoteOrganizationSupport.h"
#include "remote/RemoteSsoJson.h"
#include "remote/RemoteUserJson.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace gatehouse::remote {

using orgremote::organizationPath;

namespace {
/// The answers of `requests` (sent several at once); a request that failed throws its error.
QList<Response> sendAllOrThrow(RemoteSession &s, const QList<Request> &requests)
{
    QList<Response> out;
    for (const Result<Response> &answer : s.sendAll(requests)) {
        if (!answer.ok())
            throw Failure{answer.error()};
        out.append(answer.value());
    }
    return out;
}

/// The user whose primary email is `email`, compared as the local backend does (emailKey:
/// case-insensitive). Logto's exact search mode compares without case unless told otherwise.
std::optional<User> userByEmail(RemoteSession &s, const QString &tenantId, const QString &email)
{
    const QString key = validation::emailKey(email);
    if (key.isEmpty())
        return std::nullopt;
    QUrlQuery q;
    logto::addQueryValue(q, QStringLiteral("search.primaryEmail"), key);
    q.addQueryItem(QStringLiteral("mode.primaryEmail"), QStringLiteral("exact"));
    for (const QJsonValue &v : s.getAll(QStringLiteral("/api/users"), q)) {
        const User u = logto::user(v.toObject(), tenantId);
        if (validation::emailKey(u.primaryEmail) == key)
            return u;
    }
    return std::nullopt;
}

QList<UserOrganization> membershipsOf(RemoteSession &s, const QString &tenantId, const QString &userId)
{
    QList<UserOrganization> out;
    for (const QJsonValue &v :
         s.get(orgremote::userPath(userId) + QStringLiteral("/organizations")).array()) {
        const QJsonObject o = v.toObject();
        UserOrganization m{
            orgremote::organization(o, tenantId),
            orgremote::roleRefs(o.value(QLatin1String("organizationRoles")).toArray(), tenantId)};
        orgremote::sortByName(m.roles);
        out.append(m);
    }
    std::sort(out.begin(), out.end(), [](const UserOrganization &a, const UserOrganization &b) {
        const int byName = a.organization.name.compare(b.organization.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.organization.id < b.organization.id;
    });
    return out;
}

/// Whether `userId` has signed in through `connectorId` before (Logto keeps an SSO identity).
bool hasSsoIdentity(RemoteSession &s, const QString &userId, const QString &connectorId)
{
    const Response answer = s.send(Request::get(QStringLiteral("/api/users/") + segment(userId) +
                                                QStringLiteral("/sso-identities/") + segment(connectorId)),
                                   {404});
    return answer.status != 404;
}
} // namespace

AccessSnapshot fetchAccessSnapshot(RemoteSession &s, const RemoteBackend &b, const QString &email)
{
    {
        const QString tenant = b.tenantId();
        AccessSnapshot snap;
        snap.email = email.trimmed();
        snap.domain = emaildomains::ofEmail(snap.email);
        snap.signIn = logto::signInExperience(s.get(QStringLiteral("/api/sign-in-exp")).object());
        snap.connectors = fetchSsoConnectors(s, tenant);
        snap.user = userByEmail(s, tenant, snap.email);
        if (snap.user)
            snap.memberships = membershipsOf(s, tenant, snap.user->id);

        // Every organization, and the JIT email domains and SSO connectors of each.
        QList<Organization> all;
        for (const QJsonValue &v : s.getAll(QStringLiteral("/api/organizations")))
            all.append(orgremote::organization(v.toObject(), tenant));
        QList<Request> jitRequests;
        for (const Organization &o : std::as_const(all)) {
            jitRequests.append(Request::get(organizationPath(o.id) + QStringLiteral("/jit/email-domains")));
            jitRequests.append(Request::get(organizationPath(o.id) + QStringLiteral("/jit/sso-connectors")));
        }
        const QList<Response> jitAnswers = sendAllOrThrow(s, jitRequests);
        QSet<QString> memberOf;
        for (const UserOrganization &m : std::as_const(snap.memberships))
            memberOf.insert(m.organization.id);
        for (qsizetype i = 0; i < all.size(); ++i) {
            OrganizationJit jit;
            for (const QJsonValue &d : jitAnswers[2 * i].array())
                jit.emailDomains.append(d.toObject().value(QLatin1String("emailDomain")).toString());
            for (const QJsonValue &c : jitAnswers[2 * i + 1].array())
                jit.ssoConnectorIds.append(c.toObject().value(QLatin1String("id")).toString());
            jit.emailDomains.sort();
            jit.ssoConnectorIds.sort();
            const bool involved = (!snap.domain.isEmpty() && jit.emailDomains.contains(snap.domain)) ||
                                  !jit.ssoConnectorIds.isEmpty() || memberOf.contains(all[i].id);
            if (!involved)
                continue;
            snap.organizations.append(all[i]);
            snap.jit.insert(all[i].id, jit);
        }
        std::sort(snap.organizations.begin(), snap.organizations.end(),
                  [](const Organization &a, const Organization &c) {
                      const int byName = a.name.compare(c.name, Qt::CaseInsensitive);
                      return byName != 0 ? byName < 0 : a.id < c.id;
                  });

        // The default roles of the organizations that take part.
        QList<Request> roleRequests;
        for (const Organization &o : std::as_const(snap.organizations))
            roleRequests.append(Request::get(organizationPath(o.id) + QStringLiteral("/jit/roles")));
        const QList<Response> roleAnswers = sendAllOrThrow(s, roleRequests);
        for (qsizetype i = 0; i < snap.organizations.size(); ++i) {
            OrganizationJit &jit = snap.jit[snap.organizations[i].id];
            for (const QJsonValue &r : roleAnswers[i].array())
                jit.roles.append(orgremote::role(r.toObject(), tenant));
            orgremote::sortByName(jit.roles);
        }

        // Logto records SSO identities: which of the connectors that matter here (the one that
        // claims the domain, those the organizations' JIT names) the user came through before.
        snap.ssoIdentitiesKnown = true;
        if (snap.user) {
            QStringList relevant;
            for (const SsoConnector &c : std::as_const(snap.connectors)) {
                bool matters = !snap.domain.isEmpty() && c.domains.contains(snap.domain);
                for (auto it = snap.jit.cbegin(); !matters && it != snap.jit.cend(); ++it)
                    matters = it.value().ssoConnectorIds.contains(c.id);
                if (matters)
                    relevant.append(c.id);
            }
            for (const QString &connectorId : std::as_const(relevant)) {
                if (hasSsoIdentity(s, snap.user->id, connectorId))
                    snap.userSsoConnectorIds.append(connectorId);
            }
        }
        return snap;
    }
}

} // namespace gatehouse::remote
