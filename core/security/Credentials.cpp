#include "security/Credentials.h"

#include "security/Keychain.h"
#include "util/Futures.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse::security {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::security::Credentials", text);
}

enum class Purpose { Read, Save, Remove };

Error noKeychain(const WorkspaceSpec &spec, Purpose purpose)
{
    const QString account = spec.keychainAccount();
    const QString useEnvironment = tr("Set GATEHOUSE_CLIENT_ID and GATEHOUSE_CLIENT_SECRET to the "
                                      "machine-to-machine application's id and secret instead.");
    switch (purpose) {
    case Purpose::Save:
        return Error(
            ErrorCode::Unavailable,
            tr("The credentials for %1 cannot be saved: no system keychain is available here.").arg(account) +
                QLatin1Char(' ') + useEnvironment);
    case Purpose::Remove:
        return Error(ErrorCode::Unavailable,
                     tr("No system keychain is available here, so no credentials for %1 can be stored in it.")
                         .arg(account));
    case Purpose::Read:
        break;
    }
    return Error(ErrorCode::Unavailable,
                 tr("No credentials for %1: no system keychain is available here.").arg(account) +
                     QLatin1Char(' ') + useEnvironment);
}

Error notLogto()
{
    return Error(ErrorCode::Validation,
                 tr("Only Logto connections (logto+https://...) have client credentials."));
}
} // namespace

QString credentialsKind()
{
    return QStringLiteral("logto");
}

Result<std::optional<std::pair<QString, QString>>> credentialsFromEnvironment()
{
    const bool hasId = qEnvironmentVariableIsSet("GATEHOUSE_CLIENT_ID");
    const bool hasSecret = qEnvironmentVariableIsSet("GATEHOUSE_CLIENT_SECRET");
    if (!hasId && !hasSecret)
        return std::optional<std::pair<QString, QString>>();
    if (hasId != hasSecret)
        return Error(ErrorCode::Validation,
                     (hasId ? tr("GATEHOUSE_CLIENT_ID is set but GATEHOUSE_CLIENT_SECRET is not")
                            : tr("GATEHOUSE_CLIENT_SECRET is set but GATEHOUSE_CLIENT_ID is not")) +
                         tr(": set both (the machine-to-machine application's id and secret) or neither."));
    const QString id = qEnvironmentVariable("GATEHOUSE_CLIENT_ID").trimmed();
    const QString secret = qEnvironmentVariable("GATEHOUSE_CLIENT_SECRET").trimmed();
    if (id.isEmpty() || secret.isEmpty())
        return Error(
            ErrorCode::Validation,
            (id.isEmpty() ? tr("GATEHOUSE_CLIENT_ID is empty") : tr("GATEHOUSE_CLIENT_SECRET is empty")) +
                tr(": set both (the machine-to-machine application's id and secret) or neither."));
    return std::optional(std::pair{id, secret});
}

