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

    ListPage(Workspace *workspace, Editor *editor, std::function<QString(const T &)> idOf, Source source,
             QWidget *parent)
        : MasterDetailPage(workspace, parent)
        , m_model(new ListModel<T>(std::move(idOf), this))
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
