#pragma once

#include "common/MasterDetailPage.h"

namespace gatehouse::ui {

/// A MasterDetailPage over a ListModel<T> and an Editor of T: the typed half. It loads the list
/// with `Source::list`, reloads it for changes of `Source::area`, shows the selected item in the
/// editor (Editor::setItem()) and puts what the editor saved (Editor::saved()) into the list.
///
/// Thread rule: UI thread only.
template <typename T, typename Editor>
class ListPage : public MasterDetailPage
{
public:
    ListModel<T> *model() const { return m_model; }
    Editor *editor() const { return m_editor; }

protected:
    /// Where the list comes from.
    struct Source
    {
        ChangeArea area; ///< changes of this area may alter the list
        std::function<Future<QList<T>>(Backend &backend, const QString &tenantId)> list;
        QString failureText; ///< "Could not load the roles."
    };

    /// Items are told apart by their `id`.
    ListPage(Workspace *workspace, Editor *editor, Source source, QWidget *parent)
        : MasterDetailPage(workspace, parent)
        , m_model(new ListModel<T>(this))
        , m_editor(editor)
        , m_source(std::move(source))
    {
        connect(editor, &Editor::saved, this, [this](const T &item) { itemSaved(item); });
    }

    void fetch() override
    {
        loadItems(m_model, m_source.list(workspace()->backend(), workspace()->tenant().id),
                  m_source.failureText);
    }
    bool concerns(const Change &change) const override { return change.area == m_source.area; }
    void currentChanged(int sourceRow) override
    {
        m_editor->setItem(sourceRow < 0 ? T() : m_model->at(sourceRow));
    }
    /// The editor saved `item`: it replaces its row.
    virtual void itemSaved(const T &item) { m_model->upsert(item); }

    /// Delete pressed: asks about the selected item, if any (confirmDelete()).
    void deleteCurrent() override
    {
        if (const std::optional<T> item = currentItem(m_model))
            confirmDelete(*item);
    }
    /// Asks whether to delete `item` and, when the person confirms, deletes it with deleteItem().
    virtual void confirmDelete(const T &item) = 0;
    /// Deletes `item`, called `name`, with `removal`; a failure says it could not delete `name`,
    /// on success its row goes.
    void deleteItem(const T &item, const QString &name, Future<Done> removal)
    {
        removeItem(m_model, std::move(removal), item.id, name);
    }

    /// Create: opens a `Dialog` (a FormDialog with a draft()) and creates what it submits with
    /// `create`. The new item goes into the list (as `listed` turns it, if given) and is
    /// selected, unless the person switched tenants meanwhile; then `after` runs with it.
    template <typename Dialog>
    void createWith(
        std::function<Future<T>(Backend &backend, const QString &tenantId, const Dialog &dialog)> create,
        const QString &failureText, std::function<void(const T &created)> after = {},
        std::function<T(T created)> listed = {})
    {
        if (!workspace()->hasTenant())
            return;
        auto *dialog = new Dialog(this);
        openCreateDialog(
            dialog,
            [this, dialog, create](const QString &tenantId) {
                return create(workspace()->backend(), tenantId, *dialog);
            },
            failureText,
            [this, after, listed](const T &created, bool sameTenant) {
                if (sameTenant)
                    showCreated(m_model, listed ? listed(created) : created);
                if (after)
                    after(created);
            });
    }

private:
    ListModel<T> *m_model;
    Editor *m_editor;
    Source m_source;
};

} // namespace gatehouse::ui
