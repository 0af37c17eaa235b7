#pragma once

class QObject;
class QThread;

namespace gatehouse {

/// Ends a worker that lives on its own thread: when `thread` finishes, `worker` is deleted on
/// the thread itself (its event loop has stopped, so nothing else runs there) and then what
/// OpenSSL keeps for the thread is freed. Both happen before QThread::wait() returns, so no
/// destructor on the thread can race with OpenSSL's clean-up at process exit.
void deleteWorkerWhenFinished(QThread &thread, QObject *worker);

} // namespace gatehouse
