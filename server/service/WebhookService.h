#pragma once

#include "server/service/Commands.h"
#include "server/service/Outcome.h"
#include "server/service/Principal.h"
#include "server/service/ServiceContext.h"

#include <QJsonObject>

namespace Keyward {

// A tenant's webhook endpoints: created, listed, changed, deleted, their signing secret rotated (admins and
// webhook-scoped keys; support reads). The role and scope each needs is checked by the route (Requirement) before
// the call. Another tenant's webhook is a 404. The signing secret ("whsec_" + base64 of 32 random bytes) appears
// only in the answers of create() and rotateSecret(); it is stored sealed (SecretBox), never logged or audited.
// Delivery is the outbox's and WebhookDispatcher's; the delivery log, redelivery and test events are here.
class WebhookService
{
public:
    explicit WebhookService(ServiceContext& context);

    Outcome<QJsonObject> list(const Principal& principal);
    Outcome<QJsonObject> get(const Principal& principal, const QString& id);
    Outcome<QJsonObject> create(const Principal& principal, const CreateWebhookCommand& command);
    Outcome<QJsonObject> update(const Principal& principal, const QString& id, const UpdateWebhookCommand& command);
    Outcome<QJsonObject> remove(const Principal& principal, const QString& id);
    // A new secret; the old one keeps signing beside it for ServicePolicy::webhookSecretOverlapMs (a secret that
    // was already the previous one is dropped).
    Outcome<QJsonObject> rotateSecret(const Principal& principal, const QString& id);
    // The delivery log: the webhook's messages, newest first, each with its attempts.
    Outcome<QJsonObject> deliveries(const Principal& principal, const QString& id, const ListDeliveriesQuery& query);
    // Sends a message again, with the same webhook-id, from the start of the retry schedule.
    Outcome<QJsonObject> redeliver(const Principal& principal, const QString& id, const QString& deliveryId);
    // Sends webhook.test to this endpoint (whatever it subscribed to); 409 WEBHOOK_DISABLED when it is disabled.
    Outcome<QJsonObject> sendTest(const Principal& principal, const QString& id);

    static constexpr int SecretBytes = 32;
    static constexpr char SecretPrefix[] = "whsec_";

private:
    // A webhook of the principal's tenant (404 for any other).
    Outcome<WebhookRecord> tenantWebhook(const Principal& principal, const QString& id);
    // The events as asked for, checked against WebhookEvents and put in its order; a 400 on "events" otherwise.
    Outcome<QStringList> subscribedEvents(const QStringList& asked) const;
    ApiError urlProblem(const QString& url) const;
    // A new secret: its sealed form for the database, and the "whsec_…" text for the one answer that shows it.
    struct NewSecret
    {
        QByteArray sealed;
        QString shown;
    };
    std::optional<NewSecret> newSecret() const;

    ServiceContext& m_ctx;
};

} // namespace Keyward
