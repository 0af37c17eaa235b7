#include "users/UserExportDialog.h"

#include "common/Style.h"
#include "common/Workspace.h"
#include "users/DialogFit.h"
#include "users/UserImportPreview.h"
#include "users/UserText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
QString suffixOf(ImportFormat format)
{
    return format == ImportFormat::Csv
               ? QStringLiteral("csv")
               : (format == ImportFormat::Json ? QStringLiteral("json") : QStringLiteral("jsonl"));
}
} // namespace

bool UserExportDialog::isFiltered(const UserQuery &query)
{
    UserQuery unfiltered;
    unfiltered.sort = query.sort;
    UserQuery trimmed = query;
    trimmed.search = trimmed.search.trimmed();
    return !(trimmed == unfiltered);
}

UserExportDialog::UserExportDialog(Workspace *workspace, const UserQuery &listQuery, QWidget *parent)
    : UserTransferDialog(workspace, QStringLiteral("export"), tr("Export"), parent)
    , m_listQuery(listQuery)
    , m_file(new QLineEdit)
    , m_format(new QComboBox)
    , m_matching(new QCheckBox(tr("Only users &matching the current search and filters")))
    , m_digests(new QCheckBox(tr("Include password &digests")))
    , m_spreadsheetSafe(new QCheckBox(tr("Safe to open in a &spreadsheet")))
    , m_digestsWarning(new QLabel)
    , m_count(style::subtitleLabel({}))
    , m_progress(new QProgressBar)
    , m_result(new QLabel)
{
    setObjectName(QStringLiteral("userExportDialog"));
    setWindowTitle(tr("Export users"));
    setMinimumWidth(560);

    m_file->setObjectName(QStringLiteral("exportFileEdit"));
    m_file->setPlaceholderText(tr("Where to save the file"));
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setObjectName(QStringLiteral("exportBrowseButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    m_format->setObjectName(QStringLiteral("exportFormatCombo"));
    for (ImportFormat format : {ImportFormat::Csv, ImportFormat::Json, ImportFormat::JsonLines})
        m_format->addItem(UserImportPreview::formatTitle(format), int(format));
    m_matching->setObjectName(QStringLiteral("exportMatchingCheck"));
    const bool filtered = isFiltered(listQuery);
    m_matching->setChecked(filtered);
    m_matching->setEnabled(filtered);
    if (!filtered)
        m_matching->setToolTip(tr("The list shows every user: no search or filter is set."));
    m_digests->setObjectName(QStringLiteral("exportDigestsCheck"));
    m_digestsWarning->setObjectName(QStringLiteral("exportDigestsWarning"));
    m_digestsWarning->setWordWrap(true);
    m_digestsWarning->setText(
        tr("Password digests let anyone with the file try to crack the passwords offline. "
           "Include them only to move users to another system, keep the file encrypted and "
           "delete it afterwards. The journal records that digests were exported."));
    m_digestsWarning->setStyleSheet(
        QStringLiteral("background: #fff4d6; color: #8a5a00; border: 1px solid #f0d58c; "
                       "border-radius: 6px; padding: 6px 8px;"));
    m_digestsWarning->setVisible(false);
    if (!workspace->backend().capabilities().exportPasswordDigests) {
        m_digests->setEnabled(false);
        m_digests->setToolTip(tr("This connection's server never hands out password digests."));
    }
    m_count->setObjectName(QStringLiteral("exportCountLabel"));
    m_progress->setObjectName(QStringLiteral("exportProgressBar"));
    m_progress->setVisible(false);
    m_result->setObjectName(QStringLiteral("exportResultLabel"));
    m_result->setWordWrap(true);
    m_result->setVisible(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *fileLabel = new QLabel(tr("&File"));
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("F&ormat"), m_format);
    form->addRow(QString(), m_matching);
    m_spreadsheetSafe->setObjectName(QStringLiteral("exportSpreadsheetSafeCheck"));
    m_spreadsheetSafe->setChecked(true);
    m_spreadsheetSafe->setToolTip(
        tr("A cell starting with = + - @, a tab or a carriage return is written with a leading ' so a "
           "spreadsheet shows it as text instead of running it as a formula. Turn it off for a file that "
           "another system or \"Import users\" reads back exactly."));
    form->addRow(QString(), m_spreadsheetSafe);
    form->addRow(QString(), m_digests);
    form->addRow(QString(), m_digestsWarning);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(form);
    layout->addWidget(m_count);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttonBox());

    connect(m_browse, &QPushButton::clicked, this, &UserExportDialog::browse);
    connect(m_file, &QLineEdit::textChanged, this, &UserExportDialog::updateButtons);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updateButtons();
        const QString path = m_file->text();
        if (path.isEmpty())
            return;
        const QFileInfo info(path);
        m_file->setText(QDir(info.path())
                            .filePath(info.completeBaseName() + QLatin1Char('.') +
                                      suffixOf(ImportFormat(m_format->currentData().toInt()))));
    });
    connect(m_digests, &QCheckBox::toggled, this, [this](bool checked) {
        m_digestsWarning->setVisible(checked);
        growToFit(this);
    });
    connect(m_matching, &QCheckBox::toggled, this, &UserExportDialog::countUsers);

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_file->setText(
        QDir(documents.isEmpty() ? QDir::homePath() : documents)
            .filePath(QStringLiteral("users-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))));
    countUsers();
    updateButtons();
}

UserQuery UserExportDialog::exportQuery() const
{
    if (m_matching->isChecked())
        return m_listQuery;
    UserQuery all;
    all.sort = m_listQuery.sort;
    return all;
}

void UserExportDialog::setFilePath(const QString &path)
{
    m_file->setText(path);
}

void UserExportDialog::setFormat(ImportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void UserExportDialog::browse()
{
    const ImportFormat format = ImportFormat(m_format->currentData().toInt());
    const QString filter = format == ImportFormat::Csv    ? tr("CSV files (*.csv)")
                           : format == ImportFormat::Json ? tr("JSON files (*.json)")
                                                          : tr("JSON Lines files (*.jsonl *.ndjson)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export users to"), m_file->text(), filter);
    if (!path.isEmpty())
        m_file->setText(path);
}

void UserExportDialog::countUsers()
{
    const int generation = ++m_countGeneration;
    m_expected = -1;
    m_count->setText(tr("Counting users…"));
    // One anchor per 2^30 rows: just the count, in the background.
    workspace()
        ->backend()
        .users()
        .anchors(tenantId(), exportQuery(), 1 << 30)
        .then(this, [this, generation](const Result<UserAnchors> &result) {
            if (generation != m_countGeneration)
                return;
            if (!result.ok()) {
                m_count->setText(tr("Could not count the users: %1").arg(result.error().message()));
                return;
            }
            m_expected = result->total;
            m_count->setText(tr("%1 will be exported.").arg(UserText::userCount(m_expected)));
            updateButtons();
        });
}

void UserExportDialog::startTransfer()
{
    ExportOptions options;
    options.format = ImportFormat(m_format->currentData().toInt());
    options.withPasswordDigests = m_digests->isChecked();
    options.spreadsheetSafe = options.format == ImportFormat::Csv && m_spreadsheetSafe->isChecked();
    const std::shared_ptr<ImportControl> control = beginRun();
    m_progress->setVisible(true);
    if (m_expected > 0) {
        m_progress->setRange(0, int(qMin<qint64>(m_expected, std::numeric_limits<int>::max())));
        m_progress->setValue(0);
    } else {
        m_progress->setRange(0, 0);
    }
    m_result->setVisible(false);
    updateButtons();
    workspace()->run(
        workspace()->backend().users().exportUsers(tenantId(), exportQuery(), m_file->text(), options,
                                                   control),
        this, QString(), [this](const ExportReport &report) { showResult(report); },
        [this](const Error &error) { showResult(error); });
}

void UserExportDialog::showProgress(const ImportProgress &progress)
{
    if (m_progress->maximum() > 0)
        m_progress->setValue(int(qMin<qint64>(progress.rowsRead, m_progress->maximum())));
    m_progress->setFormat(tr("%1 rows").arg(UserText::number(progress.rowsRead)));
}

void UserExportDialog::showResult(const Result<ExportReport> &result)
{
    endRun();
    m_progress->setVisible(false);
    m_result->setVisible(true);
    if (!result.ok()) {
        m_result->setText(tr("The export failed: %1").arg(result.error().message()));
        m_result->setStyleSheet(QStringLiteral("color: #b42318; font-weight: bold;"));
    } else if (result->cancelled) {
        m_report = result.value();
        m_result->setText(tr("Cancelled. No file was written."));
        m_result->setStyleSheet(QStringLiteral("color: #b42318; font-weight: bold;"));
    } else {
        m_report = result.value();
        QString text =
            tr("Exported %1 to %2 (%3) in %4 s.")
                .arg(UserText::userCount(m_report.rows), QDir::toNativeSeparators(m_file->text()),
                     QLocale().formattedDataSize(m_report.bytes, 1, QLocale::DataSizeTraditionalFormat),
                     QLocale().toString(double(m_report.elapsedMs) / 1000.0, 'f', 1));
        if (m_report.spreadsheetSafe)
            text += QLatin1Char(' ') + tr("Cells a spreadsheet would run as formulas were written as text.");
        if (m_digests->isChecked())
            text += QLatin1Char(' ') + tr("The file contains password digests: keep it safe.");
        m_result->setText(text);
        m_result->setStyleSheet(QStringLiteral("color: #1e7a3a; font-weight: bold;"));
    }
    updateButtons();
    growToFit(this);
    emit finished();
}

void UserExportDialog::updateButtons()
{
    UserTransferDialog::updateButtons();
    const bool setup = !isRunning() && !isFinished();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_file, m_browse, m_format, m_matching, m_digests,
                                                            m_spreadsheetSafe})
        widget->setEnabled(
            setup && (widget != m_matching || isFiltered(m_listQuery)) &&
            (widget != m_digests || workspace()->backend().capabilities().exportPasswordDigests) &&
            (widget != m_spreadsheetSafe ||
             ImportFormat(m_format->currentData().toInt()) == ImportFormat::Csv));
    startButton()->setVisible(!isFinished());
    startButton()->setEnabled(setup && !m_file->text().trimmed().isEmpty());
}

} // namespace gatehouse::ui
