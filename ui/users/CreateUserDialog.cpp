#include "users/CreateUserDialog.h"

#include "common/Style.h"
#include "model/UserValidation.h"
#include "users/DialogFit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

CreateUserDialog::CreateUserDialog(QWidget *parent)
    : FormDialog(QStringLiteral("createUserDialog"), tr("Create user"), 520, tr("Create user"),
                 QStringLiteral("createUserButton"), parent)
    , m_password(new QLineEdit)
    , m_showPassword(new QToolButton)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_username =
        addField(form, tr("&Username"), QStringLiteral("username"), QStringLiteral("newUserUsername"));
    m_username->setPlaceholderText(tr("e.g. ada_lovelace"));
    m_email = addField(form, tr("&Email"), QStringLiteral("primaryEmail"), QStringLiteral("newUserEmail"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_phone = addField(form, tr("P&hone"), QStringLiteral("primaryPhone"), QStringLiteral("newUserPhone"));
    m_phone->setPlaceholderText(tr("+1 555 010 1234"));
    m_name = addField(form, tr("&Name"), QStringLiteral("name"), QStringLiteral("newUserName"));
    m_name->setPlaceholderText(tr("Optional"));

    m_password->setObjectName(QStringLiteral("newUserPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Optional: at least 8 characters"));
    m_showPassword->setObjectName(QStringLiteral("newUserShowPasswordButton"));
    m_showPassword->setText(tr("Show"));
    m_showPassword->setCheckable(true);
    connect(m_showPassword, &QToolButton::toggled, this, [this](bool shown) {
        m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showPassword->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_password, &QLineEdit::textChanged, this, &CreateUserDialog::validate);
    auto *passwordError = FieldErrors::createLabel(QStringLiteral("newUserPasswordError"));
    errors().addField(QStringLiteral("password"), passwordError);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->setContentsMargins(0, 0, 0, 0);
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_showPassword);
    auto *passwordLabel = new QLabel(tr("Initial &password"));
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, passwordRow);
    form->addRow(QString(), passwordError);
    form->addRow(QString(), style::subtitleLabel(tr("Without a password the user signs in with a "
                                                    "verification code or a social identity.")));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(style::subtitleLabel(tr("Give at least one of username, email and phone: the user "
                                              "signs in with it.")));
    layout->addLayout(form);
    layout->addWidget(errors().createFallback(QStringLiteral("newUserError")));
    layout->addWidget(buttons());
    validate();
    QTimer::singleShot(0, this, [this] { growToFit(this); });
    m_username->setFocus();
}

CreateUserDialog::~CreateUserDialog()
{
    m_password->clear();
}

User CreateUserDialog::draft() const
{
    User user;
    user.username = m_username->text().trimmed();
    user.primaryEmail = m_email->text().trimmed();
    user.primaryPhone = m_phone->text().trimmed();
    user.name = m_name->text().trimmed();
    return user;
}

QString CreateUserDialog::password() const
{
    return m_password->text();
}

void CreateUserDialog::validate()
{
    const User user = draft();
    QList<FieldError> errors = validation::user(user);
    if (!m_password->text().isEmpty()) {
        const QString problem = validation::passwordProblem(m_password->text());
        if (!problem.isEmpty())
            errors.append({QStringLiteral("password"), problem});
    }
    this->errors().show(errors);
    const bool hasIdentifier =
        !user.username.isEmpty() || !user.primaryEmail.isEmpty() || !user.primaryPhone.isEmpty();
    acceptButton()->setText(isBusy() ? tr("Creating…") : tr("Create user"));
    setAcceptable(errors.isEmpty() && hasIdentifier);
    if (isVisible())
        growToFit(this);
}

} // namespace gatehouse::ui
