#pragma once

#include "common/ListPage.h"
#include "model/Application.h"

namespace gatehouse::ui {

class ApplicationEditor;

/// Applications of the current tenant: a filterable, sortable list and the editor of the
/// selected one. Create opens CreateApplicationDialog; a confidential application's first secret
/// is then shown once in a SecretDialog.
class ApplicationsPage : public ListPage<Application, ApplicationEditor>
{
    Q_OBJECT
public:
    explicit ApplicationsPage(Workspace *workspace, QWidget *parent = nullptr);

    void createNew() override;

protected:
    void confirmDelete(const Application &app) override;
};

} // namespace gatehouse::ui
