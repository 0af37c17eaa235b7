#include "logs/LogsPage.h"

#include "common/Format.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "logs/EventColumns.h"
#include "logs/EventNames.h"
#include "logs/LogExport.h"
#include "logs/SignInSummary.h"
#include "model/LogKeys.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

namespace gatehouse::ui {

namespace {
constexpr qint64 hourMs = 3600000;

QString eventsText(qint64 n)
{
    return n == 1 ? LogsPage::tr("1 event") : LogsPage::tr("%1 events").arg(QLocale().toString(n));
}
} // namespace

LogsPage::LogsPage(Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_model(new ListModel<LogEvent>(this))
    , m_view(new QTableView)
    , m_search(new QLineEdit)
    , m_user(new QLineEdit)
    , m_key(new QComboBox)
    , m_result(new QComboBox)
    , m_range(new QComboBox)
    , m_status(style::subtitleLabel({}))
    , m_detailTitle(style::sectionLabel(tr("Select an event to see everything it recorded.")))
    , m_detail(new QPlainTextEdit)
    , m_refresh(new QPushButton(tr("Refresh")))
    , m_export(new QPushButton(tr("Export…")))
    , m_sync(new QPushButton(tr("Sync from Logto…")))
    , m_debounce(new QTimer(this))
    , m_names(new EventNames(workspace, this))
    , m_memberOfLabel(new QLabel)
    , m_memberOfClear(new QToolButton)
    , m_saved(new QComboBox)
    , m_saveFilter(new QPushButton(tr("Save filter…")))
    , m_forgetFilter(new QPushButton(tr("Forget")))
{
    setObjectName(QStringLiteral("logsPage"));
    m_model->setColumns({
        EventColumns::when(),
        EventColumns::event(),
        EventColumns::result(),
        EventColumns::user(tr("User"), m_names),
        EventColumns::application(m_names),
        EventColumns::ip(),
        EventColumns::browser(),
    });
    m_view->setObjectName(QStringLiteral("logsTable"));
    m_view->setModel(m_model);
    style::setUpTable(m_view);
    m_view->setSortingEnabled(false); // newest first is the only order a log list keeps
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_search->setObjectName(QStringLiteral("logsSearchEdit"));
    m_search->setPlaceholderText(tr("Search: IP, error, id…"));
    m_search->setClearButtonEnabled(true);
    m_user->setObjectName(QStringLiteral("logsUserEdit"));
    m_user->setPlaceholderText(tr("User id"));
    m_user->setClearButtonEnabled(true);
    m_key->setObjectName(QStringLiteral("logsKeyCombo"));
    m_key->setEditable(true);
    m_key->addItem(tr("Any event"), QString());
    for (const QString &prefix : logkeys::knownKeyPrefixes())
        m_key->addItem(prefix.endsWith(QLatin1Char('.')) ? prefix + QLatin1Char('*') : prefix, prefix);
    m_key->setToolTip(
        tr("An event key, or a prefix ending in * (Interaction.SignIn.* for every sign-in step)."));
    m_key->setMinimumContentsLength(24);
    m_result->setObjectName(QStringLiteral("logsResultCombo"));
    m_result->addItem(tr("Any result"));
    m_result->addItem(tr("Succeeded"));
    m_result->addItem(tr("Failed"));
    m_range->setObjectName(QStringLiteral("logsRangeCombo"));
    m_range->addItem(tr("Any time"), 0);
    m_range->addItem(tr("Last hour"), 1);
    m_range->addItem(tr("Last 24 hours"), 24);
    m_range->addItem(tr("Last 7 days"), 7 * 24);
    m_range->addItem(tr("Last 30 days"), 30 * 24);
    m_status->setObjectName(QStringLiteral("logsStatusLabel"));
    m_status->setWordWrap(true);
    m_refresh->setObjectName(QStringLiteral("logsRefreshButton"));
    m_export->setObjectName(QStringLiteral("logsExportButton"));
    m_export->setToolTip(tr("Write every event of the current filter to a CSV or JSON Lines file"));
    m_sync->setObjectName(QStringLiteral("logsSyncButton"));
    m_sync->setToolTip(tr("Copy a Logto tenant's events into this workspace's archive, which keeps them "
                          "after the server has dropped them"));
    m_sync->setVisible(false);
    m_detail->setObjectName(QStringLiteral("logsDetailEdit"));
    m_detail->setReadOnly(true);
    m_detail->setFont(style::monospace());
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_memberOfLabel->setObjectName(QStringLiteral("logsMemberOfLabel"));
    m_memberOfClear->setObjectName(QStringLiteral("logsMemberOfClearButton"));
    m_memberOfClear->setText(QStringLiteral("✕"));
    m_memberOfClear->setToolTip(tr("Events of everyone again"));
    m_memberOfClear->setAutoRaise(true);
    m_saved->setObjectName(QStringLiteral("logsSavedFilterCombo"));
    m_saved->setToolTip(tr("Filters saved earlier"));
    m_saved->setMinimumContentsLength(16);
    m_saveFilter->setObjectName(QStringLiteral("logsSaveFilterButton"));
    m_saveFilter->setToolTip(tr("Keep the current filters under a name"));
    m_forgetFilter->setObjectName(QStringLiteral("logsForgetFilterButton"));
    m_forgetFilter->setToolTip(tr("Forget the chosen saved filter"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_user, 1);
    filters->addWidget(m_key, 2);
    filters->addWidget(m_result);
    filters->addWidget(m_range);
    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(m_memberOfLabel);
    savedRow->addWidget(m_memberOfClear);
    savedRow->addStretch(1);
    savedRow->addWidget(m_saved);
    savedRow->addWidget(m_saveFilter);
    savedRow->addWidget(m_forgetFilter);

    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 6, 0);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_status);
    auto *detailPane = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(6, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detail, 1);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPane);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({680, 380});

