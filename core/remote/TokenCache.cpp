#include "remote/TokenCache.h"

#include "util/Clock.h"

#include <QMutexLocker>
#include <algorithm>

namespace gatehouse::remote {

namespace {
constexpr qint64 refreshMarginMs = 60 * 1000;
}

std::optional<QByteArray> TokenCache::token() const
{
    QMutexLocker lock(&m_mutex);
    if (m_token.isEmpty() || clock::nowMs() >= m_refreshAtMs)
        return std::nullopt;
    return m_token;
}

void TokenCache::store(const QByteArray &accessToken, qint64 expiresInSeconds)
{
    // A server's expires_in is believed up to a day; clamped before it is multiplied.
    const qint64 lifetimeMs = std::clamp<qint64>(expiresInSeconds, 0, maxLifetimeSeconds) * 1000;
    const qint64 margin = lifetimeMs > 2 * refreshMarginMs ? refreshMarginMs : lifetimeMs / 2;
    QMutexLocker lock(&m_mutex);
    m_token = accessToken;
    m_refreshAtMs = clock::nowMs() + lifetimeMs - margin;
}

void TokenCache::drop(const QByteArray &accessToken)
{
    QMutexLocker lock(&m_mutex);
    if (m_token == accessToken) {
        m_token.clear();
        m_refreshAtMs = 0;
    }
}

void TokenCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_token.clear();
    m_refreshAtMs = 0;
}

} // namespace gatehouse::remote
