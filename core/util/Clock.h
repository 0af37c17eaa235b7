#pragma once

#include <QtGlobal>
#include <functional>

namespace gatehouse::clock {

/// Current UTC time in unix milliseconds. Tests may replace the source (token expiry,
/// invitation expiry); production code never calls setSource.
qint64 nowMs();

/// Replace the time source (nullptr restores the system clock). Not thread-safe against
/// concurrent nowMs() calls: set it before starting work.
void setSource(std::function<qint64()> source);

} // namespace gatehouse::clock
