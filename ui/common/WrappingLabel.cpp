#include "common/WrappingLabel.h"

#include <QResizeEvent>

namespace gatehouse::ui {

WrappingLabel::WrappingLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

QSize WrappingLabel::minimumSizeHint() const
{
    QSize size = QLabel::minimumSizeHint();
    if (!text().isEmpty() && width() > 0)
        size.setHeight(std::max(size.height(), heightForWidth(width())));
    return size;
}

QSize WrappingLabel::sizeHint() const
{
    QSize size = QLabel::sizeHint();
    if (!text().isEmpty() && width() > 0)
        size.setHeight(heightForWidth(width()));
    return size;
}

void WrappingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        updateGeometry();
}

} // namespace gatehouse::ui
