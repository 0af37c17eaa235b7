#include "users/UsersPage.h"

#include "common/EmptyState.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "users/CreateUserDialog.h"
#include "users/UserDetail.h"
#include "users/UserExportDialog.h"
#include "users/UserFilterPanel.h"
#include "users/UserImportDialog.h"
#include "users/UserRowDelegate.h"
#include "users/UserText.h"
#include "viewmodel/UserListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
constexpr int searchDebounceMs = 150;
/// After a key, on a server whose substring search takes a second or more: a word typed at an
/// ordinary pace is one search, not one per key.
constexpr int slowSearchDebounceMs = 400;
constexpr int rowHeight = 28;
} // namespace

UsersPage::UsersPage(Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_model(new UserListModel(this))
    , m_view(new QTableView)
    , m_search(new QLineEdit)
    , m_searchTimer(new QTimer(this))
    , m_filtersButton(new QToolButton)
    , m_filters(new UserFilterPanel)
    , m_total(style::subtitleLabel({}))
    , m_createButton(new QPushButton(tr("Create user")))
    , m_importButton(new QPushButton(tr("Import…")))
    , m_exportButton(new QPushButton(tr("Export…")))
    , m_listStack(new QStackedWidget)
    , m_empty(new EmptyState(style::icon(QStringLiteral("users")), {}, {}, {}))
    , m_noMatch(style::subtitleLabel(tr("No users match the search and filters.")))
    , m_detailStack(new QStackedWidget)
    , m_placeholder(style::subtitleLabel(tr("Select a user to see their profile, roles, MFA and activity.")))
    , m_detail(new UserDetail(workspace))
{
    setObjectName(QStringLiteral("usersPage"));
    m_createButton->setObjectName(QStringLiteral("usersCreateButton"));
    style::makePrimary(m_createButton);
    m_importButton->setObjectName(QStringLiteral("usersImportButton"));
    m_exportButton->setObjectName(QStringLiteral("usersExportButton"));
    m_empty->setObjectName(QStringLiteral("usersEmptyState"));
    m_noMatch->setObjectName(QStringLiteral("usersNoMatchLabel"));
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_placeholder->setAlignment(Qt::AlignCenter);

    m_detailStack->addWidget(m_placeholder);
    m_detailStack->addWidget(m_detail);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("usersSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createListPane());
    splitter->addWidget(m_detailStack);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({560, 480});

    buildFrame(tr("Users"), tr("The people who sign in to your applications."),
               {m_importButton, m_exportButton, m_createButton})
        ->addWidget(splitter, 1);

    connect(m_createButton, &QPushButton::clicked, this, &UsersPage::createNew);
    connect(m_importButton, &QPushButton::clicked, this, &UsersPage::openImport);
    connect(m_exportButton, &QPushButton::clicked, this, &UsersPage::openExport);
    connect(m_empty, &EmptyState::actionTriggered, this, [this] {
        if (this->workspace()->hasTenant())
            createNew();
        else
            emit createTenantRequested();
    });
    connect(m_model, &UserListModel::totalChanged, this, &UsersPage::onTotalChanged);
    connect(m_model, &UserListModel::searchingChanged, this, [this] { showTotal(); });
    connect(m_model, &UserListModel::loadFailed, this, &UsersPage::onLoadFailed);
    connect(m_model, &UserListModel::idle, this, &UsersPage::loaded);
    connect(m_model, &UserListModel::keptRowFound, this, &UsersPage::selectRow);
    connect(m_model, &UserListModel::updatingChanged, this, [this](bool updating) {
        // The previous search's rows stay on screen, dimmed, until the new ones replace them.
        if (updating) {
            QPalette dimmed = m_view->palette();
            dimmed.setColor(QPalette::Text, dimmed.color(QPalette::Disabled, QPalette::Text));
            m_view->setPalette(dimmed);
        } else {
            m_view->setPalette(QPalette());
        }
        m_view->setProperty("updating", updating);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { rowsArrived(first, last); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                rowsArrived(topLeft.row(), bottomRight.row());
            });
    connect(m_detail, &UserDetail::userDeleted, this, &UsersPage::userDeleted);
    // While shown, the list follows changes of users and the role filter those of roles; a hidden
    // page reloads both when it is activated.
    connect(workspace, &Workspace::changed, this, [this](const Change &change) {
        if (!isVisible() || change.tenantId != m_tenantId)
            return;
        if (change.area == ChangeArea::Users)
            refreshList(m_selectedId);
        else if (change.area == ChangeArea::Roles)
            loadRoles();
    });
    applyCapabilities(workspace->backend().capabilities());
    updateSortIndicator();
    updateState();
}

void UsersPage::applyCapabilities(const Capabilities &capabilities)
{
    m_filters->setCapabilities(capabilities.userFilters, capabilities.userRoleFilter);
    if (!capabilities.userFilters && !capabilities.userRoleFilter) {
        m_filtersButton->setEnabled(false);
        m_filtersButton->setToolTip(tr("This connection's server cannot filter users; search works."));
    } else if (!capabilities.userFilters) {
        m_filtersButton->setToolTip(tr("Filter by role (this connection's server cannot filter by status, "
                                       "password, MFA or dates)"));
    }
    if (!capabilities.userSorts) {
        QHeaderView *columns = m_view->horizontalHeader();
        columns->setSectionsClickable(false);
        columns->setToolTip(tr("Newest first: this connection's server cannot sort users in another order."));
    }
}

QWidget *UsersPage::createListPane()
{
    m_view->setObjectName(QStringLiteral("usersTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new UserRowDelegate(m_view));
    style::setUpTable(m_view);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setTabKeyNavigation(false);
    // Every row has the same height: the view never measures rows, whatever the row count.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(rowHeight);
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSectionsClickable(true);
    columns->setSortIndicatorShown(true);
    columns->setStretchLastSection(true);
    const QList<std::pair<int, int>> widths = {
        {UserListModel::NameColumn, 170},    {UserListModel::UsernameColumn, 130},
        {UserListModel::EmailColumn, 220},   {UserListModel::PhoneColumn, 120},
        {UserListModel::CreatedColumn, 125}, {UserListModel::LastSignInColumn, 125},
    };
    for (const auto &[column, width] : widths)
        columns->resizeSection(column, width);
    columns->setToolTip(tr("Sort by clicking Created, Username, Email or Last sign-in"));
    connect(columns, &QHeaderView::sectionClicked, this, &UsersPage::onHeaderClicked);

    m_search->setObjectName(QStringLiteral("usersSearchEdit"));
    m_search->setPlaceholderText(tr("Search by email, phone, username, name or id"));
    m_search->setToolTip(tr("Search as you type (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &UsersPage::applyQuery);
    connect(m_searchTimer, &QTimer::timeout, this, &UsersPage::applyQuery);

    m_filtersButton->setObjectName(QStringLiteral("usersFiltersButton"));
    m_filtersButton->setCheckable(true);
    m_filtersButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_filtersButton->setToolTip(tr("Filter by status, password, MFA, role and dates"));
    m_filters->setVisible(false);
    connect(m_filtersButton, &QToolButton::toggled, m_filters, &QWidget::setVisible);
    connect(m_filters, &UserFilterPanel::changed, this, [this] {
        updateFiltersButton();
        applyQuery();
    });
    updateFiltersButton();

    m_total->setObjectName(QStringLiteral("usersTotalLabel"));
    m_total->setWordWrap(false);
    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(8);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_filtersButton);
    searchRow->addWidget(m_total);

    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);
    m_listStack->addWidget(m_noMatch);

    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(8);
    layout->addLayout(searchRow);
    layout->addWidget(m_filters);
    layout->addWidget(m_listStack, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPage::onCurrentChanged);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_view);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, m_detail, &UserDetail::deleteUser);
    return pane;
}

void UsersPage::activate()
{
    const QString tenantId = workspace()->hasTenant() ? workspace()->tenant().id : QString();
    if (tenantId != m_tenantId) {
        m_tenantId = tenantId;
        m_selectedId.clear();
        m_restoreScroll = -1;
        m_detail->clear();
        m_detailStack->setCurrentWidget(m_placeholder);
        m_model->setSource(nullptr, {});
        m_searchTimer->stop();
        m_search->blockSignals(true);
        m_search->clear();
        m_search->blockSignals(false);
        m_filters->blockSignals(true);
        m_filters->clear();
        m_filters->setRoles({});
        m_filters->blockSignals(false);
        updateFiltersButton();
        UserQuery query;
        query.sort = m_model->query().sort;
        m_model->setQuery(query);
        m_model->setSource(tenantId.isEmpty() ? nullptr : &workspace()->backend(), tenantId);
        m_searchTimer->setInterval(!tenantId.isEmpty() &&
                                           workspace()->backend().capabilities().userSearchIsSlow
                                       ? slowSearchDebounceMs
                                       : searchDebounceMs);
    } else if (!tenantId.isEmpty()) {
        refreshList(m_selectedId);
    }
    if (!tenantId.isEmpty())
        loadRoles();
    updateState();
    if (tenantId.isEmpty())
        emit loaded();
}

void UsersPage::loadRoles()
{
    const int generation = ++m_rolesGeneration;
    workspace()->run(
        workspace()->backend().roles().list(m_tenantId), this,
        tr("Could not load the roles for the role filter."),
        [this](const QList<Role> &roles) { m_filters->setRoles(roles); }, {},
        [this, generation] { return generation == m_rolesGeneration; });
}

void UsersPage::applyQuery()
{
    m_searchTimer->stop();
    UserQuery query = m_model->query();
    query.search = m_search->text().trimmed();
    m_filters->applyTo(&query);
    if (query == m_model->query())
        return;
    m_model->setQuery(query, m_selectedId);
    updateState();
}

void UsersPage::onHeaderClicked(int section)
{
    UserQuery query = m_model->query();
    switch (section) {
    case UserListModel::CreatedColumn:
        query.sort = UserQuery::Sort::CreatedDesc;
        break;
    case UserListModel::UsernameColumn:
        query.sort = UserQuery::Sort::Username;
        break;
    case UserListModel::EmailColumn:
        query.sort = UserQuery::Sort::Email;
        break;
    case UserListModel::LastSignInColumn:
        query.sort = UserQuery::Sort::LastSignInDesc;
        break;
    default:
        break; // not sortable: keep the current order
    }
    m_model->setQuery(query, m_selectedId);
    updateSortIndicator();
}

void UsersPage::updateSortIndicator()
{
    QHeaderView *columns = m_view->horizontalHeader();
    QSignalBlocker blocker(columns);
    switch (m_model->query().sort) {
    case UserQuery::Sort::CreatedDesc:
        columns->setSortIndicator(UserListModel::CreatedColumn, Qt::DescendingOrder);
        break;
    case UserQuery::Sort::Username:
        columns->setSortIndicator(UserListModel::UsernameColumn, Qt::AscendingOrder);
        break;
    case UserQuery::Sort::Email:
        columns->setSortIndicator(UserListModel::EmailColumn, Qt::AscendingOrder);
        break;
    case UserQuery::Sort::LastSignInDesc:
        columns->setSortIndicator(UserListModel::LastSignInColumn, Qt::DescendingOrder);
        break;
    }
}

void UsersPage::onCurrentChanged()
{
    if (m_restoring)
        return;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return; // a reload cleared the selection: the detail keeps its user
    const QString id = current.data(UserListModel::UserIdRole).toString();
    if (id.isEmpty()) {
        m_waitingRow = current.row(); // a placeholder: show it when its data arrives
        return;
    }
    m_waitingRow = -1;
    if (id == m_selectedId)
        return;
    if (!m_selectedId.isEmpty() && !confirmLeave()) {
        m_restoring = true;
        const int row = m_model->loadedRowOf(m_selectedId);
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, 0));
        else
            m_view->selectionModel()->clear();
        m_restoring = false;
        return;
    }
    m_selectedId = id;
    m_model->stopKeeping();
    if (const std::optional<User> user = m_model->userAt(current.row()))
        m_detail->showUser(*user);
    m_detailStack->setCurrentWidget(m_detail);
}

void UsersPage::rowsArrived(int first, int last)
{
    if (m_waitingRow >= first && m_waitingRow <= last)
        onCurrentChanged();
    if (m_restoreScroll >= 0 && m_model->totalKnown()) {
        const int value = m_restoreScroll;
        m_restoreScroll = -1;
        QTimer::singleShot(0, m_view, [this, value] { m_view->verticalScrollBar()->setValue(value); });
    }
}

void UsersPage::selectRow(int row)
{
    m_restoring = true;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_restoring = false;
    m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::EnsureVisible);
}

