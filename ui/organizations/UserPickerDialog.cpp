#include "organizations/UserPickerDialog.h"

#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "users/UserText.h"
#include "viewmodel/UserListModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
constexpr int searchDebounceMs = 150;
}

UserPickerDialog::UserPickerDialog(Workspace *workspace, const QString &title, const QString &text,
                                   const QString &actionText, bool multiple, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_model(new UserListModel(this))
    , m_search(new QLineEdit)
    , m_searchTimer(new QTimer(this))
    , m_view(new QTableView)
    , m_selection(style::subtitleLabel({}))
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("userPickerDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    resize(640, 520);

    m_search->setObjectName(QStringLiteral("userPickerSearchEdit"));
    m_search->setPlaceholderText(tr("Search by name, username, email, phone or ID"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDebounceMs);

    m_view->setObjectName(QStringLiteral("userPickerTable"));
    m_view->setModel(m_model);
    style::setUpTable(m_view);
    m_view->setSelectionMode(multiple ? QAbstractItemView::ExtendedSelection
                                      : QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(26);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int column = UserListModel::PhoneColumn; column < UserListModel::ColumnCount; ++column)
        m_view->setColumnHidden(column, true);
    m_view->horizontalHeader()->setSectionResizeMode(UserListModel::NameColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(UserListModel::NameColumn, 170);
    m_view->setColumnWidth(UserListModel::UsernameColumn, 140);
    m_selection->setObjectName(QStringLiteral("userPickerSelectionLabel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_accept = buttons->addButton(actionText, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("userPickerAcceptButton"));
    style::makePrimary(m_accept);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!selectedUsers().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *intro = new QLabel(text);
    intro->setWordWrap(true);
    m_layout->setSpacing(8);
    m_layout->addWidget(intro);
    m_layout->addWidget(m_search);
    m_layout->addWidget(m_view, 1);
    m_layout->addWidget(m_selection);
    m_sectionIndex = m_layout->count();
    m_layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &UserPickerDialog::applySearch);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UserPickerDialog::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UserPickerDialog::updateSelection);
    connect(m_model, &UserListModel::loadFailed, this, [this](const Error &error) {
        MessageBox::showError(this, tr("Could not load the users."), error);
    });
    connect(m_model, &UserListModel::totalChanged, this, &UserPickerDialog::updateSelection);

    m_model->setSource(&m_workspace->backend(), m_workspace->tenant().id);
    updateSelection();
}

void UserPickerDialog::addSection(QWidget *widget)
{
    m_layout->insertWidget(m_sectionIndex++, widget);
}

void UserPickerDialog::setSearch(const QString &text)
{
    m_search->setText(text);
    m_searchTimer->stop();
    applySearch();
}

void UserPickerDialog::applySearch()
{
    UserQuery query;
    query.search = m_search->text().trimmed();
    m_view->clearSelection();
    m_model->setQuery(query);
}

QList<User> UserPickerDialog::selectedUsers() const
{
    QList<User> users;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : rows) {
        if (const std::optional<User> user = m_model->userAt(index.row()))
            users.append(*user);
    }
    return users;
}

bool UserPickerDialog::isLoading() const
{
    return m_searchTimer->isActive() || m_model->pendingRequests() > 0;
}

void UserPickerDialog::updateSelection()
{
    const QList<User> users = selectedUsers();
    QString text;
    if (users.isEmpty()) {
        text = m_model->totalKnown() ? tr("%1 found. Select one or more rows (Ctrl or Shift to add).")
                                           .arg(UserText::userCount(m_model->total()))
                                     : tr("Select one or more rows (Ctrl or Shift to add).");
        if (m_view->selectionMode() == QAbstractItemView::SingleSelection)
            text = m_model->totalKnown()
                       ? tr("%1 found. Select one.").arg(UserText::userCount(m_model->total()))
                       : tr("Select one user.");
    } else if (users.size() == 1) {
        text = tr("Selected: %1").arg(UserText::displayName(users.first()));
    } else {
        text = tr("Selected: %1 users").arg(users.size());
    }
    m_selection->setText(text);
    m_accept->setEnabled(!users.isEmpty());
}

} // namespace gatehouse::ui
