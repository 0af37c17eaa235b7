#include "connections/ConnectionStore.h"

#include <QSettings>
#include <QUrl>

namespace gatehouse::ui {

namespace {
const QString listKey = QStringLiteral("connections/list");

QVariantMap toMap(const SavedConnection &c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("endpoint"), c.endpoint},
            {QStringLiteral("tenant"), c.tenant},
            {QStringLiteral("caFile"), c.caFile},
            {QStringLiteral("production"), c.production},
            {QStringLiteral("clientId"), c.clientId}};
}

SavedConnection fromMap(const QVariantMap &map)
{
    SavedConnection c;
    c.name = map.value(QStringLiteral("name")).toString();
    c.endpoint = map.value(QStringLiteral("endpoint")).toString();
    c.tenant = map.value(QStringLiteral("tenant"), QStringLiteral("default")).toString();
    c.caFile = map.value(QStringLiteral("caFile")).toString();
    c.production = map.value(QStringLiteral("production"), true).toBool();
    c.clientId = map.value(QStringLiteral("clientId")).toString();
    return c;
}

void write(const QList<SavedConnection> &connections)
{
    QVariantList list;
    for (const SavedConnection &c : connections)
        list.append(toMap(c));
    QSettings().setValue(listKey, list);
}
} // namespace

QString SavedConnection::address() const
{
    // "logto+https://…" is accepted as typed, like the command line's form.
    QString server = endpoint.trimmed();
    if (server.startsWith(QLatin1String("logto+"), Qt::CaseInsensitive))
        server = server.mid(6);
    QString text = QStringLiteral("logto+") + server + QStringLiteral("?tenant=") +
                   QString::fromUtf8(QUrl::toPercentEncoding(tenant.trimmed()));
    if (!production)
        text += QStringLiteral("&tag=development");
    if (!caFile.trimmed().isEmpty())
        text += QStringLiteral("&ca=") + QString::fromUtf8(QUrl::toPercentEncoding(caFile.trimmed(), "/"));
    return text;
}

Result<WorkspaceSpec> SavedConnection::spec() const
{
    return WorkspaceSpec::parse(address());
}

QString SavedConnection::account() const
{
    const Result<WorkspaceSpec> parsed = spec();
    return parsed.ok() ? parsed->keychainAccount() : address();
}

SavedConnection SavedConnection::fromSpec(const WorkspaceSpec &spec)
{
    SavedConnection c;
    c.name = spec.host;
    c.endpoint = spec.endpoint;
    c.tenant = spec.logtoTenant;
    c.caFile = spec.caFile;
    c.production = spec.production;
    c.clientId = spec.clientId;
    return c;
}

namespace connectionstore {

QList<SavedConnection> all()
{
    QList<SavedConnection> connections;
    for (const QVariant &entry : QSettings().value(listKey).toList())
        connections.append(fromMap(entry.toMap()));
    return connections;
}

std::optional<SavedConnection> find(const WorkspaceSpec &spec)
{
    const QString account = spec.keychainAccount();
    for (const SavedConnection &c : all()) {
        if (c.account() == account)
            return c;
    }
    return std::nullopt;
}

void save(const SavedConnection &connection, const QString &previousAccount)
{
    QList<SavedConnection> connections = all();
    const QString replaced = previousAccount.isEmpty() ? connection.account() : previousAccount;
    for (SavedConnection &c : connections) {
        if (c.account() == replaced) {
            c = connection;
            write(connections);
            return;
        }
    }
    connections.append(connection);
    write(connections);
}

void remove(const QString &account)
{
    QList<SavedConnection> connections = all();
    connections.removeIf([&account](const SavedConnection &c) { return c.account() == account; });
    write(connections);
}

QString displayName(const WorkspaceSpec &spec)
{
    const std::optional<SavedConnection> saved = find(spec);
    return saved && !saved->name.isEmpty() ? saved->name : spec.host;
}

} // namespace connectionstore
} // namespace gatehouse::ui
