#pragma once

#include "backend/Error.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QStringList>

namespace gatehouse::ui {

/// Every message box of the GUI goes through here, so tests can answer them without a nested
/// event loop and check what was said.
///
/// Thread rule: UI thread only.
///
/// Test seam: setNextAnswer() makes the next call return that button at once instead of showing
/// a box; setNonInteractive(true) makes every call without a queued answer return its default
/// button (so an unexpected message never blocks a headless test). shownTexts() records what
/// every call would have shown.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    /// Asks before a destructive action. `actionText` labels the accept button ("Delete
    /// application"); Cancel is the default. In a production tenant the text is preceded by a
    /// prominent production warning. Returns true when the person confirmed.
    static bool confirmDestructive(QWidget *parent, const QString &title, const QString &text,
                                   const QString &actionText, bool production,
                                   const QString &tenantName = {});

    /// Asks whether unsaved changes may be discarded: "Unsaved changes", `question`, Discard or
    /// Cancel (the default). Returns true for Discard.
    static bool discardChanges(QWidget *parent, const QString &question);
    /// discardChanges() for the edits of one named object ("\"Billing\" has unsaved changes…").
    static bool discardChangesOf(QWidget *parent, const QString &name);

    /// Shows an Error: "`what`" as the headline, Error::message() and each field problem, and the
    /// technical detail under "Show Details...". Never call it with a Validation error that was
    /// already shown next to the fields.
    static void showError(QWidget *parent, const QString &what, const Error &error);

    static void setNextAnswer(QMessageBox::StandardButton button);
    static void setNonInteractive(bool nonInteractive);
    static QStringList shownTexts();
    static void clearShownTexts();

private:
    static QMessageBox::StandardButton run(QMessageBox &box, QMessageBox::StandardButton defaultButton);
};

} // namespace gatehouse::ui
