#include "server/service/KeyIndex.h"

#include "server/storage/Storage.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>
#include <cstring>
#include <sodium.h>

Q_LOGGING_CATEGORY(lcKeyIndex, "keyward.keyindex")

namespace Keyward {

KeyRecord KeyIndex::Entry::record() const
{
    KeyRecord k;
    k.id = keyId;
    k.tenantId = tenantId;
    k.userId = userId;
    k.kind = kind;
    k.scopes = scopes;
    k.rateLimitPerMinute = rateLimitPerMinute;
    k.revoked = revoked;
    k.expiresAt = expiresAt;
    k.ownerEmail = ownerEmail;
    k.ownerDisabled = ownerDisabled;
    k.secretValidUntil = secretValidUntil;
    return k;
}

KeyIndex::KeyIndex(Storage& storage)
    : m_storage(storage)
{ }

bool KeyIndex::digestFromHex(const QByteArray& hex, Digest* digest)
{
    size_t length = 0;
    return hex.size() == 64
        && sodium_hex2bin(digest->data(), digest->size(), hex.constData(), static_cast<size_t>(hex.size()), nullptr,
                          &length, nullptr)
        == 0
        && length == digest->size();
}

KeyIndex::EntryPtr KeyIndex::entryFrom(const KeySecretRow& row)
{
    auto entry = std::make_shared<Entry>();
    entry->keyId = row.keyId;
    entry->tenantId = row.tenantId;
    entry->userId = row.userId;
    entry->ownerEmail = row.ownerEmail;
    entry->tenantName = row.tenantName;
    entry->kind = row.kind;
    entry->scopes = row.scopes;
    entry->rateLimitPerMinute = row.rateLimitPerMinute;
    entry->revoked = row.revoked;
    entry->ownerDisabled = row.ownerDisabled;
    entry->expiresAt = row.expiresAt;
    entry->secretValidUntil = row.secretValidUntil;
    return entry;
}

void KeyIndex::insertRow(Map& map, KeyDigests& byKey, const KeySecretRow& row)
{
    Digest digest;
    if (!digestFromHex(row.secretHash, &digest)) {
        qCWarning(lcKeyIndex).noquote() << "a stored secret hash of key" << row.keyId << "is not SHA-256 hex; skipped";
        return;
    }
    map[digest] = entryFrom(row);
    byKey.insert(row.keyId, digest);
}

bool KeyIndex::load(qint64 now)
{
    {
        QWriteLocker lock(&m_lock);
        m_loading = true;
        m_changedDuringLoad.clear();
    }
    QElapsedTimer timer;
    timer.start();
    Map map;
    KeyDigests byKey;
    const bool ok = m_storage.scanKeySecrets({}, now, [&](const KeySecretRow& row) { insertRow(map, byKey, row); });
    std::vector<KeySecretScope> changed;
    {
        QWriteLocker lock(&m_lock);
        m_loading = false;
        if (!ok)
            return false;
        m_bySecret.swap(map);
        m_byKey.swap(byKey);
        changed.swap(m_changedDuringLoad);
        m_loaded.store(true, std::memory_order_release);
    }
    // What changed while the snapshot was read is read again now: the snapshot may predate it.
    for (const KeySecretScope& scope : changed)
        refresh(scope, now);
    qCInfo(lcKeyIndex).noquote() << "key index loaded:" << size() << "secrets in" << timer.elapsed() << "ms";
    return true;
}

KeyIndex::Result KeyIndex::find(const QByteArray& hexHash) const
{
    Result result;
    if (!m_loaded.load(std::memory_order_acquire))
        return result;
    Digest digest;
    if (!digestFromHex(hexHash, &digest)) {
        result.lookup = Lookup::Unknown;
        return result;
    }
    QReadLocker lock(&m_lock);
    const auto it = m_bySecret.find(digest);
    if (it == m_bySecret.end()) {
        result.lookup = Lookup::Unknown;
        return result;
    }
    result.lookup = Lookup::Found;
    result.entry = it->second;
    return result;
}

void KeyIndex::refresh(const KeySecretScope& scope, qint64 now)
{
    {
        QWriteLocker lock(&m_lock);
        if (m_loading)
            m_changedDuringLoad.push_back(scope); // and below, for what is already in the map
    }
    // Read first, outside the lock; then replace in one step.
    std::vector<KeySecretRow> rows;
    if (!m_storage.scanKeySecrets(scope, now, [&rows](const KeySecretRow& row) { rows.push_back(row); })) {
        // The entries stay as they were; the next change or event for this key reads it again.
        qCWarning(lcKeyIndex).noquote() << "could not re-read" << scope.id << "from the database";
        return;
    }
    // A key's refresh replaces that key; a user's replaces the keys the database still has for the user (a deleted
    // key went with its own refresh).
    QSet<QString> keyIds;
    if (scope.kind == KeySecretScope::Kind::Key)
        keyIds.insert(scope.id);
    for (const KeySecretRow& row : rows)
        keyIds.insert(row.keyId);
    QWriteLocker lock(&m_lock);
    for (const QString& keyId : std::as_const(keyIds)) {
        for (auto it = m_byKey.find(keyId); it != m_byKey.end() && it.key() == keyId;) {
            m_bySecret.erase(*it);
            it = m_byKey.erase(it);
        }
    }
    for (const KeySecretRow& row : rows)
        insertRow(m_bySecret, m_byKey, row);
}

void KeyIndex::refreshKey(const QString& keyId, qint64 now)
{
    refresh({KeySecretScope::Kind::Key, keyId}, now);
}

void KeyIndex::refreshUser(const QString& userId, qint64 now)
{
    refresh({KeySecretScope::Kind::User, userId}, now);
}

int KeyIndex::size() const
{
    QReadLocker lock(&m_lock);
    return static_cast<int>(m_bySecret.size());
}

} // namespace Keyward
