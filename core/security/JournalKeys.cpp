#include "security/Credentials.h"
#include "security/Keychain.h"

#include <QPromise>

namespace gatehouse::security {

namespace {
JournalSeal limited(const QString &anchorPath, const QString &why)
{
    JournalSeal seal;
    seal.anchorPath = anchorPath;
    seal.limitation = why;
    return seal;
}
} // namespace

QString journalKeyKind()
{
    return QStringLiteral("journal-key");
}

QFuture<JournalSeal> CredentialResolver::journalSeal(const WorkspaceSpec &spec, bool create)
{
    auto promise = std::make_shared<QPromise<JournalSeal>>();
    promise->start();
    const QString account = spec.keychainAccount();
    const QString anchorPath = journalseal::anchorPathFor(account);
    const auto finish = [promise](JournalSeal seal) {
        promise->addResult(std::move(seal));
        promise->finish();
    };
    const QString noKeychain =
        tr("No system keychain is available, so this machine holds no journal key: entries are written "
           "unsealed and only the unkeyed chain can be checked.");
    keychainWorks().then(this, [this, account, anchorPath, create, finish, noKeychain](Result<bool> works) {
        if (!works.ok() || !works.value() || !m_keychain) {
            finish(limited(anchorPath, noKeychain));
            return;
        }
        m_keychain->read(journalKeyKind(), account)
            .then(this, [this, account, anchorPath, create, finish](Result<QString> stored) {
                if (stored.ok()) {
                    std::optional<JournalSeal> seal = journalseal::decodeKeys(stored.value());
                    if (!seal) {
                        finish(limited(anchorPath, tr("The keychain entry %1 for %2 is not a journal key; "
                                                      "only the unkeyed chain can be checked.")
                                                       .arg(journalKeyKind(), account)));
                        return;
                    }
                    seal->anchorPath = anchorPath;
                    finish(*seal);
                    return;
                }
                if (stored.error().code() != ErrorCode::NotFound || !create) {
                    finish(
                        limited(anchorPath,
                                stored.error().code() == ErrorCode::NotFound
                                    ? tr("This machine holds no journal key for %1 yet (one is made by "
                                         "the first change made here); only the unkeyed chain can be "
                                         "checked.")
                                          .arg(account)
                                    : tr("The journal key for %1 could not be read from the keychain (%2); "
                                         "only the unkeyed chain can be checked.")
                                          .arg(account, stored.error().message())));
                    return;
                }
                JournalSeal seal;
                seal.signing = journalseal::generateKey();
                seal.keys.insert(seal.signing.id, seal.signing.secret);
                seal.anchorPath = anchorPath;
                m_keychain->write(journalKeyKind(), account, journalseal::encodeKeys(seal))
                    .then(this, [seal, anchorPath, account, finish](Result<Done> written) {
                        if (written.ok())
                            finish(seal);
                        else
                            finish(limited(anchorPath, tr("A journal key for %1 could not be saved in the "
                                                          "keychain (%2); entries are written unsealed.")
                                                           .arg(account, written.error().message())));
                    });
            });
    });
    return promise->future();
}

} // namespace gatehouse::security
