// The fake's enterprise SSO endpoints, answering as Logto 1.37 does (samples sso_*):
// - GET /api/sso-connector-providers: the six providers;
// - /api/sso-connectors: POST answers 200 with the stored connector; GET (list, returns all
//   unless paged) and GET/PATCH by id add the provider's name, type and logos; DELETE 204.
//   The config is stored and returned as sent, client secret included (Logto sends it back);
//   PATCH is partial, but a `config` that is sent replaces the stored one as a whole.
//   Domains: public email providers' domains are refused (422 single_sign_on.forbidden_domains,
//   Logto's own list), so are duplicates in one list (422 single_sign_on.duplicated_domains);
//   Logto does not keep domains unique across connectors. A connector name taken (as typed) →
//   409 single_sign_on.duplicate_connector_name. Deleting a connector removes the
//   organizations' JIT links to it.
// - GET /api/users/{userId}/sso-identities/{ssoConnectorId}: {ssoIdentity} or 404.

#include "FakeLogtoState.h"

#include <QMutexLocker>
#include <QSet>

namespace gatehouse::test {

namespace {
using namespace fakelogto;

struct Provider
{
    const char *providerName;
    const char *providerType;
    const char *name;
    const char *description;
};

const Provider providers[] = {
    {"OIDC", "oidc", "OIDC",
     "Modern protocol built on OAuth 2.0 for identity verification in web and mobile apps."},
    {"SAML", "saml", "SAML", "XML-based open standard for web single sign-on and identity federation."},
    {"AzureAD", "saml", "Microsoft Entra ID (SAML)",
     "Formerly Azure AD, a comprehensive cloud-based identity management service."},
    {"AzureAdOidc", "oidc", "Microsoft Entra ID (OIDC)",
     "OpenID Connect on the Microsoft identity platform. Formerly known as Azure AD OIDC."},
    {"GoogleWorkspace", "oidc", "Google Workspace",
     "Unified and secure management of user access within the Google ecosystem."},
    {"Okta", "oidc", "Okta", "Centralizes identity management for customers, employees, and partners."},
};

/// Logto's singleSignOnDomainBlackList.
const char *const forbiddenDomains[] = {
    "gmail.com",  "yahoo.com", "hotmail.com",    "outlook.com", "live.com", "icloud.com", "aol.com",
    "yandex.com", "mail.com",  "protonmail.com", "yanex.com",   "gmx.com",  "mail.ru",    "zoho.com",
    "qq.com",     "163.com",   "126.com",        "sina.com",    "sohu.com"};

const Provider *providerNamed(const QString &name)
{
    for (const Provider &p : providers) {
        if (name == QLatin1String(p.providerName))
            return &p;
    }
    return nullptr;
}

QString logoOf(const Provider &p, bool dark)
{
    const QString svg =
        QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"24\" height=\"24\">"
                       "<title>%1</title><rect width=\"24\" height=\"24\" fill=\"%2\"/></svg>")
            .arg(QLatin1String(p.name), dark ? QStringLiteral("#ffffff") : QStringLiteral("#000000"));
    return QStringLiteral("data:image/svg+xml;base64,") + QString::fromLatin1(svg.toUtf8().toBase64());
}

/// A connector as GET shows it: the stored object plus its provider's name, type and logos.
QJsonObject withProvider(const QJsonObject &stored)
{
    QJsonObject o = stored;
    if (const Provider *p = providerNamed(stored.value(QLatin1String("providerName")).toString())) {
        o.insert(QStringLiteral("name"), QLatin1String(p->name));
        o.insert(QStringLiteral("providerType"), QLatin1String(p->providerType));
        o.insert(QStringLiteral("providerLogo"), logoOf(*p, false));
        o.insert(QStringLiteral("providerLogoDark"), logoOf(*p, true));
    }
    return o;
}

/// Checks the optional fields of a POST or PATCH body; the answer to send when one is wrong.
std::optional<HttpResponse> checkBody(const QJsonObject &body)
{
    auto typed = [&](const char *key, bool (QJsonValue::*is)() const) {
        const QJsonValue v = body.value(QLatin1String(key));
        return v.isUndefined() || (v.*is)();
    };
    if (!typed("config", &QJsonValue::isObject))
        return invalidInput(QStringLiteral("`config` must be an object."));
    if (!typed("branding", &QJsonValue::isObject))
        return invalidInput(QStringLiteral("`branding` must be an object."));
    if (!typed("syncProfile", &QJsonValue::isBool))
        return invalidInput(QStringLiteral("`syncProfile` must be a boolean."));
    if (!typed("domains", &QJsonValue::isArray))
        return invalidInput(QStringLiteral("`domains` must be an array of strings."));
    const QJsonArray domains = body.value(QLatin1String("domains")).toArray();
    QSet<QString> seen;
    QJsonArray forbidden;
    QJsonArray duplicated;
    for (const QJsonValue &v : domains) {
        if (!v.isString())
            return invalidInput(QStringLiteral("`domains` must be an array of strings."));
        const QString domain = v.toString();
        for (const char *blocked : forbiddenDomains) {
            if (domain == QLatin1String(blocked))
                forbidden.append(domain);
        }
        if (seen.contains(domain))
            duplicated.append(domain);
        seen.insert(domain);
    }
    auto refuse = [](const char *code, const QString &message, const QJsonArray &data) {
        HttpResponse r =
            HttpResponse::json(422, QJsonDocument(QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                                                              {QStringLiteral("message"), message},
                                                              {QStringLiteral("data"), data}}));
        return r;
    };
    if (!forbidden.isEmpty())
        return refuse("single_sign_on.forbidden_domains",
                      QStringLiteral("Public email domains are not allowed."), forbidden);
    if (!duplicated.isEmpty())
        return refuse("single_sign_on.duplicated_domains", QStringLiteral("There are duplicate domains."),
                      duplicated);
    return std::nullopt;
}

