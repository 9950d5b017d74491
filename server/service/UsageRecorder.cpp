#include "server/service/UsageRecorder.h"

namespace Keyward {

UsageRecorder::UsageRecorder(Storage& storage)
    : m_storage(storage)
{ }

void UsageRecorder::note(const QString& keyId, qint64 at, const QString& address)
{
    QMutexLocker lock(&m_mutex);
    KeyUsage& usage = m_pending[keyId];
    if (at >= usage.at)
        usage = {keyId, at, address};
}

std::optional<KeyUsage> UsageRecorder::pending(const QString& keyId) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_pending.constFind(keyId);
    if (it == m_pending.constEnd())
        return std::nullopt;
    return *it;
}

int UsageRecorder::flush()
{
    QHash<QString, KeyUsage> taken;
    {
        // O(1) under the lock: verifications noting uses never wait for a copy of a hundred thousand entries.
        QMutexLocker lock(&m_mutex);
        if (m_pending.isEmpty())
            return 0;
        taken.swap(m_pending);
    }
    const QList<KeyUsage> batch = taken.values();
    taken.clear();
    // In short transactions: a million keys used since the last flush must not hold the write lock for seconds.
    for (qsizetype from = 0; from < batch.size(); from += FlushChunk) {
        if (!m_storage.recordUsage(batch.mid(from, FlushChunk))) {
            // Keep what is not written for the next flush rather than losing it.
            QMutexLocker lock(&m_mutex);
            for (qsizetype i = from; i < batch.size(); ++i) {
                if (!m_pending.contains(batch.at(i).keyId))
                    m_pending.insert(batch.at(i).keyId, batch.at(i));
            }
            return -1;
        }
    }
    return static_cast<int>(batch.size());
}

} // namespace Keyward
