#include "organizationtemplate/DelegationPanel.h"

#include "backend/Change.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "common/WrappingLabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShowEvent>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace gatehouse::ui {

using policy::Ability;

namespace {
const char *const abilityProperty = "gatehouseAbility";
} // namespace

DelegationPanel::DelegationPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_status(style::subtitleLabel({}))
    , m_table(new QTableWidget(0, 3))
    , m_organization(new QComboBox)
    , m_admins(new QTreeWidget)
    , m_adminsEmpty(style::subtitleLabel({}))
{
    setObjectName(QStringLiteral("delegationPanel"));
    auto *intro = new WrappingLabel(
        tr("Lend organization admins what they may do in their own organizations. A member whose "
           "organization role grants the permission chosen here may use the ability in that "
           "organization, and nowhere else. Your customer's app can read the same roles, so one "
           "template drives both. Gatehouse enforces it, and on PostgreSQL so does the database."));
    m_status->setObjectName(QStringLiteral("delegationStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("delegationTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("An organization admin may"), tr("Ability"), tr("Lent through permission")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    const QList<Ability> &abilities = policy::delegableAbilities();
    m_table->setRowCount(int(abilities.size()));
    for (int row = 0; row < abilities.size(); ++row) {
        const Ability ability = abilities.at(row);
        auto *what = new QTableWidgetItem(policy::abilityDescription(ability));
        what->setToolTip(policy::abilityDescription(ability));
        m_table->setItem(row, 0, what);
        auto *name = new QTableWidgetItem(policy::abilityName(ability));
        name->setFont(style::monospace());
        m_table->setItem(row, 1, name);
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("delegationCombo_") + policy::abilityName(ability));
        combo->setProperty(abilityProperty, QVariant::fromValue(ability));
        combo->setMinimumContentsLength(18);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        connect(combo, &QComboBox::activated, this, [this, ability, combo] { lend(ability, combo); });
        m_table->setCellWidget(row, 2, combo);
    }
    m_table->resizeRowsToContents();
    m_table->setMinimumHeight(m_table->horizontalHeader()->height() + 2 +
                              m_table->verticalHeader()->length());

    m_organization->setObjectName(QStringLiteral("delegationOrganizationCombo"));
    m_organization->setMinimumContentsLength(24);
    connect(m_organization, &QComboBox::activated, this, &DelegationPanel::loadAdmins);
    m_admins->setObjectName(QStringLiteral("delegationAdminsTree"));
    m_admins->setColumnCount(2);
    m_admins->setHeaderLabels({tr("Member and what they may do"), tr("Granted by the role")});
    m_admins->setRootIsDecorated(true);
    m_admins->setUniformRowHeights(true);
    m_admins->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_admins->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_adminsEmpty->setObjectName(QStringLiteral("delegationAdminsEmptyLabel"));
    m_adminsEmpty->setTextFormat(Qt::PlainText);

    auto *organizationRow = new QHBoxLayout;
    auto *organizationLabel = new QLabel(tr("In &organization"));
    organizationLabel->setBuddy(m_organization);
    organizationRow->addWidget(organizationLabel);
    organizationRow->addWidget(m_organization, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addWidget(style::sectionLabel(tr("Who can do what")));
    layout->addLayout(organizationRow);
    layout->addWidget(m_admins, 1);
    layout->addWidget(m_adminsEmpty);

    connect(workspace, &Workspace::changed, this, &DelegationPanel::onChange);
}

QComboBox *DelegationPanel::comboFor(Ability ability) const
{
    const auto index = policy::delegableAbilities().indexOf(ability);
    return index < 0 ? nullptr : qobject_cast<QComboBox *>(m_table->cellWidget(int(index), 2));
}

void DelegationPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b42318;") : QString());
}

void DelegationPanel::finishOne()
{
    if (--m_loading == 0)
        showPolicy();
}

void DelegationPanel::load()
{
    m_stale = false;
    const int generation = ++m_generation;
    m_policy = {};
    m_permissions.clear();
    m_organization->clear();
    m_admins->clear();
    m_adminsEmpty->clear();
    setStatus({});
    for (Ability ability : policy::delegableAbilities())
        comboFor(ability)->clear();
    const bool available = m_workspace->hasTenant() && m_workspace->backend().capabilities().accessControl;
    m_table->setEnabled(available);
    m_organization->setEnabled(available);
    if (!m_workspace->hasTenant())
        return;
    if (!m_workspace->backend().capabilities().accessControl) {
        setStatus(tr("A Logto connection has no delegation policy: its machine-to-machine credentials act "
                     "as an administrator, so only owners and developers use it. Delegate on a Gatehouse "
                     "workspace (a file or PostgreSQL)."));
        return;
    }
    const QString tenantId = m_workspace->tenant().id;
    Backend &backend = m_workspace->backend();
    const auto current = [this, generation] {
        return generation == m_generation;
    };
    const auto failed = [this](const Error &error) {
        setStatus(tr("Could not read the delegation policy: %1").arg(error.message()), true);
        finishOne();
    };
    m_loading = 3;
    m_workspace->run(
        backend.access().delegation(tenantId), this, QString(),
        [this](const policy::DelegationPolicy &policy) {
            m_policy = policy;
            finishOne();
        },
        failed, current);
    m_workspace->run(
        backend.organizationTemplate().scopes(tenantId), this, QString(),
        [this](const QList<OrganizationScope> &scopes) {
            for (const OrganizationScope &s : scopes)
                m_permissions.append({s.id, s.name});
            std::sort(m_permissions.begin(), m_permissions.end(),
                      [](const auto &a, const auto &b) { return a.second.localeAwareCompare(b.second) < 0; });
            finishOne();
        },
        failed, current);
    m_workspace->run(
        backend.organizations().list(tenantId, QString()), this, QString(),
        [this](QList<Organization> organizations) {
            std::sort(organizations.begin(), organizations.end(),
                      [](const Organization &a, const Organization &b) {
                          return a.name.localeAwareCompare(b.name) < 0;
                      });
            for (const Organization &o : organizations)
                m_organization->addItem(o.name, o.id);
            finishOne();
        },
        failed, current);
}

void DelegationPanel::showPolicy()
{
    const bool noPermissions = m_permissions.isEmpty();
    for (Ability ability : policy::delegableAbilities()) {
        QComboBox *combo = comboFor(ability);
        combo->clear();
        combo->addItem(tr("Not delegated"), QString());
        for (const auto &[id, name] : m_permissions)
            combo->addItem(name, id);
        const QString lentBy = m_policy.permissions.value(ability);
        int index = combo->findData(lentBy);
        if (index < 0 && !lentBy.isEmpty()) {
            // A permission that no longer exists lends nothing; say so rather than hide it.
            combo->addItem(tr("(deleted permission %1)").arg(lentBy), lentBy);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(index, 0));
        m_workspace->allow(combo, Operation::AccessSetDelegation, !noPermissions,
                           noPermissions
                               ? tr("Create organization permissions first: an ability is lent "
                                    "through one.")
                               : tr("The organization permission that lends “%1” (%2).")
                                     .arg(policy::abilityName(ability), policy::abilityDescription(ability)));
    }
    if (m_status->text().isEmpty()) {
        const int lent = int(m_policy.permissions.size());
        setStatus(lent == 0 ? tr("Nothing is delegated: organization admins can do nothing in Gatehouse yet.")
                            : tr("%n of %1 abilities are lent to organization admins.", nullptr, lent)
                                  .arg(policy::delegableAbilities().size()));
    }
    loadAdmins();
}

void DelegationPanel::lend(Ability ability, QComboBox *combo)
{
    const QString scopeId = combo->currentData().toString();
    if (scopeId == m_policy.permissions.value(ability))
        return;
    const int generation = m_generation;
    combo->setEnabled(false);
    m_workspace->run(
        m_workspace->backend().access().setDelegation(m_workspace->tenant().id, ability, scopeId), this,
        tr("Could not change what lends “%1”.").arg(policy::abilityName(ability)),
        [this, ability, combo, scopeId](const policy::DelegationPolicy &policy) {
            m_policy = policy;
            combo->setEnabled(true);
            setStatus(scopeId.isEmpty() ? tr("“%1” is lent no longer.").arg(policy::abilityName(ability))
                                        : tr("“%1” is lent through “%2”.")
                                              .arg(policy::abilityName(ability), combo->currentText()));
            loadAdmins();
        },
        [this, ability, combo](const Error &) {
            combo->setEnabled(true);
            combo->setCurrentIndex(std::max(combo->findData(m_policy.permissions.value(ability)), 0));
        },
        [this, generation] { return generation == m_generation; });
}

void DelegationPanel::loadAdmins()
{
    const int generation = ++m_adminsGeneration;
    m_adminsLoading = false;
    m_admins->clear();
    const QString organizationId = m_organization->currentData().toString();
    if (organizationId.isEmpty()) {
        m_adminsEmpty->setText(m_organization->count() == 0 ? tr("No organization uses the template yet.")
                                                            : QString());
        return;
    }
    m_adminsEmpty->setText(tr("Reading…"));
    m_adminsLoading = true;
    m_workspace->run(
        m_workspace->backend().access().organizationAdmins(m_workspace->tenant().id, organizationId), this,
        QString(),
        [this](const QList<policy::OrganizationAdmin> &admins) {
            m_adminsLoading = false;
            for (const policy::OrganizationAdmin &admin : admins) {
                auto *member = new QTreeWidgetItem(m_admins, {admin.username});
                member->setData(0, Qt::UserRole, admin.userId);
                member->setToolTip(0, admin.userId);
                for (auto it = admin.abilities.cbegin(); it != admin.abilities.cend(); ++it) {
                    auto *ability = new QTreeWidgetItem(member, {policy::abilityDescription(it.key()),
                                                                 it.value().join(QStringLiteral(", "))});
                    ability->setData(0, Qt::UserRole, policy::abilityName(it.key()));
                    ability->setToolTip(0, policy::abilityName(it.key()));
                }
            }
            m_admins->expandAll();
            m_adminsEmpty->setText(
                admins.isEmpty()
                    ? tr("Nobody in %1 holds a delegated ability.").arg(m_organization->currentText())
                    : QString());
        },
        [this](const Error &error) {
            m_adminsLoading = false;
            m_adminsEmpty->setText(tr("Could not read who can do what: %1").arg(error.message()));
        },
        [this, generation] { return generation == m_adminsGeneration; });
}

void DelegationPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

void DelegationPanel::onChange(const Change &change)
{
    if (change.tenantId != m_workspace->tenant().id ||
        (change.area != ChangeArea::Access && change.area != ChangeArea::OrganizationTemplate &&
         change.area != ChangeArea::Organizations))
        return;
    // A mapping saved here already shows; everything else reloads.
    if (change.area == ChangeArea::Access)
        return loadAdmins();
    if (isVisible())
        load();
    else
        m_stale = true;
}

} // namespace gatehouse::ui
