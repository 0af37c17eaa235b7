#pragma once

#include <QByteArray>
#include <cstdio>
#include <cstdlib>

namespace gatehouse::fuzz {

/// The input being run, shown when a check fails (libFuzzer also saves it as crash-<sha1>).
inline QByteArray &currentInput()
{
    static QByteArray input;
    return input;
}

[[noreturn]] inline void checkFailed(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: check failed: %s\ninput (base64): %s\n", file, line, condition,
                 currentInput().toBase64().constData());
    std::abort();
}

} // namespace gatehouse::fuzz

/// An invariant of the readers: a failure aborts, so both libFuzzer and the replay runner see it.
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::gatehouse::fuzz::checkFailed(#condition, __FILE__, __LINE__);                                  \
    } while (false)
