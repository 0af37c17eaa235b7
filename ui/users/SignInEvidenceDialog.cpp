#include "users/SignInEvidenceDialog.h"

#include "common/Format.h"
#include "common/Style.h"
#include "explainer/AccessExplainerPage.h"
#include "logs/SignInSummary.h"
#include "model/LogKeys.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
QLabel *value(const QString &text, const QString &objectName = {})
{
    auto *label = new QLabel(text.isEmpty() ? QStringLiteral("—") : text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

SignInEvidenceDialog::SignInEvidenceDialog(Workspace *workspace, const User &user, const LogEvent &event,
                                           QWidget *parent)
    : QDialog(parent)
    , m_explainer(new AccessExplainerPage(workspace))
{
    setObjectName(QStringLiteral("signInEvidenceDialog"));
    const QString who = user.primaryEmail.isEmpty() ? user.username : user.primaryEmail;
    setWindowTitle(tr("Sign-in of %1: the event and the rules").arg(who));
    resize(1240, 760);

    auto *eventPane = new QWidget;
    auto *eventLayout = new QVBoxLayout(eventPane);
    eventLayout->setContentsMargins(0, 0, 8, 0);
    eventLayout->addWidget(style::sectionLabel(tr("The event")));
    auto *form = new QFormLayout;
    form->addRow(tr("What:"), value(logkeys::describe(event), QStringLiteral("evidenceEventLabel")));
    form->addRow(tr("Key:"), value(event.key));
    form->addRow(tr("When:"), value(Format::dateTime(event.createdAt) + QStringLiteral("  (") +
                                    Format::utc(event.createdAt) + QLatin1Char(')')));
    form->addRow(tr("Result:"), value(event.result == LogResult::Success ? tr("Success") : tr("Failed"),
                                      QStringLiteral("evidenceResultLabel")));
    if (!event.errorText().isEmpty())
        form->addRow(tr("Error:"), value(event.errorText(), QStringLiteral("evidenceErrorLabel")));
    form->addRow(tr("IP:"), value(event.ip));
    form->addRow(tr("Browser:"), value(browserOf(event.userAgent)));
    form->addRow(tr("Application:"), value(event.applicationId));
    eventLayout->addLayout(form);
    auto *payload = new QPlainTextEdit;
    payload->setObjectName(QStringLiteral("evidencePayload"));
    payload->setReadOnly(true);
    payload->setFont(style::monospace());
    payload->setLineWrapMode(QPlainTextEdit::NoWrap);
    payload->setPlainText(QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Indented)));
    eventLayout->addWidget(new QLabel(tr("Everything the event recorded:")));
    eventLayout->addWidget(payload, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(eventPane);
    splitter->addWidget(m_explainer);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 760});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("evidenceCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    m_explainer->activate();
    if (!user.primaryEmail.isEmpty())
        m_explainer->explainEmail(user.primaryEmail);
}

} // namespace gatehouse::ui
