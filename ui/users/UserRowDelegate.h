#pragma once

#include <QStyledItemDelegate>

namespace gatehouse::ui {

/// Paints the rows of the user list: rows whose data has not arrived yet
/// (UserListModel::LoadingRole) as muted placeholder bars, and "Suspended" in the status column
/// in red. Paints only; never asks the model for more than the row's own roles.
class UserRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace gatehouse::ui