    QVBoxLayout *layout =
        buildFrame(tr("Logs"),
                   tr("Authentication events: sign-ins, MFA, password resets and tokens, newest "
                      "first. A workspace shows its archive; a Logto connection, the server's "
                      "own events."),
                   {m_refresh, m_sync, m_export});
    layout->addLayout(filters);
    layout->addLayout(savedRow);
    layout->addWidget(splitter, 1);
    showMemberFilter();
    offerSavedFilters();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &LogsPage::reload);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_user, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_key, &QComboBox::currentTextChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_result, &QComboBox::currentIndexChanged, this, &LogsPage::reload);
    connect(m_range, &QComboBox::currentIndexChanged, this, &LogsPage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &LogsPage::reload);
    connect(m_export, &QPushButton::clicked, this, &LogsPage::chooseExportFile);
    connect(m_sync, &QPushButton::clicked, this, &LogsPage::syncRequested);
    connect(m_names, &EventNames::changed, this, &LogsPage::namesChanged);
    connect(m_memberOfClear, &QToolButton::clicked, this, [this] {
        m_memberOf.clear();
        m_memberOfName.clear();
        showMemberFilter();
        reload();
    });
    connect(m_saved, &QComboBox::activated, this, &LogsPage::applySavedFilter);
    connect(m_saved, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_forgetFilter->setEnabled(index > 0); });
    connect(m_saveFilter, &QPushButton::clicked, this, &LogsPage::saveFilter);
    connect(m_forgetFilter, &QPushButton::clicked, this, &LogsPage::forgetFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LogsPage::showSelectedEvent);
    // More rows when the list is scrolled to its end.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value >= m_view->verticalScrollBar()->maximum() - 2)
            loadMore();
    });
}

LogsPage::~LogsPage() = default;

void LogsPage::activate()
{
    m_sync->setVisible(workspace()->backend().capabilities().logArchive);
    reload();
}

