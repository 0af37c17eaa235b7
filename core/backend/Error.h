#pragma once

#include <QList>
#include <QString>

namespace gatehouse {

/// What went wrong, as a category a caller can act on. The CLI maps these to exit codes
/// (see app/cli): usage 2, NotFound 3, Validation/AlreadyExists/Conflict 4, everything else 1.
enum class ErrorCode {
    None,
    Validation,    ///< input breaks a rule; fields() names the offending fields
    NotFound,      ///< the object (or its parent) does not exist
    AlreadyExists, ///< a unique name/indicator/domain is taken; message names the clash
    Conflict,      ///< the object changed since it was read (stale row version)
    Forbidden,     ///< the acting persona may not do this
    RateLimited,   ///< the server asked us to slow down
    Unavailable,   ///< the database or server cannot be reached
    Unsupported,   ///< the backend lacks this capability (see Capabilities)
    Cancelled,     ///< the caller cancelled the operation
    Internal,      ///< a bug or an unexpected storage/server answer
};

/// Stable machine name of a code ("not_found", ...), used in JSON output and logs.
QString errorCodeName(ErrorCode code);

/// One field that failed validation: `field` uses Logto's JSON names ("redirectUris[2]").
struct FieldError
{
    QString field;
    QString message;
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

/// An error as a value. `message()` is translated text for a person; `detail()` is the raw
/// text from the storage engine or server (never shown alone, never contains secrets).
class Error
{
public:
    Error() = default;
    Error(ErrorCode code, QString message, QString detail = {}, QList<FieldError> fields = {});

    static Error validation(QList<FieldError> fields);
    static Error notFound(const QString &what, const QString &id);

    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    const QList<FieldError> &fields() const { return m_fields; }
    bool isError() const { return m_code != ErrorCode::None; }

    /// message, then each field error on its own line, then the detail in parentheses.
    QString toString() const;

private:
    ErrorCode m_code = ErrorCode::None;
    QString m_message;
    QString m_detail;
    QList<FieldError> m_fields;
};

} // namespace gatehouse
