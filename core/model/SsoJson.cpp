#include "model/SsoJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace gatehouse::json {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::json", text);
}

const QLatin1String secretKey("clientSecret");

/// Collects type errors by field name while reading optional keys.
class Fields
{
public:
    explicit Fields(const QJsonObject &o, QString prefix = {})
        : m_o(o)
        , m_prefix(std::move(prefix))
    {}

    QJsonValue value(const char *key) const { return m_o.value(QLatin1String(key)); }

    QString string(const char *key, QList<FieldError> &errors) const
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            errors.append({name(key), tr("must be a string")});
        return v.toString();
    }
    bool boolean(const char *key, bool fallback, QList<FieldError> &errors) const
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            errors.append({name(key), tr("must be true or false")});
        return v.toBool(fallback);
    }
    QJsonObject object(const char *key, QList<FieldError> &errors) const
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            errors.append({name(key), tr("must be an object")});
        return v.toObject();
    }
    QStringList strings(const char *key, QList<FieldError> &errors) const
    {
        const QJsonValue v = value(key);
        QStringList out;
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            errors.append({name(key), tr("must be an array of strings")});
            return out;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array[i].isString())
                errors.append({name(key) + QStringLiteral("[%1]").arg(i), tr("must be a string")});
            else
                out.append(array[i].toString());
        }
        return out;
    }
    QString name(const char *key) const
    {
        return m_prefix.isEmpty() ? QString::fromLatin1(key)
                                  : m_prefix + QLatin1Char('.') + QLatin1String(key);
    }

private:
    QJsonObject m_o;
    QString m_prefix;
};

QJsonObject brandingJson(const SsoBranding &b)
{
    QJsonObject o;
    if (!b.displayName.isEmpty())
        o.insert(QStringLiteral("displayName"), b.displayName);
    if (!b.logo.isEmpty())
        o.insert(QStringLiteral("logo"), b.logo);
    if (!b.darkLogo.isEmpty())
        o.insert(QStringLiteral("darkLogo"), b.darkLogo);
    return o;
}
} // namespace

QJsonObject toJson(const SsoConnector &c)
{
    QJsonObject config = c.config;
    config.remove(secretKey);
    QJsonObject o{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("tenantId"), c.tenantId},
        {QStringLiteral("providerName"), ssoProviderName(c.providerName)},
        {QStringLiteral("connectorName"), c.connectorName},
        {QStringLiteral("config"), config},
        {QStringLiteral("domains"), QJsonArray::fromStringList(c.domains)},
        {QStringLiteral("branding"), brandingJson(c.branding)},
        {QStringLiteral("syncProfile"), c.syncProfile},
        {QStringLiteral("createdAt"), static_cast<double>(c.createdAt)},
    };
    return o;
}

Result<SsoConnector> ssoConnectorFromJson(const QJsonObject &o)
{
    QList<FieldError> errors;
    const Fields f(o);
    SsoConnector c;
    c.id = f.string("id", errors);
    c.tenantId = f.string("tenantId", errors);
    const QString provider = f.string("providerName", errors);
    if (!parseSsoProvider(provider, &c.providerName))
        errors.append(
            {QStringLiteral("providerName"),
             tr("\"%1\" is not an SSO provider (OIDC, SAML, AzureAD, AzureAdOidc, GoogleWorkspace, Okta)")
                 .arg(provider)});
    c.connectorName = f.string("connectorName", errors);
    c.config = f.object("config", errors);
    c.domains = f.strings("domains", errors);
    const Fields branding(f.object("branding", errors), QStringLiteral("branding"));
    c.branding.displayName = branding.string("displayName", errors);
    c.branding.logo = branding.string("logo", errors);
    c.branding.darkLogo = branding.string("darkLogo", errors);
    c.syncProfile = f.boolean("syncProfile", false, errors);
    const QJsonValue created = f.value("createdAt");
    if (created.isDouble())
        c.createdAt = static_cast<qint64>(created.toDouble());
    else if (!created.isUndefined() && !created.isNull())
        errors.append({QStringLiteral("createdAt"), tr("must be a number (unix milliseconds)")});
    if (!errors.isEmpty())
        return Error::validation(errors);
    return c;
}

SsoConnector withoutSecret(SsoConnector connector)
{
    const QJsonValue secret = connector.config.value(secretKey);
    if (secret.isString() && !secret.toString().isEmpty())
        connector.clientSecretSet = true;
    connector.config.remove(secretKey);
    return connector;
}

QJsonObject redactedJson(const SsoConnector &connector)
{
    QJsonObject o = toJson(connector);
    if (connector.clientSecretSet) {
        QJsonObject config = o.value(QStringLiteral("config")).toObject();
        config.insert(secretKey, QStringLiteral("[redacted]"));
        o.insert(QStringLiteral("config"), config);
    }
    return o;
}

QJsonObject toJson(const SignInExperience &e)
{
    QJsonArray factors;
    for (const MfaFactor f : e.mfaFactors)
        factors.append(mfaFactorName(f));
    return QJsonObject{
        {QStringLiteral("singleSignOnEnabled"), e.singleSignOnEnabled},
        {QStringLiteral("mfa"),
         QJsonObject{
             {QStringLiteral("factors"), factors},
             {QStringLiteral("policy"), mfaPolicyName(e.mfaPolicy)},
             {QStringLiteral("organizationRequiredMfaPolicy"),
              organizationMfaPolicyName(e.organizationRequiredMfaPolicy)},
         }},
    };
}

Result<SignInExperience> signInExperienceFromJson(const QJsonObject &o)
{
    QList<FieldError> errors;
    const Fields f(o);
    SignInExperience e;
    e.singleSignOnEnabled = f.boolean("singleSignOnEnabled", false, errors);
    const Fields mfa(f.object("mfa", errors), QStringLiteral("mfa"));
    const QStringList factors = mfa.strings("factors", errors);
    for (qsizetype i = 0; i < factors.size(); ++i) {
        MfaFactor factor;
        if (parseMfaFactor(factors[i], &factor))
            e.mfaFactors.append(factor);
        else
            errors.append(
                {QStringLiteral("mfa.factors[%1]").arg(i),
                 tr("\"%1\" is not an MFA factor (Totp, WebAuthn, BackupCode, EmailVerificationCode, "
                    "PhoneVerificationCode)")
                     .arg(factors[i])});
    }
    const QString policy = mfa.string("policy", errors);
    if (!policy.isEmpty() && !parseMfaPolicy(policy, &e.mfaPolicy))
        errors.append({QStringLiteral("mfa.policy"),
                       tr("\"%1\" is not an MFA policy (UserControlled, Mandatory, PromptAtSignInAndSignUp, "
                          "PromptOnlyAtSignIn, NoPrompt)")
                           .arg(policy)});
    const QString orgPolicy = mfa.string("organizationRequiredMfaPolicy", errors);
    if (!orgPolicy.isEmpty() && !parseOrganizationMfaPolicy(orgPolicy, &e.organizationRequiredMfaPolicy))
        errors.append({QStringLiteral("mfa.organizationRequiredMfaPolicy"),
                       tr("\"%1\" is not an organization MFA policy (NoPrompt, Mandatory)").arg(orgPolicy)});
    if (!errors.isEmpty())
        return Error::validation(errors);
    return e;
}

} // namespace gatehouse::json