void UsersPage::refreshList(const QString &keepId)
{
    const QModelIndex current = m_view->currentIndex();
    m_restoreScroll = m_view->verticalScrollBar()->value();
    m_model->reload(keepId, current.isValid() ? current.row() : -1);
}

void UsersPage::userDeleted(const QString &id)
{
    if (id == m_selectedId) {
        m_selectedId.clear();
        m_detail->clear();
        m_detailStack->setCurrentWidget(m_placeholder);
    }
    refreshList({});
}

void UsersPage::onTotalChanged()
{
    showTotal();
    updateState();
}

void UsersPage::showTotal()
{
    if (m_model->isSearching()) {
        m_total->setText(tr("Searching the server…"));
        m_total->setToolTip(tr("The server takes a while to search all its users. Users whose id, username, "
                               "email or phone is exactly the text show first."));
    } else if (!m_model->totalKnown() && m_model->estimatedTotal() >= 0) {
        const QString count = UserText::userCount(m_model->estimatedTotal());
        m_total->setText(isFiltered() ? tr("About %1 found, counting…").arg(count)
                                      : tr("About %1, counting…").arg(count));
        m_total->setToolTip(tr("The database's estimate. The exact number follows when the users have "
                               "been counted in the background."));
    } else if (!m_model->totalKnown()) {
        m_total->setText(tr("Counting…"));
        m_total->setToolTip(tr("The users are being counted in the background"));
    } else {
        const QString count = UserText::userCount(m_model->total());
        m_total->setText(isFiltered() ? tr("%1 found").arg(count) : count);
        m_total->setToolTip({});
    }
}

