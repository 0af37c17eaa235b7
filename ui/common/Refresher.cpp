#include "common/Refresher.h"

#include "common/Workspace.h"

#include <QEvent>
#include <QWidget>

namespace gatehouse::ui {

Refresher::Refresher(QWidget *view, std::function<void()> reload)
    : QObject(view)
    , m_view(view)
    , m_reload(std::move(reload))
{
    view->installEventFilter(this);
}

void Refresher::follow(Workspace *workspace, Concerns concerns)
{
    connect(workspace, &Workspace::changed, this,
            [this, concerns = std::move(concerns)](const Change &change) {
                if (concerns(change))
                    markStale();
            });
}

void Refresher::markStale()
{
    m_stale = true;
    if (m_view->isVisible())
        m_reload();
}

bool Refresher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_stale)
        m_reload();
    return QObject::eventFilter(watched, event);
}

} // namespace gatehouse::ui