void LogsPage::selectFirst()
{
    if (m_model->count() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void LogsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

LogQuery LogsPage::query() const
{
    LogQuery q;
    q.search = m_search->text().trimmed();
    q.userId = m_user->text().trimmed();
    const int keyIndex = m_key->findText(m_key->currentText());
    q.key = keyIndex >= 0 ? m_key->itemData(keyIndex).toString() : m_key->currentText().trimmed();
    if (m_result->currentIndex() == 1)
        q.result = LogResult::Success;
    else if (m_result->currentIndex() == 2)
        q.result = LogResult::Error;
    if (const int hours = m_range->currentData().toInt(); hours > 0)
        q.since = clock::nowMs() - hours * hourMs;
    q.memberOf = m_memberOf;
    return q;
}

void LogsPage::showUser(const QString &userId)
{
    const QSignalBlocker a(m_search), b(m_user), c(m_key), d(m_result), e(m_range);
    m_search->clear();
    m_key->setCurrentIndex(0);
    m_result->setCurrentIndex(0);
    m_range->setCurrentIndex(0);
    m_user->setText(userId);
    m_memberOf.clear();
    showMemberFilter();
    reload();
}

void LogsPage::showFilter(const QString &key, std::optional<LogResult> result, int hours)
{
    const QSignalBlocker a(m_search), b(m_user), c(m_key), d(m_result), e(m_range);
    m_search->clear();
    m_user->clear();
    m_memberOf.clear();
    showMemberFilter();
    const int keyIndex = m_key->findData(key);
    if (keyIndex >= 0)
        m_key->setCurrentIndex(keyIndex);
    else
        m_key->setEditText(key.endsWith(QLatin1Char('.')) ? key + QLatin1Char('*') : key);
    m_result->setCurrentIndex(!result ? 0 : *result == LogResult::Success ? 1 : 2);
    int range = 0;
    if (hours > 0) {
        range = m_range->count() - 1;
        for (int i = 1; i < m_range->count(); ++i) {
            if (m_range->itemData(i).toInt() >= hours) {
                range = i;
                break;
            }
        }
    }
    m_range->setCurrentIndex(range);
    reload();
}

void LogsPage::reload()
{
    m_debounce->stop();
    ++m_generation;
    m_model->setItems({});
    m_next = {};
    m_atEnd = false;
    m_filteredHere = false;
    // Every page of this list asks the same question ("last hour" counts from now, once).
    m_query = query();
    m_detail->clear();
    m_detailTitle->setText(tr("Select an event to see everything it recorded."));
    m_loading = false;
    loadMore();
}

void LogsPage::loadMore()
{
    if (m_loading || m_atEnd || !workspace()->hasTenant())
        return;
    const int generation = m_generation;
    m_loading = true;
    updateStatus();
    workspace()->run(
        workspace()->backend().logs().page(workspace()->tenant().id, m_query, m_next, pageSize), this,
        tr("Could not load the events."),
        [this](const LogPage &page) {
            m_model->setItems(m_model->items() + page.events);
            m_names->resolve(page.events);
            m_next = page.next;
            m_atEnd = page.atEnd;
            m_filteredHere = m_filteredHere || page.filteredHere;
            m_loading = false;
            if (m_model->count() == int(page.events.size()))
                m_view->resizeColumnsToContents();
            updateStatus();
            emit loaded();
            // A short page (filters applied here) that leaves the view without a scroll bar to
            // scroll: ask on once the view has laid the rows out.
            QTimer::singleShot(0, this, [this, generation = m_generation] {
                // The rows' height against the viewport's, not the scroll bar: a view not laid out
                // yet has no scroll bar whatever it holds.
                if (generation == m_generation && !m_atEnd &&
                    m_view->verticalHeader()->length() < m_view->viewport()->height())
                    loadMore();
            });
        },
        [this](const Error &) {
            m_loading = false;
            m_atEnd = true;
            updateStatus();
            emit loaded();
        },
        [this, generation] { return generation == m_generation; });
}

void LogsPage::showOrganizationMembers(const QString &organizationId, const QString &organizationName)
{
    {
        const QSignalBlocker a(m_search), b(m_user), c(m_key), d(m_result), e(m_range);
        m_search->clear();
        m_user->clear();
        m_key->setCurrentIndex(0);
        m_result->setCurrentIndex(0);
        m_range->setCurrentIndex(0);
    }
    m_memberOf = organizationId;
    m_memberOfName = organizationName;
    showMemberFilter();
    reload();
}

void LogsPage::showMemberFilter()
{
    m_memberOfLabel->setText(m_memberOf.isEmpty()
                                 ? QString()
                                 : tr("Members of organization \"%1\" only")
                                       .arg(m_memberOfName.isEmpty() ? m_memberOf : m_memberOfName));
    m_memberOfLabel->setVisible(!m_memberOf.isEmpty());
    m_memberOfClear->setVisible(!m_memberOf.isEmpty());
}

namespace {
const QString savedFiltersKey = QStringLiteral("logs/savedFilters");

QJsonArray savedFilters()
{
    return QJsonDocument::fromJson(QSettings().value(savedFiltersKey).toByteArray()).array();
}

void storeSavedFilters(const QJsonArray &filters)
{
    QSettings().setValue(savedFiltersKey, QJsonDocument(filters).toJson(QJsonDocument::Compact));
}
} // namespace

void LogsPage::offerSavedFilters()
{
    const QString current = m_saved->currentIndex() > 0 ? m_saved->currentText() : QString();
    const QSignalBlocker block(m_saved);
    m_saved->clear();
    m_saved->addItem(tr("Saved filters"));
    for (const QJsonValue &filter : savedFilters())
        m_saved->addItem(filter.toObject().value(QLatin1String("name")).toString());
    m_saved->setEnabled(m_saved->count() > 1);
    const int index = current.isEmpty() ? 0 : qMax(0, m_saved->findText(current));
    m_saved->setCurrentIndex(index);
    m_forgetFilter->setEnabled(index > 0);
}

void LogsPage::applySavedFilter(int index)
{
    m_forgetFilter->setEnabled(index > 0);
    if (index <= 0)
        return;
    const QJsonArray filters = savedFilters();
    for (const QJsonValue &value : filters) {
        const QJsonObject f = value.toObject();
        if (f.value(QLatin1String("name")).toString() != m_saved->itemText(index))
            continue;
        {
            const QSignalBlocker a(m_search), b(m_user), c(m_key), d(m_result), e(m_range);
            m_search->setText(f.value(QLatin1String("search")).toString());
            m_user->setText(f.value(QLatin1String("user")).toString());
            const QString key = f.value(QLatin1String("key")).toString();
            const int keyIndex = key.isEmpty() ? 0 : m_key->findText(key);
            if (keyIndex >= 0)
                m_key->setCurrentIndex(keyIndex);
            else
                m_key->setEditText(key);
            m_result->setCurrentIndex(qBound(0, f.value(QLatin1String("result")).toInt(), 2));
            const int range = m_range->findData(f.value(QLatin1String("rangeHours")).toInt());
            m_range->setCurrentIndex(qMax(0, range));
        }
        m_memberOf = f.value(QLatin1String("memberOf")).toString();
        m_memberOfName = f.value(QLatin1String("memberOfName")).toString();
        showMemberFilter();
        reload();
        return;
    }
}

void LogsPage::saveFilter()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save filter"), tr("Name of the filter:"), QLineEdit::Normal,
                              m_saved->currentIndex() > 0 ? m_saved->currentText() : QString(), &ok)
            .trimmed();
    if (ok && !name.isEmpty())
        saveFilterAs(name);
}

