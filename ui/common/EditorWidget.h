#pragma once

#include "common/FieldErrors.h"
#include "common/Workspace.h"

#include <QLabel>
#include <QWidget>
#include <functional>

class QFormLayout;
class QHBoxLayout;
class QLineEdit;
class QPushButton;

namespace gatehouse::ui {

/// The editor of one item (an application, a role, an organization's settings…): it owns what
/// every editor does alike, as KeePassXC's EditWidget does for its entries.
///
/// - Dirty state: the item as loaded against the form (isModified()), and unsaved edits
///   protected by confirmDiscard() before another item, page or tenant is shown.
/// - Validity: problems() checked as the person types, shown next to the fields (errors()).
/// - The save bar (createSaveBar()): the status line, Revert and Save, enabled as dirty, valid
///   and saving allow; Ctrl+S comes through save().
/// - Saving (saveItem()): the update with the version that was read; a refusal beside the
///   fields (showSaveErrors()), a stale edit (Conflict) offers to reload, anything else in a
///   message box.
/// - The header (createHeader()): the item's title, badges and Delete (deleteRequested()).
///
/// Subclasses fill the form inside fill(), describe the item (hasItem(), itemName(),
/// isModified(), problems()) and send the edits in startSave().
///
/// Thread rule: UI thread only.
class EditorWidget : public QWidget
{
    Q_OBJECT
public:
    /// True when the shown item has edits that are not saved.
    virtual bool isDirty() const;
    /// True when the edits pass the checks made as the person types.
    virtual bool isValid() const { return m_valid; }
    bool isSaving() const { return m_saving; }
    /// Saves the edits when they may be saved (Ctrl+S, the Save button).
    virtual void save();
    /// Shows the item as it was loaded, dropping the edits.
    virtual void revert();
    /// Asks before unsaved edits are dropped: true when there are none or the person chose
    /// Discard.
    bool confirmDiscard();

signals:
    /// Delete was pressed in the header.
    void deleteRequested();
    /// The item changed elsewhere and the person chose to reload it; the owner fetches it again
    /// (saveItem() without a fetch).
    void reloadRequested();

protected:
    /// What the save failures and the conflict question say for this kind of item.
    struct Texts
    {
        QString changedTitle; ///< "Role changed elsewhere"
        QString reloadFailed; ///< "Could not reload the role."
        /// The question, with %1 for the item's name if it names it; empty for the common one
        /// ("\"%1\" was changed by someone else… Reload it? Your edits will be discarded.").
        QString changedQuestion;
        /// The headline of a failed save, with %1 for the name if it names it; empty for the
        /// common one ("Could not save \"%1\".").
        QString saveFailed;
    };

    EditorWidget(Workspace *workspace, const Texts &texts, QWidget *parent = nullptr);

    Workspace *workspace() const { return m_workspace; }
    FieldErrors &errors() { return m_errors; }
    /// A line edit for `field` in `form` with its error label (FieldErrors::addLine()); typing
    /// in it validates.
    QLineEdit *addField(QFormLayout *form, const QString &label, const QString &field, const QString &name);

    virtual bool hasItem() const = 0;
    /// The name the unsaved-changes question and the save failure use.
    virtual QString itemName() const = 0;
    /// The form differs from the loaded item (asked only while hasItem()).
    virtual bool isModified() const = 0;
    /// Problems of the edits as they stand (asked only while hasItem()).
    virtual QList<FieldError> problems() const { return {}; }
    /// Sends the edits with saveItem(), or asks its owner to; save() calls it when they may be
    /// saved. (Editors without a save bar of their own override save() instead.)
    virtual void startSave() {}
    /// Shows a refusal of the save beside the fields it names; returns false when it could not
    /// (the base then shows it in a message box). The base shows Validation errors.
    virtual bool showSaveErrors(const Error &error);
    /// showSaveErrors() for editors that show Validation and AlreadyExists refusals beside their
    /// fields (FieldErrors::refusal(), an error without fields as a problem of `field`).
    bool showRefusal(const Error &error, const QString &field = {});
    /// Reloads the form from the loaded item: what revert() does (nothing for editors whose
    /// parts revert themselves).
    virtual void reloadForm() {}

