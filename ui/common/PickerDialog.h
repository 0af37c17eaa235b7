#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace gatehouse::ui {

/// Lets a person tick several items from a list (roles to assign, applications to assign a role
/// to). Items that are already in place may be listed checked and disabled. Open with open();
/// read checkedIds() after accepted().
class PickerDialog : public QDialog
{
    Q_OBJECT
public:
    struct Item
    {
        QString id;
        QString title;
        QString detail;
        bool alreadyChosen = false;
    };

    PickerDialog(const QString &title, const QString &text, const QString &actionText,
                 const QList<Item> &items, const QString &emptyText, QWidget *parent);

    QStringList checkedIds() const;
    /// Checks the item with this id (tests, keyboard users).
    void setChecked(const QString &id, bool checked);

private:
    void updateButton();

    QLineEdit *m_filter;
    QListWidget *m_list;
    QPushButton *m_accept;
};

} // namespace gatehouse::ui
