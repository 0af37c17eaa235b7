#pragma once

#include <QDate>
#include <QWidget>
#include <optional>

class QDateEdit;
class QToolButton;

namespace gatehouse::ui {

/// A date for a filter that may be unset: a date edit with a calendar popup that reads "Any"
/// while unset, and a clear button. The calendar opens on the current month when unset.
class DateFilterEdit : public QWidget
{
    Q_OBJECT
public:
    explicit DateFilterEdit(const QString &objectName, QWidget *parent = nullptr);

    std::optional<QDate> date() const;
    void setDate(std::optional<QDate> date);
    void clear() { setDate(std::nullopt); }

    /// Local midnight at the start of the chosen day (or of the day after, for an exclusive end),
    /// in unix ms; nullopt when unset.
    std::optional<qint64> startOfDayMs(bool dayAfter = false) const;

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateClear();

    QDateEdit *m_edit;
    QToolButton *m_clear;
};

} // namespace gatehouse::ui