void LogsPage::saveFilterAs(const QString &name)
{
    const int keyIndex = m_key->findText(m_key->currentText());
    const QJsonObject filter{
        {QStringLiteral("name"), name},
        {QStringLiteral("search"), m_search->text().trimmed()},
        {QStringLiteral("user"), m_user->text().trimmed()},
        {QStringLiteral("key"), keyIndex == 0 ? QString() : m_key->currentText().trimmed()},
        {QStringLiteral("result"), m_result->currentIndex()},
        {QStringLiteral("rangeHours"), m_range->currentData().toInt()},
        {QStringLiteral("memberOf"), m_memberOf},
        {QStringLiteral("memberOfName"), m_memberOfName}};
    QJsonArray filters;
    for (const QJsonValue &value : savedFilters())
        if (value.toObject().value(QLatin1String("name")).toString() != name)
            filters.append(value);
    filters.append(filter);
    storeSavedFilters(filters);
    offerSavedFilters();
    m_saved->setCurrentIndex(m_saved->findText(name));
}

void LogsPage::forgetFilter()
{
    if (m_saved->currentIndex() <= 0)
        return;
    const QString name = m_saved->currentText();
    QJsonArray filters;
    for (const QJsonValue &value : savedFilters())
        if (value.toObject().value(QLatin1String("name")).toString() != name)
            filters.append(value);
    storeSavedFilters(filters);
    m_saved->setCurrentIndex(0);
    offerSavedFilters();
}

