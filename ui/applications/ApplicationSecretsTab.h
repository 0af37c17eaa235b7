#pragma once

#include "common/ListModel.h"
#include "model/Application.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace gatehouse::ui {

class Workspace;

/// Client secrets of a confidential application: name, masked value, created, expiry. A new
/// secret is shown once in a SecretDialog; the list only ever has masked values.
class ApplicationSecretsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ApplicationSecretsTab(Workspace *workspace, QWidget *parent = nullptr);

    /// Shows the secrets of `app` (an empty Application clears the tab).
    void setApplication(const Application &app);
    ListModel<ApplicationSecret> *model() const { return m_model; }

    void createSecret();
    void deleteSelected();

private:
    void load();
    void updateButtons();

    Workspace *m_workspace;
    Application m_app;
    int m_generation = 0;
    ListModel<ApplicationSecret> *m_model;
    QTableView *m_view;
    QPushButton *m_create;
    QPushButton *m_delete;
    QLabel *m_empty;
};

} // namespace gatehouse::ui
