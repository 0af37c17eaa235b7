#include "logs/LogSyncDialog.h"

#include "common/Format.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "connections/ConnectionManager.h"
#include "connections/ConnectionStore.h"
#include "factory/BackendFactory.h"
#include "logs/LogSync.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gatehouse::ui {

LogSyncDialog::LogSyncDialog(Workspace *workspace, ConnectionManager *connections, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_connections(connections)
    , m_source(new QComboBox)
    , m_target(new QLabel)
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_start(new QPushButton(tr("&Sync")))
    , m_cancel(new QPushButton(tr("S&top")))
    , m_close(new QPushButton(tr("&Close")))
    , m_retention(new QSpinBox)
    , m_applyRetention(new QPushButton(tr("&Apply")))
    , m_retentionStatus(new QLabel)
{
    setObjectName(QStringLiteral("logSyncDialog"));
    setWindowTitle(tr("Sync events from Logto"));
    resize(620, 300);

    m_source->setObjectName(QStringLiteral("logSyncSourceCombo"));
    for (const SavedConnection &connection : connectionstore::all())
        m_source->addItem(
            tr("%1 (%2, tenant %3)").arg(connection.name, connection.endpoint, connection.tenant),
            connection.account());
    m_target->setObjectName(QStringLiteral("logSyncTargetLabel"));
    m_target->setWordWrap(true);
    m_target->setText(
        tr("The archive of tenant \"%1\" in this workspace. Only events newer than the last sync "
           "are fetched; an interrupted sync continues where it stopped, and no event is "
           "stored twice.")
            .arg(workspace->tenant().name));
    m_progress->setObjectName(QStringLiteral("logSyncProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_status->setObjectName(QStringLiteral("logSyncStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_start->setObjectName(QStringLiteral("logSyncStartButton"));
    m_cancel->setObjectName(QStringLiteral("logSyncStopButton"));
    m_cancel->setToolTip(tr("Stop after the batch in flight is stored; the next sync continues from there"));
    m_close->setObjectName(QStringLiteral("logSyncCloseButton"));
    style::makePrimary(m_start);

    m_retention->setObjectName(QStringLiteral("logRetentionSpin"));
    m_retention->setRange(0, 36500);
    m_retention->setSpecialValueText(tr("for ever"));
    m_retention->setSuffix(tr(" days"));
    m_retention->setToolTip(tr("How long the archive keeps events; 0 keeps them for ever"));
    m_retention->setEnabled(false);
    m_applyRetention->setObjectName(QStringLiteral("logRetentionApplyButton"));
    m_applyRetention->setEnabled(false);
    m_retentionStatus->setObjectName(QStringLiteral("logRetentionStatusLabel"));
    m_retentionStatus->setWordWrap(true);
    auto *retentionRow = new QHBoxLayout;
    retentionRow->addWidget(m_retention);
    retentionRow->addWidget(m_applyRetention);
    retentionRow->addWidget(m_retentionStatus, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("From:"), m_source);
    form->addRow(tr("Into:"), m_target);
    form->addRow(tr("Keep events:"), retentionRow);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_progress);
    layout->addWidget(m_status, 1);
    layout->addWidget(buttons);

    if (m_source->count() == 0) {
        m_source->setEnabled(false);
        m_start->setEnabled(false);
        m_status->setText(tr("No Logto connection is saved on this computer. Add one under File → "
                             "Connections…, then sync its events here."));
    } else if (!workspace->backend().capabilities().logArchive) {
        m_start->setEnabled(false);
        m_status->setText(tr("This workspace keeps no archive of events."));
    }
    connect(m_start, &QPushButton::clicked, this, &LogSyncDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &LogSyncDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &LogSyncDialog::reject);
    connect(m_retention, &QSpinBox::valueChanged, this, [this](int days) {
        m_applyRetention->setEnabled(m_retentionDays >= 0 && days != m_retentionDays);
    });
    connect(m_applyRetention, &QPushButton::clicked, this, [this] { applyRetention(m_retention->value()); });
    setRunning(false);
    loadRetention();
}

QString LogSyncDialog::retentionText() const
{
    return m_retentionStatus->text();
}

void LogSyncDialog::loadRetention()
{
    if (!m_workspace->backend().capabilities().logArchive || !m_workspace->hasTenant())
        return;
    m_workspace->run(m_workspace->backend().logs().retentionDays(m_workspace->tenant().id), this,
                     tr("Could not read how long the archive keeps events."), [this](int days) {
                         m_retentionDays = days;
                         const QSignalBlocker block(m_retention);
                         m_retention->setValue(days);
                         m_retention->setEnabled(true);
                         m_applyRetention->setEnabled(false);
                     });
}

void LogSyncDialog::applyRetention(int days)
{
    if (m_retentionDays < 0)
        return;
    // A shorter time deletes events at once: ask first.
    if (days > 0 && (m_retentionDays == 0 || days < m_retentionDays) &&
        !m_workspace->confirmDestructive(
            this, tr("Keep events for %n days", nullptr, days),
            tr("Events older than %n days are deleted from the archive now, and from then on at every "
               "completed sync. The Logto server may no longer have them.",
               nullptr, days),
            tr("Delete older events")))
        return;
    m_applyRetention->setEnabled(false);
    m_workspace->run(
        m_workspace->backend().logs().setRetentionDays(m_workspace->tenant().id, days), this,
        tr("Could not change how long the archive keeps events."),
        [this, days](qint64 deleted) {
            m_retentionDays = days;
            const QString kept = days == 0 ? tr("Events are kept for ever.")
                                           : tr("Events are kept for %n days.", nullptr, days);
            m_retentionStatus->setText(
                deleted > 0 ? kept + QLatin1Char(' ') +
                                  tr("%1 older events were deleted.").arg(QLocale().toString(deleted))
                            : kept);
            emit retentionChanged();
        },
        [this](const Error &) { m_applyRetention->setEnabled(m_retention->value() != m_retentionDays); });
}

LogSyncDialog::~LogSyncDialog()
{
    // The sync refers to the source backend: it goes first.
    m_sync.reset();
    m_backend.reset();
}

bool LogSyncDialog::isRunning() const
{
    return m_busy;
}

QString LogSyncDialog::statusText() const
{
    return m_status->text();
}

void LogSyncDialog::setRunning(bool running)
{
    m_source->setEnabled(!running && m_source->count() > 0);
    m_start->setVisible(!running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_close->setEnabled(true);
}

void LogSyncDialog::start()
{
    if (m_busy || m_source->currentIndex() < 0)
        return;
    std::optional<SavedConnection> connection;
    for (const SavedConnection &saved : connectionstore::all())
        if (saved.account() == m_source->currentData().toString())
            connection = saved;
    if (!connection) {
        fail(tr("The connection is no longer saved."));
        return;
    }
    const Result<WorkspaceSpec> spec = connection->spec();
    if (!spec.ok()) {
        fail(spec.error().message());
        return;
    }
    m_sourceName = connection->name;
    m_busy = true;
    m_stopRequested = false;
    setRunning(true);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Connecting to %1…").arg(connection->endpoint));
    m_connections->credentials(spec.value()).then(this, [this](Result<WorkspaceSpec> resolved) {
        if (m_stopRequested) {
            finish();
            return;
        }
        if (!resolved.ok()) {
            fail(tr("No client secret is known for this connection: connect to it once (File → Connections…) "
                    "to enter it. %1")
                     .arg(resolved.error().message()));
            return;
        }
        run(resolved.value());
    });
}

void LogSyncDialog::run(const WorkspaceSpec &spec)
{
    m_backend = createBackend(spec);
    m_backend->open().then(this, [this, spec](Result<Done> opened) {
        if (!opened.ok()) {
            fail(tr("Could not connect: %1").arg(opened.error().message()));
            return;
        }
        m_backend->tenants().list().then(this, [this, spec](Result<QList<Tenant>> tenants) {
            if (!tenants.ok() || tenants->isEmpty()) {
                fail(tenants.ok()
                         ? tr("The server has no tenant for this connection.")
                         : tr("Could not read the server's tenant: %1").arg(tenants.error().message()));
                return;
            }
            if (m_stopRequested) { // stopped while connecting
                finish();
                return;
            }
            m_sync = std::make_unique<LogSync>(m_backend->logs(), tenants->first().id, spec.displayLocation(),
                                               m_workspace->backend().logs(), m_workspace->tenant().id);
            connect(m_sync.get(), &LogSync::progressed, this, &LogSyncDialog::showProgress);
            connect(m_sync.get(), &LogSync::finished, this, &LogSyncDialog::finish);
            m_status->setText(tr("Reading where the last sync stopped…"));
            m_sync->start();
        });
    });
}

void LogSyncDialog::showProgress()
{
    const LogSyncProgress &p = m_sync->progress();
    const LogSyncState &state = m_sync->state();
    const QLocale locale;
    const double seconds = qMax<qint64>(1, p.elapsedMs) / 1000.0;
    QString text =
        tr("%1 events fetched, %2 new, %3 already archived — %4 events/s")
            .arg(locale.toString(p.fetched), locale.toString(p.stored), locale.toString(p.alreadyPresent),
                 locale.toString(qRound64(p.fetched / seconds)));
    if (p.oldestSeen > 0)
        text += QLatin1Char('\n') + tr("Reached events of %1.").arg(Format::dateTime(p.oldestSeen));
    if (p.resumed)
        text += QLatin1Char('\n') + tr("Continuing the sync an earlier run left unfinished.");
    m_status->setText(text);
    // A pass runs from its top down to the last high-water mark: how far it is, when both are known.
    if (state.passTop > 0 && state.highWater > 0 && p.oldestSeen > 0 && state.passTop > state.highWater) {
        const double done = double(state.passTop - p.oldestSeen) / double(state.passTop - state.highWater);
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(0.0, done, 1.0) * 1000));
    } else {
        m_progress->setRange(0, 0);
    }
}

void LogSyncDialog::finish()
{
    const bool ran = m_sync != nullptr;
    const LogSyncProgress p = ran ? m_sync->progress() : LogSyncProgress{};
    const std::optional<Error> error = ran ? m_sync->error() : std::nullopt;
    release();
    setRunning(false);
    m_progress->setRange(0, 1);
    const QLocale locale;
    if (!ran) {
        m_progress->setValue(0);
        m_status->setText(tr("Stopped before any event was fetched."));
        emit finished(0);
        return;
    }
    if (error && error->code() == ErrorCode::Cancelled) {
        m_progress->setValue(0);
        m_status->setText(tr("Stopped after %1 events (%2 new). The next sync continues from there.")
                              .arg(locale.toString(p.fetched), locale.toString(p.stored)));
    } else if (error) {
        m_progress->setValue(0);
        m_status->setText(
            tr("The sync stopped: %1\n%2 events were stored before; the next sync continues from "
               "there.")
                .arg(error->message(), locale.toString(p.stored)));
    } else {
        m_progress->setValue(1);
        m_status->setText(tr("Done: %1 events fetched from \"%2\", %3 new, %4 already archived (%5 s, %6 "
                             "requests).")
                              .arg(locale.toString(p.fetched), m_sourceName, locale.toString(p.stored),
                                   locale.toString(p.alreadyPresent),
                                   locale.toString(p.elapsedMs / 1000.0, 'f', 1), locale.toString(p.pages)));
    }
    emit finished(p.stored);
}

void LogSyncDialog::release()
{
    // Released by a queued call, never from inside the sync's signal or the backend's own
    // continuation.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_sync.reset();
            m_backend.reset();
            m_busy = false;
            if (m_closeWhenDone)
                QDialog::reject();
        },
        Qt::QueuedConnection);
}

void LogSyncDialog::fail(const QString &message)
{
    release();
    setRunning(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setText(message);
}

void LogSyncDialog::cancel()
{
    if (!m_busy || m_stopRequested)
        return;
    m_stopRequested = true;
    m_cancel->setEnabled(false);
    m_status->setText(m_status->text() + QLatin1Char('\n') + tr("Stopping after the batch in flight…"));
    if (m_sync)
        m_sync->cancel();
}

void LogSyncDialog::reject()
{
    if (m_busy) {
        m_closeWhenDone = true;
        cancel();
        return;
    }
    QDialog::reject();
}

} // namespace gatehouse::ui
