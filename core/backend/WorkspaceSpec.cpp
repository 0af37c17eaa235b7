#include "backend/WorkspaceSpec.h"

#include <QCoreApplication>
#include <QDir>
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
    if (trimmed.contains(QLatin1String("://")) && !trimmed.startsWith(QLatin1String("file://")))
        return Error(ErrorCode::Validation,
                     QCoreApplication::translate("gatehouse::WorkspaceSpec",
                                                 "Unknown kind of workspace \"%1\": give a file path or a "
                                                 "postgres:// URL.")
                         .arg(trimmed.section(QLatin1String("://"), 0, 0)));
    spec.kind = Kind::Sqlite;
    spec.path = trimmed.startsWith(QLatin1String("file://")) ? QUrl(trimmed).toLocalFile() : trimmed;
    spec.path = QDir::cleanPath(QDir::current().absoluteFilePath(spec.path));
    return spec;
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
