#pragma once

#include "model/Tenant.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;
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

/// A page's title with the line that explains it, two pixels apart.
QVBoxLayout *titleBlock(const QString &title, const QString &subtitle);
/// A form with the labels right-aligned beside fields that take the remaining width.
QFormLayout *formLayout();
/// Sets up a read-only list table: whole rows selected one at a time, no row numbers, no grid,
/// alternating rows, the last column taking the remaining width.
void setUpTable(QTableView *view);

/// A pill naming what kind of item an editor shows ("Machine-to-machine", "OIDC").
QLabel *kindBadge();

/// Colours `label` as a pill: red-ish for production, blue-ish for development.
void setTenantBadge(QLabel *label, TenantTag tag);

/// A monospace font for ids, secrets and JSON.
QFont monospace();

} // namespace style
} // namespace gatehouse::ui
