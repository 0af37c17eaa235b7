// The fake's organization invitations: /api/organization-invitations, as Logto 1.37 answers them
// (POST needs expiresAt in the future and messagePayload — false sends no email, an object asks
// for an email connector the fake does not have: 501; one pending invitation per invitee and
// organization; PUT …/status moves a Pending invitation to Accepted — adding the member with the
// invited roles — or Revoked). Times come from clock::nowMs() so that tests can move them.

#include "FakeLogtoOrganizations.h"
#include "util/Clock.h"

#include <QMutexLocker>

namespace gatehouse::test {

namespace {
using namespace fakelogto;

QJsonObject withRoles(const FakeLogto::State &s, const QJsonObject &invitation)
{
    QJsonObject o = invitation;
    o.insert(
        QStringLiteral("organizationRoles"),
        organizationRoleRefs(s, s.invitationRoles.value(invitation.value(QLatin1String("id")).toString())));
    return o;
}

HttpResponse invalidStatus(const QString &message)
{
    return HttpResponse::error(422, QStringLiteral("request.invalid_input"), message);
}

bool isPendingFor(const QJsonObject &inv, const QString &organizationId, const QString &invitee, qint64 now)
{
    return inv.value(QLatin1String("organizationId")).toString() == organizationId &&
           inv.value(QLatin1String("invitee")).toString().compare(invitee, Qt::CaseInsensitive) == 0 &&
           inv.value(QLatin1String("status")).toString() == QLatin1String("Pending") &&
           static_cast<qint64>(inv.value(QLatin1String("expiresAt")).toDouble()) > now;
}
} // namespace

void installInvitationsApi(FakeLogto &fake, FakeLogto::State &state)
{
    FakeLogto::State *s = &state;
    const QString tenant = fake.tenant();
    const QString base = QStringLiteral("/api/organization-invitations");

    fake.apiRoute("GET", base, [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        QJsonArray out;
        for (const QJsonValue &v : inCreationOrder(*s, s->organizationInvitations)) {
            const QJsonObject inv = v.toObject();
            bool keep = true;
            for (const char *key : {"organizationId", "inviterId", "invitee"}) {
                const QString wanted = request.query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
                if (!wanted.isEmpty() && inv.value(QLatin1String(key)).toString() != wanted)
                    keep = false;
            }
            if (keep)
                out.append(withRoles(*s, inv));
        }
        return HttpResponse::json(200, QJsonDocument(out));
    });

    fake.apiRoute("POST", base, [s, tenant](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const auto body = bodyObject(request);
        if (!body)
            return invalidInput(QStringLiteral("The body must be a JSON object."));
        QString error;
        const QString invitee = boundedString(*body, "invitee", 3, 256, true, &error);
        const QString organizationId = boundedString(*body, "organizationId", 1, 21, true, &error);
        const QJsonValue inviterId = body->value(QLatin1String("inviterId"));
        const QJsonValue expiresAt = body->value(QLatin1String("expiresAt"));
        const QJsonValue payload = body->value(QLatin1String("messagePayload"));
        QStringList roleIds;
        if (body->contains(QLatin1String("organizationRoleIds"))) {
            if (const auto ids = stringList(*body, "organizationRoleIds", &error))
                roleIds = *ids;
        }
        if (error.isEmpty() && !invitee.contains(QLatin1Char('@')))
            error = QStringLiteral("`invitee` must be an email address.");
        if (error.isEmpty() && !expiresAt.isDouble())
            error = QStringLiteral("`expiresAt` is required.");
        if (error.isEmpty() && !(payload.isBool() && !payload.toBool()) && !payload.isObject())
            error = QStringLiteral("`messagePayload` must be false or an object.");
        if (error.isEmpty() && !inviterId.isUndefined() && !inviterId.isString())
            error = QStringLiteral("`inviterId` must be a string.");
        if (!error.isEmpty())
            return invalidInput(error);
        const qint64 now = clock::nowMs();
        if (static_cast<qint64>(expiresAt.toDouble()) <= now)
            return HttpResponse::error(400, QStringLiteral("request.invalid_input"),
                                       QStringLiteral("The value of `expiresAt` must be in the future."));
        if (!s->organizations.contains(organizationId))
            return foreignKeyNotFound();
        if (inviterId.isString() && !s->users.contains(inviterId.toString()))
            return foreignKeyNotFound();
        if (const auto refused = checkOrganizationRoles(*s, roleIds, QStringLiteral("User")))
            return *refused;
        for (const QJsonObject &inv : s->organizationInvitations) {
            if (isPendingFor(inv, organizationId, invitee, now))
                return uniqueViolation();
        }
        if (payload.isObject())
            return HttpResponse::error(501, QStringLiteral("connector.not_found"),
                                       QStringLiteral("Cannot find any available connector of type Email."));
        const QString id = newId();
        const QJsonObject inv{{QStringLiteral("tenantId"), tenant},
                              {QStringLiteral("id"), id},
                              {QStringLiteral("inviterId"), inviterId.isString() ? inviterId : QJsonValue()},
                              {QStringLiteral("invitee"), invitee},
                              {QStringLiteral("acceptedUserId"), QJsonValue::Null},
                              {QStringLiteral("organizationId"), organizationId},
                              {QStringLiteral("status"), QStringLiteral("Pending")},
                              {QStringLiteral("createdAt"), static_cast<double>(now)},
                              {QStringLiteral("updatedAt"), static_cast<double>(now)},
                              {QStringLiteral("expiresAt"), expiresAt}};
        s->organizationInvitations.insert(id, inv);
        s->invitationRoles.insert(id, QSet<QString>(roleIds.begin(), roleIds.end()));
        return HttpResponse::json(201, QJsonDocument(withRoles(*s, inv)));
    });

    fake.apiRoute("GET", base + QStringLiteral("/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->organizationInvitations.contains(id))
            return notFound(id);
        return HttpResponse::json(200, QJsonDocument(withRoles(*s, s->organizationInvitations.value(id))));
    });

    fake.apiRoute("DELETE", base + QStringLiteral("/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->organizationInvitations.remove(id))
            return notFound(id);
        s->invitationRoles.remove(id);
        return HttpResponse::empty(204);
    });

    fake.apiRoute("PUT", base + QStringLiteral("/([^/]+)/status"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->organizationInvitations.contains(id))
            return notFound(id);
        const auto body = bodyObject(request);
        if (!body)
            return invalidInput(QStringLiteral("The body must be a JSON object."));
        const QString status = body->value(QLatin1String("status")).toString();
        if (status != QLatin1String("Accepted") && status != QLatin1String("Revoked"))
            return invalidInput(QStringLiteral("`status` must be Accepted or Revoked."));
        QJsonObject inv = s->organizationInvitations.value(id);
        const qint64 now = clock::nowMs();
        if (inv.value(QLatin1String("status")).toString() != QLatin1String("Pending"))
            return invalidStatus(QStringLiteral("The invitation is not pending."));
        if (static_cast<qint64>(inv.value(QLatin1String("expiresAt")).toDouble()) <= now)
            return invalidStatus(QStringLiteral("The invitation has expired."));
        if (status == QLatin1String("Accepted")) {
            const QString userId = body->value(QLatin1String("acceptedUserId")).toString();
            if (userId.isEmpty())
                return invalidInput(QStringLiteral("`acceptedUserId` is required to accept."));
            if (!s->users.contains(userId))
                return notFound(userId);
            QSet<QString> &held =
                s->organizationUsers[inv.value(QLatin1String("organizationId")).toString()][userId];
            held.unite(s->invitationRoles.value(id));
            inv.insert(QStringLiteral("acceptedUserId"), userId);
        }
        inv.insert(QStringLiteral("status"), status);
        inv.insert(QStringLiteral("updatedAt"), static_cast<double>(now));
        s->organizationInvitations.insert(id, inv);
        return HttpResponse::json(200, QJsonDocument(withRoles(*s, inv)));
    });
}

} // namespace gatehouse::test
