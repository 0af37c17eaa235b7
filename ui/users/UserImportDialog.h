#pragma once

#include "backend/Result.h"
#include "io/UserImport.h"
#include "users/UserImportPreview.h"
#include "users/UserTransferDialog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableWidget;

namespace gatehouse::ui {

/// "Import users": pick a CSV, JSON or JSON Lines file (format detected, can be overridden),
/// preview its first records with their problems highlighted, choose all-or-nothing (default) or
/// skip-invalid and optionally a dry run, then Start. While the import runs the dialog shows
/// bytes read, rows and rows/s (polled every 100 ms) and a notice while plain-text passwords
/// are hashed; Cancel stops it. At the end it shows the report with a summary line on top and
/// "Save report…".
///
/// Nothing here blocks the UI thread: the preview is read on a pool thread and the import runs
/// in the backend. Closing the dialog while the import runs cancels it first.
/// Open with open(); deletes itself when closed.
class UserImportDialog : public UserTransferDialog
{
    Q_OBJECT
public:
    UserImportDialog(Workspace *workspace, QWidget *parent);

    /// Chooses the file (as Browse… does) and reads its preview.
    void setFilePath(const QString &path);
    /// Overrides the detected format.
    void setFormat(ImportFormat format);
    bool isPreviewReady() const { return m_previewReady; }
    const ImportPreview &preview() const { return m_preview; }
    const ImportReport &report() const { return m_report; }
    /// Writes the report text to `path`; false (with a message box) on failure.
    bool saveReport(const QString &path);

signals:
    /// Rows were committed (not emitted for dry runs or rejected imports).
    void imported(qint64 rows);

protected:
    void startTransfer() override;
    void showProgress(const ImportProgress &progress) override;
    void updateButtons() override;

private:
    QWidget *createSetupPage();
    QWidget *createProgressPage();
    QWidget *createReportPage();
    void browse();
    void loadPreview(std::optional<ImportFormat> format);
    void showPreview(const ImportPreview &preview);
    void showReport(const Result<ImportReport> &result);

    ImportPreview m_preview;
    ImportReport m_report;
    int m_previewGeneration = 0;
    bool m_previewReady = false;
    bool m_settingFormat = false;

    QStackedWidget *m_pages;
    QLineEdit *m_file;
    QComboBox *m_format;
    QLabel *m_detected;
    QTableWidget *m_table;
    QLabel *m_previewNote;
    QRadioButton *m_allOrNothing;
    QRadioButton *m_skipInvalid;
    QCheckBox *m_dryRun;
    QProgressBar *m_progress;
    QLabel *m_rows;
    QLabel *m_hashing;
    QLabel *m_summary;
    QPlainTextEdit *m_reportText;
    QPushButton *m_save;
};

} // namespace gatehouse::ui
