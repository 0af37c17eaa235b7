#include "resources/ScopesPanel.h"

#include "resources/ScopeDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace gatehouse::ui {

ScopesPanel::ScopesPanel(Workspace *workspace, QWidget *parent)
    : RelatedList(workspace, Load::Immediately,
                  {[](Backend &backend, const QString &tenantId, const Resource &resource) {
                       return backend.resources().scopes(tenantId, resource.id);
                   },
                   tr("Could not load the permissions of \"%1\".")},
                  parent)
{
    using Model = ListModel<Scope>;
    model()->setColumns({
        Model::Column::text(tr("Permission"), &Scope::name, Model::Monospace),
        Model::Column::text(tr("Description"), &Scope::description, Model::TextToolTip),
    });
    setSortable();
    setTexts(QStringLiteral("scopesTable"), QString(), QStringLiteral("scopesEmptyLabel"),
             tr("No permissions yet. Add the scopes that tokens for this API can carry, such as "
                "read:projects."));
    tabLayout()->setContentsMargins(0, 0, 0, 0);
    buttonRow()->insertWidget(0, style::sectionLabel(tr("Permissions")), 1);
    addButton(tr("Add permission…"), QStringLiteral("addScopeButton"), Needs::Subject, Side::Trailing,
              &ScopesPanel::addScope, Operation::ResourcesCreateScope);
    addButton(tr("Edit…"), QStringLiteral("editScopeButton"), Needs::Selection, Side::Trailing,
              &ScopesPanel::editSelected, Operation::ResourcesUpdateScope);
    style::makeDanger(addButton(tr("Delete…"), QStringLiteral("deleteScopeButton"), Needs::Selection,
                                Side::Trailing, &ScopesPanel::deleteSelected,
                                Operation::ResourcesRemoveScope));
    setOpenAction(&ScopesPanel::editSelected);
    setDeleteAction(&ScopesPanel::deleteSelected);
}

bool ScopesPanel::concerns(const Change &change) const
{
    return change.area == ChangeArea::Resources && change.id == subject().id;
}

void ScopesPanel::addScope()
{
    Scope draft;
    draft.resourceId = subject().id;
    openDialog(draft);
}

void ScopesPanel::editSelected()
{
    if (const std::optional<Scope> scope = selected())
        openDialog(*scope);
}

void ScopesPanel::openDialog(const Scope &existing)
{
    if (!hasSubject())
        return;
    auto *dialog = new ScopeDialog(subject().name, existing, this);
    const QString resourceId = subject().id;
    connect(dialog, &ScopeDialog::submitted, this, [this, dialog, resourceId] {
        const Scope scope = dialog->scope();
        ResourcesApi &api = workspace()->backend().resources();
        submitDialog(workspace(), dialog,
                     scope.id.isEmpty() ? api.createScope(tenantId(), scope)
                                        : api.updateScope(tenantId(), scope),
                     this, tr("Could not save the permission."), [this, resourceId](const Scope &saved) {
                         if (resourceId == subject().id)
                             model()->upsert(saved);
                         updateButtons();
                     });
    });
    dialog->open();
}

void ScopesPanel::deleteSelected()
{
    const std::optional<Scope> scope = selected();
    if (!scope)
        return;
    if (!workspace()->confirmDestructive(this, tr("Delete permission"),
                                         tr("Delete the permission \"%1\" of \"%2\"?\nEvery role that grants "
                                            "it loses it, and new tokens no "
                                            "longer "
                                            "carry it. This cannot be undone.")
                                             .arg(scope->name, subject().name),
                                         tr("Delete permission")))
        return;
    removeOnSuccess(workspace()->backend().resources().removeScope(tenantId(), scope->id), scope->id,
                    tr("Could not delete the permission \"%1\".").arg(scope->name));
}

} // namespace gatehouse::ui
