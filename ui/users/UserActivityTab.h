#pragma once

#include "common/ListModel.h"
#include "journal/JournalEntry.h"
#include "model/User.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace gatehouse::ui {

class Workspace;

/// The Activity tab: journal entries about the user, newest first — when (local time, UTC in
/// the tooltip), what, who and why. "Load older" pages further back. Loads when shown.
class UserActivityTab : public QWidget
{
    Q_OBJECT
public:
    explicit UserActivityTab(Workspace *workspace, QWidget *parent = nullptr);

    /// Shows `user`'s entries; calling it again for the same user refreshes them.
    void setUser(const User &user);
    ListModel<JournalEntry> *model() const { return m_model; }
    bool isLoading() const { return m_loading; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load(bool older);

    Workspace *m_workspace;
    User m_user;
    int m_generation = 0;
    bool m_stale = false;
    bool m_loading = false;
    ListModel<JournalEntry> *m_model;
    QTableView *m_view;
    QPushButton *m_older;
    QLabel *m_empty;
    static constexpr int pageSize = 100;
};

} // namespace gatehouse::ui
