#pragma once

#include "server/service/Clock.h"
#include "server/service/WebhookOutbox.h"
#include "server/storage/Storage.h"

#include <QElapsedTimer>

namespace Keyward {

// key.expiring and key.expired, each exactly once: when an active API key comes within one of its tenant's
// thresholds (days before expiry, 30, 7 and 1 by default) it gets one key.expiring for that threshold, and when it
// lapses one key.expired. Each key remembers how far its notices got for its current expiry (a new expiry starts
// them again); the notice and that mark are written in one transaction, the mark by compare-and-swap, so that of
// several instances scanning at once exactly one sends each notice. A threshold that passed while keywardd was
// stopped (or the test clock jumped) is sent at the next scan, one notice per threshold crossed, largest first. A
// threshold that was already behind when the key was made, or just reached (a 5-day key and the 30-day threshold, a
// 7-day key and the 7-day one), is not crossed.
class ExpiryNotices
{
public:
    ExpiryNotices(Storage& storage, const Clock& clock, WebhookOutbox& outbox);

    // Scans when due: at the first call, every ScanIntervalMs, and at once after the clock was moved (--test-clock).
    bool scanIfDue(); // whether it scanned
    // Sends every notice now due; returns how many, -1 when the database could not answer.
    int scan();

    static constexpr qint64 ScanIntervalMs = 60 * 1000;

private:
    // The notices due for one key at `now` (its tenant's thresholds), and the state they take it to.
    QList<WebhookEvent> dueNotices(const ExpiryCandidate& candidate, const QList<int>& thresholds, qint64 now,
                                   int* nextState) const;

    Storage& m_storage;
    const Clock& m_clock;
    WebhookOutbox& m_outbox;
    QElapsedTimer m_sinceScan;
    qint64 m_scannedAtOffset = 0;
};

} // namespace Keyward
