#pragma once

#include "common/ListModel.h"
#include "common/RelatedListTab.h"
#include "common/Workspace.h"

#include <optional>

namespace gatehouse::ui {

/// RelatedListTab over a ListModel<T>: the typed half (the model, the selected items, loading
/// the list). See RelatedListTab for what the base does.
///
/// Thread rule: UI thread only.
template <typename T>
class RelatedList : public RelatedListTab
{
public:
    ListModel<T> *model() const { return m_model; }

protected:
    RelatedList(Workspace *workspace, Load load, std::function<QString(const T &)> idOf, QWidget *parent)
        : RelatedList(workspace, load, new ListModel<T>(std::move(idOf)), parent)
    {}

    /// The first selected item, if any.
    std::optional<T> selected() const
    {
        const int row = selectedRow();
        return row < 0 ? std::nullopt : std::optional<T>(m_model->at(row));
    }
    QList<T> selectedItems() const
    {
        QList<T> items;
        for (const int row : selectedRows())
            items.append(m_model->at(row));
        return items;
    }

    /// Shows what `future` brings unless a newer load started meanwhile; a failure is shown with
    /// `failureText`. Call from fetch().
    void loadItems(Future<QList<T>> future, const QString &failureText)
    {
        const int current = generation();
        workspace()->run(
            std::move(future), this, failureText,
            [this](const QList<T> &items) {
                m_model->setItems(items);
                listLoaded();
                endLoad();
            },
            [this](const Error &) { endLoad(); }, [this, current] { return isCurrent(current); });
    }

    /// Runs `change` (a failure is shown with `failureText`) and then reloads the list, whether
    /// the change worked or not, when the tab still shows the subject `subjectId`. `onSuccess`
    /// runs after a successful change.
    template <typename R>
    void reloadAfter(Future<R> change, const QString &subjectId, const QString &failureText,
                     std::function<void()> onSuccess = {})
    {
        const auto reloadSame = [this, subjectId] {
            if (subjectId == this->subjectId())
                reload();
        };
        workspace()->run(
            std::move(change), this, failureText,
            [reloadSame, onSuccess = std::move(onSuccess)] {
                reloadSame();
                if (onSuccess)
                    onSuccess();
            },
            [reloadSame](const Error &) { reloadSame(); });
    }

    void clearItems() override { m_model->setItems({}); }

private:
    RelatedList(Workspace *workspace, Load load, ListModel<T> *model, QWidget *parent)
        : RelatedListTab(workspace, load, model, parent)
        , m_model(model)
    {
        model->setParent(this);
    }

    ListModel<T> *m_model;
};

} // namespace gatehouse::ui
