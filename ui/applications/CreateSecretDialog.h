#pragma once

#include "common/FormDialog.h"

#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace gatehouse::ui {

/// Asks for a new secret's name and optional expiry. Submitted through submitDialog() (see
/// FormDialog).
class CreateSecretDialog : public FormDialog
{
    Q_OBJECT
public:
    CreateSecretDialog(const QString &applicationName, QWidget *parent);

    QString name() const;
    /// Unix ms at the end of the chosen day (local time), or none.
    std::optional<qint64> expiresAt() const;

    void showError(const Error &error) override;

protected:
    void validate() override;

private:
    QLineEdit *m_name;
    QCheckBox *m_expires;
    QDateEdit *m_date;
    QLabel *m_error;
};

} // namespace gatehouse::ui
