#include "server/service/KeyCache.h"

namespace Keyward {

KeyCache::KeyCache(qint64 timeToLiveMs, int capacity)
    : m_ttl(timeToLiveMs)
    , m_capacity(capacity)
{ }

KeyCache::EntryPtr KeyCache::find(const QByteArray& secretHash, qint64 now) const
{
    QReadLocker lock(&m_lock);
    const auto it = m_byHash.constFind(secretHash);
    if (it == m_byHash.constEnd() || now - (*it)->loadedAt > m_ttl)
        return nullptr;
    return *it;
}

void KeyCache::insert(const QByteArray& secretHash, EntryPtr entry)
{
    QWriteLocker lock(&m_lock);
    if (m_byHash.size() >= m_capacity)
        m_byHash.clear(); // crude but bounded; the working set refills within one TTL
    m_byHash.insert(secretHash, std::move(entry));
}

void KeyCache::invalidateKey(const QString& keyId)
{
    QWriteLocker lock(&m_lock);
    m_byHash.removeIf([&](const QHash<QByteArray, EntryPtr>::iterator& it) { return (*it)->key.id == keyId; });
}

void KeyCache::invalidateUser(const QString& userId)
{
    QWriteLocker lock(&m_lock);
    m_byHash.removeIf([&](const QHash<QByteArray, EntryPtr>::iterator& it) { return (*it)->key.userId == userId; });
}

void KeyCache::clear()
{
    QWriteLocker lock(&m_lock);
    m_byHash.clear();
}

int KeyCache::size() const
{
    QReadLocker lock(&m_lock);
    return static_cast<int>(m_byHash.size());
}

} // namespace Keyward
