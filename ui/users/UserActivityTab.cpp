#include "users/UserActivityTab.h"

#include "backend/Backend.h"
#include "common/Format.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gatehouse::ui {

UserActivityTab::UserActivityTab(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ListModel<JournalEntry>([](const JournalEntry &e) { return QString::number(e.seq); }, this))
    , m_view(new QTableView)
    , m_older(new QPushButton(tr("Load older")))
    , m_empty(style::subtitleLabel(tr("Nothing recorded about this user yet.")))
{
    setObjectName(QStringLiteral("userActivityTab"));
    using Column = ListModel<JournalEntry>::Column;
    m_model->setColumns({
        Column{tr("When"),
               [](const JournalEntry &e, int role) -> QVariant {
                   if (role == Qt::DisplayRole)
                       return Format::dateTime(e.at);
                   if (role == Qt::ToolTipRole)
                       return Format::utc(e.at);
                   return role == Qt::UserRole ? QVariant(e.at) : QVariant();
               }},
        Column{tr("Action"),
               [](const JournalEntry &e, int role) -> QVariant {
                   return role == Qt::DisplayRole || role == Qt::UserRole ? QVariant(e.action) : QVariant();
               }},
        Column{tr("Operator"),
               [](const JournalEntry &e, int role) -> QVariant {
                   return role == Qt::DisplayRole || role == Qt::UserRole ? QVariant(e.operatorName)
                                                                          : QVariant();
               }},
        Column{tr("Reason"),
               [](const JournalEntry &e, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == Qt::UserRole || role == Qt::ToolTipRole)
                       return e.reason;
                   return {};
               }},
    });
    m_view->setObjectName(QStringLiteral("userActivityTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_older->setObjectName(QStringLiteral("userActivityOlderButton"));
    m_empty->setObjectName(QStringLiteral("userActivityEmptyLabel"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(style::subtitleLabel(tr("Changes to this user from the journal, newest first.")), 1);
    buttons->addWidget(m_older);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    m_older->setVisible(false);
    m_empty->setVisible(false);
    connect(m_older, &QPushButton::clicked, this, [this] { load(true); });
}

void UserActivityTab::setUser(const User &user)
{
    if (user.id != m_user.id)
        m_model->setItems({});
    m_user = user;
    ++m_generation;
    m_loading = false;
    m_stale = true;
    if (isVisible())
        load(false);
}

void UserActivityTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load(false);
}

void UserActivityTab::load(bool older)
{
    m_stale = false;
    const int generation = ++m_generation;
    if (m_user.id.isEmpty())
        return;
    JournalQuery query;
    query.tenantId = m_workspace->tenant().id;
    query.targetId = m_user.id;
    query.limit = pageSize;
    if (older && m_model->count() > 0)
        query.beforeSeq = m_model->at(m_model->count() - 1).seq;
    m_loading = true;
    m_older->setEnabled(false);
    m_workspace->track(m_workspace->backend().journal().list(query))
        .then(this, [this, generation, older](Result<QList<JournalEntry>> result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_older->setEnabled(true);
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not load the activity of this user."), result.error());
                return;
            }
            QList<JournalEntry> entries = older ? m_model->items() : QList<JournalEntry>();
            entries.append(result.value());
            m_model->setItems(entries);
            m_view->resizeColumnToContents(0);
            m_view->resizeColumnToContents(1);
            m_older->setVisible(result->size() == pageSize);
            m_empty->setVisible(entries.isEmpty());
        });
}

} // namespace gatehouse::ui
