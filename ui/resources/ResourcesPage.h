#pragma once

#include "common/ListPage.h"
#include "model/Resource.h"

namespace gatehouse::ui {

class ResourceEditor;

/// API resources of the current tenant with their permissions.
class ResourcesPage : public ListPage<Resource, ResourceEditor>
{
    Q_OBJECT
public:
    explicit ResourcesPage(Workspace *workspace, QWidget *parent = nullptr);

    void createNew() override;

protected:
    void confirmDelete(const Resource &resource) override;
    void itemSaved(const Resource &resource) override;
};

} // namespace gatehouse::ui
