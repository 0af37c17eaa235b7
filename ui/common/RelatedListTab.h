#pragma once

#include "backend/Change.h"
#include "backend/Operation.h"

#include <QPushButton>
#include <QWidget>
#include <functional>
#include <optional>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;
class QVBoxLayout;

namespace gatehouse::ui {

class Refresher;
class Workspace;

/// A list that belongs to one object, its subject (an application's roles, a user's MFA
/// factors, an organization's invitations): an introduction, a row of buttons, the table and a
/// line that says when the list is empty.
///
/// The base owns what every such list does alike:
/// - loading without blocking: each load gets a generation, results of older loads are dropped,
///   a failed load is shown in a message box (RelatedList::loadItems());
/// - when it loads: at once when the subject is set (Load::Immediately) or only once the tab is
///   shown (Load::WhenShown); either way a stale list reloads when it is next shown;
/// - staying current: a change of the workspace that concerns() accepts reloads the list, at
///   once while shown, else when next shown;
/// - buttons enabled as the subject and the selection allow, Delete on the table, activation
///   (double click, Enter) of a row.
///
/// Subclasses derive from RelatedList<T, Subject>, say where the list comes from, build with the
/// protected helpers in their constructor and implement concerns(); their owner calls
/// RelatedList::setSubject() when the object changes.
///
/// Thread rule: UI thread only.
class RelatedListTab : public QWidget
{
    Q_OBJECT
public:
    QTableView *view() const { return m_view; }
    /// True while the list is being loaded.
    bool isLoading() const { return m_loading; }
    /// How many rows the list has.
    int count() const;
    /// Loads the list again: now while shown (or Load::Immediately), else when next shown.
    void reload();
    /// reload() when the tab still shows the subject `subjectId`.
    void reloadFor(const QString &subjectId);

protected:
    enum class Load { Immediately, WhenShown };
    /// What a button needs to be enabled: a subject, or a subject and a selected row.
    enum class Needs { Subject, Selection };
    /// Where a button goes in the row: before the stretch, or after it (destructive actions).
    enum class Side { Leading, Trailing };

    RelatedListTab(Workspace *workspace, Load load, QAbstractItemModel *model, QWidget *parent);

    Workspace *workspace() const { return m_workspace; }
    const QString &tenantId() const;

    /// Names the table and the empty line, sets the introduction above the buttons (none when
    /// empty) and the text of the empty line. It refreshes the buttons (updateButtons()), so call
    /// it once the subclass's buttons exist.
    void setTexts(const QString &tableName, const QString &intro, const QString &emptyName,
                  const QString &emptyText);
    /// Adds a button to the row, enabled as `needs` says and, with `operation`, only while the
    /// operator may make it (else disabled, its tooltip saying why); `slot` runs when it is clicked.
    template <typename Object>
    QPushButton *addButton(const QString &text, const QString &objectName, Needs needs, Side side,
                           void (Object::*slot)(), std::optional<Operation> operation = std::nullopt)
    {
        QPushButton *button = createButton(text, objectName, needs, side, operation);
        connect(button, &QPushButton::clicked, static_cast<Object *>(this), slot);
        return button;
    }
    /// Runs `slot` on Delete in the table.
    template <typename Object>
    void setDeleteAction(void (Object::*slot)())
    {
        connectDelete([this, slot] { (static_cast<Object *>(this)->*slot)(); });
    }
    /// Runs `slot` when a row is activated (double click, Enter).
    template <typename Object>
    void setOpenAction(void (Object::*slot)())
    {
        connectOpen([this, slot] { (static_cast<Object *>(this)->*slot)(); });
    }
    /// The list is read with `operation`: an operator who may not gets the reason in place of the
    /// list (no request, no error box).
    void setReadOperation(Operation operation) { m_readOperation = operation; }
    /// Sorts the table by clicking its headers (the first column ascending at first).
    void setSortable();
    QHBoxLayout *buttonRow() const { return m_buttons; }
    QVBoxLayout *tabLayout() const { return m_layout; }

    /// The subject changed (empty `id`: none; the tab is cleared). Another subject clears the
    /// list at once; the same one keeps it until the reload arrives. `reload` = false keeps
    /// the list of the same subject as it is.
    void setSubjectId(const QString &id, bool reload);
    bool hasSubject() const { return !m_subjectId.isEmpty(); }
    const QString &subjectId() const { return m_subjectId; }

    /// Starts loading the subject's list (RelatedList does it from its Source).
    virtual void fetch() = 0;
    /// True when `change` may alter what the list of the current subject shows.
    virtual bool concerns(const Change &change) const = 0;
    /// Enables the buttons and shows the empty line; override to add conditions (call the base).
    virtual void updateButtons();
    /// The list arrived (after the model was filled): sizes the first column to its contents.
    virtual void listLoaded();

    /// Source-model rows of the selection, in view order.
    QList<int> selectedRows() const;
    /// The first selected source-model row, or -1.
    int selectedRow() const;

    /// Starts a load: a new generation of the list (results of loads started before are dropped)
    /// and isLoading() until endLoad().
    int beginLoad();
    /// Drops the results of every load started so far.
    void cancelLoad();
    int generation() const { return m_generation; }
    bool isCurrent(int generation) const { return generation == m_generation; }
    /// Ends the current load (successful or not) and refreshes the buttons.
    void endLoad();
    virtual void clearItems() = 0;

private:
    void load();
    QPushButton *createButton(const QString &text, const QString &objectName, Needs needs, Side side,
                              std::optional<Operation> operation);
    void connectDelete(std::function<void()> action);
    void connectOpen(std::function<void()> action);
    QModelIndex toSource(const QModelIndex &index) const;

    struct Button
    {
        QPushButton *button;
        Needs needs;
        std::optional<Operation> operation;
        QString toolTip; ///< the button's own tooltip (kept while a refusal's reason shows)
        bool toolTipKnown = false;
    };

    Workspace *m_workspace;
    Load m_loadPolicy;
    QAbstractItemModel *m_model;
    QSortFilterProxyModel *m_proxy = nullptr;
    Refresher *m_refresher;
    QString m_subjectId;
    int m_generation = 0;
    bool m_loading = false;
    QList<Button> m_buttonList;
    int m_leading = 0;
    QTableView *m_view;
    QLabel *m_intro;
    QHBoxLayout *m_buttons;
    QVBoxLayout *m_layout;
    QLabel *m_empty;
    QString m_emptyText;
    std::optional<Operation> m_readOperation;
    bool m_refused = false; ///< the operator may not read the list (m_empty says why)
};

} // namespace gatehouse::ui
