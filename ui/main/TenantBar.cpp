#include "main/TenantBar.h"

#include "common/FormDialog.h"
#include "common/Format.h"
#include "common/ReasonDialog.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "main/TenantDialog.h"
#include "main/WorkspaceSettings.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolBar>

namespace gatehouse::ui {

namespace {
QIcon dotIcon(TenantTag tag)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(tag == TenantTag::Production ? QColor(0xd9, 0x3a, 0x2b) : QColor(0x2f, 0x74, 0xd8));
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}
} // namespace

TenantBar::TenantBar(QToolBar *toolbar, QWidget *dialogParent, std::function<bool()> canLeave)
    : QObject(toolbar)
    , m_dialogParent(dialogParent)
    , m_canLeave(std::move(canLeave))
    , m_combo(new QComboBox)
    , m_badge(new QLabel)
    , m_create(new QAction(style::icon(QStringLiteral("tenant")), tr("&Create tenant…"), this))
    , m_rename(new QAction(tr("&Rename tenant…"), this))
    , m_delete(new QAction(tr("&Delete tenant…"), this))
{
    m_combo->setObjectName(QStringLiteral("tenantCombo"));
    m_combo->setMinimumWidth(230);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setToolTip(tr("The tenant you are working in"));
    m_badge->setObjectName(QStringLiteral("tenantTagLabel"));
    m_badge->setVisible(false);
    m_create->setObjectName(QStringLiteral("createTenantAction"));
    m_rename->setObjectName(QStringLiteral("renameTenantAction"));
    m_delete->setObjectName(QStringLiteral("deleteTenantAction"));

    auto *label = new QLabel(tr("Tenant"));
    label->setProperty("role", QLatin1String("hint"));
    label->setContentsMargins(4, 0, 2, 0);
    toolbar->addWidget(label);
    toolbar->addWidget(m_combo);
    auto *badgeHolder = new QWidget;
    auto *badgeLayout = new QHBoxLayout(badgeHolder);
    badgeLayout->setContentsMargins(6, 0, 6, 0);
    badgeLayout->addWidget(m_badge);
    toolbar->addWidget(badgeHolder);
    toolbar->addSeparator();
    toolbar->addAction(m_create);
    toolbar->addAction(m_rename);
    toolbar->addAction(m_delete);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &TenantBar::onComboChanged);
    connect(m_create, &QAction::triggered, this, &TenantBar::createTenant);
    connect(m_rename, &QAction::triggered, this, &TenantBar::renameTenant);
    connect(m_delete, &QAction::triggered, this, &TenantBar::deleteTenant);
    updateActions();
}

void TenantBar::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    ++m_generation;
    m_loading = false;
    fillCombo();
    if (workspace) {
        connect(workspace, &Workspace::tenantChanged, this, &TenantBar::showTenant);
        connect(workspace, &Workspace::tenantsChanged, this, &TenantBar::fillCombo);
    }
    showTenant(workspace ? workspace->tenant() : Tenant());
}

void TenantBar::reload(const QString &selectId)
{
    if (!m_workspace)
        return;
    const int generation = ++m_generation;
    m_loading = true;
    Workspace *workspace = m_workspace;
    workspace->run(
        workspace->backend().tenants().list(), m_dialogParent, tr("Could not load the tenants."),
        [this, workspace, selectId](const QList<Tenant> &tenants) {
            m_loading = false;
            QString wanted = selectId;
            if (wanted.isEmpty())
                wanted = workspace->hasTenant() ? workspace->tenant().id
                                                : workspacesettings::lastTenant(workspace->location());
            Tenant chosen = tenants.isEmpty() ? Tenant() : tenants.first();
            for (const Tenant &t : tenants) {
                if (t.id == wanted)
                    chosen = t;
            }
            workspace->setTenants(tenants);
            if (chosen.id != workspace->tenant().id || chosen.version != workspace->tenant().version ||
                chosen.name != workspace->tenant().name)
                workspace->setTenant(chosen);
            fillCombo();
            emit tenantsLoaded();
        },
        [this](const Error &) {
            m_loading = false;
            emit tenantsLoaded();
        },
        [this, generation, workspace] { return generation == m_generation && workspace == m_workspace; });
}

