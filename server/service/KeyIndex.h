#pragma once

#include "server/storage/Records.h"

#include <QHash>
#include <QMutex>
#include <QReadWriteLock>
#include <array>
#include <atomic>
#include <cstring>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace Keyward {

class Storage;

// Every live key secret in memory, so that verification answers known keys and refuses unknown ones without
// touching the database however many keys there are and however rarely each is used.
//
// It is loaded once at start, in the background (until then find() says NotLoaded and callers ask the database),
// and then kept current by invalidation, never by a timer: whatever changes a key or a user's keys calls refreshKey()
// or refreshUser(), which re-reads just that from the database and updates those slots. KeyEvents makes the same
// calls for changes made by other processes and instances (the key_events table). Expiry needs no event: slots carry
// their end and the verifier compares it with the clock.
//
// Memory is flat, because a million keys must fit in a few hundred megabytes: one slot per secret in chunks that never
// move, two hash tables of slot numbers (by secret, by key id), one shared owner record per user, no JSON. The slot
// also holds the key's newest use, so that a million keys in use cost no second table: UsageRecorder writes the uses
// to the database at a bounded rate (takeUses) and reads in between see the newest one (lastUse).
class KeyIndex
{
public:
    struct Digest
    {
        std::array<quint8, 32> bytes {};
        bool operator==(const Digest& other) const { return bytes == other.bytes; }
        // SHA-256 output is uniform: its first bytes are a hash already.
        friend size_t qHash(const Digest& digest, size_t seed = 0) noexcept
        {
            size_t h;
            memcpy(&h, digest.bytes.data(), sizeof h);
            return h ^ seed;
        }
    };
    static bool digestFromHex(const QByteArray& hex, Digest* digest);

    // What verification needs of one secret: a copy, so it stays valid whatever the index does next.
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

        static Entry from(const KeySecretRow& row);
        // The same facts as a KeyRecord (ids and names shared, not copied).
        KeyRecord record() const;
    };

    enum class Lookup { Found, Unknown, NotLoaded };
    struct Result
    {
        Lookup lookup = Lookup::NotLoaded;
        std::optional<Entry> entry;
    };

    explicit KeyIndex(Storage& storage);
    ~KeyIndex();

    // Reads every live secret. Safe to run on any thread while the index serves (changes that arrive meanwhile are
    // applied after the load). False when the database could not answer (the index stays NotLoaded).
    bool load(qint64 now);
    bool isLoaded() const { return m_loaded.load(std::memory_order_acquire); }

    // `hexHash`: the secret's SHA-256 as KeySecret::hash gives it.
    Result find(const QByteArray& hexHash) const;
    // Re-reads one key (all its live secrets; none when it was deleted) or all of a user's keys.
    void refreshKey(const QString& keyId, qint64 now);
    void refreshUser(const QString& userId, qint64 now);
    // Re-reads what the answer says of a key's owner (e-mail, disabled, tenant name): one record shared by all of the
    // user's keys, so this costs the same for a user with a million keys as for one with one.
    void refreshOwner(const QString& userId, qint64 now);

    // A successful verification of this secret. False when the index cannot hold it (not loaded, or the secret went
    // meanwhile): the caller keeps the use elsewhere.
    bool noteUse(const QByteArray& hexHash, qint64 at, const QString& address);
    // The newest use of a key noted here (any of its secrets), if any.
    std::optional<KeyUsage> lastUse(const QString& keyId) const;
    // Up to `max` uses waiting to be written, oldest first, each with its key's newest time and address. A key is
    // queued again only when its use is UseResolutionMs newer than the one last taken: that bounds the writes a busy
    // key causes, and the stored last_used_at is at most that much older than the truth until takeAllUses().
    QList<KeyUsage> takeUses(int max);
    // Every use not yet taken (at stop: the stored times become exact).
    QList<KeyUsage> takeAllUses();
    // Uses whose write failed: taken again first next time.
    void putBackUses(const QList<KeyUsage>& uses);
    qsizetype queuedUses() const;
    static constexpr qint64 UseResolutionMs = 60 * 1000;

    int size() const;
    // Verifications that had to ask the database (only while loading): shown by /v1/health, so that a benchmark can
    // see that unknown keys never reach the database once the index is ready.
    void noteDatabaseLookup() { m_databaseLookups.fetch_add(1, std::memory_order_relaxed); }
    qint64 databaseLookups() const { return m_databaseLookups.load(std::memory_order_relaxed); }

private:
    struct Owner
    {
        QString tenantId;
        QString userId;
        QString email;
        QString tenantName;
        bool disabled = false;
    };
    struct LastUse
    {
        mutable std::atomic_flag busy
            = ATOMIC_FLAG_INIT; // guards the rest; taken briefly, never waited for by verification
        bool queued = false;
        qint64 at = 0;
        qint64 takenAt = 0; // the newest use handed to the writer
        QString address;
    };
    struct Slot
    {
        Digest digest;
        QString keyId;
        std::shared_ptr<Owner> owner; // shared by all of the user's slots; changed in place under the write lock
        qint64 expiresAt = 0;
        qint64 secretValidUntil = 0;
        int rateLimitPerMinute = 0;
        quint32 nextOfKey = 0; // the key's next secret (while a rotated-out one is in grace); NoSlot ends the list
        Scopes scopes;
        KeyKind kind = KeyKind::ApiKey;
        bool revoked = false;
        bool live = false;
        LastUse use;
    };
    static constexpr quint32 NoSlot = 0xffffffffu;
    static constexpr quint32 ChunkShift = 12; // 4,096 slots per chunk
    static constexpr int MaxLoadThreads = 4;
    static constexpr size_t LoadBatch = 4096; // rows handed to the table at once
    struct Table; // slots and their hash tables; swapped in whole by load()

    void refresh(const KeySecretScope& scope, qint64 now);
    static Entry entryOf(const Slot& slot);

    Storage& m_storage;
    mutable QReadWriteLock m_lock;
    std::unique_ptr<Table> m_table; // guarded by m_lock (slots' LastUse by their own flag)
    std::atomic<bool> m_loaded {false};
    std::atomic<qint64> m_databaseLookups {0};
    bool m_loading = false; // guarded by m_lock
    std::vector<KeySecretScope> m_changedDuringLoad; // guarded by m_lock

    // Slots whose use waits to be written, oldest first. A slot appears once while queued; a slot that went meanwhile
    // leaves its use in m_orphanUses.
    mutable QMutex m_queueMutex;
    std::deque<quint32> m_useQueue;
    QList<KeyUsage> m_orphanUses;
};

} // namespace Keyward
