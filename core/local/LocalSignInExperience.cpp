#include "local/LocalAreas.h"
#include "local/LocalBackend.h"
#include "local/LocalCommon.h"
#include "local/SignInRows.h"
#include "model/SignInValidation.h"
#include "model/SsoJson.h"
#include "model/UpdateRules.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gatehouse::local {

namespace signinrows {
SignInExperience read(SqlSession &s, const QString &tenantId)
{
    SignInExperience e;
    QSqlQuery q = s.exec(QStringLiteral("SELECT single_sign_on_enabled, mfa_factors, mfa_policy, "
                                        "organization_required_mfa_policy, version FROM sign_in_experiences "
                                        "WHERE tenant_id = ?"),
                         {tenantId});
    if (!q.next())
        return e;
    e.singleSignOnEnabled = q.value(0).toInt() != 0;
    const QJsonArray factors = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
    for (const QJsonValue &v : factors) {
        MfaFactor f;
        if (parseMfaFactor(v.toString(), &f))
            e.mfaFactors.append(f);
    }
    parseMfaPolicy(q.value(2).toString(), &e.mfaPolicy);
    parseOrganizationMfaPolicy(q.value(3).toString(), &e.organizationRequiredMfaPolicy);
    e.version = q.value(4).toLongLong();
    return e;
}
} // namespace signinrows

namespace {
QStringList mfaRequiredOrganizations(SqlSession &s, const QString &tenantId)
{
    QSqlQuery q =
        s.exec(QStringLiteral("SELECT name FROM organizations WHERE tenant_id = ? AND is_mfa_required = 1 "
                              "ORDER BY lower(name), id"),
               {tenantId});
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

QString factorsText(const QList<MfaFactor> &factors)
{
    QJsonArray array;
    for (const MfaFactor f : factors)
        array.append(mfaFactorName(f));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

class LocalSignInExperience final : public SignInExperienceApi
{
public:
    explicit LocalSignInExperience(LocalBackend &backend)
        : m_backend(backend)
    {}

    Future<SignInExperience> get(const QString &tenantId) override
    {
        return m_backend.submit<SignInExperience>([tenantId](SqlSession &s) {
            return s.snapshot([&] {
                requireTenant(s, tenantId);
                return signinrows::read(s, tenantId);
            });
        });
    }

    Future<SignInExperience> update(const QString &tenantId, const SignInExperience &experience) override
    {
        return m_backend.submit<SignInExperience>([tenantId, experience](SqlSession &s) {
            throwIfInvalid(signin::validate(experience));
            return s.write([&] {
                requireTenant(s, tenantId);
                const SignInExperience before = signinrows::read(s, tenantId);
                throwIfStale(experience.version, before.version, rules::title(before));
                throwIfInvalid(
                    signin::factorRemovalProblem(before, experience, mfaRequiredOrganizations(s, tenantId)));
                SignInExperience after = experience;
                after.version = before.version + 1;
                const QVariantList values{b2i(after.singleSignOnEnabled), factorsText(after.mfaFactors),
                                          mfaPolicyName(after.mfaPolicy),
                                          organizationMfaPolicyName(after.organizationRequiredMfaPolicy),
                                          after.version};
                // No row yet (version 0) = Logto's defaults: the first save inserts it; a concurrent
                // first save makes the insert do nothing, which is the same stale edit as below.
                const QSqlQuery written =
                    before.version == 0
                        ? s.exec(QStringLiteral(
                                     "INSERT INTO sign_in_experiences (single_sign_on_enabled, mfa_factors, "
                                     "mfa_policy, organization_required_mfa_policy, version, tenant_id) "
                                     "VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING"),
                                 values + QVariantList{tenantId})
                        : s.exec(QStringLiteral(
                                     "UPDATE sign_in_experiences SET single_sign_on_enabled = ?, "
                                     "mfa_factors = ?, mfa_policy = ?, organization_required_mfa_policy = ?, "
                                     "version = ? WHERE tenant_id = ? AND version = ?"),
                                 values + QVariantList{tenantId, before.version});
                if (written.numRowsAffected() != 1)
                    throwConflict(rules::title(before));
                s.journal(tenantId, QStringLiteral("signInExperience.update"),
                          QStringLiteral("signInExperience"), tenantId, json::toJson(before),
                          json::toJson(after));
                return after;
            });
        });
    }

    Future<AccessSnapshot> accessSnapshot(const QString &tenantId, const QString &email) override
    {
        return m_backend.submit<AccessSnapshot>(
            [tenantId, email](SqlSession &s) { return readAccessSnapshot(s, tenantId, email); });
    }

private:
    LocalBackend &m_backend;
};

} // namespace

std::unique_ptr<SignInExperienceApi> makeSignInExperience(LocalBackend &backend)
{
    return std::make_unique<LocalSignInExperience>(backend);
}

} // namespace gatehouse::local
