#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace gatehouse::ui {

/// Confirms a sensitive action (on a user: suspend, unsuspend, set password, require a password
/// change, remove an MFA factor, delete; deleting a tenant; inviting). The person must give a reason, which
/// goes into the journal: the action button stays disabled until the reason is not blank. In a production
/// tenant the dialog says so prominently at the top.
///
/// Optional parts: a new password (with show/hide and live validation) for "Set password", and a
/// type-to-confirm field for deleting (the action is enabled only once `confirmation` is typed
/// exactly).
///
/// Open with open(); it deletes itself when closed. Read reason() / password() in a slot
/// connected to accepted(). The password field is cleared when the dialog is destroyed.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    struct Options
    {
        QString title;
        QString html;       ///< what happens, as rich text
        QString actionText; ///< "Suspend user"
        bool destructive = false;
        bool production = false;
        QString tenantName;
        QString productionNote; ///< after the production headline; empty: it changes a person's account
        bool withPassword = false;
        QString confirmation; ///< non-empty: must be typed to enable the action
    };

    ReasonDialog(const Options &options, QWidget *parent);
    ~ReasonDialog() override;

    QString reason() const;
    QString password() const;

private:
    void updateButton();

    QLineEdit *m_reason;
    QLineEdit *m_password = nullptr;
    QToolButton *m_showPassword = nullptr;
    QLabel *m_passwordError = nullptr;
    QLineEdit *m_confirm = nullptr;
    QString m_confirmation;
    QPushButton *m_action;
};

} // namespace gatehouse::ui
