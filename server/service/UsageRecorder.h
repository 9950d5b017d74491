#pragma once

#include "server/service/KeyIndex.h"
#include "server/storage/Storage.h"

#include <QHash>
#include <QMutex>

namespace Keyward {

// Last-used time and address of keys. A use is noted in the key index's slot for the secret (no second table however
// many keys are in use), and written to the database from a thread of its own at a bounded rate: at most RowsPerFlush
// rows per flush, so that a million keys used once each cost the verify path no database work. Reads in between see
// the newest use (newestUse). Uses noted while the index still loads are kept here instead.
class UsageRecorder
{
public:
    UsageRecorder(Storage& storage, KeyIndex& index);

    void note(const QString& keyId, const QByteArray& secretHash, qint64 at, const QString& address);
    // The newest use of a key this process has seen, written or not.
    std::optional<KeyUsage> newestUse(const QString& keyId) const;
    // Writes up to RowsPerFlush uses (never the event loop's work: called from the usage thread). The count written,
    // -1 when the database failed (the uses are kept for the next flush).
    int flush();
    // Writes every use not written yet (at stop).
    int flushAll();

    static constexpr int RowsPerFlush = 1000; // per flush, one flush a second: the write rate's bound
    static constexpr qsizetype FlushChunk
        = 100; // rows per transaction: the database's write lock is never held for long

private:
    int write(QList<KeyUsage> batch);

    Storage& m_storage;
    KeyIndex& m_index;
    mutable QMutex m_mutex;
    QHash<QString, KeyUsage> m_beforeIndex; // uses noted while the index was not loaded
};

} // namespace Keyward
