#pragma once

#include <QByteArray>
#include <QMutex>
#include <optional>

namespace gatehouse::remote {

/// The Management API access token of one connection, shared by every RemoteSession of that
/// connection. Thread-safe (every member locks). Times are unix milliseconds from clock::nowMs(),
/// so tests can move time.
///
/// A token counts as usable until 60 s before it expires (half its lifetime for tokens that live
/// 2 minutes or less), so a request never leaves with a token that runs out on the way.
class TokenCache
{
public:
    TokenCache() = default;
    TokenCache(const TokenCache &) = delete;
    TokenCache &operator=(const TokenCache &) = delete;

    /// The cached token, or nothing when there is none or it is about to expire.
    std::optional<QByteArray> token() const;
    /// At most this long is a token kept, whatever the server says (a day).
    static constexpr qint64 maxLifetimeSeconds = 24 * 3600;
    /// Stores a token the server issued now with `expiresInSeconds` of life (clamped to
    /// 0..maxLifetimeSeconds).
    void store(const QByteArray &accessToken, qint64 expiresInSeconds);
    /// Forgets `accessToken` if it is still the cached one (the server refused it). A token that
    /// another session fetched meanwhile is kept.
    void drop(const QByteArray &accessToken);
    void clear();

private:
    mutable QMutex m_mutex;
    QByteArray m_token;
    qint64 m_refreshAtMs = 0;
};

} // namespace gatehouse::remote
