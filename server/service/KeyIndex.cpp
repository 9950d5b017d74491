#include "server/service/KeyIndex.h"

#include "server/storage/Storage.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>
#include <QThread>
#include <algorithm>
#include <cstring>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <sodium.h>

Q_LOGGING_CATEGORY(lcKeyIndex, "keyward.keyindex")

namespace Keyward {

namespace {
void lockUse(std::atomic_flag& busy)
{
    while (busy.test_and_set(std::memory_order_acquire)) {
        // Held by a verification for a few instructions.
    }
}
} // namespace

// The slots live in chunks that never move (a slot's use is updated in place while others are added), and are found
// through two hash tables of slot numbers. A slot that goes is reused by the next secret.
struct KeyIndex::Table
{
    std::vector<std::unique_ptr<Slot[]>> chunks;
    quint32 slotCount = 0;
    std::vector<quint32> freeSlots;
    QHash<Digest, quint32> bySecret;
    QHash<QString, quint32> byKey; // the first of a key's slots
    QHash<QString, std::shared_ptr<Owner>> owners; // by user id: one record for all of a user's keys

    Slot& slot(quint32 i) { return chunks[i >> ChunkShift][i & ((1u << ChunkShift) - 1)]; }

    quint32 allocate()
    {
        if (!freeSlots.empty()) {
            const quint32 i = freeSlots.back();
            freeSlots.pop_back();
            return i;
        }
        if ((slotCount >> ChunkShift) == chunks.size())
            chunks.push_back(std::make_unique<Slot[]>(size_t {1} << ChunkShift));
        return slotCount++;
    }

    // The user's one owner record, brought up to the row's facts (under the write lock, or before the table serves).
    std::shared_ptr<Owner> ownerFor(const KeySecretRow& row)
    {
        std::shared_ptr<Owner>& owner = owners[row.userId];
        if (!owner)
            owner = std::make_shared<Owner>();
        Owner& o = *owner;
        if (o.tenantId != row.tenantId || o.email != row.ownerEmail || o.tenantName != row.tenantName
            || o.disabled != row.ownerDisabled || o.userId != row.userId)
            o = Owner {row.tenantId, row.userId, row.ownerEmail, row.tenantName, row.ownerDisabled};
        return owner;
    }

    static void fill(Slot& s, const KeySecretRow& row, std::shared_ptr<Owner> owner)
    {
        // A copy made here, not the row's string: rows are read on other threads, and their malloc arenas should hold
        // only what is freed after the load (so it can be given back), not a million live ids.
        s.keyId = QString(row.keyId.constData(), row.keyId.size());
        s.owner = std::move(owner);
        s.expiresAt = row.expiresAt;
        s.secretValidUntil = row.secretValidUntil;
        s.rateLimitPerMinute = row.rateLimitPerMinute;
        s.scopes = row.scopes;
        s.kind = row.kind;
        s.revoked = row.revoked;
    }

    // A new slot for a secret not in the table; its key's list is relinked by the caller (or by linkFirst).
    quint32 add(const Digest& digest, const KeySecretRow& row)
    {
        const quint32 i = allocate();
        Slot& s = slot(i);
        s.digest = digest;
        fill(s, row, ownerFor(row));
        s.live = true;
        s.nextOfKey = NoSlot;
        bySecret.insert(digest, i);
        return i;
    }

    void linkFirst(quint32 i)
    {
        Slot& s = slot(i);
        const auto head = byKey.find(s.keyId);
        if (head == byKey.end()) {
            byKey.insert(s.keyId, i);
        } else {
            s.nextOfKey = *head;
            *head = i;
        }
    }

    // Frees a slot; a use not yet taken is kept in `orphans`.
    void release(quint32 i, QList<KeyUsage>* orphans)
    {
        Slot& s = slot(i);
        bySecret.remove(s.digest);
        lockUse(s.use.busy);
        if (s.use.at > s.use.takenAt)
            orphans->append({s.keyId, s.use.at, s.use.address});
        s.use.queued = false;
        s.use.at = 0;
        s.use.takenAt = 0;
        s.use.address.clear();
        s.use.busy.clear(std::memory_order_release);
        s.live = false;
        s.keyId.clear();
        s.owner.reset();
        freeSlots.push_back(i);
    }