bool nameTaken(const FakeLogto::State &s, const QString &name, const QString &exceptId)
{
    return std::any_of(s.ssoConnectors.begin(), s.ssoConnectors.end(), [&](const QJsonObject &c) {
        return c.value(QLatin1String("connectorName")).toString() == name &&
               c.value(QLatin1String("id")).toString() != exceptId;
    });
}

HttpResponse nameInUse()
{
    return HttpResponse::error(
        409, QStringLiteral("single_sign_on.duplicate_connector_name"),
        QStringLiteral("Connector name already exists. Please choose a different name."));
}

void installConnectorObjects(FakeLogto &fake, FakeLogto::State &state)
{
    FakeLogto::State *s = &state;
    const QString tenant = fake.tenant();

    fake.apiRoute("GET", QStringLiteral("/api/sso-connector-providers"), [](const HttpRequest &) {
        QJsonArray all;
        for (const Provider &p : providers)
            all.append(QJsonObject{{QStringLiteral("providerName"), QLatin1String(p.providerName)},
                                   {QStringLiteral("providerType"), QLatin1String(p.providerType)},
                                   {QStringLiteral("logo"), logoOf(p, false)},
                                   {QStringLiteral("logoDark"), logoOf(p, true)},
                                   {QStringLiteral("description"), QLatin1String(p.description)},
                                   {QStringLiteral("name"), QLatin1String(p.name)}});
        return HttpResponse::json(200, QJsonDocument(all));
    });

    fake.apiRoute("GET", QStringLiteral("/api/sso-connectors"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        QJsonArray all;
        for (const QJsonValue &v : inCreationOrder(*s, s->ssoConnectors))
            all.append(withProvider(v.toObject()));
        return FakeLogto::paged(request, all, false);
    });

    fake.apiRoute("POST", QStringLiteral("/api/sso-connectors"), [s, tenant](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const auto body = bodyObject(request);
        if (!body)
            return invalidInput(QStringLiteral("The body must be a JSON object."));
        QString error;
        const QString providerName = boundedString(*body, "providerName", 1, 128, true, &error);
        const QString connectorName = boundedString(*body, "connectorName", 1, 128, true, &error);
        if (!error.isEmpty())
            return invalidInput(error);
        if (const auto refused = checkBody(*body))
            return *refused;
        if (!providerNamed(providerName))
            return HttpResponse::error(
                422, QStringLiteral("connector.not_found"),
                QStringLiteral("Can not find any available connector with type: %1.").arg(providerName));
        if (nameTaken(*s, connectorName, {}))
            return nameInUse();
        const QString id = newId(12);
        const QJsonObject connector{
            {QStringLiteral("tenantId"), tenant},
            {QStringLiteral("id"), id},
            {QStringLiteral("providerName"), providerName},
            {QStringLiteral("connectorName"), connectorName},
            {QStringLiteral("config"), body->value(QLatin1String("config")).toObject()},
            {QStringLiteral("domains"), body->value(QLatin1String("domains")).toArray()},
            {QStringLiteral("branding"), body->value(QLatin1String("branding")).toObject()},
            {QStringLiteral("syncProfile"), body->value(QLatin1String("syncProfile")).toBool(false)},
            {QStringLiteral("enableTokenStorage"),
             body->value(QLatin1String("enableTokenStorage")).toBool(false)},
            {QStringLiteral("createdAt"), static_cast<double>(s->nextTimestamp())},
        };
        s->ssoConnectors.insert(id, connector);
        return HttpResponse::json(200, QJsonDocument(connector));
    });

    fake.apiRoute("GET", QStringLiteral("/api/sso-connectors/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->ssoConnectors.contains(id))
            return notFound(id);
        return HttpResponse::json(200, QJsonDocument(withProvider(s->ssoConnectors.value(id))));
    });

    fake.apiRoute("PATCH", QStringLiteral("/api/sso-connectors/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->ssoConnectors.contains(id))
            return notFound(id);
        const auto body = bodyObject(request);
        if (!body)
            return invalidInput(QStringLiteral("The body must be a JSON object."));
        QString error;
        const QString connectorName = boundedString(*body, "connectorName", 1, 128, false, &error);
        if (!error.isEmpty())
            return invalidInput(error);
        if (const auto refused = checkBody(*body))
            return *refused;
        if (body->contains(QLatin1String("connectorName")) && nameTaken(*s, connectorName, id))
            return nameInUse();
        QJsonObject connector = s->ssoConnectors.value(id);
        for (const char *key :
             {"connectorName", "config", "domains", "branding", "syncProfile", "enableTokenStorage"}) {
            const QJsonValue v = body->value(QLatin1String(key));
            if (!v.isUndefined())
                connector.insert(QLatin1String(key), v);
        }
        s->ssoConnectors.insert(id, connector);
        return HttpResponse::json(200, QJsonDocument(withProvider(connector)));
    });

    fake.apiRoute("DELETE", QStringLiteral("/api/sso-connectors/([^/]+)"), [s](const HttpRequest &request) {
        QMutexLocker lock(&s->mutex);
        const QString id = request.captures.value(0);
        if (!s->ssoConnectors.remove(id))
            return notFound(id);
        for (QMap<QString, QJsonObject> &identities : s->ssoIdentities)
            identities.remove(id);
        forgetSsoConnectorInOrganizations(*s, id);
        return HttpResponse::empty(204);
    });

    fake.apiRoute(
        "GET", QStringLiteral("/api/users/([^/]+)/sso-identities/([^/]+)"), [s](const HttpRequest &request) {
            QMutexLocker lock(&s->mutex);
            const QString userId = request.captures.value(0);
            const QString connectorId = request.captures.value(1);
            if (!s->users.contains(userId))
                return notFound(userId);
            const auto identities = s->ssoIdentities.constFind(userId);
            if (identities == s->ssoIdentities.constEnd() || !identities->contains(connectorId))
                return HttpResponse::error(
                    404, QStringLiteral("user.identity_not_exist"),
                    QStringLiteral("The social or enterprise SSO identity has not been "
                                   "registered yet."));
            return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("ssoIdentity"),
                                                                      identities->value(connectorId)}}));
        });
}
} // namespace

