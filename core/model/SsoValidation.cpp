#include "model/SsoValidation.h"

#include "model/EmailDomains.h"
#include "model/Validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QTimeZone>
#include <QUrl>
#include <QXmlStreamReader>

namespace gatehouse::sso {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::sso", text);
}

QString configString(const QJsonObject &config, const char *key)
{
    const QJsonValue v = config.value(QLatin1String(key));
    return v.isString() ? v.toString().trimmed() : QString();
}

QString field(const char *key)
{
    return QStringLiteral("config.") + QLatin1String(key);
}

/// Problem with an https URL; empty when fine.
QString httpsUrlProblem(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return tr("must be an absolute URL, like https://idp.example.com");
    if (url.scheme() != QLatin1String("https"))
        return tr("must use https");
    if (url.hasFragment())
        return tr("must not contain a fragment (#…)");
    return {};
}

QString webUrlProblem(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("must be an absolute http or https URL");
    return {};
}

/// Problem with SAML metadata XML; empty when it is well-formed with an EntityDescriptor root.
QString metadataProblem(const QString &xml)
{
    QXmlStreamReader reader(xml);
    bool rootSeen = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && !rootSeen) {
            rootSeen = true;
            if (reader.name() != QLatin1String("EntityDescriptor"))
                return tr("must be SAML metadata with an EntityDescriptor root element (found <%1>)")
                    .arg(reader.qualifiedName().toString());
        }
    }
    if (reader.hasError())
        return tr("is not well-formed XML (line %1, column %2: %3)")
            .arg(reader.lineNumber())
            .arg(reader.columnNumber())
            .arg(reader.errorString());
    if (!rootSeen)
        return tr("contains no XML element");
    return {};
}

QString dateText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

struct ConfigOptions
{
    bool secretStored = false;
    bool checkExpiry = true;
    qint64 nowMs = 0;
};

void checkOidc(const SsoConnector &c, const ConfigOptions &opt, ConnectorCheck &out)
{
    const QString issuer = configString(c.config, "issuer");
    if (issuer.isEmpty()) {
        if (c.providerName != SsoProvider::GoogleWorkspace)
            out.errors.append({field("issuer"), tr("enter the issuer URL of the identity provider")});
    } else if (const QString problem = httpsUrlProblem(issuer); !problem.isEmpty()) {
        out.errors.append({field("issuer"), problem});
    }
    if (configString(c.config, "clientId").isEmpty())
        out.errors.append({field("clientId"), tr("enter the client ID issued by the identity provider")});
    if (!opt.secretStored && configString(c.config, "clientSecret").isEmpty())
        out.errors.append(
            {field("clientSecret"), tr("enter the client secret issued by the identity provider")});
    const QJsonValue scope = c.config.value(QLatin1String("scope"));
    if (!scope.isUndefined() && !scope.isNull()) {
        const QStringList scopes = scope.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!scope.isString())
            out.errors.append({field("scope"), tr("must be a space-separated list of scopes")});
        else if (!scopes.isEmpty() && !scopes.contains(QLatin1String("openid")))
            out.errors.append({field("scope"), tr("must include \"openid\" (OpenID Connect needs it)")});
    }
}

void checkCertificate(const QString &pem, const ConfigOptions &opt, ConnectorCheck &out)
{
    QString problem;
    out.certificate = security::parseCertificate(pem, &problem);
    if (!out.certificate) {
        out.errors.append({field("x509Certificate"), problem});
        return;
    }
    if (!opt.checkExpiry)
        return;
    const qint64 notAfter = out.certificate->notAfterMs;
    if (notAfter <= opt.nowMs)
        out.errors.append(
            {field("x509Certificate"),
             tr("the certificate (%1) expired on %2").arg(out.certificate->subject, dateText(notAfter))});
    else if (notAfter - opt.nowMs < certificateWarningMs)
        out.warnings.append({field("x509Certificate"),
                             tr("the certificate (%1) expires on %2; ask the identity provider for its next "
                                "signing certificate")
                                 .arg(out.certificate->subject, dateText(notAfter))});
    else if (out.certificate->notBeforeMs > opt.nowMs)
        out.warnings.append(
            {field("x509Certificate"),
             tr("the certificate is valid only from %1").arg(dateText(out.certificate->notBeforeMs))});
}

