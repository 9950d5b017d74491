#pragma once

#include "server/service/KeyVerifier.h"
#include "server/service/Principal.h"
#include "server/service/ServiceResult.h"

#include <QUrlQuery>

namespace Keyward {

// API keys (Palette): list, create (secret shown once), edit, revoke, re-activate (never once expired), rotate with
// a grace period, delete; and the verification answer for the users' own services.
class KeyService
{
public:
    KeyService(ServiceContext& context, KeyVerifier& verifier);

    ServiceResult list(const Principal& principal, const QUrlQuery& query);
    ServiceResult create(const Principal& principal, const QByteArray& body);
    ServiceResult get(const Principal& principal, const QString& id);
    ServiceResult update(const Principal& principal, const QString& id, const QByteArray& body);
    ServiceResult revoke(const Principal& principal, const QString& id);
    ServiceResult reactivate(const Principal& principal, const QString& id);
    ServiceResult remove(const Principal& principal, const QString& id);
    ServiceResult rotate(const Principal& principal, const QString& id, const QByteArray& body);
    ServiceResult verify(const QByteArray& secret, const QString& clientAddress);

private:
    // The key if the principal may see it (404 otherwise) and, for changes, manage it (403 otherwise).
    std::optional<KeyRecord> findKey(const Principal& principal, const QString& id, bool forChange,
                                     ServiceResult* failure);
    // Reads expires_in_days / expires_at into an expiry time, checking presets, the past and the tenant's cap.
    std::optional<qint64> readExpiry(const QJsonObject& body, const QString& tenantId, bool required,
                                     ServiceResult* failure);
    KeyRecord withPendingUsage(KeyRecord key) const;
    void forget(const KeyRecord& key);

    ServiceContext& m_ctx;
    KeyVerifier& m_verifier;
};

} // namespace Keyward
