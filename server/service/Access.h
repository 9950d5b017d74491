#pragma once

#include "core/ApiError.h"
#include "server/service/Principal.h"
#include "server/storage/Records.h"

namespace Keyward {

// Who may do what. Another tenant's objects are invisible (404, never 403); inside the tenant, a missing role or
// scope is a 403.
namespace Access {
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
} // namespace Access

} // namespace Keyward
