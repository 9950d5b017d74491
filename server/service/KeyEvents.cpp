#include "server/service/KeyEvents.h"

#include "server/service/Ids.h"
#include "server/storage/Storage.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKeyEvents, "keyward.keyevents")

namespace Keyward {

namespace {
constexpr int PollBatch = 1000;
constexpr int LateBatch = 10000;
// How late an event may appear below numbers already read: a PostgreSQL transaction that drew its number and
// committed after a later one, within this long (by the writer's clock: the instances' clocks must agree this well).
constexpr qint64 LateCommitWindowMs = 30 * 1000;
} // namespace

KeyEvents::KeyEvents(Storage& storage, KeyIndex& index, const Clock& clock)
    : m_storage(storage)
    , m_index(index)
    , m_clock(clock)
    , m_origin(newId("ins"))
{ }

void KeyEvents::publish(KeyEvent::Subject subject, const QString& id)
{
    const qint64 now = m_clock.now();
    apply(subject, id, now);
    KeyEvent event;
    event.subject = subject;
    event.id = id;
    event.origin = m_origin;
    event.at = now;
    if (!m_storage.appendKeyEvent(event))
        qCWarning(lcKeyEvents).noquote() << "could not record a key event for" << id
                                         << "; other instances learn of it at their next start";
}

void KeyEvents::keyChanged(const QString& keyId)
{
    publish(KeyEvent::Subject::Key, keyId);
}

void KeyEvents::userChanged(const QString& userId)
{
    publish(KeyEvent::Subject::User, userId);
}

void KeyEvents::ownerChanged(const QString& userId)
{
    publish(KeyEvent::Subject::Owner, userId);
}

void KeyEvents::apply(KeyEvent::Subject subject, const QString& id, qint64 now)
{
    switch (subject) {
    case KeyEvent::Subject::Key:
        m_index.refreshKey(id, now);
        break;
    case KeyEvent::Subject::User:
        m_index.refreshUser(id, now);
        break;
    case KeyEvent::Subject::Owner:
        m_index.refreshOwner(id, now);
        break;
    }
}

bool KeyEvents::startFromNow()
{
    const qint64 seq = m_storage.lastKeyEventSeq();
    if (seq < 0)
        return false;
    m_lastSeq.storeRelease(seq);
    return true;
}

int KeyEvents::pollForeign()
{
    int applied = 0;
    const qint64 now = m_clock.now();
    const auto take = [&](const KeyEvent& event) {
        if (m_seen.contains(event.seq))
            return;
        m_seen.insert(event.seq, event.at);
        if (event.origin != m_origin) {
            apply(event.subject, event.id, now);
            ++applied;
        }
    };
    // Late commits first: events below the position that appeared since it was passed.
    const std::optional<QList<KeyEvent>> late
        = m_storage.keyEventsUpToSince(m_lastSeq.loadAcquire(), now - LateCommitWindowMs, LateBatch);
    if (!late)
        return -1;
    for (const KeyEvent& event : *late)
        take(event);
    for (;;) {
        const qint64 from = m_lastSeq.loadAcquire();
        const std::optional<QList<KeyEvent>> events = m_storage.keyEventsAfter(from, PollBatch);
        if (!events)
            return -1;
        for (const KeyEvent& event : *events) {
            take(event);
            m_lastSeq.storeRelease(event.seq);
        }
        if (events->size() < PollBatch)
            break;
    }
    for (auto it = m_seen.begin(); it != m_seen.end();)
        it = it.value() < now - 2 * LateCommitWindowMs ? m_seen.erase(it) : std::next(it);
    return applied;
}

int KeyEvents::prune(qint64 olderThanMs)
{
    return m_storage.deleteKeyEventsBefore(m_clock.now() - olderThanMs);
}

} // namespace Keyward
