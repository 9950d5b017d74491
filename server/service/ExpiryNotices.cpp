#include "server/service/ExpiryNotices.h"

#include "server/service/Views.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcExpiry, "keyward.webhooks.expiry")

namespace Keyward {

namespace {
constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;
constexpr int ScanPage = 500;
} // namespace

ExpiryNotices::ExpiryNotices(Storage& storage, const Clock& clock, WebhookOutbox& outbox)
    : m_storage(storage)
    , m_clock(clock)
    , m_outbox(outbox)
{ }

bool ExpiryNotices::scanIfDue()
{
    if (m_sinceScan.isValid() && m_sinceScan.elapsed() < ScanIntervalMs && m_clock.offset() == m_scannedAtOffset)
        return false;
    m_scannedAtOffset = m_clock.offset();
    m_sinceScan.start();
    const int sent = scan();
    if (sent > 0)
        qCInfo(lcExpiry) << sent << "expiry notices written";
    return true;
}

QList<WebhookEvent> ExpiryNotices::dueNotices(const ExpiryCandidate& candidate, const QList<int>& thresholds,
                                              qint64 now, int* nextState) const
{
    const KeyRecord& key = candidate.key;
    const int state = candidate.noticeState;
    *nextState = state;
    QList<WebhookEvent> events;
    const qint64 msLeft = key.expiresAt - now;
    const int daysLeft = msLeft > 0 ? static_cast<int>((msLeft + DayMs - 1) / DayMs) : 0;
    for (const int threshold : thresholds) { // largest first
        const qint64 crossedAt = key.expiresAt - threshold * DayMs;
        const bool alreadyTold = state != NoExpiryNoticeYet && threshold >= state;
        // A threshold the key was made at or past (a 7-day key and the 7-day threshold) is not crossed.
        if (alreadyTold || now < crossedAt || key.createdAt >= crossedAt)
            continue;
        QJsonObject data = Views::key(key, now);
        data.insert(QStringLiteral("days_left"), daysLeft);
        data.insert(QStringLiteral("threshold_days"), threshold);
        events.append({key.tenantId, QStringLiteral("key.expiring"), data});
        *nextState = threshold;
    }
    if (now >= key.expiresAt) {
        events.append({key.tenantId, QStringLiteral("key.expired"), Views::key(key, now)});
        *nextState = 0;
    }
    return events;
}

int ExpiryNotices::scan()
{
    const qint64 now = m_clock.now();
    const std::optional<QList<TenantRecord>> tenants = m_storage.allTenants();
    if (!tenants)
        return -1;
    QHash<QString, QList<int>> thresholds;
    int largest = 0;
    for (const TenantRecord& tenant : *tenants) {
        QList<int> days = tenant.expiryNoticeDays;
        std::sort(days.begin(), days.end(), std::greater<int>());
        thresholds.insert(tenant.id, days);
        if (!days.isEmpty())
            largest = std::max(largest, days.first());
    }
    int sent = 0;
    qint64 afterExpiresAt = 0;
    QString afterId;
    for (;;) {
        const std::optional<QList<ExpiryCandidate>> page
            = m_storage.keysAwaitingExpiryNotice(now + largest * DayMs, afterExpiresAt, afterId, ScanPage);
        if (!page)
            return -1;
        for (const ExpiryCandidate& candidate : *page) {
            int nextState = candidate.noticeState;
            const QList<WebhookEvent> events
                = dueNotices(candidate, thresholds.value(candidate.key.tenantId), now, &nextState);
            if (events.isEmpty())
                continue;
            const KeyRecord& key = candidate.key;
            // The mark first: if another instance got there, it sent these, and this transaction writes nothing.
            const bool ours = m_outbox.commit(
                [&] { return m_storage.advanceExpiryNotice(key.id, key.expiresAt, candidate.noticeState, nextState); },
                events);
            if (ours)
                sent += static_cast<int>(events.size());
        }
        if (page->size() < ScanPage)
            break;
        afterExpiresAt = page->last().key.expiresAt;
        afterId = page->last().key.id;
    }
    return sent;
}

} // namespace Keyward
