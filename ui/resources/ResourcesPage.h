#pragma once

#include "common/MasterDetailPage.h"
#include "model/Resource.h"

namespace gatehouse::ui {

class ResourceEditor;

/// API resources of the current tenant with their permissions.
class ResourcesPage : public MasterDetailPage
{
    Q_OBJECT
public:
    explicit ResourcesPage(Workspace *workspace, QWidget *parent = nullptr);

    void createNew() override;

    ListModel<Resource> *model() const { return m_model; }
    ResourceEditor *editor() const { return m_editor; }

protected:
    void fetch() override;
    bool concerns(const Change &change) const override;
    void currentChanged(int sourceRow) override;
    void deleteCurrent() override;

private:
    ListModel<Resource> *m_model;
    ResourceEditor *m_editor;
};

} // namespace gatehouse::ui
