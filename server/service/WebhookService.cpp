#include "server/service/WebhookService.h"

#include "core/Timestamps.h"
#include "core/WebhookEvents.h"
#include "server/service/Ids.h"
#include "server/service/Views.h"
#include "server/service/WebhookUrlPolicy.h"

#include <QJsonArray>
#include <sodium.h>

namespace Keyward {

WebhookService::WebhookService(ServiceContext& context)
    : m_ctx(context)
{ }

Outcome<QJsonObject> WebhookService::list(const Principal& p)
{
    const std::optional<QList<WebhookRecord>> records = m_ctx.storage.webhooksOfTenant(p.tenantId);
    if (!records) // an empty list would say "no webhooks"
        return ApiError::internal();
    const qint64 now = m_ctx.clock.now();
    QJsonArray webhooks;
    for (const WebhookRecord& webhook : *records)
        webhooks.append(Views::webhook(webhook, now));
    return QJsonObject {{QStringLiteral("webhooks"), webhooks}};
}

Outcome<WebhookRecord> WebhookService::tenantWebhook(const Principal& p, const QString& id)
{
    std::optional<WebhookRecord> webhook = m_ctx.storage.webhookById(id);
    if (!webhook || webhook->tenantId != p.tenantId)
        return ApiError::notFound(QStringLiteral("webhook"));
    return *webhook;
}

Outcome<QJsonObject> WebhookService::get(const Principal& p, const QString& id)
{
    const Outcome<WebhookRecord> found = tenantWebhook(p, id);
    if (!found.ok())
        return found.error();
    return Views::webhook(found.value(), m_ctx.clock.now());
}

Outcome<QStringList> WebhookService::subscribedEvents(const QStringList& asked) const
{
    if (asked.isEmpty())
        return ApiError::validation(
            QStringLiteral("events"),
            QStringLiteral("events must name at least one event type (or be left out for all)"));
    for (const QString& name : asked) {
        if (!WebhookEvents::isKnown(name))
            return ApiError::validation(QStringLiteral("events"),
                                        QStringLiteral("Unknown event type \"%1\"; known: %2")
                                            .arg(name.left(100), WebhookEvents::all().join(QStringLiteral(", "))));
    }
    QStringList events;
    for (const QString& name : WebhookEvents::all()) {
        if (asked.contains(name))
            events.append(name);
    }
    return events;
}

ApiError WebhookService::urlProblem(const QString& url) const
{
    return WebhookUrlPolicy::check(url, m_ctx.policy.webhookAllowPrivate);
}

std::optional<WebhookService::NewSecret> WebhookService::newSecret() const
{
    QByteArray bytes(SecretBytes, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    NewSecret secret;
    secret.sealed = m_ctx.secretBox.seal(bytes);
    QByteArray encoded = bytes.toBase64();
    secret.shown = QLatin1String(SecretPrefix) + QString::fromLatin1(encoded);
    sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    sodium_memzero(encoded.data(), static_cast<size_t>(encoded.size()));
    if (secret.sealed.isEmpty())
        return std::nullopt;
    return secret;
}

Outcome<QJsonObject> WebhookService::create(const Principal& p, const CreateWebhookCommand& command)
{
    if (const ApiError e = urlProblem(command.url); !e.isNull())
        return e;
    QStringList events = WebhookEvents::all();
    if (command.events) {
        const Outcome<QStringList> subscribed = subscribedEvents(*command.events);
        if (!subscribed.ok())
            return subscribed.error();
        events = subscribed.value();
    }
    const std::optional<NewSecret> secret = newSecret();
    if (!secret)
        return ApiError::internal();
    const qint64 now = m_ctx.clock.now();
    WebhookRecord webhook;
    webhook.id = newId("whk");
    webhook.tenantId = p.tenantId;
    webhook.url = command.url;
    webhook.events = events;
    webhook.description = command.description;
    webhook.enabled = command.enabled;
    webhook.secret = secret->sealed; // the database only ever holds it encrypted
    webhook.createdBy = p.userId;
    webhook.createdAt = now;
    webhook.updatedAt = now;
    switch (m_ctx.storage.createWebhook(webhook, m_ctx.policy.maxWebhooksPerTenant)) {
    case WebhookInsert::Created:
        break;
    case WebhookInsert::LimitReached:
        return ApiError::conflict(QStringLiteral("WEBHOOK_LIMIT"),
                                  QStringLiteral("A tenant can have at most %1 webhooks; delete one first")
                                      .arg(m_ctx.policy.maxWebhooksPerTenant));
    case WebhookInsert::Failed:
        return ApiError::internal();
    }
    m_ctx.audit.byPrincipal(p, QStringLiteral("webhook.created"), {}, QStringLiteral("webhook"), webhook.id,
                            webhook.url, QJsonObject {{QStringLiteral("events"), QJsonArray::fromStringList(events)}});
    QJsonObject answer = Views::webhook(webhook, now);
    answer.insert(QStringLiteral("secret"), secret->shown); // shown this once
    return answer;
}

Outcome<QJsonObject> WebhookService::update(const Principal& p, const QString& id, const UpdateWebhookCommand& command)
{
    Outcome<WebhookRecord> found = tenantWebhook(p, id);
    if (!found.ok())
        return found.error();
    WebhookRecord& webhook = found.value();
    // Everything is checked before anything changes.
    if (command.url) {
        if (const ApiError e = urlProblem(*command.url); !e.isNull())
            return e;
    }
    std::optional<QStringList> events;
    if (command.events) {
        const Outcome<QStringList> subscribed = subscribedEvents(*command.events);
        if (!subscribed.ok())
            return subscribed.error();
        events = subscribed.value();
    }
    QJsonArray fields;
    if (command.url && *command.url != webhook.url) {
        webhook.url = *command.url;
        fields.append(QStringLiteral("url"));
    }
    if (events && *events != webhook.events) {
        webhook.events = *events;
        fields.append(QStringLiteral("events"));
    }
    if (command.description && *command.description != webhook.description) {
        webhook.description = *command.description;
        fields.append(QStringLiteral("description"));
    }
    if (command.enabled && *command.enabled != webhook.enabled) {
        webhook.enabled = *command.enabled;
        fields.append(QStringLiteral("enabled"));
    }
    const qint64 now = m_ctx.clock.now();
    if (fields.isEmpty()) // nothing to change: nothing written, nothing audited
        return Views::webhook(webhook, now);
    webhook.updatedAt = now;
    if (!m_ctx.storage.updateWebhook(webhook))
        return ApiError::internal();
    if (webhook.enabled)
        m_ctx.outbox.wakeUp(); // re-enabled: what waited meanwhile goes out now
    QJsonObject details {{QStringLiteral("fields"), fields}};
    if (fields.contains(QStringLiteral("enabled")))
        details.insert(QStringLiteral("enabled"), webhook.enabled);
    m_ctx.audit.byPrincipal(p, QStringLiteral("webhook.updated"), {}, QStringLiteral("webhook"), webhook.id,
                            webhook.url, details);
    return Views::webhook(webhook, now);
}

Outcome<QJsonObject> WebhookService::remove(const Principal& p, const QString& id)
{
    const Outcome<WebhookRecord> found = tenantWebhook(p, id);
    if (!found.ok())
        return found.error();
    const WebhookRecord& webhook = found.value();
    if (!m_ctx.storage.deleteWebhook(webhook.id))
        return ApiError::internal();
    m_ctx.audit.byPrincipal(p, QStringLiteral("webhook.deleted"), {}, QStringLiteral("webhook"), webhook.id,
                            webhook.url);
    return QJsonObject {{QStringLiteral("deleted"), true}, {QStringLiteral("id"), webhook.id}};
}

Outcome<QJsonObject> WebhookService::rotateSecret(const Principal& p, const QString& id)
{
    Outcome<WebhookRecord> found = tenantWebhook(p, id);
    if (!found.ok())
        return found.error();
    WebhookRecord& webhook = found.value();
    const std::optional<NewSecret> secret = newSecret();
    if (!secret)
        return ApiError::internal();
    const qint64 now = m_ctx.clock.now();
    // Receivers switch over while both sign (the delivery sends one signature per live secret).
    webhook.previousSecret = webhook.secret;
    webhook.previousSecretExpiresAt = now + m_ctx.policy.webhookSecretOverlapMs;
    webhook.secret = secret->sealed;
    webhook.updatedAt = now;
    if (!m_ctx.storage.updateWebhook(webhook))
        return ApiError::internal();
    m_ctx.audit.byPrincipal(p, QStringLiteral("webhook.secret_rotated"), {}, QStringLiteral("webhook"), webhook.id,
                            webhook.url,
                            QJsonObject {{QStringLiteral("previous_secret_expires_at"),
                                          Timestamps::toIso(webhook.previousSecretExpiresAt)}});
    QJsonObject answer = Views::webhook(webhook, now);
    answer.insert(QStringLiteral("secret"), secret->shown); // shown this once
    return answer;
}

Outcome<QJsonObject> WebhookService::deliveries(const Principal& p, const QString& id, const ListDeliveriesQuery& query)
{
    const Outcome<WebhookRecord> found = tenantWebhook(p, id);
    if (!found.ok())
        return found.error();
    bool badCursor = false;
    const std::optional<WebhookDeliveryPage> page
        = m_ctx.storage.webhookDeliveries(found->id, query.cursor, query.limit, &badCursor);
    if (badCursor)
        return ApiError::validation(QStringLiteral("cursor"),
                                    QStringLiteral("The cursor is not one this server gave out; start without it"));
    if (!page)
        return ApiError::internal();
    QJsonArray deliveries;
    for (const WebhookDelivery& delivery : page->deliveries)
        deliveries.append(Views::webhookDelivery(delivery));
    return QJsonObject {
        {QStringLiteral("deliveries"), deliveries},
        {QStringLiteral("next_cursor"), page->nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page->nextCursor)},
    };
}

Outcome<QJsonObject> WebhookService::redeliver(const Principal& p, const QString& id, const QString& deliveryId)
{
    const Outcome<WebhookRecord> found = tenantWebhook(p, id);
    if (!found.ok())
        return found.error();
    const std::optional<WebhookDelivery> delivery = m_ctx.storage.webhookDelivery(deliveryId);
    if (!delivery || delivery->message.webhookId != found->id)
        return ApiError::notFound(QStringLiteral("delivery"));
    const qint64 now = m_ctx.clock.now();
    if (!m_ctx.storage.redeliverWebhookMessage(deliveryId, now))
        return ApiError::internal();
    m_ctx.outbox.wakeUp();
    m_ctx.audit.byPrincipal(
        p, QStringLiteral("webhook.redelivered"), {}, QStringLiteral("webhook"), found->id, found->url,
        QJsonObject {{QStringLiteral("delivery"), deliveryId}, {QStringLiteral("event"), delivery->message.eventType}});
    // As it stands now: pending, due at once (the sender may already be on it).
    WebhookDelivery pending = *delivery;
    pending.message.status = WebhookMessageRecord::Status::Pending;
    pending.message.nextAttemptAt = now;
    pending.message.scheduleStep = 0;
    return Views::webhookDelivery(pending);
}

Outcome<QJsonObject> WebhookService::sendTest(const Principal& p, const QString& id)
{
    const Outcome<WebhookRecord> found = tenantWebhook(p, id);
    if (!found.ok())
        return found.error();
    if (!found->enabled)
        return ApiError::conflict(QStringLiteral("WEBHOOK_DISABLED"),
                                  QStringLiteral("The webhook is disabled: enable it to send a test event"));
    const QJsonObject data {
        {QStringLiteral("webhook_id"), found->id},
        {QStringLiteral("message"), QStringLiteral("A test event from Keyward")},
    };
    const std::optional<WebhookMessageRecord> message
        = m_ctx.outbox.addTo(found.value(), QStringLiteral("webhook.test"), data);
    if (!message)
        return ApiError::internal();
    m_ctx.audit.byPrincipal(p, QStringLiteral("webhook.tested"), {}, QStringLiteral("webhook"), found->id, found->url,
                            QJsonObject {{QStringLiteral("delivery"), message->id}});
    return Views::webhookDelivery({*message, {}});
}

} // namespace Keyward
