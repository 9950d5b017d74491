#include "server/service/LoginThrottle.h"

#include <algorithm>

namespace Keyward {

int LoginThrottle::wait(const QString& key, int max, qint64 now)
{
    const auto it = m_buckets.constFind(key);
    if (it == m_buckets.constEnd() || now - it->windowStart >= WindowMs || it->failures < max)
        return 0;
    return static_cast<int>((it->windowStart + WindowMs - now + 999) / 1000);
}

int LoginThrottle::retryAfter(const QString& email, const QString& address, qint64 now)
{
    QMutexLocker lock(&m_mutex);
    return std::max(wait(QStringLiteral("a:") + email, MaxFailuresPerAccount, now),
                    wait(QStringLiteral("i:") + address, MaxFailuresPerAddress, now));
}

void LoginThrottle::count(const QString& key, qint64 now)
{
    Bucket& bucket = m_buckets[key];
    if (now - bucket.windowStart >= WindowMs)
        bucket = {now, 0};
    ++bucket.failures;
}

void LoginThrottle::failed(const QString& email, const QString& address, qint64 now)
{
    QMutexLocker lock(&m_mutex);
    if (m_buckets.size() > 100000) // bounded memory under a spray of addresses
        m_buckets.clear();
    count(QStringLiteral("a:") + email, now);
    count(QStringLiteral("i:") + address, now);
}

void LoginThrottle::succeeded(const QString& email)
{
    QMutexLocker lock(&m_mutex);
    m_buckets.remove(QStringLiteral("a:") + email);
}

} // namespace Keyward
