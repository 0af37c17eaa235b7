#include "users/UserRowDelegate.h"

#include "common/Style.h"
#include "viewmodel/UserListModel.h"

#include <QApplication>
#include <QPainter>

namespace gatehouse::ui {

void UserRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    if (!index.data(UserListModel::LoadingRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Placeholder: the row's background as usual, then a soft bar where the text will be.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QRect area = option.rect.adjusted(8, 0, -8, 0);
    // Vary the bar lengths a little by row and column so the placeholder reads as rows of text.
    const int percent = 45 + int((index.row() * 7 + index.column() * 13) % 40);
    const int height = qMin(8, area.height() / 3);
    const QRect bar(area.left(), area.center().y() - height / 2, area.width() * percent / 100, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe4, 0xe4, 0xec));
    painter->drawRoundedRect(bar, height / 2.0, height / 2.0);
    painter->restore();
}

void UserRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == UserListModel::StatusColumn && index.data(UserListModel::SuspendedRole).toBool()) {
        option->palette.setColor(QPalette::Text, style::danger);
        option->palette.setColor(QPalette::HighlightedText, style::danger);
        option->font.setBold(true);
    }
}

} // namespace gatehouse::ui
