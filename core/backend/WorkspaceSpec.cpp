#include "backend/WorkspaceSpec.h"

#include "model/Validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace gatehouse {

Result<WorkspaceSpec> WorkspaceSpec::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorCode::Validation,
                     QCoreApplication::translate("gatehouse::WorkspaceSpec", "No workspace given."));
    WorkspaceSpec spec;
    if (trimmed.startsWith(QLatin1String("postgres://")) ||
        trimmed.startsWith(QLatin1String("postgresql://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Error(ErrorCode::Validation,
                         QCoreApplication::translate("gatehouse::WorkspaceSpec",
                                                     "Not a valid PostgreSQL URL. Use "
                                                     "postgres://user@host:5432/database."));
        spec.kind = Kind::Postgres;
        spec.host = url.host();
        spec.port = url.port(5432);
        spec.user = url.userName();
        spec.password = url.password();
        spec.database = url.path().mid(1);
        if (spec.database.isEmpty())
            spec.database = spec.user.isEmpty() ? QStringLiteral("postgres") : spec.user;
        spec.sslMode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
        return spec;
    }
    if (trimmed.startsWith(QLatin1String("logto+https://")) ||
        trimmed.startsWith(QLatin1String("logto+http://"))) {
        auto tr = [](const char *source) {
            return QCoreApplication::translate("gatehouse::WorkspaceSpec", source);
        };
        const QUrl url(trimmed.mid(6), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
            return Error(ErrorCode::Validation,
                         tr("Not a valid Logto connection. Use logto+https://auth.example.com (the "
                            "client id and secret are not part of the address)."));
        spec.kind = Kind::Logto;
        QUrl endpoint = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
        if (endpoint.path().endsWith(QLatin1String("/api")))
            endpoint.setPath(endpoint.path().chopped(4));
        spec.endpoint = endpoint.toString();
        spec.host = url.host();
        spec.port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
        const QUrlQuery query(url);
        spec.logtoTenant = query.queryItemValue(QStringLiteral("tenant"), QUrl::FullyDecoded);
        if (spec.logtoTenant.isEmpty())
            spec.logtoTenant = QStringLiteral("default");
        static const QRegularExpression tenantRule(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
        if (!tenantRule.match(spec.logtoTenant).hasMatch())
            return Error(ErrorCode::Validation,
                         tr("\"%1\" is not a Logto tenant id (lowercase letters, digits and dashes).")
                             .arg(spec.logtoTenant));
        spec.caFile = query.queryItemValue(QStringLiteral("ca"), QUrl::FullyDecoded);
        const QString tag = query.queryItemValue(QStringLiteral("tag")).toLower();
        if (!tag.isEmpty() && tag != QLatin1String("production") && tag != QLatin1String("development"))
            return Error(
                ErrorCode::Validation,
                tr("The tag of a connection is \"production\" or \"development\", not \"%1\".").arg(tag));
        spec.production = tag != QLatin1String("development");
        if (const QString problem = spec.transportProblem(); !problem.isEmpty())
            return Error(ErrorCode::Validation, problem);
        return spec;
    }
    if (trimmed.contains(QLatin1String("://")) && !trimmed.startsWith(QLatin1String("file://")))
        return Error(ErrorCode::Validation,
                     QCoreApplication::translate("gatehouse::WorkspaceSpec",
                                                 "Unknown kind of workspace \"%1\": give a file path, a "
                                                 "postgres:// URL or a logto+https:// address.")
                         .arg(trimmed.section(QLatin1String("://"), 0, 0)));
    spec.kind = Kind::Sqlite;
    spec.path = trimmed.startsWith(QLatin1String("file://")) ? QUrl(trimmed).toLocalFile() : trimmed;
    spec.path = QDir::cleanPath(QDir::current().absoluteFilePath(spec.path));
    return spec;
}

QString WorkspaceSpec::transportProblem() const
{
    if (kind != Kind::Logto)
        return {};
    const QUrl url(endpoint);
    if (url.scheme() != QLatin1String("http"))
        return {};
    // By the host's form, never by what a name resolves to: a name can be pointed anywhere.
    if (!validation::isLoopbackHost(url.host()))
        return QCoreApplication::translate(
                   "gatehouse::WorkspaceSpec",
                   "Plain http is allowed only for a server on this machine, named "
                   "localhost, 127.0.0.1 (any 127.x.y.z) or [::1]. Use logto+https:// "
                   "for %1.")
            .arg(url.host());
    if (production)
        return QCoreApplication::translate(
            "gatehouse::WorkspaceSpec",
            "A Production connection never uses plain http: use https:// (with a CA file for a private "
            "certificate authority), or tag the connection Development for a test server on this machine.");
    return {};
}

QString WorkspaceSpec::effectiveSslMode() const
{
    if (!sslMode.isEmpty() || kind != Kind::Postgres)
        return sslMode;
    return validation::isLoopbackHost(host) || host.startsWith(QLatin1Char('/'))
               ? QString()
               : QStringLiteral("verify-full");
}

bool WorkspaceSpec::weakerThanVerifyFull() const
{
    return kind == Kind::Postgres && !validation::isLoopbackHost(host) &&
           !host.startsWith(QLatin1Char('/')) && effectiveSslMode() != QLatin1String("verify-full");
}

QString WorkspaceSpec::tlsWarning() const
{
    if (!weakerThanVerifyFull())
        return {};
    return QCoreApplication::translate("gatehouse::WorkspaceSpec",
                                       "sslmode=%1 does not check that %2 is the server it claims to be; "
                                       "verify-full (the default) does.")
        .arg(effectiveSslMode(), host);
}

WorkspaceSpec WorkspaceSpec::defaultWorkspace()
{
    WorkspaceSpec spec;
    spec.path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                QStringLiteral("/workspace.sqlite");
    return spec;
}

QString WorkspaceSpec::displayLocation() const
{
    if (kind == Kind::Sqlite)
        return path;
    if (kind == Kind::Logto) {
        QString text = QStringLiteral("logto+") + endpoint + QStringLiteral("?tenant=") + logtoTenant;
        if (!production)
            text += QStringLiteral("&tag=development");
        if (!caFile.isEmpty())
            text += QStringLiteral("&ca=") + QString::fromUtf8(QUrl::toPercentEncoding(caFile, "/"));
        return text;
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgres"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString();
}

} // namespace gatehouse
