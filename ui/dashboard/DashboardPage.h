#pragma once

#include "common/Page.h"
#include "model/Dashboard.h"
#include "model/LogEvent.h"

#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace gatehouse::ui {

class EmptyState;

/// A tenant at a glance, the first page after opening it: users and new users, active users
/// (DAU / WAU / MAU with a 30-day chart), failed sign-ins per day and why they failed, and
/// organizations. Every figure opens the list behind it.
class DashboardPage : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(Workspace *workspace, QWidget *parent = nullptr);
    ~DashboardPage() override;

    void activate() override;
    bool isLoading() const override { return m_loading; }

    /// What is shown (empty before the first load).
    const std::optional<Dashboard> &dashboard() const { return m_board; }

signals:
    void usersRequested();
    void organizationsRequested();
    /// The events behind a figure: `key` (an exact key or a prefix ending in '.'), `result`,
    /// the last `hours` (0 = any time).
    void logsRequested(const QString &key, std::optional<gatehouse::LogResult> result, int hours);

private:
    struct Tile
    {
        QLabel *value;
        QLabel *delta;
    };
    Tile addTile(QGridLayout *grid, int column, const QString &objectName, const QString &caption,
                 const QString &link, const std::function<void()> &open);
    void reload();
    void show(const Dashboard &board);
    void openReason(QTreeWidgetItem *item);

    Tile m_users{};
    Tile m_newUsers{};
    Tile m_dau{};
    Tile m_wau{};
    Tile m_mau{};
    Tile m_failed{};
    Tile m_organizations{};
    QChartView *m_activeChart;
    QChartView *m_failedChart;
    QTreeWidget *m_reasons;
    QLabel *m_status;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QPushButton *m_refresh;
    std::optional<Dashboard> m_board;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace gatehouse::ui
