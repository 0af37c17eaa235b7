#include "util/WorkerThread.h"

#include "security/Random.h"

#include <QThread>

namespace gatehouse {

void deleteWorkerWhenFinished(QThread &thread, QObject *worker)
{
    // finished is emitted on the thread, after its event loop returned; a deleteLater() would
    // run later, after wait() may already have returned to the owner.
    QObject::connect(
        &thread, &QThread::finished, &thread,
        [worker] {
            delete worker;
            security::releaseThreadCryptoState();
        },
        Qt::DirectConnection);
}

} // namespace gatehouse
