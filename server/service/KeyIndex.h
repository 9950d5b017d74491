#pragma once

#include "server/storage/Records.h"

#include <QHash>
#include <QReadWriteLock>
#include <array>
#include <atomic>
#include <memory>
#include <unordered_map>
#include <vector>

namespace Keyward {

class Storage;

// Every live key secret in memory, so that verification answers known keys and refuses unknown ones without
// touching the database however many keys there are and however rarely each is used.
//
// It is loaded once at start, in the background (until then find() says NotLoaded and callers ask the database),
// and then kept current by invalidation, never by a timer: whatever changes a key or a user's keys calls refreshKey()
// or refreshUser(), which re-reads just that from the database and replaces those entries. KeyEvents makes the same
// calls for changes made by other processes and instances (the key_events table). Expiry needs no event: entries
// carry their end and the verifier compares it with the clock.
//
// Entries are immutable and shared (a lookup costs one reference count) and hold no serialised JSON: the verify
// answer is written straight from them (Views::appendVerifyFragment), so a million keys cost no JSON in memory.
class KeyIndex
{
public:
    using Digest = std::array<quint8, 32>;

    struct Entry
    {
        QString keyId;
        QString tenantId;
        QString userId;
        QString ownerEmail;
        QString tenantName;
        KeyKind kind = KeyKind::ApiKey;
        Scopes scopes;
        int rateLimitPerMinute = 0;
        bool revoked = false;
        bool ownerDisabled = false;
        qint64 expiresAt = 0;
        qint64 secretValidUntil = 0; // a rotated-out secret's grace end, 0 for the current secret

        // The same facts as a KeyRecord (ids and names shared, not copied).
        KeyRecord record() const;
    };
    using EntryPtr = std::shared_ptr<const Entry>;

    enum class Lookup { Found, Unknown, NotLoaded };
    struct Result
    {
        Lookup lookup = Lookup::NotLoaded;
        EntryPtr entry;
    };

    explicit KeyIndex(Storage& storage);

    // Reads every live secret. Safe to run on any thread while the index serves (changes that arrive meanwhile are
    // applied after the load). False when the database could not answer (the index stays NotLoaded).
    bool load(qint64 now);
    bool isLoaded() const { return m_loaded.load(std::memory_order_acquire); }

    // `hexHash`: the secret's SHA-256 as KeySecret::hash gives it.
    Result find(const QByteArray& hexHash) const;
    // Re-reads one key (all its live secrets; none when it was deleted) or all of a user's keys.
    void refreshKey(const QString& keyId, qint64 now);
    void refreshUser(const QString& userId, qint64 now);

    int size() const;
    // Verifications that had to ask the database (only while loading): shown by /v1/health, so that a benchmark can
    // see that unknown keys never reach the database once the index is ready.
    void noteDatabaseLookup() { m_databaseLookups.fetch_add(1, std::memory_order_relaxed); }
    qint64 databaseLookups() const { return m_databaseLookups.load(std::memory_order_relaxed); }
    static bool digestFromHex(const QByteArray& hex, Digest* digest);

private:
    struct DigestHash
    {
        size_t operator()(const Digest& d) const noexcept
        {
            size_t h; // SHA-256 output is uniform: its first bytes are a hash already
            memcpy(&h, d.data(), sizeof h);
            return h;
        }
    };
    using Map = std::unordered_map<Digest, EntryPtr, DigestHash>;
    using KeyDigests = QMultiHash<QString, Digest>; // one node per secret, no vector per key

    static EntryPtr entryFrom(const KeySecretRow& row);
    static void insertRow(Map& map, KeyDigests& byKey, const KeySecretRow& row);
    void refresh(const KeySecretScope& scope, qint64 now);

    Storage& m_storage;
    mutable QReadWriteLock m_lock;
    Map m_bySecret;
    KeyDigests m_byKey; // each key's secrets, so that a refresh removes what the database no longer has
    std::atomic<bool> m_loaded {false};
    std::atomic<qint64> m_databaseLookups {0};
    bool m_loading = false; // guarded by m_lock
    std::vector<KeySecretScope> m_changedDuringLoad; // guarded by m_lock
};

} // namespace Keyward
