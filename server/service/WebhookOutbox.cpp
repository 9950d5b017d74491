#include "server/service/WebhookOutbox.h"

#include "core/Timestamps.h"
#include "server/service/Ids.h"

#include <QJsonDocument>

namespace Keyward {

WebhookOutbox::WebhookOutbox(Storage& storage, const Clock& clock)
    : m_storage(storage)
    , m_clock(clock)
{ }

QByteArray WebhookOutbox::body(const QString& type, qint64 at, const QJsonObject& data)
{
    const QJsonObject envelope {
        {QStringLiteral("type"), type},
        {QStringLiteral("timestamp"), Timestamps::toIso(at)},
        {QStringLiteral("data"), data},
    };
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

WebhookMessageRecord WebhookOutbox::message(const WebhookRecord& webhook, const QString& type, const QByteArray& body,
                                            qint64 now) const
{
    WebhookMessageRecord m;
    m.id = newId("msg");
    m.webhookId = webhook.id;
    m.tenantId = webhook.tenantId;
    m.eventType = type;
    m.body = body;
    m.createdAt = now;
    m.nextAttemptAt = now;
    return m;
}

bool WebhookOutbox::add(const QList<WebhookEvent>& events)
{
    const qint64 now = m_clock.now();
    QList<WebhookMessageRecord> messages;
    QHash<QString, QList<WebhookRecord>> endpoints; // per tenant, read once
    for (const WebhookEvent& event : events) {
        if (!endpoints.contains(event.tenantId)) {
            const std::optional<QList<WebhookRecord>> webhooks = m_storage.webhooksOfTenant(event.tenantId);
            if (!webhooks)
                return false;
            endpoints.insert(event.tenantId, *webhooks);
        }
        QByteArray payload;
        for (const WebhookRecord& webhook : endpoints.value(event.tenantId)) {
            if (!webhook.enabled || !webhook.events.contains(event.type))
                continue;
            if (payload.isEmpty())
                payload = body(event.type, now, event.data);
            messages.append(message(webhook, event.type, payload, now));
        }
    }
    return messages.isEmpty() || m_storage.addWebhookMessages(messages);
}

bool WebhookOutbox::commit(const std::function<bool()>& change, const QList<WebhookEvent>& events)
{
    const bool committed = m_storage.atomically([&] { return change() && add(events); });
    if (committed && !events.isEmpty())
        wakeUp();
    return committed;
}

std::optional<WebhookMessageRecord> WebhookOutbox::addTo(const WebhookRecord& webhook, const QString& type,
                                                         const QJsonObject& data)
{
    const qint64 now = m_clock.now();
    const WebhookMessageRecord m = message(webhook, type, body(type, now, data), now);
    if (!m_storage.addWebhookMessages({m}))
        return std::nullopt;
    wakeUp();
    return m;
}

} // namespace Keyward
