#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace Keyward {

// Slows password guessing: after too many failed logins for one account, or from one address, within a window,
// further attempts are refused until the window has passed. Successful logins clear the account's count.
class LoginThrottle
{
public:
    static constexpr int MaxFailuresPerAccount = 5;
    static constexpr int MaxFailuresPerAddress = 20;
    static constexpr qint64 WindowMs = 15 * 60 * 1000;

    // Seconds to wait before another attempt may be made; 0 when allowed now.
    int retryAfter(const QString& email, const QString& address, qint64 now);
    void failed(const QString& email, const QString& address, qint64 now);
    void succeeded(const QString& email);

private:
    struct Bucket
    {
        qint64 windowStart = 0;
        int failures = 0;
    };
    int wait(const QString& key, int max, qint64 now);
    void count(const QString& key, qint64 now);

    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

} // namespace Keyward
