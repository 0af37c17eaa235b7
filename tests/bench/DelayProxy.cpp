#include "DelayProxy.h"

#include <arpa/inet.h>
#include <chrono>
#include <deque>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace gatehouse::bench {

namespace {
using Clock = std::chrono::steady_clock;

struct Chunk
{
    Clock::time_point due;
    std::vector<char> bytes;
};

/// One proxied connection: the client's socket, the server's, and what is on its way each way.
struct Link
{
    int fd[2] = {-1, -1}; ///< 0: client, 1: server
    std::deque<Chunk> toward[2];
    bool readClosed[2] = {false, false};
    bool dead = false;
};

int connectTo(const QString &host, int port)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    if (getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &found) != 0)
        return -1;
    int fd = -1;
    for (addrinfo *a = found; a && fd < 0; a = a->ai_next) {
        fd = ::socket(a->ai_family, a->ai_socktype, a->ai_protocol);
        if (fd >= 0 && ::connect(fd, a->ai_addr, a->ai_addrlen) != 0) {
            ::close(fd);
            fd = -1;
        }
    }
    freeaddrinfo(found);
    if (fd >= 0) {
        const int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    return fd;
}

bool sendAll(int fd, const std::vector<char> &bytes)
{
    size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += static_cast<size_t>(n);
    }
    return true;
}
} // namespace

DelayProxy::DelayProxy(const QString &host, int port, int delayMs)
    : m_host(host)
    , m_targetPort(port)
    , m_delayMs(delayMs)
{
    m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (m_listen < 0 || ::bind(m_listen, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::listen(m_listen, 16) != 0 ||
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return;
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { run(); });
}

DelayProxy::~DelayProxy()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_listen >= 0)
        ::close(m_listen);
}

void DelayProxy::run()
{
    std::vector<Link> links;
    std::vector<char> buffer(256 * 1024);
    while (!m_stop) {
        // Deliver what is due; find when the next chunk is.
        const Clock::time_point now = Clock::now();
        Clock::time_point next = now + std::chrono::milliseconds(50);
        for (Link &link : links) {
            for (int side = 0; side < 2 && !link.dead; ++side) {
                std::deque<Chunk> &queue = link.toward[side];
                while (!queue.empty() && queue.front().due <= now) {
                    if (!sendAll(link.fd[side], queue.front().bytes))
                        link.dead = true;
                    queue.pop_front();
                }
                if (!queue.empty())
                    next = std::min(next, queue.front().due);
                // A side that has said all it will, once that has arrived: pass the end on.
                if (link.readClosed[1 - side] && queue.empty())
                    ::shutdown(link.fd[side], SHUT_WR);
            }
            if (link.readClosed[0] && link.readClosed[1] && link.toward[0].empty() && link.toward[1].empty())
                link.dead = true;
        }
        for (Link &link : links) {
            if (link.dead) {
                ::close(link.fd[0]);
                ::close(link.fd[1]);
            }
        }
        std::erase_if(links, [](const Link &link) { return link.dead; });

        std::vector<pollfd> polled{{m_listen, POLLIN, 0}};
        for (const Link &link : links) {
            for (int side = 0; side < 2; ++side)
                polled.push_back({link.readClosed[side] ? -1 : link.fd[side], POLLIN, 0});
        }
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(next - Clock::now()).count();
        if (::poll(polled.data(), polled.size(), static_cast<int>(std::max<long long>(0, wait))) <= 0)
            continue;
        if (polled[0].revents & POLLIN) {
            const int client = ::accept(m_listen, nullptr, nullptr);
            const int server = client >= 0 ? connectTo(m_host, m_targetPort) : -1;
            if (server >= 0) {
                const int one = 1;
                setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                Link link;
                link.fd[0] = client;
                link.fd[1] = server;
                links.push_back(std::move(link));
            } else if (client >= 0) {
                ::close(client);
            }
        }
        const Clock::time_point arrived = Clock::now();
        for (size_t i = 0; i + 1 < polled.size() && i / 2 < links.size(); ++i) {
            const pollfd &p = polled[i + 1];
            if (p.fd < 0 || !(p.revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            Link &link = links[i / 2];
            const int side = static_cast<int>(i % 2);
            const ssize_t n = ::recv(p.fd, buffer.data(), buffer.size(), 0);
            if (n <= 0) {
                link.readClosed[side] = true;
                continue;
            }
            link.toward[1 - side].push_back({arrived + std::chrono::milliseconds(m_delayMs),
                                             std::vector<char>(buffer.begin(), buffer.begin() + n)});
        }
    }
    for (Link &link : links) {
        ::close(link.fd[0]);
        ::close(link.fd[1]);
    }
}

} // namespace gatehouse::bench
