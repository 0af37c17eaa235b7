#include "model/Validation.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace gatehouse::validation {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::validation", text);
}

void checkText(QList<FieldError> &errors, const char *field, const QString &text, int max, bool required)
{
    const QString problem = textProblem(text, max, required);
    if (!problem.isEmpty())
        errors.append({QLatin1String(field), problem});
}

void checkRange(QList<FieldError> &errors, const char *field, int value, int min, int max,
                const QString &unit)
{
    if (value < min || value > max)
        errors.append({QLatin1String(field), tr("must be between %1 and %2 %3").arg(min).arg(max).arg(unit)});
}

void checkUriList(QList<FieldError> &errors, const QString &field, const QStringList &uris,
                  ApplicationType type, TenantTag tag)
{
    if (uris.size() > limits::urisPerListMax)
        errors.append({field, tr("at most %1 URIs are allowed").arg(limits::urisPerListMax)});
    QStringList seen;
    for (qsizetype i = 0; i < uris.size(); ++i) {
        const QString indexed = field + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        const QString problem = redirectUriProblem(uris[i], type, tag);
        if (!problem.isEmpty())
            errors.append({indexed, problem});
        else if (seen.contains(uris[i]))
            errors.append({indexed, tr("\"%1\" is listed twice").arg(uris[i])});
        seen.append(uris[i]);
    }
}
} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QString textProblem(const QString &text, int max, bool required)
{
    if (required && text.trimmed().isEmpty())
        return tr("must not be empty");
    if (text.size() > max)
        return tr("is too long (%1 characters; at most %2)").arg(text.size()).arg(max);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QChar::ReplacementCharacter)
            return tr("contains broken text (invalid UTF-8?)");
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            return tr("contains control characters");
        // A surrogate must be a high one directly followed by a low one.
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return tr("contains broken text (invalid UTF-8?)");
    }
    return {};
}

QString redirectUriProblem(const QString &uri, ApplicationType type, TenantTag tenantTag)
{
    if (uri.trimmed().isEmpty())
        return tr("must not be empty");
    if (uri.size() > limits::uriMax)
        return tr("is too long (at most %1 characters)").arg(limits::uriMax);
    if (uri.contains(QRegularExpression(QStringLiteral("\\s"))))
        return tr("must not contain spaces");
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return tr("must be an absolute URI such as https://app.example.com/callback");
    if (url.hasFragment())
        return tr("must not contain a fragment (#...)");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        if (url.host().isEmpty())
            return tr("must name a host, as in https://app.example.com/callback");
        return {};
    }
    if (scheme == QLatin1String("http")) {
        if (url.host().isEmpty())
            return tr("must name a host, as in http://localhost:3000/callback");
        if (isLoopbackHost(url.host()))
            return {};
        if (type == ApplicationType::Traditional && tenantTag == TenantTag::Development)
            return {};
        if (type == ApplicationType::Traditional)
            return tr(
                "must use https: plain http is allowed only for localhost, or for traditional web apps in "
                "a development tenant");
        return tr("must use https: plain http is allowed only for localhost (127.0.0.1, ::1)");
    }
    if (type == ApplicationType::Native) {
        // Custom schemes identify the native app (RFC 8252 §7.1); they must not pose as web schemes.
        static const QRegularExpression schemeSyntax(QStringLiteral("^[a-z][a-z0-9+.-]*$"));
        if (!schemeSyntax.match(scheme).hasMatch())
            return tr("has an invalid scheme");
        if (scheme == QLatin1String("javascript") || scheme == QLatin1String("data") ||
            scheme == QLatin1String("file"))
            return tr("must not use the %1: scheme").arg(scheme);
        return {};
    }
    return tr(
        "must start with https:// (custom schemes such as com.example.app:/ are allowed only for native "
        "apps)");
}

QString corsOriginProblem(const QString &origin)
{
    const QUrl url(origin, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
        url.host().isEmpty())
        return tr("must be an origin such as https://app.example.com");
    if (!(url.path().isEmpty() || url.path() == QLatin1String("/")) || url.hasQuery() || url.hasFragment() ||
        !url.userInfo().isEmpty())
        return tr("must be an origin only (scheme, host and port), without a path");
    return {};
}

