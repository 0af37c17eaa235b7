#include "common/MasterDetailPage.h"

#include "common/EditorWidget.h"
#include "common/EmptyState.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <utility>

namespace gatehouse::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

MasterDetailPage::MasterDetailPage(Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
    , m_search(new QLineEdit)
    , m_createButton(new QPushButton)
    , m_listStack(new QStackedWidget)
    , m_editorStack(new QStackedWidget)
    , m_empty(nullptr)
    , m_placeholder(style::subtitleLabel({}))
{}

void MasterDetailPage::build(const Texts &texts, QAbstractItemModel *model, EditorWidget *editor)
{
    m_texts = texts;
    m_model = model;
    m_editor = editor;
    connect(editor, &EditorWidget::deleteRequested, this, &MasterDetailPage::deleteCurrent);
    connect(workspace(), &Workspace::changed, this, &MasterDetailPage::onChange);
    connect(workspace(), &Workspace::accessChanged, this, [this] {
        if (m_model)
            updateState();
    });
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(texts.prefix + QStringLiteral("Table"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    style::setUpTable(m_view);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(30);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setTabKeyNavigation(false);

    m_search->setObjectName(texts.prefix + QStringLiteral("SearchEdit"));
    m_search->setPlaceholderText(tr("Filter by name, type or id  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_createButton->setObjectName(texts.prefix + QStringLiteral("CreateButton"));
    m_createButton->setText(texts.createText);
    m_createButton->setToolTip(tr("%1 (Ctrl+N)").arg(texts.createText));
    style::makePrimary(m_createButton);
    connect(m_createButton, &QPushButton::clicked, this, &MasterDetailPage::createNew);

    m_empty = new EmptyState(style::icon(texts.icon), texts.emptyTitle, texts.emptyText, texts.createText);
    m_empty->setObjectName(texts.prefix + QStringLiteral("EmptyState"));
    connect(m_empty, &EmptyState::actionTriggered, this, [this] {
        if (workspace()->hasTenant())
            createNew();
        else
            emit createTenantRequested();
    });

    auto *loadingLabel = style::subtitleLabel(tr("Loading…"));
    loadingLabel->setAlignment(Qt::AlignCenter);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);
    m_listStack->addWidget(loadingLabel);

    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 6, 0);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_listStack, 1);

    m_placeholder->setText(texts.noSelection);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_editorStack->addWidget(m_placeholder);
    m_editorStack->addWidget(editor);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(texts.prefix + QStringLiteral("Splitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPane);
    splitter->addWidget(m_editorStack);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({470, 530});

    buildFrame(texts.title, texts.subtitle, {m_createButton})->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MasterDetailPage::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MasterDetailPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MasterDetailPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MasterDetailPage::updateState);

    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, m_view);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, [this] {
        if (currentRow() >= 0)
            deleteCurrent();
    });
    updateState();
}

void MasterDetailPage::activate()
{
    reload(currentId());
}

void MasterDetailPage::reload(const QString &selectId)
{
    ++m_generation;
    m_reloadId = selectId;
    if (!workspace()->hasTenant()) {
        m_keepEditor = false;
        m_clearItems();
        finishLoading({});
        emit loaded();
        return;
    }
    setLoading(true);
    fetch();
}

void MasterDetailPage::onChange(const Change &change)
{
    // A hidden page reloads when it is activated; a shown one now, keeping the editor's edits.
    if (!isVisible() || !workspace()->hasTenant() || change.tenantId != workspace()->tenant().id ||
        !concerns(change))
        return;
    refresh();
}

void MasterDetailPage::refresh()
{
    m_keepEditor = true;
    reload(currentId());
}

void MasterDetailPage::save()
{
    m_editor->save();
}

bool MasterDetailPage::confirmLeave()
{
    return m_editor->confirmDiscard();
}

QString MasterDetailPage::deleteFailedText(const QString &name)
{
    return tr("Could not delete \"%1\".").arg(name);
}

void MasterDetailPage::setColumnModes(const QList<QHeaderView::ResizeMode> &modes)
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column = 0; column < modes.size(); ++column)
        header->setSectionResizeMode(column, modes[column]);
}

void MasterDetailPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MasterDetailPage::selectFirst()
{
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

int MasterDetailPage::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return -1;
    return m_proxy->mapToSource(current).row();
}

QString MasterDetailPage::currentId() const
{
    const int row = currentRow();
    return row < 0 ? QString() : m_model->index(row, 0).data(IdRole).toString();
}

bool MasterDetailPage::selectId(const QString &id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(IdRole).toString() == id) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

void MasterDetailPage::selectSourceRow(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void MasterDetailPage::setLoading(bool loading)
{
    m_loading = loading;
    updateState();
}

void MasterDetailPage::setCreateOperation(Operation operation)
{
    m_createOperation = operation;
    if (m_model)
        updateState();
}

void MasterDetailPage::updateState()
{
    const bool hasTenant = workspace()->hasTenant();
    if (m_createOperation)
        workspace()->allow(m_createButton, *m_createOperation, hasTenant,
                           tr("%1 (Ctrl+N)").arg(m_texts.createText));
    else
        m_createButton->setEnabled(hasTenant);
    m_search->setEnabled(hasTenant);
    if (!hasTenant) {
        m_empty->setTexts(tr("No tenant yet"),
                          tr("A tenant holds applications, API resources and roles. Most teams keep one for "
                             "development and one for production."),
                          tr("Create tenant"));
        m_listStack->setCurrentWidget(m_empty);
    } else if (m_loading && m_model->rowCount() == 0) {
        m_listStack->setCurrentIndex(2);
    } else if (m_model->rowCount() == 0) {
        m_empty->setTexts(m_texts.emptyTitle, m_texts.emptyText, m_texts.createText);
        m_listStack->setCurrentWidget(m_empty);
    } else {
        m_listStack->setCurrentWidget(m_view);
    }
    // A reload for a change resets the rows and then selects the same item again: the editor
    // stays shown until it ends (hiding it would take the focus from the field being typed in).
    if (currentRow() < 0 && !m_keepEditor)
        m_editorStack->setCurrentWidget(m_placeholder);
}

void MasterDetailPage::finishLoading(const QString &preferredId)
{
    setLoading(false);
    const bool keepEditor = std::exchange(m_keepEditor, false);
    if (keepEditor && !preferredId.isEmpty() && preferredId == m_selectedId && hasSourceId(preferredId)) {
        m_restoring = true;
        selectId(preferredId);
        m_restoring = false;
        currentReloaded(currentRow());
        return;
    }
    // The items were replaced: the editor reloads whatever ends up selected.
    m_selectedId.clear();
    if (!preferredId.isEmpty() && selectId(preferredId))
        return;
    selectFirst();
    if (currentRow() < 0) {
        m_editorStack->setCurrentIndex(0);
        currentChanged(-1);
    }
}

void MasterDetailPage::onSelectionChanged()
{
    if (m_restoring)
        return;
    const QString newId = currentId();
    if (newId == m_selectedId)
        return;
    const bool oldStillExists = !m_selectedId.isEmpty() && hasSourceId(m_selectedId);
    // A filter that hides the item being edited keeps the editor as it is.
    if (newId.isEmpty() && oldStillExists)
        return;
    if (oldStillExists && !confirmLeave()) {
        m_restoring = true;
        selectId(m_selectedId);
        m_restoring = false;
        return;
    }
    m_selectedId = newId;
    const int row = currentRow();
    m_editorStack->setCurrentIndex(row < 0 ? 0 : 1);
    currentChanged(row);
}

bool MasterDetailPage::hasSourceId(const QString &id) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(IdRole).toString() == id)
            return true;
    }
    return false;
}

} // namespace gatehouse::ui
