#include "model/Organization.h"
#include "model/SignInExperience.h"
#include "model/SsoConnector.h"

#include <array>
#include <utility>

namespace gatehouse {

namespace {
template <typename E, size_t N>
bool lookup(const std::array<std::pair<E, const char *>, N> &table, const QString &name, E *out)
{
    for (const auto &[value, text] : table) {
        if (name == QLatin1String(text)) {
            *out = value;
            return true;
        }
    }
    return false;
}

template <typename E, size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[v, text] : table) {
        if (v == value)
            return QLatin1String(text);
    }
    return {};
}

template <typename E, size_t N>
QList<E> valuesOf(const std::array<std::pair<E, const char *>, N> &table)
{
    QList<E> values;
    for (const auto &entry : table)
        values.append(entry.first);
    return values;
}

constexpr std::array<std::pair<InvitationStatus, const char *>, 4> invitationStatuses{{
    {InvitationStatus::Pending, "Pending"},
    {InvitationStatus::Accepted, "Accepted"},
    {InvitationStatus::Expired, "Expired"},
    {InvitationStatus::Revoked, "Revoked"},
}};

constexpr std::array<std::pair<SsoProvider, const char *>, 6> ssoProviders{{
    {SsoProvider::OIDC, "OIDC"},
    {SsoProvider::SAML, "SAML"},
    {SsoProvider::AzureAD, "AzureAD"},
    {SsoProvider::AzureAdOidc, "AzureAdOidc"},
    {SsoProvider::GoogleWorkspace, "GoogleWorkspace"},
    {SsoProvider::Okta, "Okta"},
}};

constexpr std::array<std::pair<MfaFactor, const char *>, 5> mfaFactors{{
    {MfaFactor::TOTP, "Totp"},
    {MfaFactor::WebAuthn, "WebAuthn"},
    {MfaFactor::BackupCode, "BackupCode"},
    {MfaFactor::EmailVerificationCode, "EmailVerificationCode"},
    {MfaFactor::PhoneVerificationCode, "PhoneVerificationCode"},
}};

constexpr std::array<std::pair<MfaPolicy, const char *>, 5> mfaPolicies{{
    {MfaPolicy::UserControlled, "UserControlled"},
    {MfaPolicy::Mandatory, "Mandatory"},
    {MfaPolicy::PromptAtSignInAndSignUp, "PromptAtSignInAndSignUp"},
    {MfaPolicy::PromptOnlyAtSignIn, "PromptOnlyAtSignIn"},
    {MfaPolicy::NoPrompt, "NoPrompt"},
}};

constexpr std::array<std::pair<OrganizationMfaPolicy, const char *>, 2> organizationMfaPolicies{{
    {OrganizationMfaPolicy::NoPrompt, "NoPrompt"},
    {OrganizationMfaPolicy::Mandatory, "Mandatory"},
}};
} // namespace

QString invitationStatusName(InvitationStatus status)
{
    return nameOf(invitationStatuses, status);
}

bool parseInvitationStatus(const QString &name, InvitationStatus *status)
{
    return lookup(invitationStatuses, name, status);
}

QString ssoProviderName(SsoProvider provider)
{
    return nameOf(ssoProviders, provider);
}

bool parseSsoProvider(const QString &name, SsoProvider *provider)
{
    return lookup(ssoProviders, name, provider);
}

QList<SsoProvider> allSsoProviders()
{
    return valuesOf(ssoProviders);
}

bool isSamlProvider(SsoProvider provider)
{
    return provider == SsoProvider::SAML || provider == SsoProvider::AzureAD;
}

QString mfaFactorName(MfaFactor factor)
{
    return nameOf(mfaFactors, factor);
}

bool parseMfaFactor(const QString &name, MfaFactor *factor)
{
    return lookup(mfaFactors, name, factor);
}

QList<MfaFactor> allMfaFactors()
{
    return valuesOf(mfaFactors);
}

QString mfaPolicyName(MfaPolicy policy)
{
    return nameOf(mfaPolicies, policy);
}

bool parseMfaPolicy(const QString &name, MfaPolicy *policy)
{
    return lookup(mfaPolicies, name, policy);
}

QString organizationMfaPolicyName(OrganizationMfaPolicy policy)
{
    return nameOf(organizationMfaPolicies, policy);
}

bool parseOrganizationMfaPolicy(const QString &name, OrganizationMfaPolicy *policy)
{
    return lookup(organizationMfaPolicies, name, policy);
}

} // namespace gatehouse
