#pragma once

#include "model/User.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace gatehouse {
class UserListModel;
}

namespace gatehouse::ui {

class Workspace;

/// Picks users from a tenant of any size: search as you type (150 ms debounce) over the lazy
/// user list (UserListModel: chunks, placeholders, never blocking), rows selected with the mouse
/// or keyboard. Single or multiple selection. Callers may add a section of their own (roles to
/// give) with addSection(). Open with open(); read selectedUsers() after accepted(); deletes
/// itself.
///
/// Object names: "userPickerDialog", "userPickerSearchEdit", "userPickerTable",
/// "userPickerSelectionLabel", "userPickerAcceptButton".
class UserPickerDialog : public QDialog
{
    Q_OBJECT
public:
    UserPickerDialog(Workspace *workspace, const QString &title, const QString &text,
                     const QString &actionText, bool multiple, QWidget *parent);

    /// Inserts `widget` under the list (above the buttons).
    void addSection(QWidget *widget);
    /// Starts with this search (e.g. an invitee's email).
    void setSearch(const QString &text);
    /// The selected users whose rows are loaded, in list order.
    QList<User> selectedUsers() const;
    UserListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// True while the list waits for rows or the search debounce.
    bool isLoading() const;

private:
    void applySearch();
    void updateSelection();

    Workspace *m_workspace;
    UserListModel *m_model;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QTableView *m_view;
    QLabel *m_selection;
    QPushButton *m_accept;
    QVBoxLayout *m_layout;
    int m_sectionIndex = 0;
};

} // namespace gatehouse::ui
