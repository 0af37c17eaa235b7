#pragma once

#include "backend/Error.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gatehouse::ui {

/// Asks for a new secret's name and optional expiry. Emits submitted(); the caller creates the
/// secret and then calls done() or showError(). Open with open(); deletes itself when closed.
class CreateSecretDialog : public QDialog
{
    Q_OBJECT
public:
    CreateSecretDialog(const QString &applicationName, QWidget *parent);

    QString name() const;
    /// Unix ms at the end of the chosen day (local time), or none.
    std::optional<qint64> expiresAt() const;

    void setBusy(bool busy);
    void showError(const Error &error);

signals:
    void submitted();

private:
    void validate();

    QLineEdit *m_name;
    QCheckBox *m_expires;
    QDateEdit *m_date;
    QLabel *m_error;
    QPushButton *m_create;
    bool m_busy = false;
};

} // namespace gatehouse::ui
