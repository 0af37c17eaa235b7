#include "main/ScreenshotRunner.h"

#include "common/Page.h"
#include "common/Workspace.h"
#include "explainer/AccessExplainerPage.h"
#include "journal/JournalPage.h"
#include "main/MainWindow.h"
#include "main/TenantBar.h"

#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QRadioButton>
#include <QTimer>

namespace gatehouse::ui {

namespace {
constexpr int pollMs = 50;
constexpr int maxWaitMs = 15000;
} // namespace

ScreenshotRunner::ScreenshotRunner(MainWindow *window, QString directory)
    : QObject(window)
    , m_window(window)
    , m_directory(std::move(directory))
{}

void ScreenshotRunner::start(int timeoutMs)
{
    if (!QDir().mkpath(m_directory)) {
        fail(tr("Cannot create %1").arg(m_directory));
        return;
    }
    connect(m_window, &MainWindow::workspaceReady, this, &ScreenshotRunner::chooseTenant,
            Qt::SingleShotConnection);
    QTimer::singleShot(timeoutMs, this, [this] { fail(tr("Timed out while taking screenshots")); });
}

void ScreenshotRunner::chooseTenant()
{
    Workspace *workspace = m_window->workspace();
    if (!workspace || workspace->tenants().isEmpty()) {
        fail(tr("The workspace has no tenants to show"));
        return;
    }
    Tenant chosen = workspace->tenants().first();
    int best = -1;
    for (const Tenant &t : workspace->tenants()) {
        const int score = (t.tag == TenantTag::Production ? 2 : 0) +
                          (t.name.contains(QLatin1String("Acme"), Qt::CaseInsensitive) ? 1 : 0);
        if (score > best) {
            best = score;
            chosen = t;
        }
    }
    if (chosen.id != workspace->tenant().id)
        workspace->setTenant(chosen);
    m_area = -1;
    nextArea();
}

void ScreenshotRunner::nextArea()
{
    if (m_done)
        return;
    ++m_area;
    if (m_area > int(MainWindow::Area::Journal)) {
        m_done = true;
        emit finished(true, m_saved.join(QLatin1Char('\n')));
        return;
    }
    m_window->showArea(MainWindow::Area(m_area));
    waitIdle(&ScreenshotRunner::selectAndWait);
}

void ScreenshotRunner::selectAndWait()
{
    if (Page *page = m_window->currentPage())
        page->selectFirst();
    if (m_window->currentArea() == MainWindow::Area::Journal)
        m_window->journalPage()->verify();
    // The explainer answers a question: ask the demo's one about a new hire at the SSO customer.
    if (auto *explainer = qobject_cast<AccessExplainerPage *>(m_window->currentPage())) {
        auto *email = explainer->findChild<QLineEdit *>(QStringLiteral("explainerEmailEdit"));
        auto *newPerson = explainer->findChild<QRadioButton *>(QStringLiteral("explainerNewRadio"));
        if (email && newPerson) {
            email->setText(QStringLiteral("new.hire@acme.example"));
            newPerson->setChecked(true);
            explainer->explain();
        }
    }
    waitIdle(&ScreenshotRunner::capture);
}

void ScreenshotRunner::waitIdle(void (ScreenshotRunner::*then)())
{
    m_idlePolls = 0;
    m_waited = 0;
    auto *timer = new QTimer(this);
    timer->setInterval(pollMs);
    connect(timer, &QTimer::timeout, this, [this, timer, then] {
        if (m_done) {
            timer->deleteLater();
            return;
        }
        Page *page = m_window->currentPage();
        const bool idle = page && !page->isLoading() && m_window->workspace() &&
                          !m_window->workspace()->isBusy() && !m_window->tenantBar()->isLoading();
        m_idlePolls = idle ? m_idlePolls + 1 : 0;
        m_waited += pollMs;
        // A few quiet polls in a row: follow-up requests (secrets, roles of the selection) have settled.
        if (m_idlePolls >= 4) {
            timer->stop();
            timer->deleteLater();
            (this->*then)();
        } else if (m_waited > maxWaitMs) {
            timer->stop();
            timer->deleteLater();
            fail(tr("The page did not finish loading"));
        }
    });
    timer->start();
}

void ScreenshotRunner::capture()
{
    // Named after the page: "rolesPage" → roles.png (every area, whatever the sidebar order).
    QString name = m_window->currentPage() ? m_window->currentPage()->objectName() : QString();
    name.chop(name.endsWith(QLatin1String("Page")) ? 4 : 0);
    const QString path = QDir(m_directory).filePath(name.toLower() + QStringLiteral(".png"));
    const QPixmap pixmap = m_window->grab();
    if (!pixmap.save(path)) {
        fail(tr("Cannot write %1").arg(path));
        return;
    }
    m_saved.append(path);
    nextArea();
}

void ScreenshotRunner::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(false, message);
}

} // namespace gatehouse::ui
