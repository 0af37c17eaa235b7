#pragma once

#include <QString>
#include <QStringList>

namespace gatehouse::ui {

/// What Gatehouse remembers between runs (QSettings): the last and recent workspaces by their
/// display location (paths, or postgres:// URLs without password), which of them have a
/// password in the system keychain, and the last tenant used in each. Never a password.
namespace workspacesettings {

QString lastWorkspace();
QStringList recentWorkspaces();
/// Moves `location` to the front of the recent list (at most 8) and makes it the last one.
void recordOpened(const QString &location);
void forget(const QString &location);

bool passwordRemembered(const QString &location);
void setPasswordRemembered(const QString &location, bool remembered);

QString lastTenant(const QString &location);
void setLastTenant(const QString &location, const QString &tenantId);

} // namespace workspacesettings
} // namespace gatehouse::ui
