#include "util/Clock.h"

#include <QDateTime>

namespace gatehouse::clock {

namespace {
std::function<qint64()> &source()
{
    static std::function<qint64()> s;
    return s;
}
} // namespace

qint64 nowMs()
{
    if (const auto &s = source())
        return s();
    return QDateTime::currentMSecsSinceEpoch();
}

void setSource(std::function<qint64()> s)
{
    source() = std::move(s);
}

} // namespace gatehouse::clock
