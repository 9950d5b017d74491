#pragma once

#include <QDateTime>
#include <atomic>

namespace Keyward {

// The server's notion of "now". Tests started with --test-clock move it forward instead of sleeping.
class Clock
{
public:
    qint64 now() const { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs.load(std::memory_order_relaxed); }
    void advance(qint64 ms) { m_offsetMs.fetch_add(ms, std::memory_order_relaxed); }
    qint64 offset() const { return m_offsetMs.load(std::memory_order_relaxed); }

private:
    std::atomic<qint64> m_offsetMs {0};
};

} // namespace Keyward
