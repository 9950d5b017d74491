#pragma once

#include "server/service/Commands.h"
#include "server/service/Outcome.h"
#include "server/service/Principal.h"
#include "server/service/ServiceContext.h"

#include <QJsonObject>

namespace Keyward {

// Users of a tenant (admin; support reads), the tenant's settings, and the audit log.
// create() runs argon2 and must be called off the HTTP event loop. The role and scope each needs is checked by the
// route (Requirement) before the call.
class UserService
{
public:
    explicit UserService(ServiceContext& context);

    Outcome<QJsonObject> list(const Principal& principal);
    Outcome<QJsonObject> create(const Principal& principal, const CreateUserCommand& command);
    Outcome<QJsonObject> update(const Principal& principal, const QString& id, const UpdateUserCommand& command);
    // DELETE /v1/users/{id}/2fa: an admin turns another user's two-factor authentication off (audited).
    Outcome<QJsonObject> resetTwoFactor(const Principal& principal, const QString& id);
    Outcome<QJsonObject> tenant(const Principal& principal);
    Outcome<QJsonObject> updateTenant(const Principal& principal, const UpdateTenantCommand& command);
    Outcome<QJsonObject> audit(const Principal& principal, const ListAuditQuery& query);

    // For the operator CLI and first start: creates a user directly (no principal). Empty error on success.
    ApiError createUser(const QString& tenantId, const QString& email, const QString& name, Role role,
                        const QString& password, UserRecord* created);

private:
    // A user of the principal's tenant (404 for any other).
    Outcome<UserRecord> tenantUser(const Principal& principal, const QString& id);

    ServiceContext& m_ctx;
};

} // namespace Keyward
