#pragma once

#include "io/UserImport.h"

#include <QDialog>
#include <memory>

class QDialogButtonBox;
class QPushButton;
class QTimer;

namespace gatehouse::ui {

class Workspace;

/// A dialog that moves users in or out of the tenant (an import, an export) in the backend:
/// first the setup and Start; while the transfer runs, its progress polled every 100 ms and
/// Cancel (closing the dialog cancels it first, and so does deleting it); at the end the outcome
/// and Close. The base owns the run state, the cancellation and those buttons; subclasses build
/// the setup, start the backend call with the control beginRun() returns and show the outcome
/// after endRun().
///
/// Object names: "<prefix>StartButton", "<prefix>CancelButton", "<prefix>CloseButton".
///
/// Thread rule: UI thread only. Open with open(); deletes itself when closed.
class UserTransferDialog : public QDialog
{
    Q_OBJECT
public:
    ~UserTransferDialog() override;

    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    /// Starts the transfer when Start is enabled and none runs.
    void start();
    /// While the transfer runs: cancels it (the dialog stays until it stopped). Else closes.
    void reject() override;

signals:
    /// The transfer ended, with its outcome or an error.
    void finished();

protected:
    /// `prefix` names the buttons; `startText` labels Start.
    UserTransferDialog(Workspace *workspace, const QString &prefix, const QString &startText,
                       QWidget *parent);

    Workspace *workspace() const { return m_workspace; }
    /// The tenant the dialog was opened for.
    const QString &tenantId() const { return m_tenantId; }
    /// Cancel, Close and Start, for the subclass's layout (and buttons of its own).
    QDialogButtonBox *buttonBox() const { return m_buttons; }
    QPushButton *startButton() const { return m_start; }

    /// Begins a run: the returned control is what the backend call reports progress to and is
    /// cancelled through; polling starts.
    std::shared_ptr<ImportControl> beginRun();
    /// The backend call ended: the last progress is shown, polling stops and the dialog is
    /// finished. Show the outcome, then updateButtons() and emit finished().
    void endRun();

    /// Starts the backend call (start() checked that it may).
    virtual void startTransfer() = 0;
    /// Shows what the running transfer reports.
    virtual void showProgress(const ImportProgress &progress) = 0;
    /// Shows Cancel until the end and Close after it; override for the rest (call the base).
    virtual void updateButtons();

private:
    void poll();

    Workspace *m_workspace;
    QString m_tenantId;
    std::shared_ptr<ImportControl> m_control;
    bool m_running = false;
    bool m_finished = false;
    QDialogButtonBox *m_buttons;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QTimer *m_timer;
};

} // namespace gatehouse::ui
