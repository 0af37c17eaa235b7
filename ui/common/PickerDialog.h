#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace gatehouse::ui {

/// Lets a person tick items of a list, in one of two modes:
/// - Mode::Add picks what to add (roles to assign, applications to assign a role to): items that
///   are already in place are listed ticked and fixed, a filter narrows the list, and accepting
///   needs at least one new tick. Object names: "pickerDialog", "pickerFilterEdit", "pickerList",
///   "pickerAcceptButton", "pickerEmptyLabel".
/// - Mode::Replace edits a whole set (a member's organization roles): every item starts as it is
///   and may be turned on or off, and an empty result is allowed. Object names:
///   "checklistDialog", "checklistList", "checklistAcceptButton", "checklistEmptyLabel".
/// Open with open(); read checkedIds() after accepted(); the dialog deletes itself.
class PickerDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, Replace };

    struct Item
    {
        QString id;
        QString title;
        QString detail;
        bool alreadyChosen = false; ///< in place already (Add: fixed; Replace: ticked at first)
    };

    PickerDialog(const QString &title, const QString &text, const QString &actionText,
                 const QList<Item> &items, const QString &emptyText, QWidget *parent, Mode mode = Mode::Add);

    QStringList checkedIds() const;
    /// Checks the item with this id (tests, keyboard users).
    void setChecked(const QString &id, bool checked);

private:
    void updateButton();

    Mode m_mode;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QPushButton *m_accept;
};

} // namespace gatehouse::ui
