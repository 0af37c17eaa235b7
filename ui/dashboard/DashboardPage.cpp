#include "dashboard/DashboardPage.h"

#include "common/EmptyState.h"
#include "common/Style.h"
#include "common/Workspace.h"
#include "model/LogKeys.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace gatehouse::ui {

namespace {

QString number(qint64 n)
{
    return QLocale().toString(n);
}

/// "+12 vs. prior week": how a figure moved against the window before it, short enough for a tile.
QString deltaText(const CountDelta &figure, const QString &window)
{
    if (figure.delta == 0)
        return DashboardPage::tr("same as %1").arg(window);
    const QString amount = (figure.delta > 0 ? QStringLiteral("+") : QStringLiteral("−")) +
                           QLocale().toString(qAbs(figure.delta));
    return DashboardPage::tr("%1 vs. %2").arg(amount, window);
}

QChartView *chartView(const QString &objectName, const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    auto *view = new QChartView(chart);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

/// Replaces the chart's series by one line through `points` (one per day).
void plot(QChartView *view, const QList<std::pair<QDate, qint64>> &points, const QColor &colour)
{
    QChart *chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis); // the chart lets go of it: delete it here
        delete axis;
    }
    auto *series = new QLineSeries;
    series->setPointsVisible(true);
    series->setColor(colour);
    qint64 top = 0;
    for (const auto &[day, count] : points) {
        series->append(double(QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()), double(count));
        top = qMax(top, count);
    }
    chart->addSeries(series);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM d"));
    x->setTickCount(6);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, qMax<qint64>(4, top + top / 8 + 1));
    y->setTickCount(5);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace

DashboardPage::DashboardPage(Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_activeChart(chartView(QStringLiteral("dashboardActiveChart"), tr("Daily active users, last 30 days")))
    , m_failedChart(
          chartView(QStringLiteral("dashboardFailedChart"), tr("Failed sign-ins per day, last 30 days")))
    , m_reasons(new QTreeWidget)
    , m_status(style::subtitleLabel({}))
    , m_refresh(new QPushButton(tr("Refresh")))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_refresh->setObjectName(QStringLiteral("dashboardRefreshButton"));
    m_status->setObjectName(QStringLiteral("dashboardStatusLabel"));
    m_status->setWordWrap(true);

    auto *tiles = new QGridLayout;
    tiles->setHorizontalSpacing(10);
    const auto logs = [this](const QString &key, std::optional<LogResult> result, int hours) {
        return [=, this] {
            emit logsRequested(key, result, hours);
        };
    };
    const QString active = dashboard::activeKeyPrefix();
    const QString signIn = dashboard::signInKeyPrefix();
    m_users = addTile(tiles, 0, QStringLiteral("dashboardUsers"), tr("Users"), tr("Open users"),
                      [this] { emit usersRequested(); });
    m_newUsers = addTile(tiles, 1, QStringLiteral("dashboardNewUsers"), tr("New in 7 days"), tr("Open users"),
                         [this] { emit usersRequested(); });
    m_dau = addTile(tiles, 2, QStringLiteral("dashboardDau"), tr("Active today"), tr("Token events"),
                    logs(active, LogResult::Success, 24));
    m_wau = addTile(tiles, 3, QStringLiteral("dashboardWau"), tr("Active in 7 days"), tr("Token events"),
                    logs(active, LogResult::Success, 7 * 24));
    m_mau = addTile(tiles, 4, QStringLiteral("dashboardMau"), tr("Active in 30 days"), tr("Token events"),
                    logs(active, LogResult::Success, 30 * 24));
    m_failed = addTile(tiles, 5, QStringLiteral("dashboardFailed"), tr("Failed sign-ins, 7 days"),
                       tr("Open failures"), logs(signIn, LogResult::Error, 7 * 24));
    m_organizations = addTile(tiles, 6, QStringLiteral("dashboardOrganizations"), tr("Organizations"),
                              tr("Open organizations"), [this] { emit organizationsRequested(); });

    m_reasons->setObjectName(QStringLiteral("dashboardReasons"));
    m_reasons->setColumnCount(3);
    m_reasons->setHeaderLabels({tr("Failures"), tr("Reason"), tr("Code")});
    m_reasons->setRootIsDecorated(false);
    m_reasons->setUniformRowHeights(true);
    m_reasons->setToolTip(tr("Double-click a reason to see its events"));
    m_reasons->header()->setStretchLastSection(true);
    m_reasons->setMaximumHeight(170);

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_activeChart, 1);
    charts->addWidget(m_failedChart, 1);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(tiles);
    contentLayout->addLayout(charts, 1);
    contentLayout->addWidget(style::sectionLabel(tr("Why sign-ins failed in the last 7 days")));
    contentLayout->addWidget(m_reasons);
    contentLayout->addWidget(m_status);
    m_empty =
        new EmptyState(style::icon(QStringLiteral("dashboard")), tr("No tenant yet"),
                       tr("A tenant holds applications, API resources, roles and users. Most teams keep "
                          "one for development and one for production."),
                       tr("Create tenant"));
    m_empty->setObjectName(QStringLiteral("dashboardEmptyState"));
    connect(m_empty, &EmptyState::actionTriggered, this, &DashboardPage::createTenantRequested);
    m_stack = new QStackedWidget;
    m_stack->addWidget(content);
    m_stack->addWidget(m_empty);

    QVBoxLayout *layout =
        buildFrame(tr("Dashboard"),
                   tr("The tenant at a glance. Active users are those with a successful token exchange that "
                      "day, as Logto counts them; on a workspace they come from the archive of events."),
                   {m_refresh});
    layout->addWidget(m_stack, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::reload);
    connect(m_reasons, &QTreeWidget::itemActivated, this, &DashboardPage::openReason);
}

