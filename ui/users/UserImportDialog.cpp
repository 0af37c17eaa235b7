#include "users/UserImportDialog.h"

#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "users/UserText.h"
#include "util/PrivateFiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
const QColor problemBackground(0xfd, 0xe4, 0xe1);

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

UserImportDialog::UserImportDialog(Workspace *workspace, QWidget *parent)
    : UserTransferDialog(workspace, QStringLiteral("import"), tr("Start import"), parent)
    , m_pages(new QStackedWidget)
    , m_file(new QLineEdit)
    , m_format(new QComboBox)
    , m_detected(style::subtitleLabel({}))
    , m_table(new QTableWidget)
    , m_previewNote(new QLabel)
    , m_allOrNothing(new QRadioButton(tr("&All or nothing: import only if every row is valid")))
    , m_skipInvalid(new QRadioButton(tr("&Skip invalid rows: import the valid ones, report the others")))
    , m_dryRun(new QCheckBox(tr("&Dry run (validate only, write nothing)")))
    , m_progress(new QProgressBar)
    , m_rows(new QLabel)
    , m_hashing(new QLabel(tr("Hashing passwords — this is slow on purpose (Argon2id).")))
    , m_summary(new QLabel)
    , m_reportText(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("userImportDialog"));
    setWindowTitle(tr("Import users"));
    resize(820, 620);

    m_pages->addWidget(createSetupPage());
    m_pages->addWidget(createProgressPage());
    m_pages->addWidget(createReportPage());

    m_save = buttonBox()->addButton(tr("Save report…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("importSaveReportButton"));
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save import report"),
                                                          QFileInfo(m_file->text()).completeBaseName() +
                                                              QStringLiteral("-import-report.txt"),
                                                          tr("Text files (*.txt)"));
        if (!path.isEmpty())
            saveReport(path);
    });

    auto *layout = new QVBoxLayout(this);
    if (workspace->isProduction()) {
        auto *banner =
            new QLabel(tr("<b>\"%1\" is a PRODUCTION tenant.</b> Imported users can sign in at once.")
                           .arg(workspace->productionName().toHtmlEscaped()));
        banner->setObjectName(QStringLiteral("importProductionBanner"));
        banner->setWordWrap(true);
        banner->setStyleSheet(
            QStringLiteral("background: #fde4e1; color: #b42318; border: 1px solid #f5b5ad; "
                           "border-radius: 6px; padding: 8px 10px;"));
        layout->addWidget(banner);
    }
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttonBox());
    updateButtons();
}

QWidget *UserImportDialog::createSetupPage()
{
    auto *page = new QWidget;
    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_file->setPlaceholderText(tr("Choose a .csv, .json or .jsonl file"));
    m_file->setReadOnly(true);
    auto *browseButton = new QPushButton(tr("&Browse…"));
    browseButton->setObjectName(QStringLiteral("importBrowseButton"));
    connect(browseButton, &QPushButton::clicked, this, &UserImportDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);

    m_format->setObjectName(QStringLiteral("importFormatCombo"));
    for (ImportFormat format : {ImportFormat::Csv, ImportFormat::Json, ImportFormat::JsonLines})
        m_format->addItem(UserImportPreview::formatTitle(format), int(format));
    m_format->setEnabled(false);
    m_detected->setObjectName(QStringLiteral("importDetectedLabel"));
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_settingFormat && !m_file->text().isEmpty())
            loadPreview(ImportFormat(m_format->currentData().toInt()));
    });
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format);
    formatRow->addWidget(m_detected, 1);

    m_table->setObjectName(QStringLiteral("importPreviewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setDefaultSectionSize(26);
    m_previewNote->setObjectName(QStringLiteral("importPreviewNote"));
    m_previewNote->setWordWrap(true);
    m_previewNote->setTextFormat(Qt::PlainText);

    m_allOrNothing->setObjectName(QStringLiteral("importAllOrNothingRadio"));
    m_skipInvalid->setObjectName(QStringLiteral("importSkipInvalidRadio"));
    m_dryRun->setObjectName(QStringLiteral("importDryRunCheck"));
    m_allOrNothing->setChecked(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *fileLabel = new QLabel(tr("&File"));
    fileLabel->setBuddy(browseButton);
    auto *formatLabel = new QLabel(tr("F&ormat"));
    formatLabel->setBuddy(m_format);
    form->addRow(fileLabel, fileRow);
    form->addRow(formatLabel, formatRow);
    auto *modes = new QVBoxLayout;
    modes->setSpacing(4);
    modes->addWidget(m_allOrNothing);
    modes->addWidget(m_skipInvalid);
    modes->addWidget(m_dryRun);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(style::sectionLabel(tr("Preview")));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_previewNote);
    layout->addWidget(style::sectionLabel(tr("Mode")));
    layout->addLayout(modes);
    return page;
}

QWidget *UserImportDialog::createProgressPage()
{
    auto *page = new QWidget;
    m_progress->setObjectName(QStringLiteral("importProgressBar"));
    m_progress->setRange(0, 1000);
    m_rows->setObjectName(QStringLiteral("importRowsLabel"));
    m_hashing->setObjectName(QStringLiteral("importHashingLabel"));
    m_hashing->setWordWrap(true);
    m_hashing->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_hashing->setVisible(false);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(style::sectionLabel(tr("Importing…")));
    layout->addWidget(m_progress);
    layout->addWidget(m_rows);
    layout->addWidget(m_hashing);
    layout->addStretch(2);
    return page;
}

QWidget *UserImportDialog::createReportPage()
{
    auto *page = new QWidget;
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_reportText->setObjectName(QStringLiteral("importReportText"));
    m_reportText->setReadOnly(true);
    m_reportText->setFont(style::monospace());
    m_reportText->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_reportText, 1);
    return page;
}

