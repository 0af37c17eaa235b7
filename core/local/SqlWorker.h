#pragma once

#include "backend/Result.h"
#include "backend/WorkspaceSpec.h"
#include "local/SqlSession.h"

#include <QObject>
#include <exception>
#include <memory>

namespace gatehouse::local {

/// Owns one database connection and runs operations on it, one at a time, in submission order.
/// Lives in LocalBackend's worker thread; every method runs there.
class SqlWorker : public QObject
{
    Q_OBJECT
public:
    explicit SqlWorker(WorkspaceSpec spec);
    ~SqlWorker() override;

    /// Opens the connection, sets SQLite pragmas (WAL, foreign keys, busy timeout) and migrates.
    Result<Done> open();
    void close();
    void setOperatorName(const QString &name);

    template <typename T, typename F>
    Result<T> call(F &fn)
    {
        if (!m_session)
            return Error(ErrorCode::Unavailable, notOpenMessage());
        try {
            return Result<T>(fn(*m_session));
        } catch (const Failure &failure) {
            return failure.error;
        } catch (const std::exception &e) {
            return Error(ErrorCode::Internal, internalMessage(), QString::fromLocal8Bit(e.what()));
        }
    }

private:
    static QString notOpenMessage();
    static QString internalMessage();

    WorkspaceSpec m_spec;
    QString m_connectionName;
    QString m_operator;
    std::unique_ptr<SqlSession> m_session;
};

} // namespace gatehouse::local
