#include "remote/HttpPolicy.h"

#include "util/Clock.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>
#include <QUrl>
#include <algorithm>

namespace gatehouse::remote::http {

namespace {
constexpr int backoffBaseMs = 200;
}

int retryAfterMs(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok) // clamped before the multiplication: "Retry-After: 9223372036854775807" must not overflow
        return int(std::clamp<qint64>(seconds, 0, maxRetryWaitMs / 1000) * 1000);
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return -1;
    date.setTimeSpec(Qt::UTC);
    return int(std::clamp<qint64>(date.toMSecsSinceEpoch() - clock::nowMs(), 0, maxRetryWaitMs));
}

int backoffMs(int attempt)
{
    const double base = backoffBaseMs * double(1 << std::clamp(attempt - 1, 0, 10));
    const double jitter = 0.8 + QRandomGenerator::global()->bounded(0.4);
    return int(std::min(base * jitter, double(maxRetryWaitMs)));
}

bool isRetryableStatus(int status)
{
    return status == 500 || status == 502 || status == 503 || status == 504;
}

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

QString encodeQuery(const QUrlQuery &query)
{
    QByteArray encoded;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return QString::fromLatin1(encoded);
}

} // namespace gatehouse::remote::http
