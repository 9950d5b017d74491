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
    QList<KeyUsage> batch;
    {
        QMutexLocker lock(&m_mutex);
        if (m_pending.isEmpty())
            return 0;
        batch = m_pending.values();
        m_pending.clear();
    }
    if (!m_storage.recordUsage(batch)) {
        // Keep them for the next flush rather than losing them.
        QMutexLocker lock(&m_mutex);
        for (const KeyUsage& usage : batch) {
            if (!m_pending.contains(usage.keyId))
                m_pending.insert(usage.keyId, usage);
        }
        return -1;
    }
    return static_cast<int>(batch.size());
}

} // namespace Keyward
