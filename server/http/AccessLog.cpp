#include "server/http/AccessLog.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcAccess, "keyward.http.access")

namespace Keyward {

namespace {
constexpr int FlushThreshold = 16 * 1024;
}

AccessLog& AccessLog::instance()
{
    static AccessLog log;
    return log;
}

bool AccessLog::enabled() const
{
    return lcAccess().isInfoEnabled();
}

void AccessLog::appendTimestamp()
{
    // Same shape as keywardd's message pattern (local time, milliseconds); the date part is formatted once a second.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now / 1000 != m_stampSecond) {
        m_stampSecond = now / 1000;
        m_stamp = QDateTime::fromMSecsSinceEpoch(m_stampSecond * 1000)
                      .toString(QStringLiteral("yyyy-MM-ddThh:mm:ss"))
                      .toLatin1();
    }
    const int ms = static_cast<int>(now % 1000);
    m_buffer += m_stamp;
    m_buffer += '.';
    m_buffer += char('0' + ms / 100);
    m_buffer += char('0' + ms / 10 % 10);
    m_buffer += char('0' + ms % 10);
}

void AccessLog::record(const QByteArray& method, const QString& path, int status, qint64 latencyNs,
                       const QString& client, const QString& errorCode)
{
    QMutexLocker lock(&m_mutex);
    appendTimestamp();
    m_buffer += " keyward.http.access method=";
    m_buffer += method;
    m_buffer += " path=";
    m_buffer += path.toUtf8();
    m_buffer += " status=";
    m_buffer += QByteArray::number(status);
    m_buffer += " latency_ms=";
    m_buffer += QByteArray::number(latencyNs / 1e6, 'f', 2);
    m_buffer += " client=";
    m_buffer += client.toLatin1();
    if (!errorCode.isEmpty()) {
        m_buffer += " code=";
        m_buffer += errorCode.toLatin1();
    }
    m_buffer += '\n';
    if (m_buffer.size() >= FlushThreshold)
        writeLocked();
}

void AccessLog::flush()
{
    QMutexLocker lock(&m_mutex);
    writeLocked();
}

void AccessLog::writeLocked()
{
    qsizetype written = 0;
    while (written < m_buffer.size()) {
        const ssize_t n
            = ::write(STDERR_FILENO, m_buffer.constData() + written, static_cast<size_t>(m_buffer.size() - written));
        if (n <= 0)
            break; // stderr closed or full: drop the batch rather than block requests
        written += n;
    }
    m_buffer.clear();
}

} // namespace Keyward
