#include "users/UserMfaTab.h"

#include "common/Format.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "users/ReasonDialog.h"
#include "users/UserText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
QVariant timeData(std::optional<qint64> ms, int role)
{
    if (role == Qt::DisplayRole)
        return ms ? Format::dateTime(*ms) : UserMfaTab::tr("Never");
    if (role == Qt::ToolTipRole)
        return ms ? Format::utc(*ms) : QString();
    if (role == Qt::UserRole)
        return ms ? *ms : qint64(0);
    return {};
}
} // namespace

UserMfaTab::UserMfaTab(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ListModel<MfaVerification>([](const MfaVerification &v) { return v.id; }, this))
    , m_view(new QTableView)
    , m_remove(new QPushButton(tr("Remove…")))
    , m_empty(style::subtitleLabel(tr("No MFA factors: this user signs in with one factor only.")))
{
    setObjectName(QStringLiteral("userMfaTab"));
    using Column = ListModel<MfaVerification>::Column;
    m_model->setColumns({
        Column{tr("Type"),
               [](const MfaVerification &v, int role) -> QVariant {
                   return role == Qt::DisplayRole || role == Qt::UserRole ? QVariant(v.type) : QVariant();
               }},
        Column{tr("Name"),
               [](const MfaVerification &v, int role) -> QVariant {
                   return role == Qt::DisplayRole || role == Qt::UserRole ? QVariant(v.name) : QVariant();
               }},
        Column{tr("Created"),
               [](const MfaVerification &v, int role) -> QVariant {
                   return timeData(v.createdAt, role);
               }},
        Column{tr("Last used"),
               [](const MfaVerification &v, int role) -> QVariant {
                   return timeData(v.lastUsedAt, role);
               }},
    });
    m_view->setObjectName(QStringLiteral("userMfaTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_remove->setObjectName(QStringLiteral("removeMfaButton"));
    m_remove->setToolTip(tr("Remove the selected factor, e.g. after the user lost their device"));
    m_empty->setObjectName(QStringLiteral("userMfaEmptyLabel"));
    style::makeDanger(m_remove);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_remove, &QPushButton::clicked, this, &UserMfaTab::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UserMfaTab::updateButtons);
    updateButtons();
}

void UserMfaTab::setUser(const User &user)
{
    if (user.id != m_user.id)
        m_model->setItems({});
    m_user = user;
    ++m_generation;
    m_loading = false;
    m_stale = true;
    if (isVisible())
        load();
    updateButtons();
}

void UserMfaTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

void UserMfaTab::load()
{
    m_stale = false;
    const int generation = ++m_generation;
    if (m_user.id.isEmpty())
        return;
    m_loading = true;
    m_workspace->track(m_workspace->backend().users().mfaVerifications(m_workspace->tenant().id, m_user.id))
        .then(this, [this, generation](Result<QList<MfaVerification>> result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result.ok()) {
                MessageBox::showError(this, tr("Could not load the MFA factors of this user."),
                                      result.error());
                return;
            }
            m_model->setItems(result.value());
            m_view->resizeColumnsToContents();
            updateButtons();
        });
}

void UserMfaTab::updateButtons()
{
    const bool hasUser = !m_user.id.isEmpty();
    m_remove->setEnabled(hasUser && m_view->selectionModel()->hasSelection());
    m_empty->setVisible(hasUser && !m_loading && !m_stale && m_model->count() == 0);
}

void UserMfaTab::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_user.id.isEmpty())
        return;
    const MfaVerification factor = m_model->at(rows.first().row());
    const User user = m_user;
    const QString name = UserText::displayName(user);
    ReasonDialog::Options options;
    options.title = tr("Remove MFA factor");
    options.html =
        tr("Remove the %1 factor <b>%2</b> of <b>%3</b>? The user can no longer sign in with it and "
           "may be asked to set up a new one.")
            .arg(factor.type.toHtmlEscaped(),
                 (factor.name.isEmpty() ? factor.id : factor.name).toHtmlEscaped(), name.toHtmlEscaped());
    options.actionText = tr("Remove factor");
    options.destructive = true;
    options.production = m_workspace->isProduction();
    options.tenantName = m_workspace->productionName();
    auto *dialog = new ReasonDialog(options, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, factor, user] {
        m_workspace
            ->track(m_workspace->backend().users().removeMfaVerification(m_workspace->tenant().id, user.id,
                                                                         factor.id, dialog->reason()))
            .then(this, [this, factor, user](Result<Done> result) {
                if (!result.ok()) {
                    MessageBox::showError(this, tr("Could not remove the MFA factor."), result.error());
                    return;
                }
                if (user.id == m_user.id)
                    m_model->removeId(factor.id);
                updateButtons();
                emit changed();
            });
    });
    dialog->open();
}

} // namespace gatehouse::ui
