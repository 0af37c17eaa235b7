#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace gatehouse::remote::http {

/// No wait between attempts is longer than this, whatever Retry-After says.
constexpr int maxRetryWaitMs = 30000;

/// Retry-After as milliseconds from now: delta-seconds or an HTTP date (RFC 9110), capped at
/// maxRetryWaitMs; -1 when absent or not understood. Uses clock::nowMs() for dates.
int retryAfterMs(const QByteArray &header);

/// The wait before attempt `attempt + 1` when the server gave no Retry-After:
/// 200 ms · 2^(attempt-1) with ±20 % jitter (so that many clients do not retry in step).
int backoffMs(int attempt);

/// 500, 502, 503, 504: the server may do better on another attempt (501 and 505 will not).
bool isRetryableStatus(int status);

/// application/json or application/<something>+json (parameters ignored).
bool isJsonContentType(const QByteArray &contentType);

/// The query with every key and value percent-encoded: a '+', '%' or '&' in search text reaches
/// the server as written (QUrlQuery alone leaves '+', which servers read as a space).
QString encodeQuery(const QUrlQuery &query);

} // namespace gatehouse::remote::http
