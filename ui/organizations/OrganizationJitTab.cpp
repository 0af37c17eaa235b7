#include "organizations/OrganizationJitTab.h"

#include "common/MessageBox.h"
#include "common/Refresher.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "common/WrappingLabel.h"
#include "model/EmailDomains.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>
#include <memory>

namespace gatehouse::ui {

namespace {
constexpr int IdRole = Qt::UserRole;

QListWidget *checkList(const char *objectName)
{
    auto *list = new QListWidget;
    list->setObjectName(QLatin1String(objectName));
    list->setAlternatingRowColors(true);
    list->setMinimumHeight(60);
    list->setMaximumHeight(120);
    return list;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

OrganizationJitTab::OrganizationJitTab(Workspace *workspace, QWidget *parent)
    : EditorWidget(workspace, {}, parent)
    , m_domainInput(new QLineEdit)
    , m_addDomain(new QPushButton(tr("Add")))
    , m_domainList(new QListWidget)
    , m_removeDomain(new QPushButton(tr("Remove")))
    , m_domainError(new WrappingLabel)
    , m_warnings(new WrappingLabel)
    , m_warningFrame(new QFrame)
    , m_connectorList(checkList("jitConnectorsList"))
    , m_noConnectors(style::subtitleLabel(tr("No enterprise SSO connector yet (see Enterprise SSO).")))
    , m_roleList(checkList("jitRolesList"))
    , m_noRoles(style::subtitleLabel(tr("The organization template has no user roles yet.")))
    , m_refresher(new Refresher(this, [this] { load(); }))
{
    setObjectName(QStringLiteral("organizationJitTab"));
    m_domainInput->setObjectName(QStringLiteral("jitDomainInput"));
    m_domainInput->setPlaceholderText(tr("acme.com"));
    m_addDomain->setObjectName(QStringLiteral("jitDomainAddButton"));
    m_domainList->setObjectName(QStringLiteral("jitDomainsList"));
    m_domainList->setMinimumHeight(60);
    m_domainList->setMaximumHeight(120);
    m_removeDomain->setObjectName(QStringLiteral("jitDomainRemoveButton"));
    m_domainError->setObjectName(QStringLiteral("jitDomainErrorLabel"));
    m_domainError->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_domainError->setWordWrap(true);
    m_domainError->hide();
    m_warnings->setObjectName(QStringLiteral("jitDomainWarningsLabel"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_warningFrame->setObjectName(QStringLiteral("jitDomainWarningsFrame"));
    m_warningFrame->setStyleSheet(
        QStringLiteral("QFrame#jitDomainWarningsFrame { background: #fff4e5; border: 1px "
                       "solid #f5d09a; border-radius: 5px; }"));
    auto *warningLayout = new QVBoxLayout(m_warningFrame);
    warningLayout->setContentsMargins(8, 6, 8, 6);
    warningLayout->addWidget(m_warnings);
    m_warningFrame->hide();

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_domainInput, 1);
    inputRow->addWidget(m_addDomain);
    inputRow->addWidget(m_removeDomain);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(style::sectionLabel(tr("Email domains")));
    layout->addWidget(style::subtitleLabel(tr(
        "New users who sign up with a verified email of these domains join this organization. Existing users "
        "and users created by an administrator do not.")));
    layout->addLayout(inputRow);
    layout->addWidget(m_domainError);
    layout->addWidget(m_domainList);
    layout->addWidget(m_warningFrame);
    layout->addWidget(style::sectionLabel(tr("Enterprise SSO connectors")));
    layout->addWidget(style::subtitleLabel(
        tr("New users, and existing users at their first sign-in through a ticked connector, join.")));
    layout->addWidget(m_connectorList);
    layout->addWidget(m_noConnectors);
    layout->addWidget(style::sectionLabel(tr("Default roles")));
    layout->addWidget(style::subtitleLabel(tr("Organization roles everyone who joins just in time gets.")));
    layout->addWidget(m_roleList);
    layout->addWidget(m_noRoles);
    layout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 8, 8);
    outer->addWidget(scroll, 1);
    outer->addLayout(createSaveBar(QStringLiteral("jit")));
    setOperations(Operation::OrganizationsSetJitEmailDomains, std::nullopt);

    connect(m_domainInput, &QLineEdit::returnPressed, this, &OrganizationJitTab::addDomain);
    connect(m_domainInput, &QLineEdit::textChanged, this, [this] { m_domainError->hide(); });
    connect(m_addDomain, &QPushButton::clicked, this, &OrganizationJitTab::addDomain);
    connect(m_removeDomain, &QPushButton::clicked, this, [this] {
        const int row = m_domainList->currentRow();
        if (row < 0 || row >= m_domains.size())
            return;
        m_domains.removeAt(row);
        refreshDomains();
    });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_domainList);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, m_removeDomain, &QPushButton::click);
    connect(m_domainList, &QListWidget::currentRowChanged, this, &OrganizationJitTab::updateButtons);
    connect(m_connectorList, &QListWidget::itemChanged, this, [this] {
        if (!m_showing)
            refreshDomains();
    });
    connect(m_roleList, &QListWidget::itemChanged, this, &OrganizationJitTab::updateButtons);
    // The settings, the connectors and the roles they offer change elsewhere too; unsaved edits
    // stay (they are saved against what was read).
    m_refresher->follow(workspace, [this](const Change &change) {
        return hasItem() && change.tenantId == this->workspace()->tenant().id && !isDirty() &&
               ((change.area == ChangeArea::Organizations && change.id == m_organization.id) ||
                change.area == ChangeArea::SsoConnectors || change.area == ChangeArea::OrganizationTemplate);
    });
    updateButtons();
}

void OrganizationJitTab::setOrganization(const Organization &organization)
{
    const bool same = organization.id == m_organization.id;
    m_organization = organization;
    if (same && isDirty())
        return;
    ++m_generation;
    m_pending = 0;
    m_refresher->markStale();
    updateButtons();
}

void OrganizationJitTab::load()
{
    m_refresher->clearStale();
    const int generation = ++m_generation;
    if (m_organization.id.isEmpty())
        return;
    const QString tenantId = workspace()->tenant().id;
    Backend &backend = workspace()->backend();
    m_pending = 3;
    const auto current = [this, generation] {
        return generation == m_generation;
    };
    const auto failed = [this](const Error &) {
        finishOne();
    };
    workspace()->run(
        backend.organizations().jit(tenantId, m_organization.id), this,
        tr("Could not load the JIT settings of \"%1\".").arg(m_organization.name),
        [this](const OrganizationJit &jit) {
            m_jit = jit;
            finishOne();
        },
        failed, current);
    workspace()->run(
        backend.ssoConnectors().list(tenantId), this, tr("Could not load the SSO connectors."),
        [this](const QList<SsoConnector> &connectors) {
            m_connectors = connectors;
            finishOne();
        },
        failed, current);
    workspace()->run(
        backend.organizationTemplate().roles(tenantId), this, tr("Could not load the organization roles."),
        [this](const QList<OrganizationRole> &roles) {
            m_roles = roles;
            finishOne();
        },
        failed, current);
}

void OrganizationJitTab::finishOne()
{
    if (--m_pending == 0)
        present();
}

void OrganizationJitTab::present()
{
    m_showing = true;
    m_domains = m_jit.emailDomains;
    m_connectorList->clear();
    for (const SsoConnector &connector : m_connectors) {
        const QString domains =
            connector.domains.isEmpty() ? tr("no domains") : connector.domains.join(QStringLiteral(", "));
        auto *item =
            new QListWidgetItem(connector.connectorName + QStringLiteral("  —  ") +
                                ssoProviderName(connector.providerName) + QStringLiteral(" · ") + domains);
        item->setData(IdRole, connector.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(m_jit.ssoConnectorIds.contains(connector.id) ? Qt::Checked : Qt::Unchecked);
        m_connectorList->addItem(item);
    }
    m_roleList->clear();
    for (const OrganizationRole &role : m_roles) {
        if (role.type != RoleType::User)
            continue;
        bool held = false;
        for (const OrganizationRole &r : m_jit.roles)
            held = held || r.id == role.id;
        auto *item = new QListWidgetItem(
            role.description.isEmpty() ? role.name : role.name + QStringLiteral("  —  ") + role.description);
        item->setData(IdRole, role.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(held ? Qt::Checked : Qt::Unchecked);
        m_roleList->addItem(item);
    }
    m_noConnectors->setVisible(m_connectorList->count() == 0);
    m_connectorList->setVisible(m_connectorList->count() > 0);
    m_noRoles->setVisible(m_roleList->count() == 0);
    m_roleList->setVisible(m_roleList->count() > 0);
    m_showing = false;
    refreshDomains();
}

bool OrganizationJitTab::addDomain()
{
    QString problem;
    const QString domain = emaildomains::normalize(m_domainInput->text(), &problem);
    if (domain.isEmpty()) {
        m_domainError->setText(problem.isEmpty() ? tr("Type a domain such as acme.com.") : problem);
        m_domainError->show();
        return false;
    }
    if (!m_domains.contains(domain))
        m_domains.append(domain);
    m_domainInput->clear();
    m_domainError->hide();
    refreshDomains();
    return true;
}

void OrganizationJitTab::refreshDomains()
{
    const int current = m_domainList->currentRow();
    m_domainList->clear();
    QStringList warnings;
    for (const QString &domain : std::as_const(m_domains)) {
        auto *item = new QListWidgetItem(domain);
        QStringList problems;
        if (emaildomains::isPublicProvider(domain))
            problems.append(tr("%1 is a public email provider: anyone with an address there would join this "
                               "organization.")
                                .arg(domain));
        for (const SsoConnector &connector : std::as_const(m_connectors)) {
            if (connector.domains.contains(domain, Qt::CaseInsensitive))
                problems.append(
                    tr("%1 is claimed by the SSO connector \"%2\": when enterprise SSO is on, sign-in "
                       "with this domain goes to SSO, so email-domain JIT never fires for it. Tick the "
                       "connector below instead.")
                        .arg(domain, connector.connectorName));
        }
        if (!problems.isEmpty()) {
            item->setIcon(style::icon(QStringLiteral("warning")));
            item->setToolTip(problems.join(QLatin1Char('\n')));
        }
        warnings += problems;
        m_domainList->addItem(item);
    }
    if (current >= 0 && current < m_domainList->count())
        m_domainList->setCurrentRow(current);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warningFrame->setVisible(!warnings.isEmpty());
    updateButtons();
}

QString OrganizationJitTab::warningText() const
{
    return m_warningFrame->isVisibleTo(this) ? m_warnings->text() : QString();
}

QStringList OrganizationJitTab::checkedIds(QListWidget *list) const
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(IdRole).toString());
    }
    return ids;
}

