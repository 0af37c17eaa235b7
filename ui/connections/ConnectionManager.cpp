#include "connections/ConnectionManager.h"

#include "factory/BackendFactory.h"
#include "util/Futures.h"

namespace gatehouse::ui {

ConnectionManager::ConnectionManager(security::Keychain *keychain, QObject *parent)
    : QObject(parent)
    , m_credentials(keychain)
{}

// Backends of unfinished tests are destroyed here, on the UI thread, which waits for their work.
ConnectionManager::~ConnectionManager() = default;

void ConnectionManager::probeKeychain(std::function<void(bool)> then)
{
    if (m_keychainWorks >= 0) {
        then(m_keychainWorks == 1);
        return;
    }
    m_credentials.keychainWorks().then(this, [this, then](Result<bool> works) {
        m_keychainWorks = works.ok() && works.value() ? 1 : 0;
        then(m_keychainWorks == 1);
    });
}

QFuture<Result<WorkspaceSpec>> ConnectionManager::credentials(const WorkspaceSpec &spec)
{
    return m_credentials.resolve(spec);
}

QFuture<JournalSeal> ConnectionManager::journalSeal(const WorkspaceSpec &spec, bool create)
{
    return m_credentials.journalSeal(spec, create);
}

QFuture<Result<bool>> ConnectionManager::storeCredentials(const WorkspaceSpec &spec)
{
    if (!spec.isRemote() || spec.clientId.isEmpty() || spec.clientSecret.isEmpty())
        return failedFuture<bool>(
            Error(ErrorCode::Validation, tr("Both the client id and the client secret are needed.")));
    m_credentials.remember(spec);
    Promise<bool> promise;
    probeKeychain([this, spec, promise](bool works) {
        if (!works) {
            promise.finish(false);
            return;
        }
        m_credentials.save(spec).then(this, [promise](Result<Done> saved) {
            promise.finish(saved.ok() ? Result<bool>(true) : Result<bool>(saved.error()));
        });
    });
    return promise.future();
}

void ConnectionManager::keepForSession(const WorkspaceSpec &spec)
{
    m_credentials.remember(spec);
}

void ConnectionManager::dropFromSession(const WorkspaceSpec &spec)
{
    m_credentials.forget(spec);
}

QFuture<Result<Done>> ConnectionManager::forgetCredentials(const WorkspaceSpec &spec)
{
    m_credentials.forget(spec);
    Promise<Done> promise;
    probeKeychain([this, spec, promise](bool works) {
        if (!works) {
            promise.finish(Done{});
            return;
        }
        m_credentials.remove(spec).then(
            this, [promise](Result<Done> removed) { promise.finish(std::move(removed)); });
    });
    return promise.future();
}

QFuture<Result<bool>> ConnectionManager::moveCredentials(const WorkspaceSpec &from, WorkspaceSpec to)
{
    Promise<bool> promise;
    credentials(from).then(this, [this, from, to, promise](Result<WorkspaceSpec> old) mutable {
        if (!old.ok()) {
            promise.finish(old.error());
            return;
        }
        to.clientId = to.clientId.isEmpty() ? old->clientId : to.clientId;
        to.clientSecret = old->clientSecret;
        storeCredentials(to).then(this, [this, from, promise](Result<bool> stored) {
            if (!stored.ok()) {
                promise.finish(std::move(stored));
                return;
            }
            forgetCredentials(from).then(this, [promise, stored](Result<Done>) { promise.finish(stored); });
        });
    });
    return promise.future();
}

QFuture<Result<bool>> ConnectionManager::saveConnection(const SavedConnection &connection,
                                                        const QString &secret, const QString &previousAccount)
{
    const Result<WorkspaceSpec> parsed = connection.spec();
    if (!parsed.ok())
        return failedFuture<bool>(parsed.error());
    connectionstore::save(connection, previousAccount);
    WorkspaceSpec spec = parsed.value();
    spec.clientId = connection.clientId;
    if (!secret.isEmpty()) {
        spec.clientSecret = secret;
        Promise<bool> promise;
        storeCredentials(spec).then(this, [this, spec, previousAccount, promise](Result<bool> stored) {
            const Result<WorkspaceSpec> previous =
                WorkspaceSpec::parse(previousAccount.isEmpty() ? QString() : previousAccount);
            if (!previous.ok() || previous->keychainAccount() == spec.keychainAccount()) {
                promise.finish(std::move(stored));
                return;
            }
            // The address changed: the entry under the old one is stale.
            forgetCredentials(previous.value()).then(this, [promise, stored](Result<Done>) {
                promise.finish(stored);
            });
        });
        return promise.future();
    }
    const Result<WorkspaceSpec> previous =
        WorkspaceSpec::parse(previousAccount.isEmpty() ? QString() : previousAccount);
    if (previous.ok() && previous->keychainAccount() != spec.keychainAccount())
        return moveCredentials(previous.value(), spec);
    return readyFuture(Result<bool>(m_keychainWorks == 1));
}

QFuture<Result<Done>> ConnectionManager::removeConnection(const SavedConnection &connection)
{
    connectionstore::remove(connection.account());
    const Result<WorkspaceSpec> spec = connection.spec();
    if (!spec.ok())
        return readyFuture(Result<Done>(Done{}));
    return forgetCredentials(spec.value());
}

QFuture<Result<ConnectionReport>> ConnectionManager::test(const WorkspaceSpec &spec)
{
    Promise<ConnectionReport> promise;
    const int id = m_nextTest++;
    Backend *backend = m_tests.emplace(id, createBackend(spec)).first->second.get();
    // The backend is released by a queued call, never from inside its own continuation.
    auto finish = [this, id, promise](Result<ConnectionReport> result) {
        promise.finish(std::move(result));
        QMetaObject::invokeMethod(
            this, [this, id] { m_tests.erase(id); }, Qt::QueuedConnection);
    };
    backend->open().then(this, [this, backend, finish](Result<Done> opened) {
        if (!opened.ok()) {
            finish(opened.error());
            return;
        }
        backend->tenants().list().then(this, [this, backend, finish](Result<QList<Tenant>> tenants) {
            if (!tenants.ok() || tenants->isEmpty()) {
                finish(tenants.ok()
                           ? Error(ErrorCode::NotFound, tr("The server has no tenant for this connection."))
                           : tenants.error());
                return;
            }
            const Tenant tenant = tenants->first();
            backend->applications().list(tenant.id).then(
                this, [backend, finish, tenant](Result<QList<Application>> apps) {
                    if (!apps.ok()) {
                        finish(apps.error());
                        return;
                    }
                    finish(ConnectionReport{tenant.name, int(apps->size()), backend->capabilities()});
                });
        });
    });
    return promise.future();
}

} // namespace gatehouse::ui
