#include "connections/ConnectionManager.h"

#include "backend/BackendFactory.h"
#include "remote/Credentials.h"
#include "security/Keychain.h"

#include <QPromise>

namespace gatehouse::ui {

namespace {
template <typename T>
QFuture<Result<T>> finished(Result<T> result)
{
    QPromise<Result<T>> promise;
    promise.start();
    promise.addResult(std::move(result));
    promise.finish();
    return promise.future();
}

template <typename T>
void fulfil(const std::shared_ptr<QPromise<Result<T>>> &promise, Result<T> result)
{
    promise->addResult(std::move(result));
    promise->finish();
}
} // namespace

ConnectionManager::ConnectionManager(security::Keychain *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
{}

// Backends of unfinished tests are destroyed here, on the UI thread, which waits for their work.
ConnectionManager::~ConnectionManager() = default;

void ConnectionManager::probeKeychain(std::function<void(bool)> then)
{
    if (m_keychainWorks >= 0) {
        then(m_keychainWorks == 1);
        return;
    }
    m_keychain->probe().then(this, [this, then](Result<bool> works) {
        m_keychainWorks = works.ok() && works.value() ? 1 : 0;
        then(m_keychainWorks == 1);
    });
}

QFuture<Result<WorkspaceSpec>> ConnectionManager::credentials(const WorkspaceSpec &spec)
{
    if (!spec.isRemote() || (!spec.clientId.isEmpty() && !spec.clientSecret.isEmpty()))
        return finished(Result<WorkspaceSpec>(spec));
    const auto session = m_session.constFind(spec.keychainAccount());
    if (session != m_session.cend()) {
        WorkspaceSpec filled = spec;
        filled.clientId = session->clientId;
        filled.clientSecret = session->clientSecret;
        return finished(Result<WorkspaceSpec>(filled));
    }
    auto promise = std::make_shared<QPromise<Result<WorkspaceSpec>>>();
    promise->start();
    remote::resolveCredentials(spec, *m_keychain).then(this, [promise](Result<WorkspaceSpec> resolved) {
        fulfil(promise, std::move(resolved));
    });
    return promise->future();
}

QFuture<Result<bool>> ConnectionManager::storeCredentials(const WorkspaceSpec &spec)
{
    if (!spec.isRemote() || spec.clientId.isEmpty() || spec.clientSecret.isEmpty())
        return finished(Result<bool>(
            Error(ErrorCode::Validation, tr("Both the client id and the client secret are needed."))));
    m_session.insert(spec.keychainAccount(), {spec.clientId, spec.clientSecret});
    auto promise = std::make_shared<QPromise<Result<bool>>>();
    promise->start();
    probeKeychain([this, spec, promise](bool works) {
        if (!works) {
            fulfil(promise, Result<bool>(false));
            return;
        }
        remote::saveCredentials(spec, *m_keychain).then(this, [promise](Result<Done> saved) {
            fulfil(promise, saved.ok() ? Result<bool>(true) : Result<bool>(saved.error()));
        });
    });
    return promise->future();
}

void ConnectionManager::keepForSession(const WorkspaceSpec &spec)
{
    if (spec.isRemote() && !spec.clientId.isEmpty() && !spec.clientSecret.isEmpty())
        m_session.insert(spec.keychainAccount(), {spec.clientId, spec.clientSecret});
}

void ConnectionManager::dropFromSession(const WorkspaceSpec &spec)
{
    m_session.remove(spec.keychainAccount());
}

QFuture<Result<Done>> ConnectionManager::forgetCredentials(const WorkspaceSpec &spec)
{
    m_session.remove(spec.keychainAccount());
    auto promise = std::make_shared<QPromise<Result<Done>>>();
    promise->start();
    probeKeychain([this, spec, promise](bool works) {
        if (!works) {
            fulfil(promise, Result<Done>(Done{}));
            return;
        }
        remote::removeCredentials(spec, *m_keychain).then(this, [promise](Result<Done> removed) {
            fulfil(promise, std::move(removed));
        });
    });
    return promise->future();
}

QFuture<Result<bool>> ConnectionManager::moveCredentials(const WorkspaceSpec &from, WorkspaceSpec to)
{
    auto promise = std::make_shared<QPromise<Result<bool>>>();
    promise->start();
    credentials(from).then(this, [this, from, to, promise](Result<WorkspaceSpec> old) mutable {
        if (!old.ok()) {
            fulfil(promise, Result<bool>(old.error()));
            return;
        }
        to.clientId = to.clientId.isEmpty() ? old->clientId : to.clientId;
        to.clientSecret = old->clientSecret;
        storeCredentials(to).then(this, [this, from, promise](Result<bool> stored) {
            if (!stored.ok()) {
                fulfil(promise, std::move(stored));
                return;
            }
            forgetCredentials(from).then(this, [promise, stored](Result<Done>) { fulfil(promise, stored); });
        });
    });
    return promise->future();
}

QFuture<Result<bool>> ConnectionManager::saveConnection(const SavedConnection &connection,
                                                        const QString &secret, const QString &previousAccount)
{
    const Result<WorkspaceSpec> parsed = connection.spec();
    if (!parsed.ok())
        return finished(Result<bool>(parsed.error()));
    connectionstore::save(connection, previousAccount);
    WorkspaceSpec spec = parsed.value();
    spec.clientId = connection.clientId;
    if (!secret.isEmpty()) {
        spec.clientSecret = secret;
        auto promise = std::make_shared<QPromise<Result<bool>>>();
        promise->start();
        storeCredentials(spec).then(this, [this, spec, previousAccount, promise](Result<bool> stored) {
            const Result<WorkspaceSpec> previous =
                WorkspaceSpec::parse(previousAccount.isEmpty() ? QString() : previousAccount);
            if (!previous.ok() || previous->keychainAccount() == spec.keychainAccount()) {
                fulfil(promise, std::move(stored));
                return;
            }
            // The address changed: the entry under the old one is stale.
            forgetCredentials(previous.value()).then(this, [promise, stored](Result<Done>) {
                fulfil(promise, stored);
            });
        });
        return promise->future();
    }
    const Result<WorkspaceSpec> previous =
        WorkspaceSpec::parse(previousAccount.isEmpty() ? QString() : previousAccount);
    if (previous.ok() && previous->keychainAccount() != spec.keychainAccount())
        return moveCredentials(previous.value(), spec);
    return finished(Result<bool>(m_keychainWorks == 1));
}

QFuture<Result<Done>> ConnectionManager::removeConnection(const SavedConnection &connection)
{
    connectionstore::remove(connection.account());
    const Result<WorkspaceSpec> spec = connection.spec();
    if (!spec.ok())
        return finished(Result<Done>(Done{}));
    return forgetCredentials(spec.value());
}

QFuture<Result<ConnectionReport>> ConnectionManager::test(const WorkspaceSpec &spec)
{
    auto promise = std::make_shared<QPromise<Result<ConnectionReport>>>();
    promise->start();
    const int id = m_nextTest++;
    Backend *backend = m_tests.emplace(id, createBackend(spec)).first->second.get();
    // The backend is released by a queued call, never from inside its own continuation.
    auto finish = [this, id, promise](Result<ConnectionReport> result) {
        fulfil(promise, std::move(result));
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
    return promise->future();
}

} // namespace gatehouse::ui
