#pragma once

#include "common/RelatedList.h"
#include "model/Resource.h"

namespace gatehouse::ui {

/// The permissions (scopes) of one API resource: add, edit the description, delete.
class ScopesPanel : public RelatedList<Scope>
{
    Q_OBJECT
public:
    explicit ScopesPanel(Workspace *workspace, QWidget *parent = nullptr);

    /// Shows the permissions of `resource`; `reload` = false keeps the list when the id is unchanged.
    void setResource(const Resource &resource, bool reload = true);

    void addScope();
    void editSelected();
    void deleteSelected();

protected:
    void fetch() override;
    bool concerns(const Change &change) const override;

private:
    void openDialog(const Scope &existing);

    Resource m_resource;
};

} // namespace gatehouse::ui
