#pragma once

#include "backend/Backend.h"
#include "backend/WorkspaceSpec.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace gatehouse {
class LogSync;
}

namespace gatehouse::ui {

class ConnectionManager;
class Workspace;

/// Logs → "Sync from Logto…": pulls the events of a saved Logto connection into the archive of
/// the current workspace tenant (LogSync), showing what arrives and how fast, with Cancel. A
/// cancelled or failed run keeps every batch stored so far; the next run continues from there.
/// Closing the dialog during a run cancels it and closes once the batch in flight is stored.
/// It also sets how long the archive keeps events (LogsApi::setRetentionDays; default for ever).
class LogSyncDialog : public QDialog
{
    Q_OBJECT
public:
    LogSyncDialog(Workspace *workspace, ConnectionManager *connections, QWidget *parent = nullptr);
    ~LogSyncDialog() override;

    bool isRunning() const;
    /// The text under the progress bar (what the run did, or why it stopped).
    QString statusText() const;

    void start();
    void cancel();
    /// Keeps events for `days` (0 = for ever); a shorter time deletes the older events at once,
    /// after asking.
    void applyRetention(int days);
    QString retentionText() const;
    /// Close: during a run, stops it and closes once the batch in flight is stored.
    void reject() override;

signals:
    /// A run ended (completed, cancelled or failed) having stored `stored` new events.
    void finished(qint64 stored);
    /// The retention was changed (older events may have been deleted).
    void retentionChanged();

private:
    void run(const WorkspaceSpec &spec);
    void showProgress();
    void finish();
    void fail(const QString &message);
    void release();
    void setRunning(bool running);
    void loadRetention();

    Workspace *m_workspace;
    ConnectionManager *m_connections;
    QComboBox *m_source;
    QLabel *m_target;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QSpinBox *m_retention;
    QPushButton *m_applyRetention;
    QLabel *m_retentionStatus;
    int m_retentionDays = -1;           ///< as the archive keeps it (-1 until read)
    std::unique_ptr<Backend> m_backend; ///< the source connection of the run
    std::unique_ptr<LogSync> m_sync;
    QString m_sourceName;
    bool m_busy = false;          ///< from Sync until the run's backend is released
    bool m_stopRequested = false; ///< Stop or Close during the run
    bool m_closeWhenDone = false;
};

} // namespace gatehouse::ui
