#pragma once

#include "common/ListModel.h"
#include "common/PickerDialog.h"
#include "common/RelatedListTab.h"
#include "common/Workspace.h"

#include <optional>

namespace gatehouse::ui {

/// RelatedListTab over a ListModel<T> of one Subject (an Application, a User, an
/// Organization…: anything with an id and a name): the typed half. It keeps the subject, loads
/// its list from the Source, and offers the selected items and the common flows (offer(),
/// reloadAfter()). See RelatedListTab for what the base does.
///
/// Thread rule: UI thread only.
template <typename T, typename Subject>
class RelatedList : public RelatedListTab
{
public:
    ListModel<T> *model() const { return m_model; }
    /// Shows the list of `subject` (one without an id clears the tab); `reload` = false keeps the
    /// list of the same subject as it is.
    void setSubject(const Subject &subject, bool reload = true)
    {
        m_subject = subject;
        setSubjectId(subject.id, reload);
    }
    const Subject &subject() const { return m_subject; }

protected:
    /// Where the list of a subject comes from.
    struct Source
    {
        std::function<Future<QList<T>>(Backend &backend, const QString &tenantId, const Subject &subject)>
            list;
        /// What a failed load says, with %1 for the subject's name if it names it.
        QString failureText;
        /// Tells the items apart; by default their `id`.
        std::function<QString(const T &)> idOf = {};
    };

    RelatedList(Workspace *workspace, Load load, Source source, QWidget *parent)
        : RelatedList(workspace, load, newModel(source.idOf), parent)
    {
        m_source = std::move(source);
    }

    void fetch() override
    {
        const QString &text = m_source.failureText;
        loadItems(m_source.list(workspace()->backend(), tenantId(), m_subject),
                  text.contains(QLatin1String("%1")) ? text.arg(m_subject.name) : text);
    }

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
    /// `failureText`. NotFound means the subject itself is gone (deleted here or elsewhere while
    /// the list reloaded): the list empties without a message, the page drops the subject.
    void loadItems(Future<QList<T>> future, const QString &failureText)
    {
        const int current = generation();
        workspace()->run(
            std::move(future), this, QString(),
            [this](const QList<T> &items) {
                m_model->setItems(items);
                listLoaded();
                endLoad();
            },
            [this, failureText](const Error &error) {
                if (error.code() == ErrorCode::NotFound)
                    m_model->setItems({});
                else
                    Workspace::reportFailure(this, failureText, error);
                endLoad();
            },
            [this, current] { return isCurrent(current); });
    }

    /// Runs `change` (a failure is shown with `failureText`) and then reloads the list, whether
    /// the change worked or not, when the tab still shows the subject `subjectId`. `onSuccess`
    /// runs after a successful change.
    template <typename R>
    void reloadAfter(Future<R> change, const QString &subjectId, const QString &failureText,
                     std::function<void()> onSuccess = {})
    {
        workspace()->run(
            std::move(change), this, failureText,
            [this, subjectId, onSuccess = std::move(onSuccess)] {
                reloadFor(subjectId);
                if (onSuccess)
                    onSuccess();
            },
            [this, subjectId](const Error &) { reloadFor(subjectId); });
    }
    /// Runs `change` (a failure is shown with `failureText`) and reloads the list when it worked
    /// and the tab still shows the subject `subjectId`.
    template <typename R>
    void reloadOnSuccess(Future<R> change, const QString &subjectId, const QString &failureText)
    {
        workspace()->run(std::move(change), this, failureText, [this, subjectId] { reloadFor(subjectId); });
    }
    /// Runs `removal` of the item `itemId` from the shown subject (a failure is shown with
    /// `failureText`); when it worked and the tab still shows that subject, the item's row goes.
    template <typename R>
    void removeOnSuccess(Future<R> removal, const QString &itemId, const QString &failureText)
    {
        workspace()->run(std::move(removal), this, failureText, [this, itemId, subjectId = subjectId()] {
            if (subjectId == this->subjectId())
                m_model->removeId(itemId);
            updateButtons();
        });
    }

    /// What the picker of offer() says.
    struct PickerTexts
    {
        QString title;
        QString text;
        QString action;
        QString empty; ///< shown when nothing is offered
    };

    /// Offers the `candidates` that `offered` accepts in a PickerDialog (those already in the
    /// list ticked and fixed) and calls `picked` with the ids the person ticked. Candidates are
    /// anything with an id, a name and a description (roles, applications).
    template <typename C>
    void offer(Future<QList<C>> candidates, const QString &failureText,
               std::function<bool(const C &)> offered, const PickerTexts &texts,
               std::function<void(const QStringList &ids)> picked)
    {
        workspace()->run(
            std::move(candidates), this, failureText, [this, offered, texts, picked](const QList<C> &all) {
                QList<PickerDialog::Item> items;
                for (const C &c : all) {
                    if (offered(c))
                        items.append({c.id, c.name, c.description, m_model->rowOfId(c.id) >= 0});
                }
                auto *dialog =
                    new PickerDialog(texts.title, texts.text, texts.action, items, texts.empty, this);
                connect(dialog, &QDialog::accepted, this, [dialog, picked] { picked(dialog->checkedIds()); });
                dialog->open();
            });
    }

    void clearItems() override { m_model->setItems({}); }

private:
    static ListModel<T> *newModel(std::function<QString(const T &)> idOf)
    {
        if constexpr (requires(const T &item) { item.id; }) {
            if (!idOf)
                return new ListModel<T>();
        }
        return new ListModel<T>(std::move(idOf));
    }

    RelatedList(Workspace *workspace, Load load, ListModel<T> *model, QWidget *parent)
        : RelatedListTab(workspace, load, model, parent)
        , m_model(model)
    {
        model->setParent(this);
    }

    ListModel<T> *m_model;
    Subject m_subject;
    Source m_source;
};

} // namespace gatehouse::ui