void TenantBar::fillCombo()
{
    m_filling = true;
    m_combo->clear();
    if (m_workspace) {
        for (const Tenant &t : m_workspace->tenants())
            m_combo->addItem(dotIcon(t.tag), t.name, t.id);
        m_combo->setCurrentIndex(m_combo->findData(m_workspace->tenant().id));
    }
    m_combo->setEnabled(m_combo->count() > 0);
    if (m_combo->count() == 0)
        m_combo->setPlaceholderText(m_workspace ? tr("No tenants yet") : tr("No workspace"));
    m_filling = false;
    updateActions();
}

void TenantBar::onComboChanged(int index)
{
    if (m_filling || !m_workspace || index < 0)
        return;
    const QString id = m_combo->itemData(index).toString();
    if (id == m_workspace->tenant().id)
        return;
    if (m_canLeave && !m_canLeave()) {
        m_filling = true;
        m_combo->setCurrentIndex(m_combo->findData(m_workspace->tenant().id));
        m_filling = false;
        return;
    }
    for (const Tenant &t : m_workspace->tenants()) {
        if (t.id == id) {
            workspacesettings::setLastTenant(m_workspace->location(), id);
            m_workspace->setTenant(t);
        }
    }
}

void TenantBar::showTenant(const Tenant &tenant)
{
    if (tenant.id.isEmpty()) {
        m_badge->setVisible(false);
    } else {
        style::setTenantBadge(m_badge, tenant.tag);
        m_badge->setVisible(true);
        const int index = m_combo->findData(tenant.id);
        if (index >= 0 && m_combo->currentIndex() != index) {
            m_filling = true;
            m_combo->setCurrentIndex(index);
            m_filling = false;
        }
    }
    updateActions();
}

void TenantBar::updateActions()
{
    const bool workspace = m_workspace != nullptr;
    const bool tenant = workspace && m_workspace->hasTenant();
    const bool manage = workspace && m_workspace->backend().capabilities().tenantManagement;
    // Disabled by the backend, not by the state: say why.
    const QString why =
        workspace && !manage
            ? tr("A Logto connection is one tenant: tenants are created, renamed and deleted on "
                 "the Logto server (Logto Cloud or the server's own setup), not here.")
            : QString();
    if (!workspace || !why.isEmpty()) {
        m_create->setEnabled(false);
        m_rename->setEnabled(false);
        m_delete->setEnabled(false);
        m_create->setToolTip(why.isEmpty() ? tr("Create tenant") : why);
        m_rename->setToolTip(why.isEmpty() ? tr("Rename tenant") : why);
        m_delete->setToolTip(why.isEmpty() ? tr("Delete tenant") : why);
        return;
    }
    // …or by the operator's console role.
    m_workspace->allow(m_create, Operation::TenantsCreate, true, tr("Create tenant"));
    m_workspace->allow(m_rename, Operation::TenantsUpdate, tenant, tr("Rename tenant"));
    m_workspace->allow(m_delete, Operation::TenantsRemove, tenant, tr("Delete tenant"));
}

void TenantBar::createTenant()
{
    if (!m_workspace)
        return;
    auto *dialog = new TenantDialog(Tenant(), m_dialogParent);
    Workspace *workspace = m_workspace;
    connect(dialog, &TenantDialog::submitted, this, [this, dialog, workspace] {
        if (workspace != m_workspace)
            return;
        submitDialog(workspace, dialog, workspace->backend().tenants().create(dialog->tenant()),
                     m_dialogParent, tr("Could not create the tenant."),
                     [this, workspace](const Tenant &created) {
                         if (workspace != m_workspace)
                             return;
                         if (m_canLeave && !m_canLeave()) {
                             reload(workspace->tenant().id);
                             return;
                         }
                         workspacesettings::setLastTenant(workspace->location(), created.id);
                         reload(created.id);
                     });
    });
    dialog->open();
}

