#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace Keyward {

class Storage;

// Fixed one-minute windows of requests per key (the key's rate_limit; 0 means unlimited), shared by every instance on
// the database. Each instance takes the window's quota in blocks from the database (Storage::leaseRateQuota, one
// atomic statement) and counts them down in memory, so that:
// - all instances together never accept more than the limit in a window;
// - at worst they accept (instances x block) fewer, when requests move between instances and blocks taken by one go
//   unused: a block is 2% of the limit (LeaseFraction), so three instances stay within 6% of it;
// - an unlimited key never causes a database call, and a limited one about once per block.
// While the database cannot be reached, each instance counts the window alone (the limit then holds per instance).
// A Decision is data: server/http tells it as X-RateLimit-* and Retry-After headers (ApiResponse::addRateLimit).
class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetAt = 0; // ms since the epoch
    };

    static constexpr qint64 WindowMs = 60 * 1000;
    static constexpr int LeaseFraction = 50; // a block is limit / 50, at least one request
    static constexpr int MaxBlock = 1000;

    explicit RateLimiter(Storage& storage);

    Decision take(const QString& keyId, int limitPerMinute, qint64 now);
    // Forgets windows that are over (this instance's and the database's).
    void prune(qint64 now);

private:
    struct Window
    {
        qint64 start = 0;
        int leased = 0; // granted to this instance by the database
        int used = 0; // of those, accepted
        int windowTotal = 0; // granted to every instance, as of the last lease
        bool spent = false; // the database granted less than asked: nothing more this window
        int alone = 0; // accepted while the database could not be reached
    };
    static int blockFor(int limit);

    Storage& m_storage;
    QMutex m_mutex;
    QHash<QString, Window> m_windows;
};

} // namespace Keyward