DashboardPage::~DashboardPage() = default;

DashboardPage::Tile DashboardPage::addTile(QGridLayout *grid, int column, const QString &objectName,
                                           const QString &caption, const QString &link,
                                           const std::function<void()> &open)
{
    auto *frame = new QFrame;
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    auto *title = new QLabel(caption);
    title->setWordWrap(true);
    auto *value = new QLabel(QStringLiteral("–"));
    value->setObjectName(objectName + QStringLiteral("Value"));
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value->setFont(big);
    auto *delta = new QLabel;
    delta->setObjectName(objectName + QStringLiteral("Delta"));
    delta->setWordWrap(true);
    delta->setEnabled(false); // the palette's dimmed text, in light and dark themes alike
    auto *open_ = new QLabel(QStringLiteral("<a href=\"open\">%1</a>").arg(link.toHtmlEscaped()));
    open_->setObjectName(objectName + QStringLiteral("Link"));
    open_->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(open_, &QLabel::linkActivated, this, [open] { open(); });
    layout->addWidget(title);
    layout->addWidget(value);
    layout->addWidget(delta);
    layout->addStretch(1);
    layout->addWidget(open_);
    grid->addWidget(frame, 0, column);
    grid->setColumnStretch(column, 1);
    return {value, delta};
}

void DashboardPage::activate()
{
    reload();
}

void DashboardPage::reload()
{
    ++m_generation;
    m_refresh->setEnabled(workspace()->hasTenant());
    if (!workspace()->hasTenant()) {
        m_board.reset();
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentIndex(0);
    m_loading = true;
    m_status->setText(tr("Counting…"));
    const int generation = m_generation;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    workspace()->run(
        workspace()->backend().logs().dashboard(workspace()->tenant().id, today), this, QString(),
        [this](const Dashboard &board) {
            m_loading = false;
            show(board);
            emit loaded();
        },
        [this](const Error &error) {
            m_loading = false;
            m_status->setText(tr("Could not count: %1").arg(error.message()));
            emit loaded();
        },
        [this, generation] { return generation == m_generation; });
}

void DashboardPage::show(const Dashboard &board)
{
    m_board = board;
    const QString day = tr("yesterday");
    const QString week = tr("prior 7 days");
    const QString month = tr("prior 30 days");
    m_users.value->setText(number(board.totalUsers));
    m_users.delta->setText(tr("%1 new today").arg(number(board.newUsersToday.count)));
    m_newUsers.value->setText(number(board.newUsers7d.count));
    m_newUsers.delta->setText(deltaText(board.newUsers7d, week));
    m_dau.value->setText(number(board.dau.count));
    m_dau.delta->setText(deltaText(board.dau, day));
    m_wau.value->setText(number(board.wau.count));
    m_wau.delta->setText(deltaText(board.wau, week));
    m_mau.value->setText(number(board.mau.count));
    m_mau.delta->setText(deltaText(board.mau, month));
    m_failed.value->setText(number(board.failedSignIns7d));
    m_failed.delta->setText(
        board.failuresComplete
            ? QString()
            : tr("from the newest events only, back to %1")
                  .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(board.failuresSince),
                                          QLocale::ShortFormat)));
    m_organizations.value->setText(number(board.organizations));
    m_organizations.delta->setText(board.organizationMembers
                                       ? tr("%1 memberships").arg(number(*board.organizationMembers))
                                       : tr("memberships not counted by the server"));

    plot(m_activeChart, board.dailyActive, QColor(0x2f, 0x6f, 0xde));
    plot(m_failedChart, board.failedSignIns, QColor(0xc8, 0x3a, 0x3a));

    m_reasons->clear();
    for (const FailureReason &r : board.topFailures) {
        auto *item = new QTreeWidgetItem({number(r.count), logkeys::describe(r.key, false, r.errorCode),
                                          r.errorCode.isEmpty() ? r.key : r.errorCode});
        item->setData(0, Qt::UserRole, r.key);
        item->setToolTip(1, r.key);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        m_reasons->addTopLevelItem(item);
    }
    m_reasons->resizeColumnToContents(0);
    m_reasons->resizeColumnToContents(1);

    const bool noEvents = board.mau.count == 0 && board.failedSignIns7d == 0 &&
                          std::all_of(board.failedSignIns.cbegin(), board.failedSignIns.cend(),
                                      [](const auto &point) { return point.second == 0; });
    if (noEvents && workspace()->backend().capabilities().logArchive)
        m_status->setText(tr("No sign-in events in the last 30 days. A workspace counts the events in its "
                             "archive: copy a Logto tenant's events with \"gatehouse-cli logs sync\"."));
    else if (board.topFailures.isEmpty())
        m_status->setText(tr("No failed sign-ins in the last 7 days."));
    else
        m_status->clear();
}

void DashboardPage::openReason(QTreeWidgetItem *item)
{
    if (item)
        emit logsRequested(item->data(0, Qt::UserRole).toString(), LogResult::Error, 7 * 24);
}

} // namespace gatehouse::ui
