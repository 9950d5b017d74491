#pragma once

#include "server/service/Clock.h"
#include "server/service/KeyIndex.h"

namespace Keyward {

// The one way a change reaches every key index: a service that changed a key (created, edited, revoked,
// re-activated, rotated, deleted), a user's keys (revoked with a password change) or a key owner (disabled, e-mail)
// says so here. This instance's index is refreshed at once, and the event is written to key_events so that other
// processes and instances on the same database apply it when they poll (pollForeign).
class KeyEvents
{
public:
    KeyEvents(Storage& storage, KeyIndex& index, const Clock& clock);

    void keyChanged(const QString& keyId);
    // All of a user's keys changed (revoked together): each is read again.
    void userChanged(const QString& userId);
    // Only what the answer says of the owner changed (e-mail, disabled): one record, however many keys the user has.
    void ownerChanged(const QString& userId);

    // Where this instance starts reading others' events: call before loading the index, so that nothing written
    // during the load is missed. False when the database could not answer.
    bool startFromNow();
    // Applies the events other writers made since the last poll; returns how many, -1 when the database could not
    // answer (the position stays: nothing is skipped).
    int pollForeign();
    // Forgets events older than this (every reader has long applied them).
    int prune(qint64 olderThanMs);

    const QString& origin() const { return m_origin; }
    // Whether other instances' events are being pushed to this one (PostgreSQL LISTEN) rather than only polled.
    void setListening(bool listening) { m_listening.storeRelease(listening); }
    bool isListening() const { return m_listening.loadAcquire(); }
    qint64 position() const { return m_lastSeq.loadAcquire(); }

private:
    void publish(KeyEvent::Subject subject, const QString& id);
    void apply(KeyEvent::Subject subject, const QString& id, qint64 now);

    Storage& m_storage;
    KeyIndex& m_index;
    const Clock& m_clock;
    QString m_origin;
    QAtomicInteger<qint64> m_lastSeq = 0;
    QAtomicInteger<bool> m_listening = false;
    QHash<qint64, qint64> m_seen; // events already taken (seq -> at), for the late ones; pollForeign's thread only
};

} // namespace Keyward
