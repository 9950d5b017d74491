#include "server/service/RateLimiter.h"

namespace Keyward {

RateLimiter::Decision RateLimiter::take(const QString& keyId, int limitPerMinute, qint64 now)
{
    if (limitPerMinute <= 0)
        return {true, 0, 0, 0};
    const qint64 windowStart = now - now % 60000;
    QMutexLocker lock(&m_mutex);
    Window& window = m_windows[keyId];
    if (window.start != windowStart)
        window = {windowStart, 0};
    const bool allowed = window.count < limitPerMinute;
    if (allowed)
        ++window.count;
    return {allowed, limitPerMinute, limitPerMinute - window.count, windowStart + 60000};
}

} // namespace Keyward
