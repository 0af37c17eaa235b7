#include "backend/Error.h"

#include <QCoreApplication>

namespace gatehouse {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return QStringLiteral("none");
    case ErrorCode::Validation:
        return QStringLiteral("validation");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("already_exists");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorCode::RateLimited:
        return QStringLiteral("rate_limited");
    case ErrorCode::Unavailable:
        return QStringLiteral("unavailable");
    case ErrorCode::Unsupported:
        return QStringLiteral("unsupported");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

Error::Error(ErrorCode code, QString message, QString detail, QList<FieldError> fields)
    : m_code(code)
    , m_message(std::move(message))
    , m_detail(std::move(detail))
    , m_fields(std::move(fields))
{}

Error Error::validation(QList<FieldError> fields)
{
    QString message = fields.size() == 1
                          ? fields.first().message
                          : QCoreApplication::translate("gatehouse::Error", "Some fields are not valid.");
    return Error(ErrorCode::Validation, message, {}, std::move(fields));
}

Error Error::notFound(const QString &what, const QString &id)
{
    return Error(ErrorCode::NotFound,
                 QCoreApplication::translate("gatehouse::Error", "%1 \"%2\" does not exist.").arg(what, id));
}

QString Error::toString() const
{
    QString text = m_message;
    if (m_fields.size() > 1) {
        for (const FieldError &f : m_fields)
            text += QStringLiteral("\n  ") + f.field + QStringLiteral(": ") + f.message;
    }
    if (!m_detail.isEmpty())
        text += QStringLiteral(" (") + m_detail + QLatin1Char(')');
    return text;
}

} // namespace gatehouse