QString indicatorProblem(const QString &indicator)
{
    if (indicator.trimmed().isEmpty())
        return tr("must not be empty");
    if (indicator.size() > limits::uriMax)
        return tr("is too long (at most %1 characters)").arg(limits::uriMax);
    if (indicator.contains(QRegularExpression(QStringLiteral("\\s"))))
        return tr("must not contain spaces");
    const QUrl url(indicator, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.isRelative())
        return tr("must be an absolute URI such as https://api.example.com");
    if (url.hasFragment())
        return tr("must not contain a fragment (#...) (RFC 8707)");
    if ((url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
        url.host().isEmpty())
        return tr("must name a host, as in https://api.example.com");
    return {};
}

QList<FieldError> tenant(const Tenant &t)
{
    QList<FieldError> errors;
    checkText(errors, "name", t.name, limits::nameMax, true);
    return errors;
}

QList<FieldError> application(const Application &a, TenantTag tag)
{
    QList<FieldError> errors;
    checkText(errors, "name", a.name, limits::nameMax, true);
    checkText(errors, "description", a.description, limits::descriptionMax, false);
    if (applicationTypeUsesRedirects(a.type)) {
        checkUriList(errors, QStringLiteral("redirectUris"), a.redirectUris, a.type, tag);
        checkUriList(errors, QStringLiteral("postLogoutRedirectUris"), a.postLogoutRedirectUris, a.type, tag);
    } else if (!a.redirectUris.isEmpty() || !a.postLogoutRedirectUris.isEmpty()) {
        errors.append(
            {QStringLiteral("redirectUris"),
             tr("%1 applications do not sign users in through a browser, so they have no redirect URIs")
                 .arg(applicationTypeName(a.type))});
    }
    for (qsizetype i = 0; i < a.corsAllowedOrigins.size(); ++i) {
        const QString problem = corsOriginProblem(a.corsAllowedOrigins[i]);
        if (!problem.isEmpty())
            errors.append({QStringLiteral("corsAllowedOrigins[%1]").arg(i), problem});
    }
    checkRange(errors, "idTokenTtl", a.idTokenTtl, limits::idTokenTtlMin, limits::idTokenTtlMax,
               tr("seconds"));
    checkRange(errors, "refreshTokenTtlInDays", a.refreshTokenTtlInDays, limits::refreshTtlDaysMin,
               limits::refreshTtlDaysMax, tr("days"));
    if (a.isThirdParty && a.type != ApplicationType::Traditional && a.type != ApplicationType::SPA &&
        a.type != ApplicationType::Native)
        errors.append(
            {QStringLiteral("isThirdParty"), tr("only apps that sign users in can be third-party apps")});
    return errors;
}

QList<FieldError> resource(const Resource &r)
{
    QList<FieldError> errors;
    checkText(errors, "name", r.name, limits::nameMax, true);
    const QString problem = indicatorProblem(r.indicator);
    if (!problem.isEmpty())
        errors.append({QStringLiteral("indicator"), problem});
    checkRange(errors, "accessTokenTtl", r.accessTokenTtl, limits::accessTokenTtlMin,
               limits::accessTokenTtlMax, tr("seconds"));
    return errors;
}

QList<FieldError> scope(const Scope &s)
{
    QList<FieldError> errors;
    if (s.name.isEmpty()) {
        errors.append({QStringLiteral("name"), tr("must not be empty")});
    } else if (s.name.size() > limits::scopeNameMax) {
        errors.append(
            {QStringLiteral("name"), tr("is too long (at most %1 characters)").arg(limits::scopeNameMax)});
    } else {
        // RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E )
        for (QChar c : s.name) {
            const ushort u = c.unicode();
            if (u < 0x21 || u > 0x7e || u == 0x22 || u == 0x5c) {
                errors.append({QStringLiteral("name"),
                               tr("may contain only visible ASCII characters without spaces, quotes or "
                                  "backslashes (e.g. read:projects)")});
                break;
            }
        }
    }
    checkText(errors, "description", s.description, limits::descriptionMax, false);
    return errors;
}

QList<FieldError> role(const Role &r)
{
    QList<FieldError> errors;
    checkText(errors, "name", r.name, 128, true);
    checkText(errors, "description", r.description, limits::descriptionMax, false);
    if (r.isDefault && r.type != RoleType::User)
        errors.append({QStringLiteral("isDefault"), tr("only user roles can be default roles")});
    return errors;
}

QList<FieldError> secretName(const QString &name)
{
    QList<FieldError> errors;
    checkText(errors, "name", name, 128, true);
    return errors;
}

} // namespace gatehouse::validation
