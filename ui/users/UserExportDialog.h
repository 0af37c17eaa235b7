#pragma once

#include "backend/Result.h"
#include "io/UserExport.h"
#include "model/User.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace gatehouse::ui {

class Workspace;

/// "Export users": a target file, the format (CSV, JSON, JSON Lines), whether to export only the
/// users matching the list's current search and filters (on by default when any is set), and
/// whether to include password digests (off; checking it shows a warning — the journal records
/// the choice). Shows how many users will be written, then progress with Cancel, then the
/// result with the row count. The export runs in the backend; the UI thread never waits.
/// Open with open(); deletes itself when closed.
class UserExportDialog : public QDialog
{
    Q_OBJECT
public:
    UserExportDialog(Workspace *workspace, const UserQuery &listQuery, QWidget *parent);
    ~UserExportDialog() override;

    void setFilePath(const QString &path);
    void setFormat(ImportFormat format);
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    const ExportReport &report() const { return m_report; }
    /// The query the export will use (the list's, or every user in the list's order).
    UserQuery exportQuery() const;

    void start();
    void reject() override;

    /// True when `query` narrows the list (a search or any filter).
    static bool isFiltered(const UserQuery &query);

signals:
    void finished();

private:
    void browse();
    void countUsers();
    void pollProgress();
    void showResult(const Result<ExportReport> &result);
    void updateButtons();

    Workspace *m_workspace;
    QString m_tenantId;
    UserQuery m_listQuery;
    std::shared_ptr<ImportControl> m_control;
    ExportReport m_report;
    qint64 m_expected = -1;
    int m_countGeneration = 0;
    bool m_running = false;
    bool m_finished = false;

    QLineEdit *m_file;
    QPushButton *m_browse;
    QComboBox *m_format;
    QCheckBox *m_matching;
    QCheckBox *m_digests;
    QLabel *m_digestsWarning;
    QLabel *m_count;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QTimer *m_timer;
};

} // namespace gatehouse::ui
