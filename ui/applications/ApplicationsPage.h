#pragma once

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

    void createNew() override;

    ListModel<Application> *model() const { return m_model; }
    ApplicationEditor *editor() const { return m_editor; }

protected:
    void fetch() override;
    bool concerns(const Change &change) const override;
    void currentChanged(int sourceRow) override;
    void deleteCurrent() override;

private:
    ListModel<Application> *m_model;
    ApplicationEditor *m_editor;
};

} // namespace gatehouse::ui
