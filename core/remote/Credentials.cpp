#include "remote/Credentials.h"

#include "security/Keychain.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>

namespace gatehouse::remote {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::remote", text);
}

template <typename T>
QFuture<Result<T>> finished(Result<T> result)
{
    QPromise<Result<T>> promise;
    promise.start();
    promise.addResult(std::move(result));
    promise.finish();
    return promise.future();
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

QFuture<Result<WorkspaceSpec>> resolveCredentials(WorkspaceSpec spec, security::Keychain &keychain)
{
    if (!spec.isRemote() || (!spec.clientId.isEmpty() && !spec.clientSecret.isEmpty()))
        return finished(Result<WorkspaceSpec>(std::move(spec)));
    const auto environment = credentialsFromEnvironment();
    if (!environment.ok())
        return finished(Result<WorkspaceSpec>(environment.error()));
    if (environment.value()) {
        spec.clientId = environment.value()->first;
        spec.clientSecret = environment.value()->second;
        return finished(Result<WorkspaceSpec>(std::move(spec)));
    }
    auto promise = std::make_shared<QPromise<Result<WorkspaceSpec>>>();
    promise->start();
    auto finish = [promise](Result<WorkspaceSpec> result) {
        promise->addResult(std::move(result));
        promise->finish();
    };
    keychain.probe().then(&keychain, [spec, finish, keychain = &keychain](Result<bool> works) {
        if (!works.ok() || !works.value()) {
            finish(noKeychain(spec, Purpose::Read));
            return;
        }
        keychain->read(credentialsKind(), spec.keychainAccount())
            .then(keychain, [spec, finish](Result<QString> stored) {
                if (!stored.ok()) {
                    if (stored.error().code() == ErrorCode::NotFound)
                        finish(
                            Error(ErrorCode::NotFound,
                                  tr("No credentials are saved for %1. Save them with \"gatehouse-cli "
                                     "connection save\" (or in Gatehouse under File → Connections), or set "
                                     "GATEHOUSE_CLIENT_ID and GATEHOUSE_CLIENT_SECRET.")
                                      .arg(spec.keychainAccount())));
                    else
                        finish(
                            Error(stored.error().code(),
                                  tr("The credentials for %1 could not be read from the system keychain: %2")
                                      .arg(spec.keychainAccount(), stored.error().message()),
                                  stored.error().detail()));
                    return;
                }
                const auto decoded = decodeCredentials(stored.value());
                if (!decoded) {
                    finish(Error(
                        ErrorCode::Internal,
                        tr("The keychain entry for %1 is not in the expected form; save the connection's "
                           "credentials again.")
                            .arg(spec.keychainAccount())));
                    return;
                }
                WorkspaceSpec withCredentials = spec;
                withCredentials.clientId = decoded->first;
                withCredentials.clientSecret = decoded->second;
                finish(std::move(withCredentials));
            });
    });
    return promise->future();
}

QFuture<Result<Done>> saveCredentials(const WorkspaceSpec &spec, security::Keychain &keychain)
{
    if (!spec.isRemote())
        return finished(Result<Done>(notLogto()));
    if (spec.clientId.trimmed().isEmpty() || spec.clientSecret.isEmpty())
        return finished(Result<Done>(
            Error(ErrorCode::Validation, tr("Both the client id and the client secret are needed."))));
    auto promise = std::make_shared<QPromise<Result<Done>>>();
    promise->start();
    const QString account = spec.keychainAccount();
    const QString value = encodeCredentials(spec.clientId.trimmed(), spec.clientSecret);
    keychain.probe().then(&keychain, [spec, account, value, promise,
                                      keychain = &keychain](Result<bool> works) {
        if (!works.ok() || !works.value()) {
            promise->addResult(Result<Done>(noKeychain(spec, Purpose::Save)));
            promise->finish();
            return;
        }
        keychain->write(credentialsKind(), account, value).then(keychain, [promise](Result<Done> written) {
            promise->addResult(std::move(written));
            promise->finish();
        });
    });
    return promise->future();
}

QFuture<Result<Done>> removeCredentials(const WorkspaceSpec &spec, security::Keychain &keychain)
{
    if (!spec.isRemote())
        return finished(Result<Done>(notLogto()));
    auto promise = std::make_shared<QPromise<Result<Done>>>();
    promise->start();
    const QString account = spec.keychainAccount();
    keychain.probe().then(&keychain, [spec, account, promise, keychain = &keychain](Result<bool> works) {
        if (!works.ok() || !works.value()) {
            promise->addResult(Result<Done>(noKeychain(spec, Purpose::Remove)));
            promise->finish();
            return;
        }
        keychain->remove(credentialsKind(), account).then(keychain, [promise](Result<Done> removed) {
            promise->addResult(std::move(removed));
            promise->finish();
        });
    });
    return promise->future();
}

} // namespace gatehouse::remote
