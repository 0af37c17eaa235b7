#pragma once

#include <csignal>

namespace gatehouse::cli {

/// Routes SIGINT to a flag while a long command runs (an import, an export, a sync). The handler
/// only sets the flag (all it may do); the command's waiting loop turns it into a cancel. The
/// handler is one-shot, so a second Ctrl+C ends the process at once. The previous disposition
/// comes back on destruction.
class InterruptGuard
{
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

    bool requested() const;

private:
    struct sigaction m_previous = {};
};

} // namespace gatehouse::cli
