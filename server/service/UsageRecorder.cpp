#include "server/service/UsageRecorder.h"

namespace Keyward {

UsageRecorder::UsageRecorder(Storage& storage, KeyIndex& index)
    : m_storage(storage)
    , m_index(index)
{ }

void UsageRecorder::note(const QString& keyId, const QByteArray& secretHash, qint64 at, const QString& address)
{
    if (m_index.noteUse(secretHash, at, address))
        return;
    QMutexLocker lock(&m_mutex);
    KeyUsage& usage = m_beforeIndex[keyId];
    if (at >= usage.at)
        usage = {keyId, at, address};
}

std::optional<KeyUsage> UsageRecorder::newestUse(const QString& keyId) const
{
    std::optional<KeyUsage> newest = m_index.lastUse(keyId);
    QMutexLocker lock(&m_mutex);
    const auto it = m_beforeIndex.constFind(keyId);
    if (it != m_beforeIndex.constEnd() && (!newest || it->at > newest->at))
        newest = *it;
    return newest;
}

int UsageRecorder::flush()
{
    QList<KeyUsage> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch = m_beforeIndex.values();
        m_beforeIndex.clear();
    }
    batch.append(m_index.takeUses(RowsPerFlush));
    return write(std::move(batch));
}

int UsageRecorder::flushAll()
{
    int written = 0;
    for (;;) {
        const int n = flush();
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        written += n;
    }
    const int rest = write(m_index.takeAllUses());
    return rest < 0 ? -1 : written + rest;
}

int UsageRecorder::write(QList<KeyUsage> batch)
{
    if (batch.isEmpty())
        return 0;
    // In short transactions: many uses must not hold the write lock for seconds.
    for (qsizetype from = 0; from < batch.size(); from += FlushChunk) {
        if (!m_storage.recordUsage(batch.mid(from, FlushChunk))) {
            // Kept for the next flush rather than lost.
            m_index.putBackUses(batch.mid(from));
            return -1;
        }
    }
    return static_cast<int>(batch.size());
}

} // namespace Keyward
