#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace Keyward {

// Slows password and code guessing without handing an attacker a way to lock the owner out (ASVS V2.2.1):
// - per account and client address, a hard stop: after MaxFailuresPerAccountAddress failures within Window that
//   address may not try that account again until the window has passed;
// - per account from any address, soft and growing delays: from the SoftDelayAfter-th failure on, the next attempt
//   must wait 1, 2, 4 … up to MaxSoftDelaySeconds after the latest failure, so the owner signing in from elsewhere
//   waits seconds while the attacker's address stays blocked;
// - per address across accounts (password spraying), a hard stop after MaxFailuresPerAddress;
// - per account, wrong TOTP codes wherever they are checked: a hard stop after MaxCodeFailures.
// Refused attempts are not counted. Memory is bounded: at Capacity entries the lapsed ones go, then the oldest.
class LoginThrottle
{
public:
    static constexpr int MaxFailuresPerAccountAddress = 5;
    static constexpr int SoftDelayAfter = 3;
    static constexpr int MaxSoftDelaySeconds = 30;
    static constexpr int MaxFailuresPerAddress = 100;
    static constexpr int MaxCodeFailures = 5;
    static constexpr qint64 WindowMs = 15 * 60 * 1000;
    static constexpr int DefaultCapacity = 100000;

    explicit LoginThrottle(int capacity = DefaultCapacity);

    // Seconds to wait before this address may try a password for this account again; 0 when allowed now.
    int retryAfter(const QString& account, const QString& address, qint64 now);
    void failed(const QString& account, const QString& address, qint64 now);
    // The right password: the account's and this address's counts for it are cleared.
    void succeeded(const QString& account, const QString& address);

    // The same for TOTP codes, counted per user wherever a code is checked (sign-in, enrolment, disabling,
    // step-up).
    int codeRetryAfter(const QString& userId, qint64 now);
    void codeFailed(const QString& userId, qint64 now);
    void codeSucceeded(const QString& userId);

    int size();

private:
    struct Bucket
    {
        qint64 windowStart = 0;
        qint64 lastFailure = 0;
        int failures = 0;
    };
    int hardWait(const QString& key, int max, qint64 now) const;
    int softWait(const QString& key, qint64 now) const;
    void count(const QString& key, qint64 now);
    void makeRoom(qint64 now);

    const int m_capacity;
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

} // namespace Keyward
