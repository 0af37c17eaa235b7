#pragma once

#include "common/ListModel.h"
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

    void activate() override;
    void createNew() override;
    void save() override;
    bool confirmLeave() override;

    ListModel<Resource> *model() const { return m_model; }
    ResourceEditor *editor() const { return m_editor; }

protected:
    void currentChanged(int sourceRow) override;
    void deleteCurrent() override;

private:
    void load(const QString &selectId);

    ListModel<Resource> *m_model;
    ResourceEditor *m_editor;
    int m_generation = 0;
};

} // namespace gatehouse::ui
