#include "common/PickerDialog.h"

#include "common/Style.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
constexpr int IdRole = Qt::UserRole;
}

PickerDialog::PickerDialog(const QString &title, const QString &text, const QString &actionText,
                           const QList<Item> &items, const QString &emptyText, QWidget *parent, Mode mode)
    : QDialog(parent)
    , m_mode(mode)
    , m_filter(new QLineEdit)
    , m_list(new QListWidget)
{
    const bool adding = mode == Mode::Add;
    const QString prefix = adding ? QStringLiteral("picker") : QStringLiteral("checklist");
    setObjectName(prefix + QStringLiteral("Dialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    resize(adding ? 480 : 460, adding ? 420 : 380);

    m_filter->setObjectName(QStringLiteral("pickerFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setVisible(adding);
    m_list->setObjectName(prefix + QStringLiteral("List"));
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(1);

    for (const Item &entry : items) {
        auto *item = new QListWidgetItem(
            entry.detail.isEmpty() ? entry.title : entry.title + QStringLiteral("  —  ") + entry.detail);
        item->setData(IdRole, entry.id);
        item->setToolTip(entry.detail);
        item->setCheckState(entry.alreadyChosen ? Qt::Checked : Qt::Unchecked);
        if (adding && entry.alreadyChosen) {
            item->setFlags(Qt::ItemIsUserCheckable);
            item->setToolTip(tr("Already assigned"));
        } else {
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        }
        m_list->addItem(item);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_accept = buttons->addButton(actionText, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(prefix + QStringLiteral("AcceptButton"));
    style::makePrimary(m_accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &PickerDialog::updateButton);
    connect(m_list, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        if (item->flags() & Qt::ItemIsEnabled)
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &filter) {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setHidden(!m_list->item(i)->text().contains(filter, Qt::CaseInsensitive));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    auto *intro = new QLabel(text);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    if (items.isEmpty()) {
        auto *empty = style::subtitleLabel(emptyText);
        empty->setObjectName(prefix + QStringLiteral("EmptyLabel"));
        layout->addWidget(empty);
        m_filter->setEnabled(false);
    }
    layout->addWidget(buttons);
    updateButton();
}

QStringList PickerDialog::checkedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState() == Qt::Checked)
            ids.append(item->data(IdRole).toString());
    }
    return ids;
}

void PickerDialog::setChecked(const QString &id, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->data(IdRole).toString() == id && (item->flags() & Qt::ItemIsEnabled))
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void PickerDialog::updateButton()
{
    m_accept->setEnabled(m_mode == Mode::Add ? !checkedIds().isEmpty() : m_list->count() > 0);
}

} // namespace gatehouse::ui
