#pragma once

#include <QDialog>

class QListWidget;

namespace gatehouse::ui {

/// Edits a set: every item is a checkbox that starts as the current state and may be turned on
/// or off (replace-all edits such as a member's organization roles). Unlike PickerDialog, an
/// empty result is allowed. Open with open(); read checkedIds() after accepted(); deletes itself.
///
/// Object names: "checklistDialog", "checklistList", "checklistAcceptButton".
class ChecklistDialog : public QDialog
{
    Q_OBJECT
public:
    struct Item
    {
        QString id;
        QString title;
        QString detail;
        bool checked = false;
    };

    ChecklistDialog(const QString &title, const QString &text, const QString &actionText,
                    const QList<Item> &items, const QString &emptyText, QWidget *parent);

    QStringList checkedIds() const;
    /// Checks or unchecks the item with this id (tests, keyboard users).
    void setChecked(const QString &id, bool checked);

private:
    QListWidget *m_list;
};

} // namespace gatehouse::ui