    /// The save runs elsewhere (an owner saves several editors' fields): Save waits meanwhile, and
    /// when it ends with nothing unsaved left the status says "Saved".
    void markSaving(bool saving);
    /// Fills the form with `fill` without counting the changes as edits, clears the status line
    /// and validates.
    void fill(const std::function<void()> &fill);
    /// Checks problems() and refreshes the buttons; ignored while filling.
    void validate();
    /// Enables Save, Revert and Delete and words the status line as the state says.
    virtual void updateButtons();

    /// The title label ("<prefix>TitleLabel"), `badges` and Delete ("<prefix>DeleteButton").
    QHBoxLayout *createHeader(const QString &prefix, const QList<QWidget *> &badges);
    /// The status line ("<prefix>StatusLabel"), Revert ("<prefix>RevertButton") and Save
    /// ("<prefix>SaveButton").
    QHBoxLayout *createSaveBar(const QString &prefix);
    QLabel *titleLabel() const { return m_title; }
    QLabel *statusLabel() const { return m_status; }
    /// The operations Save and Delete make: while the operator may not make one, its button stays
    /// disabled and its tooltip says why (the core refuses the call anyway).
    void setOperations(std::optional<Operation> save, std::optional<Operation> remove);
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }

    /// Saves with `update` the edits of what is now called `name`. `stored` receives the saved
    /// item, or the current one when a Conflict was answered with a reload through `fetch`; the
    /// status then says "Saved" (not after a reload). Without `fetch`, a reload drops the edits
    /// and asks the owner (reloadRequested()).
    template <typename T>
    void saveItem(Future<T> update, const QString &name, std::function<Future<T>()> fetch,
                  std::function<void(const T &)> stored)
    {
        m_saving = true;
        updateButtons();
        m_workspace->run(
            std::move(update), this, QString(),
            [this, stored](const T &saved) {
                m_saving = false;
                stored(saved);
                m_status->setText(tr("Saved"));
                updateButtons();
            },
            [this, name, fetch, stored](const Error &error) {
                m_saving = false;
                if (handleSaveFailure(error, name))
                    reloadAfterConflict(fetch ? std::function<void()>([this, fetch, stored] {
                        m_workspace->run(fetch(), this, m_texts.reloadFailed, stored);
                    })
                                              : std::function<void()>());
                updateButtons();
            });
    }
    /// saveItem() in the current tenant through `api` (the area's API: update(tenantId, item) and
    /// get(tenantId, id)): updates with `edited`, called `name`; a Conflict answered with a reload
    /// gets the current item.
    template <typename T, typename Api>
    void saveThrough(Api &api, const T &edited, const QString &name, std::function<void(const T &)> stored)
    {
        const QString tenantId = m_workspace->tenant().id;
        saveItem<T>(
            api.update(tenantId, edited), name,
            [api = &api, tenantId, id = edited.id] { return api->get(tenantId, id); }, std::move(stored));
    }
    /// The failure half of saveItem(): shows a refusal (showSaveErrors(), else a message box
    /// naming `name`) or, for a Conflict, asks whether to reload; true when the person wants the
    /// current item reloaded.
    bool handleSaveFailure(const Error &error, const QString &name);
    const Texts &texts() const { return m_texts; }

private:
    /// Runs `fetch`, or without one drops the edits and emits reloadRequested().
    void reloadAfterConflict(const std::function<void()> &fetch);

    Workspace *m_workspace;
    Texts m_texts;
    FieldErrors m_errors;
    bool m_saving = false;
    bool m_valid = true;
    bool m_filling = false;
    bool m_refused = false; ///< the last save was refused beside the fields: Save waits for an edit
    QLabel *m_title = nullptr;
    QPushButton *m_delete = nullptr;
    std::optional<Operation> m_saveOperation;
    std::optional<Operation> m_deleteOperation;
    QLabel *m_status = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace gatehouse::ui
