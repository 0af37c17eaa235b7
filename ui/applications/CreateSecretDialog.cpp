#include "applications/CreateSecretDialog.h"

#include "common/FieldErrors.h"
#include "common/Style.h"
#include "model/Validation.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

CreateSecretDialog::CreateSecretDialog(const QString &applicationName, QWidget *parent)
    : FormDialog(QStringLiteral("createSecretDialog"), tr("Create secret for %1").arg(applicationName), 440,
                 tr("Create secret"), QStringLiteral("createSecretButton"), parent)
    , m_name(new QLineEdit)
    , m_expires(new QCheckBox(tr("Expires on")))
    , m_date(new QDateEdit(QDate::currentDate().addYears(1)))
    , m_error(FieldErrors::createLabel(QStringLiteral("secretNameError")))
{
    m_name->setObjectName(QStringLiteral("secretNameEdit"));
    m_name->setPlaceholderText(tr("e.g. production-2025"));
    m_expires->setObjectName(QStringLiteral("secretExpiresCheck"));
    m_date->setObjectName(QStringLiteral("secretExpiryDate"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(QDate::currentDate().addDays(1));
    m_date->setEnabled(false);

    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_expires);
    expiry->addWidget(m_date, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(QString(), m_error);
    form->addRow(tr("Expiry"), expiry);
    form->addRow(QString(),
                 style::subtitleLabel(tr("Without an expiry the secret stays valid until you delete "
                                         "it. Rotating secrets yearly is good practice.")));

    connect(m_expires, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_name, &QLineEdit::textChanged, this, &CreateSecretDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons());
    validate();
    m_error->clear();
    m_error->hide();
}

QString CreateSecretDialog::name() const
{
    return m_name->text().trimmed();
}

std::optional<qint64> CreateSecretDialog::expiresAt() const
{
    if (!m_expires->isChecked())
        return std::nullopt;
    return QDateTime(m_date->date(), QTime(23, 59, 59)).toMSecsSinceEpoch();
}

void CreateSecretDialog::showError(const Error &error)
{
    QString text = error.message();
    if (!error.fields().isEmpty())
        text = error.fields().first().message;
    m_error->setText(text);
    m_error->setVisible(true);
}

void CreateSecretDialog::validate()
{
    const QList<FieldError> errors = validation::secretName(name());
    m_error->setText(errors.isEmpty() ? QString() : errors.first().message);
    m_error->setVisible(!errors.isEmpty() && !m_name->text().isEmpty());
    m_name->setEnabled(!isBusy());
    setAcceptable(errors.isEmpty());
}

} // namespace gatehouse::ui
