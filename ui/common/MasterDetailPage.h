#pragma once

#include "backend/Change.h"
#include "backend/Operation.h"
#include "common/FormDialog.h"
#include "common/ListModel.h"
#include "common/Page.h"

#include <QHeaderView>
#include <functional>
#include <optional>
#include <type_traits>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace gatehouse::ui {

class EditorWidget;
class EmptyState;

/// A list on the left (filter, sortable table, empty state) and the selected item's editor on
/// the right, in a splitter. The base owns the list's life cycle:
/// - activate() reloads the list (fetch(), a generation per load so older answers are dropped, a
///   failure in a message box) and selects the previous item again, else the first;
/// - leaving an item with unsaved edits asks first (confirmLeave(), the editor's prompt), and
///   Ctrl+S saves the editor;
/// - a change of the workspace that concerns() accepts reloads the list while the page is shown,
///   keeping the selection and the editor as they are (unsaved edits stay); a hidden page
///   reloads when it is next activated;
/// - create dialogs go through openCreateDialog(), deletions through removeItem().
/// Subclasses supply the model, the editor, fetch(), concerns(), and what create/delete ask.
///
/// Object names (for tests) are derived from `Texts::prefix`: "<prefix>Table",
/// "<prefix>SearchEdit", "<prefix>CreateButton", "<prefix>EmptyState".
///
/// Thread rule: UI thread only.
class MasterDetailPage : public Page
{
    Q_OBJECT
public:
    struct Texts
    {
        QString prefix; ///< "applications"
        QString icon;   ///< resource icon name
        QString title;
        QString subtitle;
        QString createText;
        QString emptyTitle;
        QString emptyText;
        QString noSelection; ///< shown in the editor pane while nothing is selected
    };

    MasterDetailPage(Workspace *workspace, QWidget *parent = nullptr);

    void activate() override;
    void focusSearch() override;
    void save() override;
    bool confirmLeave() override;
    bool isLoading() const override { return m_loading; }
    void selectFirst() override;

    QTableView *view() const { return m_view; }

protected:
    /// The operation Create makes: while the operator may not make it, the button stays disabled
    /// and its tooltip says why.
    void setCreateOperation(Operation operation);

    /// Builds the page around `model` (its rows are the items) and `editor`.
    template <typename T>
    void buildPage(const Texts &texts, ListModel<T> *model, EditorWidget *editor)
    {
        m_clearItems = [model] {
            model->setItems({});
        };
        build(texts, model, editor);
    }

    /// Loads the list again and then selects `selectId` (else the first row). A reload that keeps
    /// the item the editor shows leaves the editor as it is.
    void reload(const QString &selectId);
    /// Reloads the list for a change, keeping the selection and the editor as they are (see
    /// currentReloaded()).
    void refresh();
    /// Starts loading the list of the current tenant: call loadItems() with the backend's list.
    virtual void fetch() = 0;
    /// True when `change` may alter the rows of the list.
    virtual bool concerns(const Change &change) const = 0;
    /// Fills `model` with what `future` brings unless a newer load started; a failure is shown
    /// with `failureText`. Call from fetch().
    template <typename T>
    void loadItems(ListModel<T> *model, Future<QList<T>> future, const QString &failureText)
    {
        const int generation = m_generation;
        workspace()->run(
            std::move(future), this, failureText,
            [this, model](const QList<T> &items) {
                model->setItems(items);
                finishLoading(m_reloadId);
                emit loaded();
            },
            [this](const Error &) {
                m_keepEditor = false;
                setLoading(false);
                emit loaded();
            },
            [this, generation] { return generation == m_generation; });
    }

    /// Opens `dialog` and creates what it submits with `create(tenantId)` (see submitDialog());
    /// `created(item, sameTenant)` runs with the result, `sameTenant` false when the person
    /// switched tenants meanwhile. showCreated() is what it usually does.
    template <typename Create, typename Created>
    void openCreateDialog(FormDialog *dialog, Create create, const QString &failureText, Created created)
    {
        using T = typename FutureValue<std::invoke_result_t<Create &, const QString &>>::type;
        connect(dialog, &FormDialog::submitted, this, [this, dialog, create, failureText, created] {
            const QString tenantId = workspace()->tenant().id;
            submitDialog(workspace(), dialog, create(tenantId), this, failureText,
                         [this, tenantId, created](const T &item) {
                             created(item, tenantId == workspace()->tenant().id);
                         });
        });
        dialog->open();
    }
    /// Adds or replaces `item` in `model` and selects it.
    template <typename T>
    void showCreated(ListModel<T> *model, const T &item)
    {
        selectSourceRow(model->upsert(item));
        // A reload on its way was asked for before this item existed: its rows would drop the
        // item again and select what was current then. Ask again, keeping the new item shown.
        if (m_loading)
            refresh();
    }
    /// Deletes with `removal`; a failure says it could not delete `name`; on success the row of
    /// `id` goes from `model`.
    template <typename T>
    void removeItem(ListModel<T> *model, Future<Done> removal, const QString &id, const QString &name)
    {
        workspace()->run(std::move(removal), this, deleteFailedText(name),
                         [model, id] { model->removeId(id); });
    }

    /// How each column sizes (Stretch for the one that takes the remaining width).
    void setColumnModes(const QList<QHeaderView::ResizeMode> &modes);

    /// The selected row in the source model, or -1.
    int currentRow() const;
    /// The selected item of `model`, if any.
    template <typename T>
    std::optional<T> currentItem(const ListModel<T> *model) const
    {
        const int row = currentRow();
        return row < 0 ? std::nullopt : std::optional<T>(model->at(row));
    }
    QString currentId() const;
    /// Selects the row with this id (if shown); returns false when it is not in the list.
    bool selectId(const QString &id);
    void selectSourceRow(int row);

    void setLoading(bool loading);
    /// Shows the table or the empty state, and the editor or its placeholder, as the model says.
    void updateState();
    /// Called after loading finished: restores the selection by id, else selects the first row.
    void finishLoading(const QString &preferredId);

    /// The selection moved to `sourceRow` (-1 = none). Load the editor.
    virtual void currentChanged(int sourceRow) = 0;
    /// A reload for a change kept the selected item at `sourceRow` and the editor as it was;
    /// pass it what it shows besides the edits (counts), if anything.
    virtual void currentReloaded(int sourceRow) { Q_UNUSED(sourceRow) }
    /// Delete pressed on the list, or the editor's Delete button.
    virtual void deleteCurrent() = 0;

private:
    template <typename F>
    struct FutureValue;
    template <typename T>
    struct FutureValue<Future<T>>
    {
        using type = T;
    };

    void build(const Texts &texts, QAbstractItemModel *model, EditorWidget *editor);
    void onSelectionChanged();
    bool hasSourceId(const QString &id) const;
    void onChange(const Change &change);
    static QString deleteFailedText(const QString &name);

    QAbstractItemModel *m_model = nullptr;
    EditorWidget *m_editor = nullptr;
    std::function<void()> m_clearItems;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QPushButton *m_createButton;
    std::optional<Operation> m_createOperation;
    QStackedWidget *m_listStack;
    QStackedWidget *m_editorStack;
    EmptyState *m_empty;
    QLabel *m_placeholder;
    Texts m_texts;
    QString m_selectedId;
    QString m_reloadId;        ///< what the running load selects again
    bool m_keepEditor = false; ///< the running load is for a change: the editor stays
    int m_generation = 0;
    bool m_loading = false;
    bool m_restoring = false;
};

} // namespace gatehouse::ui
