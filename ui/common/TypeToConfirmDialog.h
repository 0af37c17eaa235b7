#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace gatehouse::ui {

/// Confirmation for the most destructive actions: the person must type `expected` (a tenant's
/// name) before the action button is enabled. Open with open(); emits accepted() on confirm.
class TypeToConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    TypeToConfirmDialog(const QString &title, const QString &html, const QString &expected,
                        const QString &actionText, QWidget *parent);

    QLineEdit *input() const { return m_input; }

private:
    QLineEdit *m_input;
    QPushButton *m_action;
};

} // namespace gatehouse::ui
