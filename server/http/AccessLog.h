#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>

namespace Keyward {

// The structured access log (category keyward.http.access): one line per request with method, route path, status,
// latency and client. Lines are buffered and written in batches (when 16 KiB have gathered, and by flush(), which
// keywardd calls every 200 ms and on shutdown): one write per line through Qt's message handler cost a third of the
// verify throughput. QT_LOGGING_RULES="keyward.http.access=false" turns it off like any other category.
class AccessLog
{
public:
    static AccessLog& instance();

    bool enabled() const;
    void record(const QByteArray& method, const QString& path, int status, qint64 latencyNs, const QString& client,
                const QString& errorCode);
    void flush();

private:
    void appendTimestamp();
    void writeLocked();

    QMutex m_mutex;
    QByteArray m_buffer;
    qint64 m_stampSecond = -1;
    QByteArray m_stamp;
};

} // namespace Keyward
