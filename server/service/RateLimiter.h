#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>

namespace Keyward {

// Fixed one-minute windows of requests per key (the key's rate_limit; 0 means unlimited).
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

    Decision take(const QString& keyId, int limitPerMinute, qint64 now);

    // X-RateLimit-Limit/Remaining/Reset for a limited key, plus Retry-After (seconds to the window's end) when
    // the request was refused. Nothing for unlimited keys.
    static void appendHeaders(QList<QPair<QByteArray, QByteArray>>& headers, const Decision& decision, qint64 now);

private:
    struct Window
    {
        qint64 start = 0;
        int count = 0;
    };
    QMutex m_mutex;
    QHash<QString, Window> m_windows;
};

} // namespace Keyward
