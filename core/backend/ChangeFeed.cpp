#include "backend/ChangeFeed.h"

#include <QCoreApplication>
#include <QEvent>
#include <QThread>

namespace gatehouse {

namespace {
const QEvent::Type changeEventType = static_cast<QEvent::Type>(QEvent::registerEventType());

class ChangeEvent final : public QEvent
{
public:
    explicit ChangeEvent(Change c)
        : QEvent(changeEventType)
        , change(std::move(c))
    {}
    const Change change;
};
} // namespace

std::shared_ptr<ChangeFeed> ChangeFeed::create()
{
    return std::shared_ptr<ChangeFeed>(new ChangeFeed, [](ChangeFeed *feed) {
        if (QThread::currentThread() == feed->thread())
            delete feed; // drops events still posted to it
        else
            feed->deleteLater();
    });
}

void ChangeFeed::succeeded(const BackendCall &call, const Change &change)
{
    Q_UNUSED(call);
    QCoreApplication::postEvent(this, new ChangeEvent(change), Qt::LowEventPriority);
}

bool ChangeFeed::event(QEvent *event)
{
    if (event->type() != changeEventType)
        return QObject::event(event);
    emit changed(static_cast<ChangeEvent *>(event)->change);
    return true;
}

} // namespace gatehouse
