#include "common/SecretDialog.h"

#include "common/Style.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace gatehouse::ui {

SecretDialog::SecretDialog(const QString &title, const QString &secretName, const QString &secret,
                           QWidget *parent)
    : QDialog(parent)
    , m_value(new QLineEdit(secret))
    , m_copy(new QPushButton(tr("Copy")))
{
    setObjectName(QStringLiteral("secretDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    setMinimumWidth(520);

    auto *heading = style::sectionLabel(tr("Secret \"%1\"").arg(secretName));
    m_value->setObjectName(QStringLiteral("secretValueEdit"));
    m_value->setReadOnly(true);
    m_value->setFont(style::monospace());
    m_value->setCursorPosition(0);
    m_copy->setObjectName(QStringLiteral("copySecretButton"));
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));

    auto *warning =
        new QLabel(tr("<b>Copy this secret now. It will not be shown again.</b><br>Gatehouse keeps only a "
                      "hash of it. Store "
                      "it in your secret manager; if it is lost, create a new secret and delete this one."));
    warning->setObjectName(QStringLiteral("secretWarningLabel"));
    warning->setWordWrap(true);
    warning->setStyleSheet(
        QStringLiteral("background: #fff6e0; border: 1px solid #f1d48a; border-radius: 6px; "
                       "padding: 8px; color: #5c4300;"));
    auto *clipboardNote =
        style::subtitleLabel(tr("A copied secret is cleared from the clipboard after 60 seconds."));

    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_copy);

    auto *buttons = new QDialogButtonBox;
    auto *done = buttons->addButton(tr("I have stored it"), QDialogButtonBox::AcceptRole);
    done->setObjectName(QStringLiteral("secretDoneButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addLayout(valueRow);
    layout->addWidget(warning);
    layout->addWidget(clipboardNote);
    layout->addWidget(buttons);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        copyToClipboard(m_value->text());
        m_copy->setText(tr("Copied"));
    });
}

SecretDialog::~SecretDialog()
{
    m_value->clear();
}

void SecretDialog::copyToClipboard(const QString &secret)
{
    QClipboard *clipboard = QApplication::clipboard();
    clipboard->setText(secret);
    QTimer::singleShot(clipboardClearMs, qApp, [secret] {
        QClipboard *board = QApplication::clipboard();
        if (board->text() == secret)
            board->clear();
    });
}

} // namespace gatehouse::ui
