#pragma once

#include "server/storage/Storage.h"

#include <QHash>
#include <QMutex>

namespace Keyward {

// Last-used time and address of keys, collected in memory and written in one transaction per flush instead of
// one database write per verification.
class UsageRecorder
{
public:
    explicit UsageRecorder(Storage& storage);

    void note(const QString& keyId, qint64 at, const QString& address);
    // The newest unflushed use of a key, so reads right after a use already show it.
    std::optional<KeyUsage> pending(const QString& keyId) const;
    // Writes what was noted; called from a thread of its own, never the event loop (with a million keys in use a flush
    // writes a million rows).
    int flush();
    static constexpr qsizetype FlushChunk = 5000;

private:
    Storage& m_storage;
    mutable QMutex m_mutex;
    QHash<QString, KeyUsage> m_pending;
};

} // namespace Keyward
