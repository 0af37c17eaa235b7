#pragma once

#include "common/ListModel.h"
#include "model/Resource.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace gatehouse::ui {

class Workspace;

/// The permissions (scopes) of one API resource: add, edit the description, delete.
class ScopesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ScopesPanel(Workspace *workspace, QWidget *parent = nullptr);

    /// Shows the permissions of `resource`; `reload` = false keeps the list when the id is unchanged.
    void setResource(const Resource &resource, bool reload = true);
    ListModel<Scope> *model() const { return m_model; }

    void addScope();
    void editSelected();
    void deleteSelected();

signals:
    /// The number of permissions changed (for the delete confirmation of the resource).
    void countChanged(int count);

private:
    void load();
    void updateButtons();
    void openDialog(const Scope &existing);

    Workspace *m_workspace;
    Resource m_resource;
    int m_generation = 0;
    ListModel<Scope> *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QLabel *m_empty;
};

} // namespace gatehouse::ui
