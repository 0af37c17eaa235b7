#pragma once

#include "backend/BackendDecorator.h"

#include <QObject>
#include <memory>

namespace gatehouse {

/// Announces every mutation that succeeded through a BackendDecorator, as a Change, on the
/// thread the feed lives in (the GUI's: its thread). Use it as the decorator's hooks:
///
///     auto feed = ChangeFeed::create();
///     auto backend = std::make_unique<BackendDecorator>(std::move(opened), feed);
///     connect(feed.get(), &ChangeFeed::changed, view, &View::refresh);
///
/// Ordering: the feed is the decorator's successContext(), so a mutation's future finishes on
/// the feed's thread, and changed() is posted there at low event priority. Continuations
/// attached to the future with a context object on that thread (`future.then(page, …)`) run
/// before changed() is emitted: the view that made a change has updated itself when the others
/// hear of it. Never block the feed's thread on a mutation's future.
class ChangeFeed final : public QObject, public BackendHooks
{
    Q_OBJECT
public:
    /// A feed living in the calling thread. It is shared with the decorator and with calls in
    /// flight; the last owner deletes it on its own thread.
    static std::shared_ptr<ChangeFeed> create();

    /// On the feed's thread: posts changed() at low priority.
    void succeeded(const BackendCall &call, const Change &change) override;
    QObject *successContext() override { return this; }

signals:
    void changed(const gatehouse::Change &change);

protected:
    bool event(QEvent *event) override;

private:
    ChangeFeed() = default;
};

} // namespace gatehouse
