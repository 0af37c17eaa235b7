#pragma once

#include "backend/Result.h"
#include "io/UserExport.h"
#include "model/User.h"
#include "users/UserTransferDialog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace gatehouse::ui {

/// "Export users": a target file, the format (CSV, JSON, JSON Lines), whether to export only the
/// users matching the list's current search and filters (on by default when any is set), and
/// whether to include password digests (off; checking it shows a warning — the journal records
/// the choice). Shows how many users will be written, then progress with Cancel, then the
/// result with the row count. The export runs in the backend; the UI thread never waits.
/// Open with open(); deletes itself when closed.
class UserExportDialog : public UserTransferDialog
{
    Q_OBJECT
public:
    UserExportDialog(Workspace *workspace, const UserQuery &listQuery, QWidget *parent);

    void setFilePath(const QString &path);
    void setFormat(ImportFormat format);
    const ExportReport &report() const { return m_report; }
    /// The query the export will use (the list's, or every user in the list's order).
    UserQuery exportQuery() const;

    /// True when `query` narrows the list (a search or any filter).
    static bool isFiltered(const UserQuery &query);

protected:
    void startTransfer() override;
    void showProgress(const ImportProgress &progress) override;
    void updateButtons() override;

private:
    void browse();
    void countUsers();
    void showResult(const Result<ExportReport> &result);

    UserQuery m_listQuery;
    ExportReport m_report;
    qint64 m_expected = -1;
    int m_countGeneration = 0;

    QLineEdit *m_file;
    QPushButton *m_browse;
    QComboBox *m_format;
    QCheckBox *m_matching;
    QCheckBox *m_digests;
    QCheckBox *m_spreadsheetSafe;
    QLabel *m_digestsWarning;
    QLabel *m_count;
    QProgressBar *m_progress;
    QLabel *m_result;
};

} // namespace gatehouse::ui
