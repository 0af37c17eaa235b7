#include "roles/GrantPermissionsDialog.h"

#include "common/Style.h"
#include "common/Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
constexpr int ScopeIdRole = Qt::UserRole;
}

GrantPermissionsDialog::GrantPermissionsDialog(Workspace *workspace, const QString &roleName,
                                               const QStringList &grantedScopeIds, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_granted(grantedScopeIds)
    , m_tree(new QTreeWidget)
    , m_filter(new QLineEdit)
    , m_status(style::subtitleLabel(tr("Loading permissions…")))
{
    setObjectName(QStringLiteral("grantPermissionsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Grant permissions to %1").arg(roleName));
    resize(600, 480);

    m_tree->setObjectName(QStringLiteral("grantPermissionsTree"));
    m_tree->setHeaderLabels({tr("Permission"), tr("Description")});
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_filter->setObjectName(QStringLiteral("grantPermissionsFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter permissions"));
    m_filter->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("grantPermissionsStatusLabel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_accept = buttons->addButton(tr("Grant permissions"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("grantPermissionsAcceptButton"));
    style::makePrimary(m_accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::itemChanged, this, &GrantPermissionsDialog::updateButton);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *group = m_tree->topLevelItem(i);
            bool any = false;
            for (int j = 0; j < group->childCount(); ++j) {
                QTreeWidgetItem *item = group->child(j);
                const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive) ||
                                   item->text(1).contains(text, Qt::CaseInsensitive) ||
                                   group->text(0).contains(text, Qt::CaseInsensitive);
                item->setHidden(!match);
                any = any || match;
            }
            group->setHidden(!any);
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Pick the permissions that \"%1\" grants. Permissions it already has are "
                                    "checked.")
                                     .arg(roleName)));
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    updateButton();

    const QString tenantId = m_workspace->tenant().id;
    m_pending = 1;
    m_started = true;
    const auto failed = [this](const Error &) {
        finishOne();
    };
    m_workspace->run(
        m_workspace->backend().resources().list(tenantId), this, tr("Could not load the API resources."),
        [this, tenantId, failed](const QList<Resource> &resources) {
            for (const Resource &resource : resources) {
                ++m_pending;
                m_workspace->run(
                    m_workspace->backend().resources().scopes(tenantId, resource.id), this,
                    tr("Could not load the permissions of \"%1\".").arg(resource.name),
                    [this, resource](const QList<Scope> &scopes) {
                        addResource(resource, scopes);
                        finishOne();
                    },
                    failed);
            }
            finishOne();
        },
        failed);
}

void GrantPermissionsDialog::addResource(const Resource &resource, const QList<Scope> &scopes)
{
    if (scopes.isEmpty())
        return;
    auto *group = new QTreeWidgetItem({resource.name, resource.indicator});
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFlags(Qt::ItemIsEnabled);
    for (const Scope &scope : scopes) {
        auto *item = new QTreeWidgetItem(group, {scope.name, scope.description});
        item->setData(0, ScopeIdRole, scope.id);
        item->setFont(0, style::monospace());
        if (m_granted.contains(scope.id)) {
            item->setFlags(Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Checked);
            item->setToolTip(0, tr("Already granted"));
        } else {
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setCheckState(0, Qt::Unchecked);
        }
    }
    // Keep resources in name order whatever order their permissions arrive in.
    int position = 0;
    while (position < m_tree->topLevelItemCount() &&
           m_tree->topLevelItem(position)->text(0).compare(resource.name, Qt::CaseInsensitive) < 0)
        ++position;
    m_tree->insertTopLevelItem(position, group);
    group->setExpanded(true);
}

void GrantPermissionsDialog::finishOne()
{
    if (--m_pending > 0)
        return;
    m_tree->resizeColumnToContents(0);
    m_status->setText(m_tree->topLevelItemCount() == 0
                          ? tr("No permissions to grant yet. Add permissions to an API resource first.")
                          : QString());
    m_status->setVisible(!m_status->text().isEmpty());
    emit loaded();
}

QStringList GrantPermissionsDialog::checkedScopeIds() const
{
    QStringList ids;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            const QTreeWidgetItem *item = group->child(j);
            if ((item->flags() & Qt::ItemIsEnabled) && item->checkState(0) == Qt::Checked)
                ids.append(item->data(0, ScopeIdRole).toString());
        }
    }
    return ids;
}

bool GrantPermissionsDialog::check(const QString &resourceName, const QString &scopeName)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        if (group->text(0) != resourceName)
            continue;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *item = group->child(j);
            if (item->text(0) == scopeName && (item->flags() & Qt::ItemIsEnabled)) {
                item->setCheckState(0, Qt::Checked);
                return true;
            }
        }
    }
    return false;
}

void GrantPermissionsDialog::updateButton()
{
    m_accept->setEnabled(!checkedScopeIds().isEmpty());
}

} // namespace gatehouse::ui
