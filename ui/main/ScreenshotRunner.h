#pragma once

#include <QObject>
#include <QStringList>

namespace gatehouse::ui {

class MainWindow;

/// Takes the product screenshots: once the window's workspace is ready it picks a tenant
/// (a production one named like "Acme" first), shows each area in turn with its first row
/// selected, waits until nothing is loading, and saves window->grab() as applications.png,
/// resources.png, roles.png, users.png and journal.png in `directory`. Emits finished() once.
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    ScreenshotRunner(MainWindow *window, QString directory);

    /// Starts after the window's workspaceReady(); gives up after `timeoutMs`.
    void start(int timeoutMs = 60000);

signals:
    void finished(bool ok, const QString &message);

private:
    void chooseTenant();
    void nextArea();
    void waitIdle(void (ScreenshotRunner::*then)());
    void selectAndWait();
    void capture();
    void fail(const QString &message);

    MainWindow *m_window;
    QString m_directory;
    int m_area = -1;
    int m_idlePolls = 0;
    int m_waited = 0;
    bool m_done = false;
    QStringList m_saved;
};

} // namespace gatehouse::ui
