#pragma once

#include "core/ApiError.h"
#include "server/service/Principal.h"
#include "server/storage/Records.h"

#include <optional>

namespace Keyward {

// What a route needs of its caller beyond being authenticated. The route table states it once per route
// (server/http/Routes.cpp); it is checked before the request is decoded, in this order: the role, then the scope
// (Scope::Account: a signed-in session or the authentication key), then that the secret was not rotated out.
struct Requirement
{
    enum class RoleNeeded { Any, TenantReader, Admin };
    RoleNeeded role = RoleNeeded::Any;
    std::optional<Scope> scope;
    bool currentSecret = false;
};

namespace Require {
inline Requirement authenticated()
{
    return {};
}
inline Requirement scope(Scope scope)
{
    return {Requirement::RoleNeeded::Any, scope, false};
}
// A session or the authentication key, never an API key (Access::requireInteractive).
inline Requirement interactive()
{
    return {Requirement::RoleNeeded::Any, Scope::Account, false};
}
// interactive(), presented with a secret that was not rotated out (what mints the authentication key).
inline Requirement interactiveCurrentSecret()
{
    return {Requirement::RoleNeeded::Any, Scope::Account, true};
}
// The admin or support role, with a credential carrying the admin scope.
inline Requirement tenantReader()
{
    return {Requirement::RoleNeeded::TenantReader, Scope::Admin, false};
}
// The admin role, with a credential carrying the admin scope.
inline Requirement admin()
{
    return {Requirement::RoleNeeded::Admin, Scope::Admin, false};
}
// Webhooks, read: the admin or support role, with a credential carrying the webhook scope (sessions carry every
// scope; an API key needs "webhook").
inline Requirement webhookReader()
{
    return {Requirement::RoleNeeded::TenantReader, Scope::Webhook, false};
}
// Webhooks, changed: the admin role, with a credential carrying the webhook scope; mintsSecret (create, rotate the
// secret) also needs a secret that was not rotated out.
inline Requirement webhookManager(bool mintsSecret = false)
{
    return {Requirement::RoleNeeded::Admin, Scope::Webhook, mintsSecret};
}
// The scope, presented with a secret that was not rotated out (what mints a new secret).
inline Requirement currentSecret(Scope scope)
{
    return {Requirement::RoleNeeded::Any, scope, true};
}
} // namespace Require

// Who may do what. Another tenant's objects are invisible (404, never 403); inside the tenant, a missing role or
// scope is a 403.
namespace Access {
// Null when the principal meets the requirement; otherwise the 403 of the first check that fails.
ApiError check(const Principal& principal, const Requirement& requirement);
ApiError requireScope(const Principal& principal, Scope scope);
// Account-level changes (password, 2FA, authentication key) need a session or the authentication key, never an
// API key: a leaked service key must not be able to take over the account.
ApiError requireInteractive(const Principal& principal);
ApiError requireTenantReader(const Principal& principal);
ApiError requireAdmin(const Principal& principal);
bool canSeeKey(const Principal& principal, const KeyRecord& key);
// Acting on another user's keys (create for them, edit, rotate, revoke, delete) takes the admin role and a credential
// with the admin scope: an admin's read/write key manages only the admin's own keys (least privilege).
bool actsForOthers(const Principal& principal);
bool canManageKey(const Principal& principal, const KeyRecord& key);
// A secret in its grace period only verifies (for the services still switching over); it hands out no new secret.
ApiError rotatedOutSecret();
} // namespace Access

} // namespace Keyward
