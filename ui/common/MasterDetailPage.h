#pragma once

#include "common/Page.h"

#include <QHeaderView>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace gatehouse::ui {

class EmptyState;

/// A list on the left (filter, sortable table, empty state) and the selected item's editor on
/// the right, in a splitter. Subclasses supply the model, the editor and what create/delete do.
///
/// Object names (for tests) are derived from `Texts::prefix`: "<prefix>Table",
/// "<prefix>SearchEdit", "<prefix>CreateButton", "<prefix>EmptyState".
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

    void focusSearch() override;
    bool isLoading() const override { return m_loading; }
    void selectFirst() override;

    QTableView *view() const { return m_view; }

protected:
    /// Builds the page. `model` rows are items; `SortRole`/`IdRole` as in ListModel.
    void buildPage(const Texts &texts, QAbstractItemModel *model, QWidget *editor);

    /// How each column sizes (Stretch for the one that takes the remaining width).
    void setColumnModes(const QList<QHeaderView::ResizeMode> &modes);

    /// The selected row in the source model, or -1.
    int currentRow() const;
    QString currentId() const;
    /// Selects the row with this id (if shown); returns false when it is not in the list.
    bool selectId(const QString &id);

    void setLoading(bool loading);
    /// Shows the table or the empty state, and the editor or its placeholder, as the model says.
    void updateState();
    /// Called after loading finished: restores the selection by id, else selects the first row.
    void finishLoading(const QString &preferredId);

    /// The selection moved to `sourceRow` (-1 = none). Load the editor.
    virtual void currentChanged(int sourceRow) = 0;
    /// Delete pressed on the list, or the editor's Delete button.
    virtual void deleteCurrent() = 0;

private:
    void onSelectionChanged();
    bool hasSourceId(const QString &id) const;

    QAbstractItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QPushButton *m_createButton;
    QStackedWidget *m_listStack;
    QStackedWidget *m_editorStack;
    EmptyState *m_empty;
    QLabel *m_placeholder;
    Texts m_texts;
    QString m_selectedId;
    bool m_loading = false;
    bool m_restoring = false;
};

} // namespace gatehouse::ui
