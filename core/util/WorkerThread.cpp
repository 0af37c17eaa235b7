#include "util/WorkerThread.h"

#include "security/Random.h"

#include <QThread>

namespace gatehouse {

void deleteWorkerWhenFinished(QThread &thread, QObject *worker)
{
    // finished is emitted on the thread, after its event loop returned. A deleteLater() would run
    // after every finished handler, so the worker's destructor (which may free OpenSSL objects)
    // would come after the release below.
    QObject::connect(
        &thread, &QThread::finished, &thread,
        [worker] {
            delete worker;
            security::releaseThreadCryptoState();
        },
        Qt::DirectConnection);
}

} // namespace gatehouse
