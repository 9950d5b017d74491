#pragma once

#include "server/service/Clock.h"
#include "server/storage/Storage.h"

#include <QJsonObject>
#include <functional>
#include <optional>

namespace Keyward {

// What happened, for the tenant's webhooks: an event type (WebhookEvents) and its data (the key as GET shows it,
// never a secret, plus the event's own fields).
struct WebhookEvent
{
    QString tenantId;
    QString type;
    QJsonObject data;
};

// The outbox: events are written in the same transaction as the change they tell of, one message per enabled
// endpoint of the tenant that subscribed to the event type, so a crash between the change and the send loses
// nothing. The sender (WebhookDispatcher) is woken once the transaction commits.
class WebhookOutbox
{
public:
    WebhookOutbox(Storage& storage, const Clock& clock);

    // Runs `change` (Storage calls) and writes the events in one transaction; false, with nothing written, when the
    // change or the outbox failed.
    bool commit(const std::function<bool()>& change, const QList<WebhookEvent>& events);
    bool commit(const std::function<bool()>& change, const WebhookEvent& event)
    {
        return commit(change, QList<WebhookEvent> {event});
    }
    // Inside Storage::atomically: writes the events' messages as part of the transaction under way.
    bool add(const QList<WebhookEvent>& events);
    // A message to one endpoint whatever it subscribed to (webhook.test); nullopt when it could not be written.
    std::optional<WebhookMessageRecord> addTo(const WebhookRecord& webhook, const QString& type,
                                              const QJsonObject& data);

    // Called after a commit that wrote messages (from any thread): wakes the sender.
    void setWakeUp(std::function<void()> wakeUp) { m_wakeUp = std::move(wakeUp); }
    void wakeUp() const
    {
        if (m_wakeUp)
            m_wakeUp();
    }

    // The body sent: {"type", "timestamp" (ISO 8601, when it happened), "data"}.
    static QByteArray body(const QString& type, qint64 at, const QJsonObject& data);

private:
    WebhookMessageRecord message(const WebhookRecord& webhook, const QString& type, const QByteArray& body,
                                 qint64 now) const;

    Storage& m_storage;
    const Clock& m_clock;
    std::function<void()> m_wakeUp;
};

} // namespace Keyward
