#include "common/MessageBox.h"

#include <QAbstractButton>

namespace gatehouse::ui {

namespace {
QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
bool g_nonInteractive = false;
QStringList g_shownTexts;
} // namespace

QMessageBox::StandardButton MessageBox::run(QMessageBox &box, QMessageBox::StandardButton defaultButton)
{
    g_shownTexts.append(box.text() + (box.informativeText().isEmpty()
                                          ? QString()
                                          : QLatin1Char('\n') + box.informativeText()));
    if (g_nextAnswer != QMessageBox::NoButton) {
        const auto answer = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    if (g_nonInteractive)
        return defaultButton;
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return run(box, defaultButton);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    run(box, QMessageBox::Ok);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    run(box, QMessageBox::Ok);
}

bool MessageBox::confirmDestructive(QWidget *parent, const QString &title, const QString &text,
                                    const QString &actionText, bool production, const QString &tenantName)
{
    QMessageBox box(QMessageBox::Warning, title, {}, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::RichText);
    QString html;
    if (production) {
        const QString headline = tenantName.isEmpty()
                                     ? tr("This is a PRODUCTION tenant.")
                                     : tr("\"%1\" is a PRODUCTION tenant.").arg(tenantName.toHtmlEscaped());
        html += QStringLiteral("<p style=\"color:#b42318; font-weight:bold;\">") + headline +
                QLatin1Char(' ') + tr("Live users and services depend on it.") + QStringLiteral("</p>");
    }
    html += QStringLiteral("<p>") + text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
            QStringLiteral("</p>");
    box.setText(html);
    box.button(QMessageBox::Yes)->setText(actionText);
    box.setDefaultButton(QMessageBox::Cancel);
    return run(box, QMessageBox::Cancel) == QMessageBox::Yes;
}

bool MessageBox::discardChanges(QWidget *parent, const QString &question)
{
    return MessageBox::question(parent, tr("Unsaved changes"), question,
                                QMessageBox::Discard | QMessageBox::Cancel,
                                QMessageBox::Cancel) == QMessageBox::Discard;
}

bool MessageBox::discardChangesOf(QWidget *parent, const QString &name)
{
    return discardChanges(parent, tr("\"%1\" has unsaved changes. Discard them?").arg(name));
}

void MessageBox::showError(QWidget *parent, const QString &what, const Error &error)
{
    QMessageBox box(QMessageBox::Critical, QCoreApplication::applicationName(), what, QMessageBox::Ok,
                    parent);
    QString info = error.message();
    if (error.fields().size() > 1) {
        for (const FieldError &field : error.fields())
            info += QStringLiteral("\n• ") + field.field + QStringLiteral(": ") + field.message;
    }
    box.setInformativeText(info);
    if (!error.detail().isEmpty())
        box.setDetailedText(error.detail());
    run(box, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton button)
{
    g_nextAnswer = button;
}

void MessageBox::setNonInteractive(bool nonInteractive)
{
    g_nonInteractive = nonInteractive;
}

QStringList MessageBox::shownTexts()
{
    return g_shownTexts;
}

void MessageBox::clearShownTexts()
{
    g_shownTexts.clear();
}

} // namespace gatehouse::ui
