#include "io/UserExport.h"

namespace gatehouse {

QStringList userExportColumns(bool withPasswordDigests)
{
    QStringList columns{
        QStringLiteral("id"),           QStringLiteral("username"),  QStringLiteral("primaryEmail"),
        QStringLiteral("primaryPhone"), QStringLiteral("name"),      QStringLiteral("avatar"),
        QStringLiteral("isSuspended"),  QStringLiteral("createdAt"), QStringLiteral("lastSignInAt"),
        QStringLiteral("profile"),      QStringLiteral("customData")};
    if (withPasswordDigests)
        columns << QStringLiteral("passwordDigest") << QStringLiteral("passwordAlgorithm");
    return columns;
}

} // namespace gatehouse