void UserImportDialog::browse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import users from"), m_file->text(),
                                     tr("User files (*.csv *.json *.jsonl *.ndjson);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void UserImportDialog::setFilePath(const QString &path)
{
    m_file->setText(path);
    m_file->setToolTip(path);
    loadPreview(std::nullopt);
}

void UserImportDialog::setFormat(ImportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void UserImportDialog::loadPreview(std::optional<ImportFormat> format)
{
    const int generation = ++m_previewGeneration;
    m_previewReady = false;
    m_previewNote->setText(tr("Reading the first records…"));
    m_previewNote->setStyleSheet({});
    updateButtons();
    UserImportPreview::load(m_file->text(), format)
        .then(this, [this, generation](const ImportPreview &preview) {
            if (generation == m_previewGeneration)
                showPreview(preview);
        });
}

void UserImportDialog::showPreview(const ImportPreview &preview)
{
    m_preview = preview;
    m_previewReady = true;
    m_settingFormat = true;
    m_format->setCurrentIndex(m_format->findData(int(preview.format)));
    m_settingFormat = false;
    m_format->setEnabled(true);
    m_detected->setText(preview.format == preview.detectedFormat
                            ? tr("Detected from the file")
                            : tr("Detected %1; reading as %2")
                                  .arg(UserImportPreview::formatTitle(preview.detectedFormat),
                                       UserImportPreview::formatTitle(preview.format)));

    m_table->clear();
    m_table->setColumnCount(int(preview.columns.size()));
    m_table->setHorizontalHeaderLabels(preview.columns);
    m_table->setRowCount(int(preview.rows.size()));
    int badRows = 0;
    for (int r = 0; r < preview.rows.size(); ++r) {
        const ImportPreview::Row &row = preview.rows[r];
        auto *header = new QTableWidgetItem(tr("line %1").arg(row.line));
        m_table->setVerticalHeaderItem(r, header);
        QStringList rowProblems;
        QStringList allProblems;
        QHash<int, QStringList> cellProblems;
        for (const FieldError &error : row.errors) {
            const int column = int(preview.columns.indexOf(error.field));
            const QString text =
                error.field.isEmpty() ? error.message : error.field + QStringLiteral(": ") + error.message;
            allProblems.append(text);
            if (column >= 0)
                cellProblems[column].append(text);
            else
                rowProblems.append(text);
        }
        for (int c = 0; c < preview.columns.size(); ++c) {
            auto *item = new QTableWidgetItem(row.cells.value(c));
            const QStringList problems = cellProblems.value(c) + rowProblems;
            if (!problems.isEmpty()) {
                item->setBackground(problemBackground);
                item->setToolTip(problems.join(QLatin1Char('\n')));
            }
            if (cellProblems.contains(c))
                item->setForeground(style::danger);
            m_table->setItem(r, c, item);
        }
        if (!row.errors.isEmpty()) {
            ++badRows;
            header->setForeground(style::danger);
            header->setToolTip(allProblems.join(QLatin1Char('\n')));
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 220));

    QString note;
    if (preview.fatal.isError() && preview.fatal.code() == ErrorCode::NotFound) {
        note = preview.fatal.message();
    } else {
        note = preview.rows.isEmpty() ? tr("No records found.")
                                      : tr("First %1 records of %2 (%3).")
                                            .arg(preview.rows.size())
                                            .arg(QFileInfo(preview.path).fileName(), sizeText(preview.size));
        if (!preview.more && !preview.rows.isEmpty() && !preview.fatal.isError())
            note = tr("All %1 records of %2 (%3).")
                       .arg(preview.rows.size())
                       .arg(QFileInfo(preview.path).fileName(), sizeText(preview.size));
        if (badRows > 0)
            note += QLatin1Char(' ') +
                    (badRows == 1
                         ? tr("1 of them has problems (highlighted; hover for details).")
                         : tr("%1 of them have problems (highlighted; hover for details).").arg(badRows));
        if (preview.fatal.isError())
            note += QLatin1Char(' ') +
                    tr("The file cannot be read past this point: %1").arg(preview.fatal.message());
    }
    m_previewNote->setText(note);
    m_previewNote->setStyleSheet(badRows > 0 || preview.fatal.isError() ? QStringLiteral("color: #b42318;")
                                                                        : QString());
    updateButtons();
}

void UserImportDialog::startTransfer()
{
    ImportOptions options;
    options.format = ImportFormat(m_format->currentData().toInt());
    options.mode =
        m_skipInvalid->isChecked() ? ImportOptions::Mode::SkipInvalid : ImportOptions::Mode::AllOrNothing;
    options.dryRun = m_dryRun->isChecked();
    const std::shared_ptr<ImportControl> control = beginRun();
    m_progress->setValue(0);
    m_rows->setText(tr("Starting…"));
    m_pages->setCurrentIndex(1);
    updateButtons();
    workspace()->run(
        workspace()->backend().users().importUsers(tenantId(), m_file->text(), options, control), this,
        QString(), [this](const ImportReport &report) { showReport(report); },
        [this](const Error &error) { showReport(error); });
}

void UserImportDialog::showProgress(const ImportProgress &progress)
{
    if (progress.totalBytes > 0) {
        m_progress->setValue(int(progress.bytesRead * 1000 / progress.totalBytes));
        m_progress->setFormat(
            tr("%1 of %2").arg(sizeText(progress.bytesRead), sizeText(progress.totalBytes)));
    }
    m_rows->setText(
        tr("%1 rows · %2 rows/s")
            .arg(UserText::number(progress.rowsRead), UserText::number(qint64(progress.rowsPerSecond))));
    m_hashing->setVisible(progress.hashingPasswords);
}

void UserImportDialog::showReport(const Result<ImportReport> &result)
{
    endRun();
    m_pages->setCurrentIndex(2);
    bool good = false;
    QString summary;
    if (!result.ok()) {
        summary = tr("The import could not start: %1").arg(result.error().message());
        m_report = ImportReport();
        m_reportText->setPlainText(result.error().toString());
    } else {
        m_report = result.value();
        const ImportReport &r = m_report;
        const bool dryRun = m_dryRun->isChecked();
        const bool skip = m_skipInvalid->isChecked();
        if (r.cancelled) {
            summary = r.rowsImported > 0 ? tr("Cancelled. %1 users were imported before cancelling.")
                                               .arg(UserText::number(r.rowsImported))
                                         : tr("Cancelled. Nothing was imported.");
        } else if (r.fatal.isError()) {
            summary = r.rowsImported > 0 ? tr("Stopped at a file error after importing %1 users.")
                                               .arg(UserText::number(r.rowsImported))
                                         : tr("Stopped at a file error. Nothing was imported.");
        } else if (dryRun) {
            good = r.rowsInvalid == 0;
            summary = good ? tr("Dry run: all %1 rows are valid. Nothing was written.")
                                 .arg(UserText::number(r.rowsRead))
                           : tr("Dry run: %1 of %2 rows have problems. Nothing was written.")
                                 .arg(UserText::number(r.rowsInvalid), UserText::number(r.rowsRead));
        } else if (!skip && r.rowsInvalid > 0) {
            summary = tr("Nothing was imported: %1 of %2 rows have problems (all or nothing).")
                          .arg(UserText::number(r.rowsInvalid), UserText::number(r.rowsRead));
        } else if (r.rowsInvalid > 0) {
            good = true;
            summary = tr("Imported %1 users; %2 invalid rows were skipped.")
                          .arg(UserText::number(r.rowsImported), UserText::number(r.rowsInvalid));
        } else {
            good = true;
            summary = tr("Imported %1 users.").arg(UserText::number(r.rowsImported));
        }
        summary +=
            QLatin1Char(' ') + tr("(%1 s)").arg(QLocale().toString(double(r.elapsedMs) / 1000.0, 'f', 1));
        m_reportText->setPlainText(r.toText());
    }
    m_summary->setText(summary);
    m_summary->setStyleSheet(good ? QStringLiteral("font-weight: bold; color: #1e7a3a;")
                                  : QStringLiteral("font-weight: bold; color: #b42318;"));
    updateButtons();
    if (result.ok() && m_report.rowsImported > 0)
        emit imported(m_report.rowsImported);
    emit finished();
}

bool UserImportDialog::saveReport(const QString &path)
{
    QFile file(path);
    if (!privatefiles::openForWriting(file) ||
        file.write((m_summary->text() + QLatin1Char('\n') + m_reportText->toPlainText() + QLatin1Char('\n'))
                       .toUtf8()) < 0) {
        MessageBox::warning(this, tr("Save report"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void UserImportDialog::updateButtons()
{
    UserTransferDialog::updateButtons();
    const bool setup = !isRunning() && !isFinished();
    const bool canOpen = !(m_preview.fatal.isError() && m_preview.fatal.code() == ErrorCode::NotFound);
    startButton()->setVisible(setup);
    startButton()->setEnabled(setup && m_previewReady && canOpen && !m_file->text().isEmpty());
    m_save->setVisible(isFinished());
}

} // namespace gatehouse::ui
