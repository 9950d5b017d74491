#pragma once

#include "server/storage/Records.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Keyward {

// The JSON shapes of stored objects on the wire. Never includes a secret or a hash.
namespace Views {
QJsonObject key(const KeyRecord& key, qint64 now);
QJsonArray daysArray(const QList<int>& days);
// A message of the outbox with its attempts (GET /v1/webhooks/{id}/deliveries): never its body's signature.
QJsonObject webhookDelivery(const WebhookDelivery& delivery);
// The same object as key(), written straight into a buffer (key listings).
void appendKey(QByteArray& out, const KeyRecord& key, qint64 now);
// previousValidUntil: the end of the grace period of the secret it replaced (0: none).
QJsonObject authenticationKey(const KeyRecord& key, qint64 previousValidUntil = 0);
QJsonObject user(const UserRecord& user);
// sessionChainDays: the tenant's effective refresh-chain lifetime (ServicePolicy::sessionChainDays).
QJsonObject tenant(const TenantRecord& tenant, int sessionChainDays);
QJsonObject audit(const AuditRecord& entry);
// A webhook endpoint, never its secrets; previous_secret_expires_at is null once that secret no longer signs.
QJsonObject webhook(const WebhookRecord& webhook, qint64 now);
// The members a valid key contributes to the verify answer, as serialised JSON without the braces (the same text
// QJsonDocument writes). verifyFragment builds it with QJsonDocument (the reference); appendVerifyFragment writes
// it straight into the answer on the hot path, with no JSON objects and no cache to hold a million of them.
QByteArray verifyFragment(const KeyRecord& key, const QString& tenantName);
// The same members as a JSON object (the verify answer for a key that was found but refused, or is rate limited).
QJsonObject verifiedKey(const KeyRecord& key, const QString& tenantName);
void appendVerifyFragment(QByteArray& out, const KeyRecord& key, const QString& tenantName);
} // namespace Views

} // namespace Keyward
