#include "organizations/ChecklistDialog.h"

#include "common/Style.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
constexpr int IdRole = Qt::UserRole;
}

ChecklistDialog::ChecklistDialog(const QString &title, const QString &text, const QString &actionText,
                                 const QList<Item> &items, const QString &emptyText, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget)
{
    setObjectName(QStringLiteral("checklistDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    resize(460, 380);
    m_list->setObjectName(QStringLiteral("checklistList"));
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(1);
    for (const Item &entry : items) {
        auto *item = new QListWidgetItem(
            entry.detail.isEmpty() ? entry.title : entry.title + QStringLiteral("  —  ") + entry.detail);
        item->setData(IdRole, entry.id);
        item->setToolTip(entry.detail);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(entry.checked ? Qt::Checked : Qt::Unchecked);
        m_list->addItem(item);
    }
    connect(m_list, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *accept = buttons->addButton(actionText, QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("checklistAcceptButton"));
    style::makePrimary(accept);
    accept->setEnabled(!items.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    auto *intro = new QLabel(text);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    if (items.isEmpty()) {
        auto *empty = style::subtitleLabel(emptyText);
        empty->setObjectName(QStringLiteral("checklistEmptyLabel"));
        layout->addWidget(empty);
    }
    layout->addWidget(buttons);
}

QStringList ChecklistDialog::checkedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.append(m_list->item(i)->data(IdRole).toString());
    }
    return ids;
}

void ChecklistDialog::setChecked(const QString &id, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(IdRole).toString() == id)
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace gatehouse::ui
