#include "io/UserImportRules.h"

#include "model/UserValidation.h"
#include "security/Password.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gatehouse {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::UserImport", text);
}
} // namespace

QList<FieldError> importRecordProblems(UserRecord &record)
{
    QList<FieldError> errors = record.errors + validation::user(record.user);
    User &u = record.user;
    static const QRegularExpression idRule(QStringLiteral("^[0-9a-z]{1,21}$"));
    if (!u.id.isEmpty() && !idRule.match(u.id).hasMatch())
        errors.append(
            {QStringLiteral("id"), tr("must be 1 to 21 lowercase letters or digits (leave it empty to "
                                      "generate one)")});
    if (!record.password.isEmpty()) {
        if (!u.passwordDigest.isEmpty())
            errors.append(
                {QStringLiteral("password"), tr("give either a password or a passwordDigest, not both")});
        const QString problem = validation::passwordProblem(record.password);
        if (!problem.isEmpty())
            errors.append({QStringLiteral("password"), problem});
    } else if (!u.passwordDigest.isEmpty() || !u.passwordAlgorithm.isEmpty()) {
        security::PasswordAlgorithm algorithm;
        if (!security::parsePasswordAlgorithm(u.passwordAlgorithm, &algorithm)) {
            errors.append(
                {QStringLiteral("passwordAlgorithm"),
                 u.passwordAlgorithm.isEmpty()
                     ? tr("is missing (the row has a passwordDigest)")
                     : tr("\"%1\" is not one of Argon2i, Argon2id, Argon2d, SHA1, SHA256, MD5, Bcrypt, "
                          "Legacy")
                           .arg(u.passwordAlgorithm)});
        } else {
            u.passwordAlgorithm = security::passwordAlgorithmName(algorithm);
            const QString problem = security::digestProblem(algorithm, u.passwordDigest);
            if (!problem.isEmpty())
                errors.append({QStringLiteral("passwordDigest"), problem});
        }
    }
    return errors;
}

} // namespace gatehouse
