#pragma once

#include "common/ListModel.h"
#include "common/MasterDetailPage.h"
#include "model/Application.h"

namespace gatehouse::ui {

class ApplicationEditor;

/// Applications of the current tenant: a filterable, sortable list and the editor of the
/// selected one. Create opens CreateApplicationDialog; a confidential application's first secret
/// is then shown once in a SecretDialog.
class ApplicationsPage : public MasterDetailPage
{
    Q_OBJECT
public:
    explicit ApplicationsPage(Workspace *workspace, QWidget *parent = nullptr);

    void activate() override;
    void createNew() override;
    void save() override;
    bool confirmLeave() override;

    ListModel<Application> *model() const { return m_model; }
    ApplicationEditor *editor() const { return m_editor; }

protected:
    void currentChanged(int sourceRow) override;
    void deleteCurrent() override;

private:
    void load(const QString &selectId);

    ListModel<Application> *m_model;
    ApplicationEditor *m_editor;
    int m_generation = 0;
};

} // namespace gatehouse::ui