    std::vector<quint32> slotsOf(const QString& keyId)
    {
        std::vector<quint32> out;
        const auto head = byKey.constFind(keyId);
        for (quint32 i = head == byKey.constEnd() ? NoSlot : *head; i != NoSlot; i = slot(i).nextOfKey)
            out.push_back(i);
        return out;
    }
};

namespace {
// The key's own facts, named alike in a stored row and in an index slot; the owner's differ (a slot shares them).
template<typename Source> void copyKeyFacts(KeyIndex::Entry& e, const Source& s)
{
    e.keyId = s.keyId;
    e.kind = s.kind;
    e.scopes = s.scopes;
    e.rateLimitPerMinute = s.rateLimitPerMinute;
    e.revoked = s.revoked;
    e.expiresAt = s.expiresAt;
    e.secretValidUntil = s.secretValidUntil;
}
} // namespace

KeyIndex::Entry KeyIndex::Entry::from(const KeySecretRow& row)
{
    Entry e;
    copyKeyFacts(e, row);
    e.tenantId = row.tenantId;
    e.userId = row.userId;
    e.ownerEmail = row.ownerEmail;
    e.tenantName = row.tenantName;
    e.ownerDisabled = row.ownerDisabled;
    return e;
}

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

KeyIndex::Entry KeyIndex::entryOf(const Slot& s)
{
    Entry e;
    copyKeyFacts(e, s);
    e.tenantId = s.owner->tenantId;
    e.userId = s.owner->userId;
    e.ownerEmail = s.owner->email;
    e.tenantName = s.owner->tenantName;
    e.ownerDisabled = s.owner->disabled;
    return e;
}

KeyIndex::KeyIndex(Storage& storage)
    : m_storage(storage)
    , m_table(std::make_unique<Table>())
{ }

KeyIndex::~KeyIndex() = default;

bool KeyIndex::digestFromHex(const QByteArray& hex, Digest* digest)
{
    size_t length = 0;
    return hex.size() == 64
        && sodium_hex2bin(digest->bytes.data(), digest->bytes.size(), hex.constData(), static_cast<size_t>(hex.size()),
                          nullptr, &length, nullptr)
        == 0
        && length == digest->bytes.size();
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
    auto table = std::make_unique<Table>();
    // Reading and converting the rows is most of the work: one share per core, each on its own thread and database
    // connection, handing rows over in batches to the one table.
    const int parts = std::clamp(QThread::idealThreadCount(), 1, MaxLoadThreads);
    QMutex tableMutex;
    std::atomic<bool> ok {true};
    const auto readPart = [&](int part) {
        std::vector<KeySecretRow> batch;
        batch.reserve(LoadBatch);
        const auto hand = [&] {
            QMutexLocker lock(&tableMutex);
            for (const KeySecretRow& row : batch) {
                Digest digest;
                if (!digestFromHex(row.secretHash, &digest)) {
                    qCWarning(lcKeyIndex).noquote()
                        << "a stored secret hash of key" << row.keyId << "is not SHA-256 hex; skipped";
                    continue;
                }
                if (!table->bySecret.contains(digest)) // the primary key makes a second one impossible
                    table->linkFirst(table->add(digest, row));
            }
            batch.clear();
        };
        KeySecretScope scope;
        scope.part = part;
        scope.parts = parts;
        if (!m_storage.scanKeySecrets(scope, now, [&](const KeySecretRow& row) {
                batch.push_back(row);
                if (batch.size() == LoadBatch)
                    hand();
            }))
            ok = false;
        hand();
    };
    std::vector<std::unique_ptr<QThread>> helpers;
    for (int part = 1; part < parts; ++part) {
        helpers.emplace_back(QThread::create([&, part] {
            readPart(part);
            m_storage.releaseThreadConnection();
        }));
        helpers.back()->setObjectName(QStringLiteral("key-index-load-%1").arg(part));
        helpers.back()->start();
    }
    readPart(0);
    for (const auto& helper : helpers)
        helper->wait();
    std::vector<KeySecretScope> changed;
    {
        QWriteLocker lock(&m_lock);
        m_loading = false;
        if (!ok.load())
            return false;
        m_table.swap(table);
        changed.swap(m_changedDuringLoad);
        m_loaded.store(true, std::memory_order_release);
    }
    table.reset(); // the empty table it replaced
#ifdef __GLIBC__
    // The rows handed over were freed in the loading threads' malloc arenas: give those pages back.
    malloc_trim(0);
#endif
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
    result.lookup = Lookup::Unknown;
    Digest digest;
    if (!digestFromHex(hexHash, &digest))
        return result;
    QReadLocker lock(&m_lock);
    const auto it = m_table->bySecret.constFind(digest);
    if (it == m_table->bySecret.constEnd())
        return result;
    result.lookup = Lookup::Found;
    result.entry = entryOf(m_table->slot(*it));
    return result;
}

void KeyIndex::refresh(const KeySecretScope& scope, qint64 now)
{
    {
        QWriteLocker lock(&m_lock);
        if (m_loading)
            m_changedDuringLoad.push_back(scope); // and below, for what is already in the table
    }
    // Read first, outside the lock; then update in one step.
    std::vector<KeySecretRow> rows;
    if (!m_storage.scanKeySecrets(scope, now, [&rows](const KeySecretRow& row) { rows.push_back(row); })) {
        // The slots stay as they were; the next change or event for this key reads it again.
        qCWarning(lcKeyIndex).noquote() << "could not re-read" << scope.id << "from the database";
        return;
    }
    // A key's refresh replaces that key; a user's replaces the keys the database still has for the user (a deleted
    // key went with its own refresh).
    QHash<QString, std::vector<const KeySecretRow*>> rowsByKey;
    if (scope.kind == KeySecretScope::Kind::Key)
        rowsByKey[scope.id];
    for (const KeySecretRow& row : rows)
        rowsByKey[row.keyId].push_back(&row);

    QList<KeyUsage> orphans;
    {
        QWriteLocker lock(&m_lock);
        Table& t = *m_table;
        for (auto key = rowsByKey.cbegin(); key != rowsByKey.cend(); ++key) {
            QHash<Digest, const KeySecretRow*> wanted;
            for (const KeySecretRow* row : key.value()) {
                Digest digest;
                if (digestFromHex(row->secretHash, &digest))
                    wanted.insert(digest, row);
            }
            // Slots of secrets that remain are updated in place (their uses stay); the others go.
            std::vector<quint32> kept;
            for (const quint32 i : t.slotsOf(key.key())) {
                Slot& s = t.slot(i);
                const auto row = wanted.constFind(s.digest);
                if (row == wanted.constEnd()) {
                    t.release(i, &orphans);
                    continue;
                }
                Table::fill(s, **row, t.ownerFor(**row));
                wanted.erase(row);
                kept.push_back(i);
            }
            for (auto row = wanted.cbegin(); row != wanted.cend(); ++row) {
                if (t.bySecret.contains(row.key()))
                    continue; // another key's secret: impossible with unique hashes, and never two slots for one
                kept.push_back(t.add(row.key(), **row));
            }
            if (kept.empty()) {
                t.byKey.remove(key.key());
                continue;
            }
            for (size_t n = 0; n + 1 < kept.size(); ++n)
                t.slot(kept[n]).nextOfKey = kept[n + 1];
            t.slot(kept.back()).nextOfKey = NoSlot;
            t.byKey.insert(key.key(), kept.front());
        }
    }
    if (!orphans.isEmpty()) {
        QMutexLocker queue(&m_queueMutex);
        m_orphanUses.append(orphans);
    }
}

void KeyIndex::refreshOwner(const QString& userId, qint64 now)
{
    {
        QWriteLocker lock(&m_lock);
        if (m_loading) {
            // The load may hold the owner as it was: read the user's keys again after it.
            m_changedDuringLoad.push_back({KeySecretScope::Kind::User, userId});
        }
    }
    const std::optional<UserRecord> user = m_storage.userById(userId);
    const std::optional<TenantRecord> tenant
        = user ? m_storage.tenantById(user->tenantId) : std::optional<TenantRecord> {};
    if (!user || !tenant) {
        // Users are disabled, not deleted; a user or tenant not read is read with the user's keys instead.
        refreshUser(userId, now);
        return;
    }
    QWriteLocker lock(&m_lock);
    const auto it = m_table->owners.constFind(userId);
    if (it == m_table->owners.constEnd())
        return; // no key of this user is held
    Owner& owner = **it;
    owner.email = user->email;
    owner.disabled = user->disabled;
    owner.tenantId = user->tenantId;
    owner.tenantName = tenant->name;
}

void KeyIndex::refreshKey(const QString& keyId, qint64 now)
{
    refresh({KeySecretScope::Kind::Key, keyId}, now);
}

void KeyIndex::refreshUser(const QString& userId, qint64 now)
{
    refresh({KeySecretScope::Kind::User, userId}, now);
}

bool KeyIndex::noteUse(const QByteArray& hexHash, qint64 at, const QString& address)
{
    if (!m_loaded.load(std::memory_order_acquire))
        return false;
    Digest digest;
    if (!digestFromHex(hexHash, &digest))
        return false;
    quint32 queue = NoSlot;
    {
        QReadLocker lock(&m_lock);
        const auto it = m_table->bySecret.constFind(digest);
        if (it == m_table->bySecret.constEnd())
            return false;
        LastUse& use = m_table->slot(*it).use;
        // Another verification of this key is noting a use this instant: that one stands for both.
        if (use.busy.test_and_set(std::memory_order_acquire))
            return true;
        if (at > use.at) {
            use.at = at;
            use.address = address;
        }
        if (!use.queued && use.at - use.takenAt >= (use.takenAt == 0 ? 0 : UseResolutionMs)) {
            use.queued = true;
            queue = *it;
        }
        use.busy.clear(std::memory_order_release);
        if (queue != NoSlot) {
            QMutexLocker queueLock(&m_queueMutex);
            m_useQueue.push_back(queue);
        }
    }
    return true;
}

std::optional<KeyUsage> KeyIndex::lastUse(const QString& keyId) const
{
    QReadLocker lock(&m_lock);
    std::optional<KeyUsage> newest;
    for (const quint32 i : m_table->slotsOf(keyId)) {
        LastUse& use = m_table->slot(i).use;
        lockUse(use.busy);
        if (use.at > 0 && (!newest || use.at > newest->at))
            newest = KeyUsage {keyId, use.at, use.address};
        use.busy.clear(std::memory_order_release);
    }
    return newest;
}

QList<KeyUsage> KeyIndex::takeUses(int max)
{
    QList<KeyUsage> taken;
    std::vector<quint32> queued;
    {
        // Only the hand-over under the queue's mutex, which every verification that queues a use takes: this thread
        // runs at background priority and must not be preempted while holding it.
        QMutexLocker queue(&m_queueMutex);
        taken.swap(m_orphanUses);
        const size_t n = std::min(m_useQueue.size(), static_cast<size_t>(std::max(0, max)));
        queued.assign(m_useQueue.begin(), m_useQueue.begin() + static_cast<std::ptrdiff_t>(n));
        m_useQueue.erase(m_useQueue.begin(), m_useQueue.begin() + static_cast<std::ptrdiff_t>(n));
    }
    taken.reserve(taken.size() + static_cast<qsizetype>(queued.size()));
    QReadLocker lock(&m_lock);
    for (const quint32 i : queued) {
        if (i >= m_table->slotCount)
            continue; // from a table replaced by load()
        Slot& s = m_table->slot(i);
        lockUse(s.use.busy);
        if (s.live && s.use.queued) {
            s.use.queued = false;
            if (s.use.at > s.use.takenAt) {
                taken.append({s.keyId, s.use.at, s.use.address});
                s.use.takenAt = s.use.at;
            }
        }
        s.use.busy.clear(std::memory_order_release);
    }
    return taken;
}

QList<KeyUsage> KeyIndex::takeAllUses()
{
    QList<KeyUsage> taken;
    QReadLocker lock(&m_lock);
    QMutexLocker queue(&m_queueMutex);
    taken.swap(m_orphanUses);
    m_useQueue.clear();
    for (quint32 i = 0; i < m_table->slotCount; ++i) {
        Slot& s = m_table->slot(i);
        lockUse(s.use.busy);
        s.use.queued = false;
        if (s.live && s.use.at > s.use.takenAt) {
            taken.append({s.keyId, s.use.at, s.use.address});
            s.use.takenAt = s.use.at;
        }
        s.use.busy.clear(std::memory_order_release);
    }
    return taken;
}

void KeyIndex::putBackUses(const QList<KeyUsage>& uses)
{
    QMutexLocker queue(&m_queueMutex);
    m_orphanUses.append(uses);
}

qsizetype KeyIndex::queuedUses() const
{
    QMutexLocker queue(&m_queueMutex);
    return static_cast<qsizetype>(m_useQueue.size()) + m_orphanUses.size();
}

int KeyIndex::size() const
{
    QReadLocker lock(&m_lock);
    return static_cast<int>(m_table->bySecret.size());
}

} // namespace Keyward