QString encodeCredentials(const QString &clientId, const QString &clientSecret)
{
    const QJsonObject object{{QStringLiteral("clientId"), clientId},
                             {QStringLiteral("clientSecret"), clientSecret}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<std::pair<QString, QString>> decodeCredentials(const QString &value)
{
    const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonValue id = doc.object().value(QStringLiteral("clientId"));
    const QJsonValue secret = doc.object().value(QStringLiteral("clientSecret"));
    if (!id.isString() || !secret.isString() || id.toString().isEmpty() || secret.toString().isEmpty())
        return std::nullopt;
    return std::pair{id.toString(), secret.toString()};
}

CredentialResolver::CredentialResolver(Keychain *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
{}

void CredentialResolver::remember(const WorkspaceSpec &spec)
{
    if (spec.isRemote() && !spec.clientId.isEmpty() && !spec.clientSecret.isEmpty())
        m_session.insert(spec.keychainAccount(), {spec.clientId, spec.clientSecret});
}

void CredentialResolver::forget(const WorkspaceSpec &spec)
{
    m_session.remove(spec.keychainAccount());
}

bool CredentialResolver::remembers(const WorkspaceSpec &spec) const
{
    return m_session.contains(spec.keychainAccount());
}

QFuture<Result<WorkspaceSpec>> CredentialResolver::resolve(WorkspaceSpec spec)
{
    if (!spec.isRemote() || (!spec.clientId.isEmpty() && !spec.clientSecret.isEmpty()))
        return readyFuture(Result<WorkspaceSpec>(std::move(spec)));
    const auto session = m_session.constFind(spec.keychainAccount());
    if (session != m_session.cend()) {
        spec.clientId = session->clientId;
        spec.clientSecret = session->clientSecret;
        return readyFuture(Result<WorkspaceSpec>(std::move(spec)));
    }
    const auto environment = credentialsFromEnvironment();
    if (!environment.ok())
        return failedFuture<WorkspaceSpec>(environment.error());
    if (environment.value()) {
        spec.clientId = environment.value()->first;
        spec.clientSecret = environment.value()->second;
        return readyFuture(Result<WorkspaceSpec>(std::move(spec)));
    }
    return fromKeychain(spec);
}

QFuture<Result<bool>> CredentialResolver::keychainWorks()
{
    if (!m_keychain)
        return readyFuture(Result<bool>(false));
    return m_keychain->probe();
}

QFuture<Result<WorkspaceSpec>> CredentialResolver::fromKeychain(const WorkspaceSpec &spec)
{
    Promise<WorkspaceSpec> promise;
    keychainWorks().then(this, [this, spec, promise](Result<bool> works) {
        if (!works.ok() || !works.value() || !m_keychain) {
            promise.finish(noKeychain(spec, Purpose::Read));
            return;
        }
        m_keychain->read(credentialsKind(), spec.keychainAccount())
            .then(this, [spec, promise](Result<QString> stored) {
                if (!stored.ok()) {
                    if (stored.error().code() == ErrorCode::NotFound)
                        promise.finish(
                            Error(ErrorCode::NotFound,
                                  tr("No credentials are saved for %1. Save them with \"gatehouse-cli "
                                     "connection save\" (or in Gatehouse under File → Connections), or set "
                                     "GATEHOUSE_CLIENT_ID and GATEHOUSE_CLIENT_SECRET.")
                                      .arg(spec.keychainAccount())));
                    else
                        promise.finish(
                            Error(stored.error().code(),
                                  tr("The credentials for %1 could not be read from the system keychain: %2")
                                      .arg(spec.keychainAccount(), stored.error().message()),
                                  stored.error().detail()));
                    return;
                }
                const auto decoded = decodeCredentials(stored.value());
                if (!decoded) {
                    promise.finish(Error(
                        ErrorCode::Internal,
                        tr("The keychain entry for %1 is not in the expected form; save the connection's "
                           "credentials again.")
                            .arg(spec.keychainAccount())));
                    return;
                }
                WorkspaceSpec withCredentials = spec;
                withCredentials.clientId = decoded->first;
                withCredentials.clientSecret = decoded->second;
                promise.finish(std::move(withCredentials));
            });
    });
    return promise.future();
}

QFuture<Result<Done>> CredentialResolver::save(const WorkspaceSpec &spec)
{
    if (!spec.isRemote())
        return failedFuture<Done>(notLogto());
    if (spec.clientId.trimmed().isEmpty() || spec.clientSecret.isEmpty())
        return failedFuture<Done>(
            Error(ErrorCode::Validation, tr("Both the client id and the client secret are needed.")));
    Promise<Done> promise;
    const QString value = encodeCredentials(spec.clientId.trimmed(), spec.clientSecret);
    keychainWorks().then(this, [this, spec, value, promise](Result<bool> works) {
        if (!works.ok() || !works.value() || !m_keychain) {
            promise.finish(noKeychain(spec, Purpose::Save));
            return;
        }
        m_keychain->write(credentialsKind(), spec.keychainAccount(), value)
            .then(this, [promise](Result<Done> written) { promise.finish(std::move(written)); });
    });
    return promise.future();
}

QFuture<Result<Done>> CredentialResolver::remove(const WorkspaceSpec &spec)
{
    if (!spec.isRemote())
        return failedFuture<Done>(notLogto());
    Promise<Done> promise;
    keychainWorks().then(this, [this, spec, promise](Result<bool> works) {
        if (!works.ok() || !works.value() || !m_keychain) {
            promise.finish(noKeychain(spec, Purpose::Remove));
            return;
        }
        m_keychain->remove(credentialsKind(), spec.keychainAccount())
            .then(this, [promise](Result<Done> removed) { promise.finish(std::move(removed)); });
    });
    return promise.future();
}

} // namespace gatehouse::security
