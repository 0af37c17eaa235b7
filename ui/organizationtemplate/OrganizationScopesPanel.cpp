#include "organizationtemplate/OrganizationScopesPanel.h"

#include "organizationtemplate/TemplateConfirmation.h"
#include "organizationtemplate/TemplateItemDialog.h"

#include <QHeaderView>
#include <QTableView>

namespace gatehouse::ui {

OrganizationScopesPanel::OrganizationScopesPanel(Workspace *workspace,
                                                 const TemplateConfirmation *confirmation, QWidget *parent)
    : RelatedList(workspace, Load::Immediately,
                  {[](Backend &backend, const QString &tenantId, const Tenant &) {
                       return backend.organizationTemplate().scopes(tenantId);
                   },
                   tr("Could not load the organization permissions.")},
                  parent)
    , m_confirmation(confirmation)
{
    setObjectName(QStringLiteral("organizationScopesPanel"));
    using Model = ListModel<OrganizationScope>;
    model()->setColumns({
        Model::Column::text(tr("Permission"), &OrganizationScope::name, Model::Monospace),
        Model::Column::text(tr("Description"), &OrganizationScope::description, Model::TextToolTip),
    });
    QHeaderView *header = view()->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    view()->setWordWrap(false);
    view()->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTexts(QStringLiteral("organizationScopesTable"),
             tr("What members may do inside an organization. Organization roles grant them; organization "
                "tokens carry them."),
             QStringLiteral("organizationScopesEmptyLabel"),
             tr("No organization permissions yet. Create the actions members may take in an organization, "
                "e.g. invite:member or manage:billing."));
    addButton(tr("Create permission…"), QStringLiteral("createOrganizationScopeButton"), Needs::Subject,
              Side::Leading, &OrganizationScopesPanel::createScope,
              Operation::OrganizationTemplateCreateScope);
    addButton(tr("Edit…"), QStringLiteral("editOrganizationScopeButton"), Needs::Selection, Side::Leading,
              &OrganizationScopesPanel::editSelected, Operation::OrganizationTemplateUpdateScope);
    style::makeDanger(addButton(tr("Delete…"), QStringLiteral("deleteOrganizationScopeButton"),
                                Needs::Selection, Side::Trailing, &OrganizationScopesPanel::deleteSelected,
                                Operation::OrganizationTemplateRemoveScope));
    setOpenAction(&OrganizationScopesPanel::editSelected);
    setDeleteAction(&OrganizationScopesPanel::deleteSelected);
}

bool OrganizationScopesPanel::concerns(const Change &change) const
{
    return change.area == ChangeArea::OrganizationTemplate;
}

void OrganizationScopesPanel::createScope()
{
    if (!hasSubject())
        return;
    auto *dialog =
        new TemplateItemDialog(TemplateItemDialog::Kind::Scope, tr("Create organization permission"),
                               tr("Create permission"), false, this);
    connect(dialog, &TemplateItemDialog::submitted, this, [this, dialog] {
        OrganizationScope draft;
        draft.name = dialog->name();
        draft.description = dialog->description();
        if (!m_confirmation->confirm(dialog, tr("Change the organization template"),
                                     tr("Create the organization permission \"%1\".").arg(draft.name)))
            return;
        submitDialog(workspace(), dialog,
                     workspace()->backend().organizationTemplate().createScope(tenantId(), draft), this,
                     tr("Could not create the permission."), [this](const OrganizationScope &created) {
                         model()->upsert(created);
                         updateButtons();
                     });
    });
    dialog->open();
}

void OrganizationScopesPanel::editSelected()
{
    const std::optional<OrganizationScope> selectedScope = selected();
    if (!selectedScope)
        return;
    const OrganizationScope scope = *selectedScope;
    auto *dialog = new TemplateItemDialog(TemplateItemDialog::Kind::Scope, tr("Edit organization permission"),
                                          tr("Save"), false, this);
    dialog->setValues(scope.name, scope.description);
    connect(dialog, &TemplateItemDialog::submitted, this, [this, dialog, scope] {
        OrganizationScope edited = scope;
        edited.name = dialog->name();
        edited.description = dialog->description();
        if (edited.name == scope.name && edited.description == scope.description) {
            dialog->accept();
            return;
        }
        const QString what =
            edited.name == scope.name
                ? tr("Change the description of the organization permission \"%1\".").arg(scope.name)
                : tr("Rename the organization permission \"%1\" to \"%2\"; organization tokens "
                     "carry the new name.")
                      .arg(scope.name, edited.name);
        if (!m_confirmation->confirm(dialog, tr("Change the organization template"), what))
            return;
        submitDialog(
            workspace(), dialog,
            workspace()->backend().organizationTemplate().updateScope(tenantId(), edited), this,
            tr("Could not save the permission."),
            [this](const OrganizationScope &saved) { model()->upsert(saved); },
            [this](const Error &error) {
                if (error.code() == ErrorCode::Conflict)
                    reload();
            });
    });
    dialog->open();
}

void OrganizationScopesPanel::deleteSelected()
{
    const std::optional<OrganizationScope> scope = selected();
    if (!scope)
        return;
    const QString text =
        tr("Delete the organization permission \"%1\"? Every organization role loses it.").arg(scope->name) +
        QLatin1Char(' ') + m_confirmation->reachText() + QLatin1Char(' ') + tr("This cannot be undone.");
    if (!workspace()->confirmDestructive(this, tr("Delete organization permission"), text,
                                         tr("Delete permission")))
        return;
    removeOnSuccess(workspace()->backend().organizationTemplate().removeScope(tenantId(), scope->id),
                    scope->id, tr("Could not delete \"%1\".").arg(scope->name));
}

} // namespace gatehouse::ui
