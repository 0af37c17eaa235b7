#pragma once

#include "backend/Change.h"

#include <QObject>
#include <functional>

class QWidget;

namespace gatehouse::ui {

class Workspace;

/// Keeps one view current without loading what nobody looks at: once the view is stale (a
/// change of the workspace concerns it, or markStale() was called), `reload` runs at once while
/// the view is visible, else the next time it is shown. `reload` is expected to call
/// clearStale() (RelatedListTab and the pages do it when their load starts).
///
/// Thread rule: UI thread only. The refresher is a child of the view and dies with it.
class Refresher : public QObject
{
    Q_OBJECT
public:
    using Concerns = std::function<bool(const Change &change)>;

    Refresher(QWidget *view, std::function<void()> reload);

    /// Marks the view stale whenever `workspace` announces a change that `concerns` accepts.
    void follow(Workspace *workspace, Concerns concerns);
    /// Reloads now when the view is visible, else when it is next shown.
    void markStale();
    bool isStale() const { return m_stale; }
    void clearStale() { m_stale = false; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    std::function<void()> m_reload;
    bool m_stale = false;
};

} // namespace gatehouse::ui
