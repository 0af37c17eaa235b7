#include "security/Keychain.h"

#include "security/Random.h"
#include "util/Futures.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "gatehouse.keychain")

namespace gatehouse::security {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::Keychain", text);
}

QString keyFor(const QString &kind, const QString &account)
{
    return kind + QLatin1Char(':') + account;
}

/// Starts `job`, resolves the promise exactly once: from the job's finished() or the timeout.
template <typename T, typename OnFinished>
QFuture<Result<T>> runJob(QObject *context, QKeychain::Job *job, int timeoutMs, OnFinished onFinished,
                          QList<QPointer<QObject>> *senders)
{
    Promise<T> promise;
    auto done = std::make_shared<bool>(false);
    auto *timer = new QTimer(job);
    senders->removeAll(nullptr);
    senders->append(job);
    senders->append(timer);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [promise, done, job] {
        if (*done)
            return;
        *done = true;
        qCWarning(lcKeychain) << "keychain job timed out";
        // The job may still finish later; it deletes itself then (autoDelete).
        QObject::disconnect(job, &QKeychain::Job::finished, nullptr, nullptr);
        promise.finish(Error(ErrorCode::Unavailable, tr("The system keychain did not answer in time.")));
    });
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [promise, done, timer, onFinished](QKeychain::Job *j) {
                         if (*done)
                             return;
                         *done = true;
                         timer->stop();
                         promise.finish(onFinished(j));
                     });
    job->setAutoDelete(true);
    timer->start(timeoutMs);
    job->start();
    return promise.future();
}

Error jobError(QKeychain::Job *job)
{
    // errorString() comes from the keychain service; it never contains the secret.
    if (job->error() == QKeychain::EntryNotFound)
        return Error(ErrorCode::NotFound, tr("No entry in the system keychain."), job->errorString());
    if (job->error() == QKeychain::AccessDenied || job->error() == QKeychain::AccessDeniedByUser)
        return Error(ErrorCode::Forbidden, tr("Access to the system keychain was denied."),
                     job->errorString());
    return Error(ErrorCode::Unavailable, tr("The system keychain is not available."), job->errorString());
}
} // namespace

Keychain::Keychain(QObject *parent)
    : QObject(parent)
{}

Keychain::~Keychain()
{
    // A running job's connections hold the promises of its future. Let them go while this object
    // is whole: the continuations attached with this object as context then see it alive and are
    // dropped with it, instead of running against a half-destroyed QObject.
    for (const QPointer<QObject> &sender : std::as_const(m_jobs)) {
        if (QObject *running = sender.data())
            running->disconnect(this);
    }
}

template <typename T, typename OnFinished>
QFuture<Result<T>> Keychain::start(QKeychain::Job *job, OnFinished onFinished)
{
    return runJob<T>(this, job, m_timeoutMs, std::move(onFinished), &m_jobs);
}

QString Keychain::serviceName()
{
    return QStringLiteral("Gatehouse");
}

QFuture<Result<Done>> Keychain::write(const QString &kind, const QString &account, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(keyFor(kind, account));
    job->setTextData(secret);
    return start<Done>(job, [](QKeychain::Job *j) -> Result<Done> {
        if (j->error() != QKeychain::NoError)
            return jobError(j);
        return Done{};
    });
}

QFuture<Result<QString>> Keychain::read(const QString &kind, const QString &account)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(keyFor(kind, account));
    return start<QString>(job, [](QKeychain::Job *j) -> Result<QString> {
        if (j->error() != QKeychain::NoError)
            return jobError(j);
        return static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
    });
}

QFuture<Result<Done>> Keychain::remove(const QString &kind, const QString &account)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(keyFor(kind, account));
    return start<Done>(job, [](QKeychain::Job *j) -> Result<Done> {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            return jobError(j);
        return Done{};
    });
}

QFuture<Result<bool>> Keychain::probe()
{
    if (m_probeStarted)
        return m_probe;
    m_probeStarted = true;
    const QString account = QStringLiteral("probe-") + generateId(12);
    const QString sentinel = generateSecret();
    Promise<bool> promise;
    m_probe = promise.future();
    auto finish = [promise](bool ok) {
        promise.finish(ok);
    };
    write(QStringLiteral("probe"), account, sentinel)
        .then(this, [this, account, sentinel, finish](Result<Done> w) {
            if (!w.ok()) {
                qCInfo(lcKeychain) << "keychain probe: write failed:" << w.error().detail();
                finish(false);
                return;
            }
            read(QStringLiteral("probe"), account)
                .then(this, [this, account, sentinel, finish](Result<QString> r) {
                    const bool ok = r.ok() && r.value() == sentinel;
                    if (!ok)
                        qCInfo(lcKeychain) << "keychain probe: read-back failed";
                    remove(QStringLiteral("probe"), account).then(this, [finish, ok](Result<Done>) {
                        finish(ok);
                    });
                });
        });
    return m_probe;
}

} // namespace gatehouse::security
