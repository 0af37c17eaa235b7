#include "backend/Result.h"

#include <QCoreApplication>

namespace gatehouse {

void throwIfInvalid(const QList<FieldError> &errors)
{
    if (!errors.isEmpty())
        throw Failure{Error::validation(errors)};
}

void throwExists(const QString &message)
{
    throw Failure{Error(ErrorCode::AlreadyExists, message)};
}

void throwConflict(const QString &what)
{
    throw Failure{Error(ErrorCode::Conflict, QCoreApplication::translate(
                                                 "gatehouse::Failure",
                                                 "%1 was changed by someone else after you opened it. Your "
                                                 "changes were not saved; reload to see the current version.")
                                                 .arg(what))};
}

void throwIfStale(qint64 editedVersion, qint64 currentVersion, const QString &what)
{
    if (editedVersion != currentVersion)
        throwConflict(what);
}

} // namespace gatehouse
