#include "common/RelatedListTab.h"

#include "common/Refresher.h"
#include "common/Style.h"
#include "common/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace gatehouse::ui {

RelatedListTab::RelatedListTab(Workspace *workspace, Load load, QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_loadPolicy(load)
    , m_model(model)
    , m_refresher(new Refresher(this, [this] { this->load(); }))
    , m_view(new QTableView)
    , m_intro(style::subtitleLabel({}))
    , m_buttons(new QHBoxLayout)
    , m_layout(new QVBoxLayout(this))
    , m_empty(style::subtitleLabel({}))
{
    style::setUpTable(m_view);
    m_view->setModel(model);
    m_buttons->addStretch(1);
    m_intro->hide();
    m_layout->setContentsMargins(8, 8, 8, 8);
    m_layout->addWidget(m_intro);
    m_layout->addLayout(m_buttons);
    m_layout->addWidget(m_view, 1);
    m_layout->addWidget(m_empty);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RelatedListTab::updateButtons);
    connect(workspace, &Workspace::accessChanged, this, &RelatedListTab::updateButtons);
    m_refresher->follow(workspace, [this](const Change &change) {
        return hasSubject() && change.tenantId == tenantId() && concerns(change);
    });
}

const QString &RelatedListTab::tenantId() const
{
    return m_workspace->tenant().id;
}

void RelatedListTab::setTexts(const QString &tableName, const QString &intro, const QString &emptyName,
                              const QString &emptyText)
{
    m_view->setObjectName(tableName);
    m_intro->setText(intro);
    m_intro->setVisible(!intro.isEmpty());
    m_empty->setObjectName(emptyName);
    m_empty->setText(emptyText);
    m_emptyText = emptyText;
    updateButtons();
}

QPushButton *RelatedListTab::createButton(const QString &text, const QString &objectName, Needs needs,
                                          Side side, std::optional<Operation> operation)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    if (side == Side::Leading)
        m_buttons->insertWidget(m_leading++, button);
    else
        m_buttons->addWidget(button);
    m_buttonList.append({button, needs, operation, {}, false});
    return button;
}

void RelatedListTab::connectDelete(std::function<void()> action)
{
    auto *shortcut = new QShortcut(QKeySequence::Delete, m_view);
    shortcut->setContext(Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, std::move(action));
}

void RelatedListTab::connectOpen(std::function<void()> action)
{
    connect(m_view, &QTableView::activated, this, std::move(action));
}

void RelatedListTab::setSortable()
{
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RelatedListTab::updateButtons);
}

int RelatedListTab::count() const
{
    return m_model->rowCount();
}

void RelatedListTab::setSubjectId(const QString &id, bool reload)
{
    const bool same = id == m_subjectId;
    m_subjectId = id;
    if (!same)
        clearItems();
    if (same && !reload) {
        updateButtons();
        return;
    }
    cancelLoad();
    this->reload();
}

void RelatedListTab::reload()
{
    if (m_loadPolicy == Load::Immediately)
        load();
    else
        m_refresher->markStale();
    updateButtons();
}

void RelatedListTab::reloadFor(const QString &subjectId)
{
    if (subjectId == m_subjectId)
        reload();
}

void RelatedListTab::load()
{
    m_refresher->clearStale();
    const QString refused = m_readOperation ? m_workspace->whyNot(*m_readOperation) : QString();
    m_refused = !refused.isEmpty();
    m_empty->setText(m_refused ? refused : m_emptyText);
    if (m_refused) {
        cancelLoad();
        clearItems();
    } else if (hasSubject()) {
        beginLoad();
        fetch();
    } else {
        cancelLoad();
    }
    updateButtons();
}

int RelatedListTab::beginLoad()
{
    m_loading = true;
    return ++m_generation;
}

void RelatedListTab::cancelLoad()
{
    ++m_generation;
    m_loading = false;
}

void RelatedListTab::endLoad()
{
    m_loading = false;
    updateButtons();
}

void RelatedListTab::listLoaded()
{
    m_view->resizeColumnToContents(0);
}

QModelIndex RelatedListTab::toSource(const QModelIndex &index) const
{
    return m_proxy ? m_proxy->mapToSource(index) : index;
}

QList<int> RelatedListTab::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(toSource(index).row());
    return rows;
}

int RelatedListTab::selectedRow() const
{
    const QList<int> rows = selectedRows();
    return rows.isEmpty() ? -1 : rows.first();
}

void RelatedListTab::updateButtons()
{
    const bool has = hasSubject();
    const bool selected = has && m_view->selectionModel()->hasSelection();
    for (Button &b : m_buttonList) {
        const bool enabled = b.needs == Needs::Subject ? has : selected;
        if (!b.operation) {
            b.button->setEnabled(enabled);
            continue;
        }
        if (!b.toolTipKnown) {
            b.toolTip = b.button->toolTip();
            b.toolTipKnown = true;
        }
        m_workspace->allow(b.button, *b.operation, enabled, b.toolTip);
    }
    m_empty->setVisible(has && !m_loading && !m_refresher->isStale() && count() == 0);
}

} // namespace gatehouse::ui