void checkSaml(const SsoConnector &c, const ConfigOptions &opt, ConnectorCheck &out)
{
    const QString metadataUrl = configString(c.config, "metadataUrl");
    const QString metadata = configString(c.config, "metadata");
    const QString entityId = configString(c.config, "entityId");
    const QString signInEndpoint = configString(c.config, "signInEndpoint");
    const QString certificate = configString(c.config, "x509Certificate");

    if (!metadataUrl.isEmpty()) {
        if (const QString problem = httpsUrlProblem(metadataUrl); !problem.isEmpty())
            out.errors.append({field("metadataUrl"), problem});
    }
    if (!metadata.isEmpty()) {
        if (const QString problem = metadataProblem(metadata); !problem.isEmpty())
            out.errors.append({field("metadata"), problem});
    }
    const bool manual = !entityId.isEmpty() || !signInEndpoint.isEmpty() || !certificate.isEmpty();
    const bool viaMetadata = !metadataUrl.isEmpty() || !metadata.isEmpty();
    if (!manual && !viaMetadata) {
        out.errors.append({field("metadataUrl"),
                           tr("enter the identity provider's metadata URL, paste its metadata XML, or enter "
                              "its entity ID, sign-in URL and signing certificate")});
        return;
    }
    if (!manual)
        return;
    // Entered by hand: all three are needed unless metadata provides them.
    if (entityId.isEmpty() && !viaMetadata)
        out.errors.append({field("entityId"), tr("enter the identity provider's entity ID")});
    if (signInEndpoint.isEmpty()) {
        if (!viaMetadata)
            out.errors.append(
                {field("signInEndpoint"), tr("enter the identity provider's single sign-on URL")});
    } else if (const QString problem = httpsUrlProblem(signInEndpoint); !problem.isEmpty()) {
        out.errors.append({field("signInEndpoint"), problem});
    }
    if (certificate.isEmpty()) {
        if (!viaMetadata)
            out.errors.append(
                {field("x509Certificate"), tr("paste the identity provider's signing certificate (PEM)")});
    } else {
        checkCertificate(certificate, opt, out);
    }
}

void checkConfig(const SsoConnector &c, const ConfigOptions &opt, ConnectorCheck &out)
{
    if (isSamlProvider(c.providerName))
        checkSaml(c, opt, out);
    else
        checkOidc(c, opt, out);
}
} // namespace

ConnectorCheck checkConnector(const SsoConnector &connector, bool secretStored, qint64 nowMs)
{
    ConnectorCheck out;
    if (const QString problem = validation::textProblem(connector.connectorName, connectorNameMax, true);
        !problem.isEmpty())
        out.errors.append({QStringLiteral("connectorName"), problem});

    checkConfig(connector, {secretStored, true, nowMs}, out);

    for (qsizetype i = 0; i < connector.domains.size(); ++i) {
        const QString name = QStringLiteral("domains[%1]").arg(i);
        QString problem;
        const QString domain = emaildomains::normalize(connector.domains[i], &problem);
        if (domain.isEmpty()) {
            out.errors.append({name, problem});
            continue;
        }
        if (out.domains.contains(domain))
            continue;
        out.domains.append(domain);
        if (emaildomains::isPublicProvider(domain))
            out.warnings.append(
                {name, tr("%1 is a public email provider: anyone can have an address there, so "
                          "routing it to this connector affects people outside the organization")
                           .arg(domain)});
    }

    const auto checkLogo = [&](const QString &url, const char *key) {
        if (url.isEmpty())
            return;
        if (const QString problem = webUrlProblem(url); !problem.isEmpty())
            out.errors.append({QStringLiteral("branding.") + QLatin1String(key), problem});
    };
    checkLogo(connector.branding.logo, "logo");
    checkLogo(connector.branding.darkLogo, "darkLogo");
    if (const QString problem =
            validation::textProblem(connector.branding.displayName, connectorNameMax, false);
        !problem.isEmpty())
        out.errors.append({QStringLiteral("branding.displayName"), problem});
    return out;
}

bool isConfigComplete(const SsoConnector &connector)
{
    ConnectorCheck out;
    checkConfig(connector, {connector.clientSecretSet, false, 0}, out);
    return out.errors.isEmpty();
}

QString secretOf(const SsoConnector &connector)
{
    return isSamlProvider(connector.providerName)
               ? QString()
               : connector.config.value(QLatin1String("clientSecret")).toString().trimmed();
}

SsoConnector withEditOf(const SsoConnector &before, const SsoConnector &edit, const QStringList &domains)
{
    SsoConnector after = before;
    after.connectorName = edit.connectorName.trimmed();
    after.config = edit.config;
    after.config.remove(QLatin1String("clientSecret"));
    after.domains = domains;
    after.branding = edit.branding;
    after.syncProfile = edit.syncProfile;
    return after;
}

} // namespace gatehouse::sso
