#pragma once

#include <QString>
#include <atomic>
#include <thread>

namespace gatehouse::bench {

/// A TCP proxy on 127.0.0.1 that forwards every connection to `host:port` and holds each chunk
/// of data `delayMs` milliseconds in each direction, so a round trip costs twice that: a database
/// server on another machine, for measuring how many round trips an operation makes.
class DelayProxy
{
public:
    DelayProxy(const QString &host, int port, int delayMs);
    ~DelayProxy();
    DelayProxy(const DelayProxy &) = delete;
    DelayProxy &operator=(const DelayProxy &) = delete;

    /// The port it listens on; 0 when it could not start.
    int port() const { return m_port; }

private:
    void run();

    QString m_host;
    int m_targetPort = 0;
    int m_delayMs = 0;
    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace gatehouse::bench
