#pragma once

#include "server/service/Commands.h"
#include "server/service/KeyVerifier.h"
#include "server/service/Outcome.h"
#include "server/service/Principal.h"

#include <QJsonObject>

namespace Keyward {

// One page of GET /v1/api-keys: the keys as stored (last use brought up to date), and where the next page starts.
struct KeyListing
{
    QList<KeyRecord> keys;
    QString nextCursor; // empty on the last page
    qint64 now = 0; // the time the keys' status is told at
};

// API keys (Palette): list, create (secret shown once), edit, revoke, re-activate (never once expired), rotate with
// a grace period, delete; and the verification answer for the users' own services. The scope each needs is checked
// by the route (Requirement) before the call.
class KeyService
{
public:
    KeyService(ServiceContext& context, KeyVerifier& verifier);

    Outcome<KeyListing> list(const Principal& principal, const ListKeysQuery& query);
    // The key's view with its "secret" (shown this once).
    Outcome<QJsonObject> create(const Principal& principal, const CreateKeyCommand& command);
    Outcome<QJsonObject> get(const Principal& principal, const QString& id);
    Outcome<QJsonObject> update(const Principal& principal, const QString& id, const UpdateKeyCommand& command);
    Outcome<QJsonObject> revoke(const Principal& principal, const QString& id);
    Outcome<QJsonObject> reactivate(const Principal& principal, const QString& id);
    Outcome<QJsonObject> remove(const Principal& principal, const QString& id);
    Outcome<QJsonObject> rotate(const Principal& principal, const QString& id, const RotateKeyCommand& command);
    KeyVerifier::Outcome verify(const QByteArray& secret, const QString& clientAddress);

private:
    // The key if the principal may see it (404 otherwise) and, for changes, manage it (403 otherwise).
    Outcome<KeyRecord> findKey(const Principal& principal, const QString& id, bool forChange);
    // The expiry time asked for (0: none asked and none required), checking presets, the past and the tenant's cap.
    Outcome<qint64> readExpiry(const ExpiryRequest& expiry, const QString& tenantId, bool required);
    // Revoke or re-activate: one status change, audited only when it changes something.
    Outcome<QJsonObject> setRevoked(const Principal& principal, const QString& id, bool revoked);
    KeyRecord withPendingUsage(KeyRecord key) const;
    void forget(const KeyRecord& key);

    ServiceContext& m_ctx;
    KeyVerifier& m_verifier;
};

} // namespace Keyward
