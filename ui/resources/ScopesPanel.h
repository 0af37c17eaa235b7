#pragma once

#include "common/RelatedList.h"
#include "model/Resource.h"

namespace gatehouse::ui {

/// The permissions (scopes) of one API resource: add, edit the description, delete.
class ScopesPanel : public RelatedList<Scope, Resource>
{
    Q_OBJECT
public:
    explicit ScopesPanel(Workspace *workspace, QWidget *parent = nullptr);

    void addScope();
    void editSelected();
    void deleteSelected();

protected:
    bool concerns(const Change &change) const override;

private:
    void openDialog(const Scope &existing);
};

} // namespace gatehouse::ui
