// LocalOrganizations: the organizations themselves (list, read, create, update, delete). Members,
// applications, invitations and JIT live in LocalOrganization{Members,Applications,Invitations,
// Jit}.cpp.
#include "local/LocalOrganizations.h"

#include "local/LocalBackend.h"
#include "local/LocalCommon.h"
#include "local/OrganizationRows.h"
#include "local/SignInRows.h"
#include "model/OrganizationJson.h"
#include "model/OrganizationRules.h"
#include "model/OrganizationValidation.h"
#include "model/UpdateRules.h"
#include "security/Random.h"
#include "util/Clock.h"

#include <QJsonDocument>

namespace gatehouse::local {

using namespace orgrows;

namespace {
QString customDataText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// An organization may require MFA only while the sign-in experience offers a factor to set up.
void checkMfaPossible(SqlSession &s, const QString &tenantId, const Organization &organization)
{
    if (organization.isMfaRequired)
        throwIfInvalid(
            rules::mfaRequirementProblems(organization, signinrows::read(s, tenantId).mfaFactors.size()));
}
} // namespace

Future<QList<Organization>> LocalOrganizations::list(const QString &tenantId, const QString &q)
{
    return m_backend.submit<QList<Organization>>([tenantId, q](SqlSession &s) {
        requireTenant(s, tenantId);
        QVariantList binds{tenantId};
        QString sql =
            QStringLiteral("SELECT ") + QLatin1String(organizationColumns) +
            QStringLiteral(", (SELECT count(*) FROM organization_users ou WHERE ou.organization_id = "
                           "o.id) FROM organizations o WHERE o.tenant_id = ?");
        const QString text = q.trimmed();
        if (!text.isEmpty()) {
            sql += QStringLiteral(" AND (") + containsSql(s, QStringLiteral("o.id"), text, binds) +
                   QStringLiteral(" OR ") + containsSql(s, QStringLiteral("o.name"), text, binds) +
                   QStringLiteral(")");
        }
        sql += QStringLiteral(" ORDER BY lower(o.name), o.id");
        QSqlQuery rows = s.exec(sql, binds);
        QList<Organization> out;
        while (rows.next()) {
            Organization o = organization(rows);
            o.memberCount = rows.value(organizationColumnCount).toInt();
            out.append(o);
        }
        return out;
    });
}

Future<Organization> LocalOrganizations::get(const QString &tenantId, const QString &id)
{
    return m_backend.submit<Organization>(
        [tenantId, id](SqlSession &s) { return requireOrganization(s, tenantId, id); });
}

Future<Organization> LocalOrganizations::create(const QString &tenantId, const Organization &draft)
{
    return m_backend.submit<Organization>([tenantId, draft](SqlSession &s) {
        throwIfInvalid(validation::organization(draft));
        return s.write([&] {
            requireTenant(s, tenantId);
            checkMfaPossible(s, tenantId, draft);
            Organization o = draft;
            o.id = security::generateId(12);
            o.tenantId = tenantId;
            o.name = draft.name.trimmed();
            o.createdAt = clock::nowMs();
            o.version = 1;
            o.memberCount = -1;
            s.exec(QStringLiteral("INSERT INTO organizations (tenant_id, id, name, description, custom_data, "
                                  "is_mfa_required, branding, color, created_at, version) VALUES "
                                  "(?,?,?,?,?,?,?,?,?,1)"),
                   {tenantId, o.id, o.name, o.description, customDataText(o.customData), b2i(o.isMfaRequired),
                    brandingText(o.branding), colorText(o.color), o.createdAt});
            s.journal(tenantId, QStringLiteral("organization.create"), QStringLiteral("organization"), o.id,
                      QJsonValue::Null, json::toJson(o));
            return o;
        });
    });
}

Future<Organization> LocalOrganizations::update(const QString &tenantId, const Organization &organization)
{
    return m_backend.submit<Organization>([tenantId, organization](SqlSession &s) {
        throwIfInvalid(validation::organization(organization));
        return s.write([&] {
            const Organization before = requireOrganization(s, tenantId, organization.id);
            throwIfStale(organization.version, before.version, rules::title(before));
            checkMfaPossible(s, tenantId, organization);
            Organization after = organization;
            after.tenantId = before.tenantId;
            after.name = organization.name.trimmed();
            after.createdAt = before.createdAt;
            after.version = before.version + 1;
            after.memberCount = -1;
            const QSqlQuery written =
                s.exec(QStringLiteral(
                           "UPDATE organizations SET name = ?, description = ?, custom_data = ?, "
                           "is_mfa_required = ?, branding = ?, color = ?, version = ? WHERE tenant_id = ? "
                           "AND id = ? AND version = ?"),
                       {after.name, after.description, customDataText(after.customData),
                        b2i(after.isMfaRequired), brandingText(after.branding), colorText(after.color),
                        after.version, tenantId, after.id, before.version});
            if (written.numRowsAffected() != 1)
                throwConflict(rules::title(before));
            s.journal(tenantId, QStringLiteral("organization.update"), QStringLiteral("organization"),
                      after.id, json::toJson(before), json::toJson(after));
            return after;
        });
    });
}

Future<Done> LocalOrganizations::remove(const QString &tenantId, const QString &id)
{
    return m_backend.submit<Done>([tenantId, id](SqlSession &s) {
        s.write([&] {
            const Organization before = requireOrganization(s, tenantId, id);
            QJsonObject snapshot = json::toJson(before);
            snapshot.insert(QStringLiteral("memberIds"),
                            array(column(s,
                                         QStringLiteral("SELECT user_id FROM organization_users WHERE "
                                                        "organization_id = ? ORDER BY user_id"),
                                         {id})));
            snapshot.insert(
                QStringLiteral("applicationIds"),
                array(column(s,
                             QStringLiteral("SELECT application_id FROM organization_applications "
                                            "WHERE organization_id = ? ORDER BY application_id"),
                             {id})));
            s.exec(QStringLiteral("DELETE FROM organizations WHERE tenant_id = ? AND id = ?"),
                   {tenantId, id});
            s.journal(tenantId, QStringLiteral("organization.delete"), QStringLiteral("organization"), id,
                      snapshot, QJsonValue::Null);
        });
        return Done{};
    });
}

} // namespace gatehouse::local