void LogsPage::namesChanged()
{
    if (m_model->count() == 0)
        return;
    emit m_model->dataChanged(m_model->index(0, 3), m_model->index(m_model->count() - 1, 4));
    showSelectedEvent();
    // Names arrive one by one: the columns take their width once, after the burst.
    if (!std::exchange(m_resizePending, true))
        QTimer::singleShot(0, this, [this] {
            m_resizePending = false;
            m_view->resizeColumnToContents(3);
            m_view->resizeColumnToContents(4);
        });
}

void LogsPage::updateStatus()
{
    QString text;
    if (m_model->count() == 0)
        text = m_loading ? tr("Loading…") : tr("No events match.");
    else if (m_atEnd)
        text = eventsText(m_model->count()) + QLatin1Char('.');
    else
        text = m_loading ? tr("%1 shown, loading more…").arg(eventsText(m_model->count()))
                         : tr("%1 shown; scroll down for more.").arg(eventsText(m_model->count()));
    if (m_filteredHere)
        text +=
            QLatin1Char(' ') + tr("The server cannot apply every filter: some were applied on this machine "
                                  "to the events it sent.");
    if (m_model->count() == 0 && !m_loading && workspace()->backend().capabilities().logArchive)
        text += QLatin1Char(' ') + tr("A workspace shows the events synced into its archive "
                                      "(gatehouse-cli logs sync --from logto+https://…).");
    m_status->setText(text);
    m_export->setEnabled(!m_exporting);
}

void LogsPage::showSelectedEvent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->count()) {
        m_detail->clear();
        return;
    }
    const LogEvent &e = m_model->at(current.row());
    m_detailTitle->setText(logkeys::describe(e));
    QStringList lines{tr("Time: %1 (%2)").arg(Format::dateTime(e.createdAt), Format::utc(e.createdAt)),
                      tr("Key: %1").arg(e.key), tr("Result: %1").arg(logResultName(e.result)),
                      tr("Id: %1").arg(e.id)};
    const auto optional = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines.append(label.arg(value));
    };
    optional(tr("Error: %1"), e.errorText());
    optional(tr("User: %1"), EventNames::labelled(m_names->user(e.userId), e.userId));
    optional(tr("Application: %1"),
             EventNames::labelled(m_names->application(e.applicationId), e.applicationId));
    optional(tr("Organization: %1"), e.organizationId);
    optional(tr("Session: %1"), e.sessionId);
    optional(tr("IP: %1"), e.ip);
    optional(tr("User agent: %1"), e.userAgent);
    lines.append(QString());
    lines.append(QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Indented)));
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

void LogsPage::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export events"), QStringLiteral("events.csv"),
                                                      tr("CSV (*.csv);;JSON Lines (*.jsonl)"));
    if (!path.isEmpty())
        exportTo(path);
}

void LogsPage::exportTo(const QString &path)
{
    if (m_exporting || !workspace()->hasTenant())
        return;
    const LogExportFormat format = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                                       ? LogExportFormat::Csv
                                       : LogExportFormat::JsonLines;
    m_exporting = std::make_unique<LogExport>(workspace()->backend().logs(), workspace()->tenant().id,
                                              m_query, path, format);
    connect(m_exporting.get(), &LogExport::progressed, this, [this] {
        m_status->setText(tr("Exporting: %1 written…").arg(eventsText(m_exporting->written())));
    });
    connect(m_exporting.get(), &LogExport::finished, this, [this, path] {
        const std::optional<Error> error = m_exporting->error();
        const qint64 written = m_exporting->written();
        m_exporting.release()->deleteLater();
        updateStatus();
        if (error) {
            Workspace::reportFailure(this, tr("Could not export the events."), *error);
            emit exported(false);
            return;
        }
        m_status->setText(tr("Exported %1 to %2.").arg(eventsText(written), path));
        emit exported(true);
    });
    updateStatus();
    m_exporting->start();
}

} // namespace gatehouse::ui
