#include "io/UserImportRules.h"

#include "model/UserRules.h"
#include "model/UserValidation.h"

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
    // No text column of either database keeps a NUL character intact (PostgreSQL refuses it).
    const std::pair<const char *, const QString *> texts[] = {
        {"id", &u.id},
        {"username", &u.username},
        {"primaryEmail", &u.primaryEmail},
        {"primaryPhone", &u.primaryPhone},
        {"name", &u.name},
        {"avatar", &u.avatar},
        {"passwordDigest", &u.passwordDigest},
        {"passwordAlgorithm", &u.passwordAlgorithm},
    };
    for (const auto &[field, value] : texts) {
        if (value->contains(QChar::Null))
            errors.append({QLatin1String(field), tr("contains a NUL character")});
    }
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
    } else if (u.passwordAlgorithm.isEmpty() && !u.passwordDigest.isEmpty()) {
        errors.append({QStringLiteral("passwordAlgorithm"), tr("is missing (the row has a passwordDigest)")});
    } else if (!u.passwordDigest.isEmpty() || !u.passwordAlgorithm.isEmpty()) {
        QString canonical;
        errors += rules::digestProblems(u, &canonical);
        if (!canonical.isEmpty())
            u.passwordAlgorithm = canonical;
    }
    return errors;
}

} // namespace gatehouse
