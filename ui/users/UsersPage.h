#pragma once

#include "common/Page.h"
#include "model/User.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace gatehouse {
struct Capabilities;
class Error;
class UserListModel;
} // namespace gatehouse

namespace gatehouse::ui {

class EmptyState;
class UserDetail;
class UserFilterPanel;

/// Users of the current tenant, for tenants with a million of them: a windowed list
/// (UserListModel: rows arrive in chunks, placeholders until then, the total counted in the
/// background) with search as you type (150 ms debounce; each change replaces the previous
/// query), filters, and sorting by clicking the Created, Username, Email or Last sign-in header.
/// The selected user's details and actions are on the right (UserDetail). Import… and Export…
/// open their dialogs. Nothing on this page waits for the database on the UI thread.
///
/// After an edit, an action or an import the list reloads and keeps the selected user selected
/// (by id, see UserListModel::reload()) and the scroll position.
class UsersPage : public Page
{
    Q_OBJECT
public:
    explicit UsersPage(Workspace *workspace, QWidget *parent = nullptr);

    void activate() override;
    void createNew() override;
    void focusSearch() override;
    void save() override;
    bool isLoading() const override;
    void selectFirst() override;
    bool confirmLeave() override;

    UserListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    UserDetail *detail() const { return m_detail; }
    UserFilterPanel *filters() const { return m_filters; }
    void openImport();
    void openExport();

private:
    QWidget *createListPane();
    /// Disables filters and sort headers the backend lacks, with a tooltip saying why.
    void applyCapabilities(const Capabilities &capabilities);
    void applyQuery();
    void onHeaderClicked(int section);
    void updateSortIndicator();
    void onCurrentChanged();
    void onTotalChanged();
    /// The count beside the search: searching, counting, or the number of users.
    void showTotal();
    void onLoadFailed(const Error &error);
    void rowsArrived(int first, int last);
    /// Reloads the list, then selects `keepId` again once its row is loaded.
    void refreshList(const QString &keepId);
    void userDeleted(const QString &id);
    void loadRoles();
    void updateState();
    void updateFiltersButton();
    bool isFiltered() const;
    void selectRow(int row);

    UserListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QToolButton *m_filtersButton;
    UserFilterPanel *m_filters;
    QLabel *m_total;
    QPushButton *m_createButton;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    QStackedWidget *m_listStack;
    EmptyState *m_empty;
    QLabel *m_noMatch;
    QStackedWidget *m_detailStack;
    QLabel *m_placeholder;
    UserDetail *m_detail;

    QString m_tenantId;
    QString m_selectedId; ///< the user the detail shows
    int m_restoreScroll = -1;
    int m_waitingRow = -1; ///< the current row is a placeholder; show it when its data arrives
    bool m_restoring = false;
    int m_rolesGeneration = 0;
};

} // namespace gatehouse::ui
