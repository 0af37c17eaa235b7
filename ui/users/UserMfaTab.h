#pragma once

#include "common/ListModel.h"
#include "model/User.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace gatehouse::ui {

class Workspace;

/// The MFA tab: the user's verification factors (type, name, created, last used). "Remove…"
/// asks for a reason (recorded in the journal) before removing the selected factor — e.g. when
/// the user lost their authenticator. Loads when shown.
class UserMfaTab : public QWidget
{
    Q_OBJECT
public:
    explicit UserMfaTab(Workspace *workspace, QWidget *parent = nullptr);

    void setUser(const User &user);
    ListModel<MfaVerification> *model() const { return m_model; }
    bool isLoading() const { return m_loading; }
    void removeSelected();

signals:
    /// A factor was removed: the user's MFA count changed.
    void changed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void updateButtons();

    Workspace *m_workspace;
    User m_user;
    int m_generation = 0;
    bool m_stale = false;
    bool m_loading = false;
    ListModel<MfaVerification> *m_model;
    QTableView *m_view;
    QPushButton *m_remove;
    QLabel *m_empty;
};

} // namespace gatehouse::ui