bool OrganizationJitTab::isModified() const
{
    if (m_refresher->isStale() || m_pending > 0)
        return false;
    QStringList roleIds;
    for (const OrganizationRole &r : m_jit.roles)
        roleIds.append(r.id);
    return sorted(m_domains) != sorted(m_jit.emailDomains) ||
           sorted(checkedIds(m_connectorList)) != sorted(m_jit.ssoConnectorIds) ||
           sorted(checkedIds(m_roleList)) != sorted(roleIds);
}

void OrganizationJitTab::startSave()
{
    const QString tenantId = workspace()->tenant().id;
    const Organization organization = m_organization;
    QStringList roleIds;
    for (const OrganizationRole &r : m_jit.roles)
        roleIds.append(r.id);
    OrganizationsApi &api = workspace()->backend().organizations();
    QList<Future<Done>> writes;
    if (sorted(m_domains) != sorted(m_jit.emailDomains))
        writes.append(api.setJitEmailDomains(tenantId, organization.id, m_domains));
    if (sorted(checkedIds(m_connectorList)) != sorted(m_jit.ssoConnectorIds))
        writes.append(api.setJitSsoConnectors(tenantId, organization.id, checkedIds(m_connectorList)));
    if (sorted(checkedIds(m_roleList)) != sorted(roleIds))
        writes.append(api.setJitRoles(tenantId, organization.id, checkedIds(m_roleList)));
    m_saving = int(writes.size());
    markSaving(true);
    auto failures = std::make_shared<QStringList>();
    for (const Future<Done> &write : writes) {
        const auto written = [this, organization, failures] {
            if (--m_saving > 0)
                return;
            markSaving(false);
            if (!failures->isEmpty())
                MessageBox::warning(this, tr("JIT provisioning"),
                                    tr("Some JIT settings of \"%1\" could not be saved:\n%2")
                                        .arg(organization.name, failures->join(QLatin1Char('\n'))));
            if (organization.id == m_organization.id) {
                load();
                statusLabel()->setText(failures->isEmpty() ? tr("Saved") : QString());
            }
        };
        workspace()->run(write, this, QString(), written, [written, failures](const Error &error) {
            failures->append(error.message());
            written();
        });
    }
}

void OrganizationJitTab::updateButtons()
{
    EditorWidget::updateButtons();
    const bool has = hasItem();
    m_domainInput->setEnabled(has);
    workspace()->allow(m_addDomain, Operation::OrganizationsSetJitEmailDomains, has, QString());
    workspace()->allow(m_removeDomain, Operation::OrganizationsSetJitEmailDomains,
                       has && m_domainList->currentRow() >= 0, QString());
    if (!isDirty() && !isSaving() && statusLabel()->text() != tr("Saved"))
        statusLabel()->clear();
}

} // namespace gatehouse::ui
