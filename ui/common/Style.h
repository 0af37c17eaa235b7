#pragma once

#include "model/Tenant.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QLabel;
class QPushButton;
class QWidget;

namespace gatehouse::ui {

/// The look of Gatehouse in one place: palette, the application style sheet and small helpers
/// that give widgets their role (primary button, page title, tenant badge).
namespace style {

inline const QColor accent{0x5d, 0x34, 0xf2};
inline const QColor danger{0xb4, 0x23, 0x18};

/// Style sheet for the whole application (sidebar, headers, badges, primary buttons).
QString applicationStyleSheet();

/// An icon from resources/icons ("applications", "roles", ...), rendered from SVG.
QIcon icon(const QString &name);

/// Marks a button as the main action of its area (accent background).
void makePrimary(QPushButton *button);
/// Marks a button as destructive (red text).
void makeDanger(QPushButton *button);

/// A large page title label and a muted explanatory line under it.
QLabel *titleLabel(const QString &text);
QLabel *subtitleLabel(const QString &text);
/// A small bold section heading inside an editor ("Tokens", "Permissions").
QLabel *sectionLabel(const QString &text);

/// Colours `label` as a pill: red-ish for production, blue-ish for development.
void setTenantBadge(QLabel *label, TenantTag tag);

/// A monospace font for ids, secrets and JSON.
QFont monospace();

} // namespace style
} // namespace gatehouse::ui
