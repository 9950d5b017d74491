#include "server/service/RateLimiter.h"

#include "server/storage/Storage.h"

#include <algorithm>

namespace Keyward {

RateLimiter::RateLimiter(Storage& storage)
    : m_storage(storage)
{ }

int RateLimiter::blockFor(int limit)
{
    return std::clamp(limit / LeaseFraction, 1, MaxBlock);
}

RateLimiter::Decision RateLimiter::take(const QString& keyId, int limitPerMinute, qint64 now)
{
    if (limitPerMinute <= 0)
        return {true, 0, 0, 0};
    const qint64 windowStart = now - now % WindowMs;
    const qint64 resetAt = windowStart + WindowMs;
    const auto decided = [&](bool allowed, const Window& w) {
        const int remaining = limitPerMinute - w.windowTotal + (w.leased - w.used);
        return Decision {allowed, limitPerMinute, std::clamp(remaining, 0, limitPerMinute), resetAt};
    };
    QMutexLocker lock(&m_mutex);
    Window* window = &m_windows[keyId];
    if (window->start != windowStart)
        *window = {windowStart, 0, 0, 0, false, 0};
    if (window->used < window->leased) {
        ++window->used;
        return decided(true, *window);
    }
    if (window->spent)
        return decided(false, *window);
    // A new block from the shared quota. Not under the lock: other keys' verifications do not wait for the database
    // (two requests of this key may both lease; the extra block is this instance's to use).
    const int block = blockFor(limitPerMinute);
    lock.unlock();
    const std::optional<RateLease> lease = m_storage.leaseRateQuota(keyId, windowStart, limitPerMinute, block);
    lock.relock();
    window = &m_windows[keyId];
    if (window->start != windowStart)
        *window = {windowStart, 0, 0, 0, false, 0};
    if (!lease) {
        // The database is away: the limit holds per instance until it is back.
        const bool allowed = window->alone < limitPerMinute;
        if (allowed)
            ++window->alone;
        return {allowed, limitPerMinute, limitPerMinute - window->alone, resetAt};
    }
    window->leased += lease->granted;
    window->windowTotal = std::max(window->windowTotal, lease->windowTotal);
    if (lease->granted < block)
        window->spent = true;
    if (window->used < window->leased) {
        ++window->used;
        return decided(true, *window);
    }
    return decided(false, *window);
}

void RateLimiter::prune(qint64 now)
{
    const qint64 current = now - now % WindowMs;
    {
        QMutexLocker lock(&m_mutex);
        for (auto it = m_windows.begin(); it != m_windows.end();)
            it = it->start < current ? m_windows.erase(it) : std::next(it);
    }
    m_storage.deleteRateWindowsBefore(current - WindowMs); // idempotent: any instance may run it
}

} // namespace Keyward
