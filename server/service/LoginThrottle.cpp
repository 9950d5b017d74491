#include "server/service/LoginThrottle.h"

#include <algorithm>
#include <vector>

namespace Keyward {

namespace {
QString accountKey(const QString& account)
{
    return QStringLiteral("a:") + account;
}
QString pairKey(const QString& account, const QString& address)
{
    return QStringLiteral("p:") + address + QLatin1Char('|') + account;
}
QString addressKey(const QString& address)
{
    return QStringLiteral("i:") + address;
}
QString codeKey(const QString& userId)
{
    return QStringLiteral("c:") + userId;
}
int secondsUntil(qint64 at, qint64 now)
{
    return static_cast<int>(std::max<qint64>(1, (at - now + 999) / 1000));
}
} // namespace

LoginThrottle::LoginThrottle(int capacity)
    : m_capacity(std::max(16, capacity))
{ }

int LoginThrottle::hardWait(const QString& key, int max, qint64 now) const
{
    const auto it = m_buckets.constFind(key);
    if (it == m_buckets.constEnd() || now - it->windowStart >= WindowMs || it->failures < max)
        return 0;
    return secondsUntil(it->windowStart + WindowMs, now);
}

int LoginThrottle::softWait(const QString& key, qint64 now) const
{
    const auto it = m_buckets.constFind(key);
    if (it == m_buckets.constEnd() || now - it->windowStart >= WindowMs || it->failures < SoftDelayAfter)
        return 0;
    const int exponent = std::min(it->failures - SoftDelayAfter, 16);
    const qint64 delayMs = std::min<qint64>(qint64(1000) << exponent, MaxSoftDelaySeconds * 1000);
    const qint64 allowedAt = it->lastFailure + delayMs;
    return allowedAt > now ? secondsUntil(allowedAt, now) : 0;
}

void LoginThrottle::count(const QString& key, qint64 now)
{
    Bucket& bucket = m_buckets[key];
    if (now - bucket.windowStart >= WindowMs)
        bucket = {now, now, 0};
    ++bucket.failures;
    bucket.lastFailure = now;
}

void LoginThrottle::makeRoom(qint64 now)
{
    if (m_buckets.size() < m_capacity)
        return;
    // First what no longer limits anyone, then (under a spray of addresses) the entries idle the longest.
    for (auto it = m_buckets.begin(); it != m_buckets.end();)
        it = now - it->windowStart >= WindowMs ? m_buckets.erase(it) : std::next(it);
    if (m_buckets.size() < m_capacity * 9 / 10)
        return;
    std::vector<qint64> ages;
    ages.reserve(static_cast<size_t>(m_buckets.size()));
    for (const Bucket& bucket : std::as_const(m_buckets))
        ages.push_back(bucket.lastFailure);
    const auto cut = ages.begin() + static_cast<std::ptrdiff_t>(ages.size() / 4);
    std::nth_element(ages.begin(), cut, ages.end());
    const qint64 threshold = *cut;
    for (auto it = m_buckets.begin(); it != m_buckets.end();)
        it = it->lastFailure <= threshold ? m_buckets.erase(it) : std::next(it);
}

int LoginThrottle::retryAfter(const QString& account, const QString& address, qint64 now)
{
    QMutexLocker lock(&m_mutex);
    return std::max({hardWait(pairKey(account, address), MaxFailuresPerAccountAddress, now),
                     hardWait(addressKey(address), MaxFailuresPerAddress, now), softWait(accountKey(account), now)});
}

void LoginThrottle::failed(const QString& account, const QString& address, qint64 now)
{
    QMutexLocker lock(&m_mutex);
    makeRoom(now);
    count(pairKey(account, address), now);
    count(accountKey(account), now);
    count(addressKey(address), now);
}

void LoginThrottle::succeeded(const QString& account, const QString& address)
{
    QMutexLocker lock(&m_mutex);
    m_buckets.remove(accountKey(account));
    m_buckets.remove(pairKey(account, address));
}

int LoginThrottle::codeRetryAfter(const QString& userId, qint64 now)
{
    QMutexLocker lock(&m_mutex);
    return hardWait(codeKey(userId), MaxCodeFailures, now);
}

void LoginThrottle::codeFailed(const QString& userId, qint64 now)
{
    QMutexLocker lock(&m_mutex);
    makeRoom(now);
    count(codeKey(userId), now);
}

void LoginThrottle::codeSucceeded(const QString& userId)
{
    QMutexLocker lock(&m_mutex);
    m_buckets.remove(codeKey(userId));
}

int LoginThrottle::size()
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_buckets.size());
}

} // namespace Keyward
