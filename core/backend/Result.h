#pragma once

#include "backend/Error.h"

#include <optional>
#include <utility>

namespace gatehouse {

/// Marker value for operations that succeed with nothing to return.
struct Done
{
};

/// Thrown inside a backend's worker thread to abort an operation; the backend turns it into a
/// Result error at the worker boundary. It never escapes a backend.
struct Failure
{
    Error error;
};

// Throwing helpers for the backends' worker-thread code (every backend uses the same words).

/// Throws a Validation failure if `errors` is not empty.
void throwIfInvalid(const QList<FieldError> &errors);

/// Throws AlreadyExists with `message` (which names the clash).
[[noreturn]] void throwExists(const QString &message);

/// The stale-edit failure: `what` ("Application \"Billing\"") changed since it was read.
[[noreturn]] void throwConflict(const QString &what);

/// throwConflict(what) unless the version the edit was made from is the current one.
void throwIfStale(qint64 editedVersion, qint64 currentVersion, const QString &what);

/// Either a value or an Error. Every Backend operation resolves to one of these; exceptions
/// never cross the Backend boundary.
template <typename T>
class Result
{
public:
    /// An empty result (needed by QFuture's result store); reads as an Internal error.
    Result()
        : m_error(ErrorCode::Internal, QStringLiteral("No result."))
    {}
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    /// Precondition: ok().
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }

    /// Precondition: !ok().
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace gatehouse
