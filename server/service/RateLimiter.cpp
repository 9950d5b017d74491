#include "server/service/RateLimiter.h"

#include <algorithm>

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

void RateLimiter::appendHeaders(QList<QPair<QByteArray, QByteArray>>& headers, const Decision& decision, qint64 now)
{
    if (decision.limit <= 0)
        return;
    headers.append({QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(decision.limit)});
    headers.append({QByteArrayLiteral("X-RateLimit-Remaining"), QByteArray::number(decision.remaining)});
    headers.append({QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(decision.resetAt / 1000)});
    if (!decision.allowed) {
        const qint64 retry = std::max<qint64>(1, (decision.resetAt - now + 999) / 1000);
        headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retry)});
    }
}

} // namespace Keyward
