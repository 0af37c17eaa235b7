#include "PostgresConnection.h"

namespace gatehouse::test {

QSqlDatabase addPostgresConnection(const WorkspaceSpec &spec, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(spec.host);
    db.setPort(spec.port);
    db.setDatabaseName(spec.database);
    db.setUserName(spec.user);
    db.setPassword(spec.password);
    return db;
}

} // namespace gatehouse::test
