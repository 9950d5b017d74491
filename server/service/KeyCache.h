#pragma once

#include "server/storage/Records.h"

#include <QHash>
#include <QReadWriteLock>
#include <memory>

namespace Keyward {

// Verified keys by secret hash, so the hot path does not touch the database. Every change to a key (revoke,
// delete, rotate, edit) and to its owner invalidates at once; entries are also re-read after a short time to
// live, which bounds staleness when several keywardd instances share one PostgreSQL database.
class KeyCache
{
public:
    struct Entry
    {
        KeyRecord key;
        QString tenantName;
        qint64 secretValidUntil = 0; // a rotated-out secret's grace end, 0 for the current secret
        qint64 loadedAt = 0;
        QByteArray verifyFragment; // the key's part of the verify answer, serialised once per load
    };

    explicit KeyCache(qint64 timeToLiveMs = 10000, int capacity = 200000);

    using EntryPtr = std::shared_ptr<const Entry>; // shared, so a hit costs one reference count, not a copy

    EntryPtr find(const QByteArray& secretHash, qint64 now) const;
    void insert(const QByteArray& secretHash, EntryPtr entry);
    void invalidateKey(const QString& keyId);
    void invalidateUser(const QString& userId);
    void clear();
    int size() const;

private:
    qint64 m_ttl;
    int m_capacity;
    mutable QReadWriteLock m_lock;
    QHash<QByteArray, EntryPtr> m_byHash;
};

} // namespace Keyward
