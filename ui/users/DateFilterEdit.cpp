#include "users/DateFilterEdit.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>

namespace gatehouse::ui {

namespace {
const QDate unsetDate(2000, 1, 1);
}

DateFilterEdit::DateFilterEdit(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QDateEdit)
    , m_clear(new QToolButton)
{
    setObjectName(objectName);
    m_edit->setObjectName(objectName + QStringLiteral("Date"));
    m_edit->setCalendarPopup(true);
    m_edit->setMinimumDate(unsetDate);
    m_edit->setSpecialValueText(tr("Any"));
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_edit->setDate(unsetDate);
    m_edit->calendarWidget()->installEventFilter(this);
    m_clear->setObjectName(objectName + QStringLiteral("Clear"));
    m_clear->setText(QStringLiteral("×"));
    m_clear->setToolTip(tr("Clear this date"));
    m_clear->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_clear);

    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        updateClear();
        emit changed();
    });
    connect(m_clear, &QToolButton::clicked, this, &DateFilterEdit::clear);
    updateClear();
}

std::optional<QDate> DateFilterEdit::date() const
{
    if (m_edit->date() <= unsetDate)
        return std::nullopt;
    return m_edit->date();
}

void DateFilterEdit::setDate(std::optional<QDate> date)
{
    m_edit->setDate(date ? *date : unsetDate);
}

std::optional<qint64> DateFilterEdit::startOfDayMs(bool dayAfter) const
{
    const std::optional<QDate> day = date();
    if (!day)
        return std::nullopt;
    return (dayAfter ? day->addDays(1) : *day).startOfDay().toMSecsSinceEpoch();
}

bool DateFilterEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit->calendarWidget() && event->type() == QEvent::Show && !date()) {
        const QDate today = QDate::currentDate();
        m_edit->calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QWidget::eventFilter(watched, event);
}

void DateFilterEdit::updateClear()
{
    m_clear->setEnabled(date().has_value());
}

} // namespace gatehouse::ui
