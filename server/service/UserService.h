#pragma once

#include "server/service/Principal.h"
#include "server/service/ServiceContext.h"
#include "server/service/ServiceResult.h"

#include <QUrlQuery>

namespace Keyward {

// Users of a tenant (admin; support reads), the tenant's settings, and the audit log.
// create() runs argon2 and must be called off the HTTP event loop.
class UserService
{
public:
    explicit UserService(ServiceContext& context);

    ServiceResult list(const Principal& principal);
    ServiceResult create(const Principal& principal, const QByteArray& body);
    ServiceResult update(const Principal& principal, const QString& id, const QByteArray& body);
    // DELETE /v1/users/{id}/2fa: an admin turns another user's two-factor authentication off (audited).
    ServiceResult resetTwoFactor(const Principal& principal, const QString& id);
    ServiceResult tenant(const Principal& principal);
    ServiceResult updateTenant(const Principal& principal, const QByteArray& body);
    ServiceResult audit(const Principal& principal, const QUrlQuery& query);

    // For the operator CLI and first start: creates a user directly (no principal). Empty error on success.
    ApiError createUser(const QString& tenantId, const QString& email, const QString& name, Role role,
                        const QString& password, UserRecord* created);

private:
    ServiceContext& m_ctx;
};

} // namespace Keyward
