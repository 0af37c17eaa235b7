#include "model/UserRules.h"

#include "model/UserValidation.h"
#include "security/Password.h"

#include <QCoreApplication>
#include <algorithm>

namespace gatehouse::rules {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::rules", text);
}
} // namespace

NewUserCheck checkNewUser(const User &draft, const QString &password)
{
    NewUserCheck check;
    check.errors = validation::user(draft);
    if (!password.isEmpty()) {
        const QString problem = validation::passwordProblem(password);
        if (!problem.isEmpty())
            check.errors.append({QStringLiteral("password"), problem});
    } else if (!draft.passwordDigest.isEmpty() || !draft.passwordAlgorithm.isEmpty()) {
        check.errors += digestProblems(draft, &check.algorithm);
    }
    return check;
}

QList<FieldError> digestProblems(const User &user, QString *canonical)
{
    security::PasswordAlgorithm algorithm;
    if (!security::parsePasswordAlgorithm(user.passwordAlgorithm, &algorithm))
        return {{QStringLiteral("passwordAlgorithm"),
                 tr("\"%1\" is not one of Argon2i, Argon2id, Argon2d, SHA1, SHA256, MD5, Bcrypt, Legacy")
                     .arg(user.passwordAlgorithm)}};
    if (canonical)
        *canonical = security::passwordAlgorithmName(algorithm);
    const QString problem = security::digestProblem(algorithm, user.passwordDigest);
    if (!problem.isEmpty())
        return {{QStringLiteral("passwordDigest"), problem}};
    return {};
}

QList<FieldError> reasonProblems(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return {{QStringLiteral("reason"), tr("Say why (the reason is recorded in the journal).")}};
    if (reason.size() > 1000)
        return {{QStringLiteral("reason"), tr("is too long")}};
    return {};
}

Error passwordCheckRateProblem(const QList<qint64> &earlierChecksMs, qint64 nowMs)
{
    QList<qint64> recent;
    for (qint64 at : earlierChecksMs) {
        if (at > nowMs - passwordCheckWindowMs)
            recent.append(at);
    }
    if (recent.size() < passwordCheckLimit)
        return {};
    std::sort(recent.begin(), recent.end());
    // Room again once the oldest of the last passwordCheckLimit checks leaves the window.
    const qint64 freeAt = recent.at(recent.size() - passwordCheckLimit) + passwordCheckWindowMs;
    const qint64 minutes = std::max<qint64>(1, (freeAt - nowMs + 59999) / 60000);
    return Error(ErrorCode::RateLimited,
                 QCoreApplication::translate("gatehouse::rules",
                                             "This user's password was checked %n time(s) in the last 15 "
                                             "minutes; try again in %1 minute(s). Every check is recorded in "
                                             "the journal.",
                                             nullptr, int(recent.size()))
                     .arg(minutes));
}

User withProfileOf(const User &before, const User &edit)
{
    User after = before;
    after.username = edit.username;
    after.primaryEmail = edit.primaryEmail;
    after.primaryPhone = edit.primaryPhone;
    after.name = edit.name;
    after.avatar = edit.avatar;
    after.profile = edit.profile;
    after.customData = edit.customData;
    return after;
}

QString userClashMessage(UserKey key, const QString &value, const QString &holderId)
{
    switch (key) {
    case UserKey::Username:
        return tr("The username \"%1\" is already taken by user %2.").arg(value, holderId);
    case UserKey::Email:
        return tr("The email address %1 already belongs to user %2.").arg(value, holderId);
    case UserKey::Phone:
        return tr("The phone number %1 already belongs to user %2.").arg(value, holderId);
    }
    return {};
}

} // namespace gatehouse::rules
