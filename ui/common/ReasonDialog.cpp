#include "common/ReasonDialog.h"

#include "common/FieldErrors.h"
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

ReasonDialog::ReasonDialog(const Options &options, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit)
    , m_confirmation(options.confirmation)
{
    setObjectName(QStringLiteral("reasonDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(options.title);
    setMinimumWidth(500);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    if (options.production) {
        auto *banner = new QLabel;
        banner->setObjectName(QStringLiteral("reasonProductionBanner"));
        banner->setWordWrap(true);
        banner->setTextFormat(Qt::RichText);
        const QString headline =
            options.tenantName.isEmpty()
                ? tr("This is a PRODUCTION tenant.")
                : tr("\"%1\" is a PRODUCTION tenant.").arg(options.tenantName.toHtmlEscaped());
        const QString note = options.productionNote.isEmpty() ? tr("This changes a real person's account.")
                                                              : options.productionNote;
        banner->setText(QStringLiteral("<b>") + headline + QStringLiteral("</b> ") + note.toHtmlEscaped());
        banner->setStyleSheet(
            QStringLiteral("background: #fde4e1; color: #b42318; border: 1px solid #f5b5ad; "
                           "border-radius: 6px; padding: 8px 10px;"));
        layout->addWidget(banner);
    }
    auto *text = new QLabel(options.html);
    text->setObjectName(QStringLiteral("reasonDialogText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    layout->addWidget(text);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (options.withPassword) {
        m_password = new QLineEdit;
        m_password->setObjectName(QStringLiteral("newPasswordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(tr("At least 8 characters"));
        m_showPassword = new QToolButton;
        m_showPassword->setObjectName(QStringLiteral("showPasswordButton"));
        m_showPassword->setText(tr("Show"));
        m_showPassword->setCheckable(true);
        connect(m_showPassword, &QToolButton::toggled, this, [this](bool shown) {
            m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
            m_showPassword->setText(shown ? tr("Hide") : tr("Show"));
        });
        m_passwordError = FieldErrors::createLabel(QStringLiteral("newPasswordError"));
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(m_password, 1);
        row->addWidget(m_showPassword);
        auto *passwordLabel = new QLabel(tr("New &password"));
        passwordLabel->setBuddy(m_password);
        form->addRow(passwordLabel, row);
        form->addRow(QString(), m_passwordError);
        connect(m_password, &QLineEdit::textChanged, this, &ReasonDialog::updateButton);
    }
    if (!m_confirmation.isEmpty()) {
        m_confirm = new QLineEdit;
        m_confirm->setObjectName(QStringLiteral("reasonConfirmEdit"));
        m_confirm->setPlaceholderText(m_confirmation);
        auto *prompt = new QLabel(tr("Type <b>%1</b> to confirm:").arg(m_confirmation.toHtmlEscaped()));
        prompt->setTextFormat(Qt::RichText);
        prompt->setWordWrap(true);
        form->addRow(prompt);
        form->addRow(m_confirm);
        connect(m_confirm, &QLineEdit::textChanged, this, &ReasonDialog::updateButton);
    }
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setMaxLength(1000);
    m_reason->setPlaceholderText(tr("e.g. Support ticket 4821: the account owner asked for this"));
    form->addRow(tr("&Reason"), m_reason);
    auto *hint = style::subtitleLabel(tr("Required; recorded in the journal with your name."));
    form->addRow(QString(), hint);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_action = buttons->addButton(options.actionText, QDialogButtonBox::AcceptRole);
    m_action->setObjectName(QStringLiteral("reasonAcceptButton"));
    if (options.destructive)
        style::makeDanger(m_action);
    else
        style::makePrimary(m_action);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_action->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_reason, &QLineEdit::textChanged, this, &ReasonDialog::updateButton);
    updateButton();
    QTimer::singleShot(0, this, [this] { growToFit(this); });
    if (m_password)
        m_password->setFocus();
    else if (m_confirm)
        m_confirm->setFocus();
    else
        m_reason->setFocus();
}

ReasonDialog::~ReasonDialog()
{
    if (m_password)
        m_password->clear();
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString ReasonDialog::password() const
{
    return m_password ? m_password->text() : QString();
}

void ReasonDialog::updateButton()
{
    bool ok = !reason().isEmpty();
    if (m_password) {
        const QString problem =
            m_password->text().isEmpty() ? QString() : validation::passwordProblem(m_password->text());
        m_passwordError->setText(problem.isEmpty() ? QString() : tr("Password %1").arg(problem));
        m_passwordError->setVisible(!problem.isEmpty());
        ok = ok && !m_password->text().isEmpty() && problem.isEmpty();
    }
    if (m_confirm)
        ok = ok && m_confirm->text() == m_confirmation;
    m_action->setEnabled(ok);
    if (isVisible())
        growToFit(this);
}

} // namespace gatehouse::ui