void UsersPage::onLoadFailed(const Error &error)
{
    MessageBox::showError(this, tr("Could not load the users."), error);
}

bool UsersPage::isFiltered() const
{
    return UserExportDialog::isFiltered(m_model->query());
}

void UsersPage::updateFiltersButton()
{
    const int active = m_filters->activeCount();
    m_filtersButton->setText(active == 0 ? tr("Filters") : tr("Filters (%1)").arg(active));
}

void UsersPage::updateState()
{
    const bool hasTenant = workspace()->hasTenant();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_search, m_filtersButton})
        widget->setEnabled(hasTenant);
    workspace()->allow(m_createButton, Operation::UsersCreate, hasTenant, tr("Create user (Ctrl+N)"));
    workspace()->allow(m_importButton, Operation::UsersImportUsers, hasTenant,
                       tr("Import users from a CSV, JSON or JSON Lines file"));
    workspace()->allow(m_exportButton, Operation::UsersExportUsers, hasTenant,
                       tr("Export users to a CSV, JSON or JSON Lines file"));
    if (!hasTenant) {
        m_empty->setTexts(
            tr("No tenant yet"),
            tr("A tenant holds users, applications, API resources and roles. Most teams keep one for "
               "development and one for production."),
            tr("Create tenant"));
        m_listStack->setCurrentWidget(m_empty);
        m_total->clear();
        return;
    }
    const bool empty = m_model->totalKnown() && m_model->total() == 0;
    if (empty && !isFiltered()) {
        m_empty->setTexts(
            tr("No users yet"),
            tr("Create users one by one, or import them from a CSV, JSON or JSON Lines export of "
               "another system with Import…."),
            tr("Create user"));
        m_listStack->setCurrentWidget(m_empty);
    } else if (empty) {
        m_listStack->setCurrentWidget(m_noMatch);
    } else {
        m_listStack->setCurrentWidget(m_view);
    }
}

void UsersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void UsersPage::save()
{
    m_detail->save();
}

bool UsersPage::isLoading() const
{
    return m_model->pendingRequests() > 0 || m_searchTimer->isActive() || m_detail->isLoading();
}

void UsersPage::selectFirst()
{
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

bool UsersPage::confirmLeave()
{
    return !m_detail->isDirty() ||
           MessageBox::discardChangesOf(this, UserText::displayName(m_detail->user()));
}

void UsersPage::createNew()
{
    if (!workspace()->hasTenant())
        return;
    auto *dialog = new CreateUserDialog(this);
    connect(dialog, &CreateUserDialog::submitted, this, [this, dialog] {
        const QString tenantId = workspace()->tenant().id;
        submitDialog(workspace(), dialog,
                     workspace()->backend().users().create(tenantId, dialog->draft(), dialog->password()),
                     this, tr("Could not create the user."), [this, tenantId](const User &created) {
                         if (tenantId != workspace()->tenant().id)
                             return;
                         m_selectedId = created.id;
                         m_detail->showUser(created);
                         m_detailStack->setCurrentWidget(m_detail);
                         refreshList(created.id);
                     });
    });
    dialog->open();
}

void UsersPage::openImport()
{
    if (!workspace()->hasTenant())
        return;
    auto *dialog = new UserImportDialog(workspace(), this);
    connect(dialog, &UserImportDialog::imported, this, [this] { refreshList(m_selectedId); });
    dialog->open();
}

void UsersPage::openExport()
{
    if (!workspace()->hasTenant())
        return;
    auto *dialog = new UserExportDialog(workspace(), m_model->query(), this);
    dialog->open();
}

} // namespace gatehouse::ui
