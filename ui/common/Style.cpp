#include "common/Style.h"

#include "common/Format.h"
#include "common/WrappingLabel.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace gatehouse::ui::style {

QString applicationStyleSheet()
{
    return QStringLiteral(R"(
QListWidget#navigationList {
    background: #f4f4f8; border: none; border-right: 1px solid #e2e2ea;
    padding: 10px 8px; outline: 0; font-size: 10.5pt;
}
QListWidget#navigationList::item {
    padding: 8px 10px; border-radius: 6px; margin: 1px 0; color: #2b2b38;
}
QListWidget#navigationList::item:hover { background: #eaeaf2; }
QListWidget#navigationList::item:disabled { color: #a3a3b2; background: transparent; }
QListWidget#navigationList::item:selected { background: #e7e1fd; color: #4520c9; font-weight: bold; }
QLabel[role="title"] { font-size: 15pt; font-weight: bold; color: #1e1e2a; }
QLabel[role="subtitle"] { color: #6b6b7b; }
QLabel[role="section"] { font-weight: bold; color: #1e1e2a; padding-top: 6px; }
QLabel[role="hint"] { color: #6b6b7b; }
QLabel[role="badge"] { border-radius: 9px; padding: 2px 9px; font-weight: bold; font-size: 8.5pt; }
QPushButton[role="primary"] {
    background: #5d34f2; color: white; border: 1px solid #4a25d8; border-radius: 5px;
    padding: 5px 14px; font-weight: bold;
}
QPushButton[role="primary"]:hover { background: #4f27e6; }
QPushButton[role="primary"]:disabled { background: #c4b8f7; border-color: #c4b8f7; color: #f4f1ff; }
QPushButton[role="danger"] { color: #b42318; }
QPushButton[role="danger"]:disabled { color: #c9b3b1; }
QTreeView::item { padding: 4px 2px; }
QFrame#emptyState { background: #fafafd; border: 1px dashed #d4d4e0; border-radius: 8px; }
QToolBar#mainToolBar { spacing: 6px; padding: 4px 8px; border-bottom: 1px solid #e2e2ea; }
QTableView { gridline-color: #ececf2; selection-background-color: #e7e1fd; selection-color: #1e1e2a; }
QHeaderView::section { background: #f7f7fa; border: none; border-bottom: 1px solid #e2e2ea;
    border-right: 1px solid #ececf2; padding: 4px 6px; font-weight: bold; color: #3d3d4d; }
)");
}

QIcon icon(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
}

namespace {
void setRole(QWidget *widget, const char *role)
{
    widget->setProperty("role", QLatin1String(role));
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

QLabel *roleLabel(const QString &text, const char *role)
{
    auto *label = new WrappingLabel(text);
    label->setProperty("role", QLatin1String(role));
    return label;
}
} // namespace

void makePrimary(QPushButton *button)
{
    setRole(button, "primary");
    button->setDefault(false);
}

void makeDanger(QPushButton *button)
{
    setRole(button, "danger");
}

QLabel *titleLabel(const QString &text)
{
    auto *label = roleLabel(text, "title");
    label->setWordWrap(false);
    return label;
}

QLabel *subtitleLabel(const QString &text)
{
    return roleLabel(text, "subtitle");
}

QLabel *sectionLabel(const QString &text)
{
    return roleLabel(text, "section");
}

QVBoxLayout *titleBlock(const QString &title, const QString &subtitle)
{
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(titleLabel(title));
    titles->addWidget(subtitleLabel(subtitle));
    return titles;
}

QFormLayout *formLayout()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(14);
    return form;
}

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setShowGrid(false);
    view->setAlternatingRowColors(true);
}

QLabel *kindBadge()
{
    auto *label = new QLabel;
    label->setProperty("role", QLatin1String("badge"));
    label->setStyleSheet(QStringLiteral("background: #efeafe; color: #4520c9; border: 1px solid #d6cbfb;"));
    return label;
}

void setTenantBadge(QLabel *label, TenantTag tag)
{
    label->setProperty("role", QLatin1String("badge"));
    label->setText(Format::tenantTag(tag));
    label->setStyleSheet(
        tag == TenantTag::Production
            ? QStringLiteral("background: #fde4e1; color: #b42318; border: 1px solid #f5b5ad;")
            : QStringLiteral("background: #e0ecff; color: #1d5bbf; border: 1px solid #b3cdf5;"));
    label->style()->unpolish(label);
    label->style()->polish(label);
}

QFont monospace()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

} // namespace gatehouse::ui::style
