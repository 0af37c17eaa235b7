#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace gatehouse::ui {

/// Shows a newly created secret exactly once, with a Copy button and a clear warning that it
/// cannot be shown again. A copied secret is removed from the clipboard after 60 s if the
/// clipboard still holds it. The value lives only in this dialog and is wiped when it closes.
///
/// Open it with open() (window-modal, does not block); it deletes itself when closed.
class SecretDialog : public QDialog
{
    Q_OBJECT
public:
    SecretDialog(const QString &title, const QString &secretName, const QString &secret, QWidget *parent);
    ~SecretDialog() override;

    static constexpr int clipboardClearMs = 60000;

    /// Copies `secret` and schedules its removal from the clipboard.
    static void copyToClipboard(const QString &secret);

private:
    QLineEdit *m_value;
    QPushButton *m_copy;
};

} // namespace gatehouse::ui
