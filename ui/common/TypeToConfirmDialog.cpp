#include "common/TypeToConfirmDialog.h"

#include "common/Style.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

TypeToConfirmDialog::TypeToConfirmDialog(const QString &title, const QString &html, const QString &expected,
                                         const QString &actionText, QWidget *parent)
    : QDialog(parent)
    , m_input(new QLineEdit)
{
    setObjectName(QStringLiteral("typeToConfirmDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    setMinimumWidth(480);

    auto *text = new QLabel(html);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    auto *prompt = new QLabel(tr("Type <b>%1</b> to confirm:").arg(expected.toHtmlEscaped()));
    m_input->setObjectName(QStringLiteral("confirmNameEdit"));
    m_input->setPlaceholderText(expected);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_action = buttons->addButton(actionText, QDialogButtonBox::AcceptRole);
    m_action->setObjectName(QStringLiteral("confirmActionButton"));
    m_action->setEnabled(false);
    style::makeDanger(m_action);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_input, &QLineEdit::textChanged, this,
            [this, expected](const QString &typed) { m_action->setEnabled(typed == expected); });

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(text);
    layout->addWidget(prompt);
    layout->addWidget(m_input);
    layout->addWidget(buttons);
}

} // namespace gatehouse::ui
