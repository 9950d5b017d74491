#include "server/service/Access.h"

namespace Keyward::Access {

ApiError requireScope(const Principal& principal, Scope scope)
{
    if (principal.scopes.testFlag(scope))
        return {};
    const QString name = scopeNames(Scopes(scope)).value(0);
    return {403, QLatin1String(ErrorCode::Forbidden), QStringLiteral("This key lacks the \"%1\" scope").arg(name),
            QJsonObject {{QStringLiteral("required_scope"), name}}};
}

ApiError check(const Principal& principal, const Requirement& requirement)
{
    ApiError refused;
    if (requirement.role == Requirement::RoleNeeded::TenantReader)
        refused = requireTenantReader(principal);
    else if (requirement.role == Requirement::RoleNeeded::Admin)
        refused = requireAdmin(principal);
    if (refused.isNull() && requirement.scope)
        refused = *requirement.scope == Scope::Account ? requireInteractive(principal)
                                                       : requireScope(principal, *requirement.scope);
    if (refused.isNull() && requirement.currentSecret && principal.secretInGrace)
        refused = rotatedOutSecret();
    return refused;
}

ApiError rotatedOutSecret()
{
    return ApiError::forbidden(QStringLiteral(
        "This secret was rotated out and is in its grace period: it cannot create or rotate keys; use the new secret"));
}

ApiError requireInteractive(const Principal& principal)
{
    if (principal.scopes.testFlag(Scope::Account))
        return {};
    return ApiError::forbidden(
        QStringLiteral("This needs a signed-in session or the authentication key, not an API key"));
}

ApiError requireTenantReader(const Principal& principal)
{
    return principal.seesTenant() ? ApiError {}
                                  : ApiError::forbidden(QStringLiteral("This needs the admin or support role"));
}

ApiError requireAdmin(const Principal& principal)
{
    return principal.isAdmin() ? ApiError {} : ApiError::forbidden(QStringLiteral("This needs the admin role"));
}

bool canSeeKey(const Principal& principal, const KeyRecord& key)
{
    return key.tenantId == principal.tenantId && (key.userId == principal.userId || principal.seesTenant());
}

bool actsForOthers(const Principal& principal)
{
    return principal.isAdmin() && principal.scopes.testFlag(Scope::Admin);
}

bool canManageKey(const Principal& principal, const KeyRecord& key)
{
    return key.tenantId == principal.tenantId && (key.userId == principal.userId || actsForOthers(principal));
}

} // namespace Keyward::Access
