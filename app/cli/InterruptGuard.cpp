#include "InterruptGuard.h"

#include <atomic>

namespace gatehouse::cli {

namespace {
std::atomic<bool> interruptRequested{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the SIGINT handler may only touch lock-free atomics");

void onInterrupt(int)
{
    interruptRequested.store(true);
}
} // namespace

InterruptGuard::InterruptGuard()
{
    interruptRequested.store(false);
    struct sigaction action = {};
    action.sa_handler = &onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    sigaction(SIGINT, &action, &m_previous);
}

InterruptGuard::~InterruptGuard()
{
    sigaction(SIGINT, &m_previous, nullptr);
}

bool InterruptGuard::requested() const
{
    return interruptRequested.load();
}

} // namespace gatehouse::cli
