#pragma once

#include "common/ListModel.h"
#include "common/Page.h"
#include "model/LogEvent.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QTableView;
class QTimer;

namespace gatehouse {
class LogExport;
}

namespace gatehouse::ui {

class EventNames;

/// Authentication events of the current tenant (sign-ins, MFA, password resets, tokens), newest
/// first: on a workspace its archive, on a Logto connection the server's own list. Filters by
/// text, user, event (key or prefix), result and time range; more rows load as the list scrolls
/// to its end (a page at a time, never all at once); the selected event's fields and payload show
/// beside the list; "Export…" writes the current filter to CSV or JSON Lines.
class LogsPage : public Page
{
    Q_OBJECT
public:
    explicit LogsPage(Workspace *workspace, QWidget *parent = nullptr);
    ~LogsPage() override;

    void activate() override;
    bool isLoading() const override { return m_loading; }
    void selectFirst() override;
    void focusSearch() override;

    ListModel<LogEvent> *model() const { return m_model; }
    /// The filters as set in the page.
    LogQuery query() const;
    /// Shows the events of `userId` (clears the other filters).
    void showUser(const QString &userId);
    /// Shows the events of `key` (an exact key, or a prefix ending in '.'), with `result`, in
    /// the last `hours` (0 = any time; the nearest choice of the range filter at or above it).
    /// Clears the other filters.
    void showFilter(const QString &key, std::optional<LogResult> result, int hours);
    /// Shows the events of the members of an organization (clears the other filters).
    void showOrganizationMembers(const QString &organizationId, const QString &organizationName);
    /// Saves the current filters under `name` (replacing a saved filter of that name); saved
    /// filters are offered in every workspace.
    void saveFilterAs(const QString &name);
    /// Writes the current filter's events to `path` (the format from its extension: .csv, else
    /// JSON Lines); exported(ok) follows.
    void exportTo(const QString &path);

signals:
    void exported(bool ok);
    /// "Sync from Logto…" was clicked (a workspace with an archive).
    void syncRequested();

private:
    void reload();
    void loadMore();
    void showSelectedEvent();
    void chooseExportFile();
    void updateStatus();
    void namesChanged();
    void showMemberFilter();
    void offerSavedFilters();
    void applySavedFilter(int index);
    void saveFilter();
    void forgetFilter();

    ListModel<LogEvent> *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QLineEdit *m_user;
    QComboBox *m_key;
    QComboBox *m_result;
    QComboBox *m_range;
    QLabel *m_status;
    QLabel *m_detailTitle;
    QPlainTextEdit *m_detail;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QPushButton *m_sync;
    QTimer *m_debounce;
    EventNames *m_names;
    QString m_memberOf;     ///< events of this organization's members only (empty: anyone's)
    QString m_memberOfName; ///< its name, for the filter's label
    QLabel *m_memberOfLabel;
    QToolButton *m_memberOfClear;
    QComboBox *m_saved;
    QPushButton *m_saveFilter;
    QPushButton *m_forgetFilter;
    LogQuery m_query; ///< the list's filters, fixed when it was (re)started
    LogCursor m_next;
    bool m_atEnd = true;
    bool m_filteredHere = false;
    bool m_loading = false;
    bool m_resizePending = false; ///< the name columns are resized once names stop arriving
    int m_generation = 0;
    std::unique_ptr<LogExport> m_exporting;
    static constexpr int pageSize = 200;
};

} // namespace gatehouse::ui
