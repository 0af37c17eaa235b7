#include "model/SignInValidation.h"
#include "model/SsoJson.h"
#include "model/UpdateRules.h"
#include "remote/RemoteAreas.h"
#include "remote/RemoteBackend.h"
#include "remote/RemoteCommon.h"
#include "remote/RemoteSsoJson.h"

#include <QJsonArray>
#include <algorithm>

namespace gatehouse::remote {

namespace {
const QString signInPath = QStringLiteral("/api/sign-in-exp");

/// Names of the organizations that require MFA, sorted as the local backend sorts them. Pages
/// through every organization (GET /api/organizations, 100 a page).
QStringList mfaRequiredOrganizations(RemoteSession &s)
{
    QList<std::pair<QString, QString>> required; // name, id
    for (const QJsonValue &v : s.getAll(QStringLiteral("/api/organizations"))) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("isMfaRequired")).toBool())
            required.append(
                {o.value(QLatin1String("name")).toString(), o.value(QLatin1String("id")).toString()});
    }
    std::sort(required.begin(), required.end(), [](const auto &a, const auto &b) {
        const int byName = a.first.compare(b.first, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.second < b.second;
    });
    QStringList names;
    for (const auto &entry : std::as_const(required))
        names.append(entry.first);
    return names;
}

class RemoteSignInExperience final : public SignInExperienceApi
{
public:
    explicit RemoteSignInExperience(RemoteBackend &backend)
        : m_backend(backend)
    {}

    Future<SignInExperience> get(const QString &tenantId) override
    {
        return m_backend.submit<SignInExperience>([this, tenantId](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            return logto::signInExperience(s.get(signInPath).object());
        });
    }

    Future<SignInExperience> update(const QString &tenantId, const SignInExperience &experience) override
    {
        return m_backend.submit<SignInExperience>([this, tenantId, experience](RemoteSession &s) {
            RemoteBackend &b = m_backend;
            requireTenant(b, tenantId);
            throwIfInvalid(signin::validate(experience));
            const QJsonObject current = s.get(signInPath).object();
            const SignInExperience before = logto::signInExperience(current);
            throwIfStale(experience.version, before.version, rules::title(before));
            // Only an update that turns every factor off can be refused for the organizations' sake
            // (signin::factorRemovalProblem); reading every organization is skipped otherwise.
            if (experience.mfaFactors.isEmpty() && !before.mfaFactors.isEmpty())
                throwIfInvalid(signin::factorRemovalProblem(before, experience, mfaRequiredOrganizations(s)));
            // Only singleSignOnEnabled and mfa are sent: the rest of the sign-in experience (sign-in
            // methods, branding, …) belongs to other tools and stays as it is on the server.
            const QJsonObject patch = logto::signInExperiencePatch(
                current.value(QLatin1String("mfa")).toObject(), before, experience);
            if (patch.isEmpty())
                return before;
            const SignInExperience after =
                logto::signInExperience(s.patch(signInPath, QJsonDocument(patch)).object());
            b.journalChange(QStringLiteral("signInExperience.update"), QStringLiteral("signInExperience"),
                            tenantId, json::toJson(before), json::toJson(after));
            return after;
        });
    }

    Future<AccessSnapshot> accessSnapshot(const QString &tenantId, const QString &email) override
    {
        return m_backend.submit<AccessSnapshot>([this, tenantId, email](RemoteSession &s) {
            requireTenant(m_backend, tenantId);
            return fetchAccessSnapshot(s, m_backend, email);
        });
    }

private:
    RemoteBackend &m_backend;
};

} // namespace

std::unique_ptr<SignInExperienceApi> makeSignInExperience(RemoteBackend &backend)
{
    return std::make_unique<RemoteSignInExperience>(backend);
}

} // namespace gatehouse::remote
