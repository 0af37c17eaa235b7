#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace gatehouse::ui {

/// What a list shows when it has nothing in it: a title, one line of explanation and the action
/// that fills it ("No applications yet" / "Create application").
class EmptyState : public QFrame
{
    Q_OBJECT
public:
    EmptyState(const QIcon &icon, const QString &title, const QString &text, const QString &actionText,
               QWidget *parent = nullptr);

    void setTexts(const QString &title, const QString &text, const QString &actionText);
    QPushButton *actionButton() const { return m_button; }

signals:
    void actionTriggered();

private:
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_button;
};

} // namespace gatehouse::ui
