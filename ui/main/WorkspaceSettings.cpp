#include "main/WorkspaceSettings.h"

#include <QSettings>
#include <QVariantMap>

namespace gatehouse::ui::workspacesettings {

namespace {
const QString lastKey = QStringLiteral("workspaces/last");
const QString recentKey = QStringLiteral("workspaces/recent");
const QString keychainKey = QStringLiteral("workspaces/passwordInKeychain");
const QString tenantKey = QStringLiteral("workspaces/lastTenant");
constexpr int recentMax = 8;
} // namespace

QString lastWorkspace()
{
    return QSettings().value(lastKey).toString();
}

QStringList recentWorkspaces()
{
    return QSettings().value(recentKey).toStringList();
}

void recordOpened(const QString &location)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(location);
    recent.prepend(location);
    while (recent.size() > recentMax)
        recent.removeLast();
    settings.setValue(recentKey, recent);
    settings.setValue(lastKey, location);
}

void forget(const QString &location)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(location);
    settings.setValue(recentKey, recent);
    if (settings.value(lastKey).toString() == location)
        settings.remove(lastKey);
}

bool passwordRemembered(const QString &location)
{
    return QSettings().value(keychainKey).toStringList().contains(location);
}

void setPasswordRemembered(const QString &location, bool remembered)
{
    QSettings settings;
    QStringList list = settings.value(keychainKey).toStringList();
    list.removeAll(location);
    if (remembered)
        list.append(location);
    settings.setValue(keychainKey, list);
}

QString lastTenant(const QString &location)
{
    return QSettings().value(tenantKey).toMap().value(location).toString();
}

void setLastTenant(const QString &location, const QString &tenantId)
{
    QSettings settings;
    QVariantMap map = settings.value(tenantKey).toMap();
    map.insert(location, tenantId);
    settings.setValue(tenantKey, map);
}

} // namespace gatehouse::ui::workspacesettings