void installSsoApi(FakeLogto &fake, FakeLogto::State &state)
{
    state.ssoConnectorById = [s = &state](const QString &connectorId) {
        return s->ssoConnectors.contains(connectorId) ? withProvider(s->ssoConnectors.value(connectorId))
                                                      : QJsonObject();
    };
    installConnectorObjects(fake, state);
}

namespace fakelogto {
QJsonObject addSsoIdentity(FakeLogto::State &state, const QString &userId, const QString &connectorId,
                           const QString &identityId)
{
    const qint64 now = state.nextTimestamp();
    const QJsonObject connector = state.ssoConnectors.value(connectorId);
    const QJsonObject config = connector.value(QLatin1String("config")).toObject();
    // OIDC connectors record the IdP's issuer, SAML ones its entity id.
    const QString issuer = config.value(QLatin1String("issuer"))
                               .toString(config.value(QLatin1String("entityId")).toString(connectorId));
    const QJsonObject identity{
        {QStringLiteral("tenantId"),
         connector.value(QLatin1String("tenantId")).toString(QStringLiteral("default"))},
        {QStringLiteral("id"), newId()},
        {QStringLiteral("userId"), userId},
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("identityId"), identityId},
        {QStringLiteral("detail"), QJsonObject{}},
        {QStringLiteral("createdAt"), static_cast<double>(now)},
        {QStringLiteral("updatedAt"), static_cast<double>(now)},
        {QStringLiteral("ssoConnectorId"), connectorId},
    };
    state.ssoIdentities[userId].insert(connectorId, identity);
    return identity;
}
} // namespace fakelogto

} // namespace gatehouse::test
