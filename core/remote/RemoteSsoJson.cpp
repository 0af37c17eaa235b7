#include "remote/RemoteSsoJson.h"

#include "model/SsoJson.h"
#include "remote/RemoteCommon.h"

#include <QJsonArray>

namespace gatehouse::remote::logto {

namespace {
const QLatin1String secretKey("clientSecret");

template <typename T>
T readOrFail(Result<T> result, const char *what)
{
    if (!result.ok()) {
        QStringList fields;
        for (const FieldError &f : result.error().fields())
            fields.append(f.field + QStringLiteral(": ") + f.message);
        throw Failure{Error(ErrorCode::Internal,
                            rtr("The Logto server sent %1 that Gatehouse cannot read.").arg(rtr(what)),
                            fields.join(QStringLiteral("; ")))};
    }
    return std::move(result).value();
}

QJsonObject brandingBody(const SsoBranding &b)
{
    // The branding object as json::toJson writes it (empty fields left out).
    SsoConnector c;
    c.branding = b;
    return json::toJson(c).value(QLatin1String("branding")).toObject();
}

QJsonObject configWithSecret(QJsonObject config, const QString &secret)
{
    config.remove(secretKey);
    if (!secret.isEmpty())
        config.insert(secretKey, secret);
    return config;
}
} // namespace

SsoConnector ssoConnector(const QJsonObject &o, const QString &tenantId)
{
    SsoConnector c = json::withoutSecret(readOrFail(
        json::ssoConnectorFromJson(o), QT_TRANSLATE_NOOP("gatehouse::remote", "an SSO connector")));
    c.tenantId = tenantId;
    c.version = versionOf(c);
    return c;
}

QString storedSecret(const QJsonObject &o)
{
    return o.value(QLatin1String("config")).toObject().value(secretKey).toString();
}

qint64 versionOf(const SsoConnector &connector)
{
    QJsonObject content = json::toJson(connector);
    content.remove(QStringLiteral("tenantId"));
    content.insert(QStringLiteral("clientSecretSet"), connector.clientSecretSet);
    return contentVersion(content);
}

QJsonObject ssoConnectorCreateBody(const SsoConnector &draft, const QString &secret)
{
    return QJsonObject{
        {QStringLiteral("providerName"), ssoProviderName(draft.providerName)},
        {QStringLiteral("connectorName"), draft.connectorName},
        {QStringLiteral("config"), configWithSecret(draft.config, secret)},
        {QStringLiteral("domains"), QJsonArray::fromStringList(draft.domains)},
        {QStringLiteral("branding"), brandingBody(draft.branding)},
        {QStringLiteral("syncProfile"), draft.syncProfile},
    };
}

QJsonObject ssoConnectorPatch(const SsoConnector &before, const SsoConnector &after, const QString &newSecret,
                              const QString &currentSecret)
{
    QJsonObject patch;
    if (after.connectorName != before.connectorName)
        patch.insert(QStringLiteral("connectorName"), after.connectorName);
    QJsonObject beforeConfig = before.config;
    beforeConfig.remove(secretKey);
    QJsonObject afterConfig = after.config;
    afterConfig.remove(secretKey);
    if (afterConfig != beforeConfig || !newSecret.isEmpty())
        patch.insert(QStringLiteral("config"),
                     configWithSecret(afterConfig, newSecret.isEmpty() ? currentSecret : newSecret));
    if (after.domains != before.domains)
        patch.insert(QStringLiteral("domains"), QJsonArray::fromStringList(after.domains));
    if (after.branding != before.branding)
        patch.insert(QStringLiteral("branding"), brandingBody(after.branding));
    if (after.syncProfile != before.syncProfile)
        patch.insert(QStringLiteral("syncProfile"), after.syncProfile);
    return patch;
}

SignInExperience signInExperience(const QJsonObject &o)
{
    SignInExperience e = readOrFail(json::signInExperienceFromJson(o),
                                    QT_TRANSLATE_NOOP("gatehouse::remote", "a sign-in experience"));
    e.version = versionOf(e);
    return e;
}

qint64 versionOf(const SignInExperience &experience)
{
    return contentVersion(json::toJson(experience));
}

QJsonObject signInExperiencePatch(const QJsonObject &currentMfa, const SignInExperience &before,
                                  const SignInExperience &after)
{
    QJsonObject patch;
    if (after.singleSignOnEnabled != before.singleSignOnEnabled)
        patch.insert(QStringLiteral("singleSignOnEnabled"), after.singleSignOnEnabled);
    if (after.mfaFactors != before.mfaFactors || after.mfaPolicy != before.mfaPolicy ||
        after.organizationRequiredMfaPolicy != before.organizationRequiredMfaPolicy) {
        QJsonObject mfa = currentMfa;
        const QJsonObject wanted = json::toJson(after).value(QLatin1String("mfa")).toObject();
        for (auto it = wanted.begin(); it != wanted.end(); ++it)
            mfa.insert(it.key(), it.value());
        patch.insert(QStringLiteral("mfa"), mfa);
    }
    return patch;
}

} // namespace gatehouse::remote::logto