void TenantBar::renameTenant()
{
    if (!m_workspace || !m_workspace->hasTenant())
        return;
    auto *dialog = new TenantDialog(m_workspace->tenant(), m_dialogParent);
    Workspace *workspace = m_workspace;
    connect(dialog, &TenantDialog::submitted, this, [this, dialog, workspace] {
        if (workspace != m_workspace)
            return;
        submitDialog(
            workspace, dialog, workspace->backend().tenants().update(dialog->tenant()), m_dialogParent,
            tr("Could not rename the tenant."),
            [this, workspace](const Tenant &renamed) {
                if (workspace == m_workspace)
                    reload(renamed.id);
            },
            [this, workspace](const Error &error) {
                if (workspace == m_workspace && error.code() == ErrorCode::Conflict)
                    reload();
            });
    });
    dialog->open();
}

void TenantBar::deleteTenant()
{
    if (!m_workspace || !m_workspace->hasTenant())
        return;
    Workspace *workspace = m_workspace;
    const Tenant tenant = workspace->tenant();
    // Count what goes with the tenant so the confirmation can say it.
    const auto current = [this, workspace] {
        return workspace == m_workspace;
    };
    const QString failure = tr("Could not read the tenant.");
    workspace->run(
        workspace->backend().applications().list(tenant.id), m_dialogParent, failure,
        [this, workspace, tenant, current, failure](const QList<Application> &apps) {
            workspace->run(
                workspace->backend().resources().list(tenant.id), m_dialogParent, failure,
                [this, workspace, tenant, current, failure, apps](const QList<Resource> &resources) {
                    workspace->run(
                        workspace->backend().roles().list(tenant.id), m_dialogParent, failure,
                        [this, tenant, apps, resources](const QList<Role> &roles) {
                            confirmDelete(tenant, int(apps.size()), int(resources.size()), int(roles.size()));
                        },
                        {}, current);
                },
                {}, current);
        },
        {}, current);
}

void TenantBar::confirmDelete(const Tenant &tenant, int applications, int resources, int roles)
{
    QString html;
    const QString appText = applications == 1 ? tr("1 application") : tr("%1 applications").arg(applications);
    const QString resourceText =
        resources == 1 ? tr("1 API resource") : tr("%1 API resources").arg(resources);
    const QString roleText = roles == 1 ? tr("1 role") : tr("%1 roles").arg(roles);
    html += QStringLiteral("<p>") +
            tr("Deleting the tenant <b>%1</b> also deletes everything in it: %2 with their secrets, %3 with "
               "their "
               "permissions, %4 with their assignments, and all users of the tenant.")
                .arg(tenant.name.toHtmlEscaped(), appText, resourceText, roleText) +
            QStringLiteral("</p><p>") +
            tr("The journal keeps the record of the deletion, with your reason and how much went with "
               "the tenant. This cannot be undone.") +
            QStringLiteral("</p>");
    ReasonDialog::Options options;
    options.title = tr("Delete tenant");
    options.html = html;
    options.actionText = tr("Delete tenant");
    options.destructive = true;
    options.production = tenant.tag == TenantTag::Production;
    options.tenantName = tenant.name;
    options.productionNote = tr("Live users and services depend on it.");
    options.confirmation = tenant.name;
    auto *dialog = new ReasonDialog(options, m_dialogParent);
    Workspace *workspace = m_workspace;
    connect(dialog, &QDialog::accepted, this, [this, workspace, tenant, dialog] {
        if (workspace != m_workspace)
            return;
        workspace->run(
            workspace->backend().tenants().remove(tenant.id, dialog->reason()), m_dialogParent,
            tr("Could not delete the tenant \"%1\".").arg(tenant.name),
            [this, workspace] {
                workspace->setTenant(Tenant());
                reload();
            },
            {}, [this, workspace] { return workspace == m_workspace; });
    });
    dialog->open();
}

} // namespace gatehouse::ui
