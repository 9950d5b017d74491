#pragma once

#include "core/Role.h"
#include "server/service/IdentityCheck.h"
#include "server/storage/Records.h"

#include <QStringList>
#include <optional>

namespace Keyward {

// The requests the services carry out, as typed values. server/http/RequestDecoder makes them from the bytes of a
// request (types, lengths and unknown members already checked); what needs the caller or the database to judge is
// the services' part.

// An API key's expiry as asked for: expires_in_days (a preset) or expires_at (ISO 8601); null is "not given".
struct ExpiryRequest
{
    bool mentioned = false; // either member present, even as null (a change of expiry, refused for an expired key)
    std::optional<qint64> days;
    std::optional<QString> at;
};

// GET /v1/api-keys
struct ListKeysQuery
{
    QString user; // "" (caller's own, or the tenant's for admin/support), "me", or a user id
    QString status; // "", active, inactive, expired ("revoked" already read as inactive)
    QString text;
    int expiringWithinDays = -1;
    KeySort sort = KeySort::CreatedAt;
    bool descending = true;
    std::optional<int> limit;
    QString cursor;
};

// POST /v1/api-keys
struct CreateKeyCommand
{
    QString name; // trimmed
    QString description;
    QStringList scopes;
    QString userId; // "": the caller
    qint64 rateLimit = 0;
    ExpiryRequest expiry;
};

// PATCH /v1/api-keys/{id}: only what is present changes.
struct UpdateKeyCommand
{
    std::optional<QString> name; // trimmed
    std::optional<QString> description;
    std::optional<QStringList> scopes;
    std::optional<qint64> rateLimit;
    ExpiryRequest expiry;
};

// POST /v1/api-keys/{id}/rotate
struct RotateKeyCommand
{
    qint64 graceSeconds = 0;
};

// POST /v1/auth/login
struct LoginCommand
{
    QString email; // trimmed, lower case
    QString password;
    QString otp;
    QString recoveryCode; // in place of otp (as typed: the service normalises it)
};

// POST /v1/me/auth-key
struct AuthKeyCommand
{
    IdentityCheck::Proof proof;
    qint64 graceSeconds = 0; // how long the previous key's secret keeps working (0: it dies at once)
};

// PATCH /v1/me
struct UpdateMeCommand
{
    std::optional<QString> name; // trimmed
    std::optional<QString> email; // trimmed, lower case
    IdentityCheck::Proof proof;
};

// POST /v1/me/password
struct PasswordChangeCommand
{
    QString currentPassword;
    QString newPassword;
    QString otp;
    bool revokeKeys = false;
};

// DELETE /v1/me/2fa
struct TotpDisableCommand
{
    QString code;
    QString password;
};

// POST /v1/users
struct CreateUserCommand
{
    QString email;
    QString name;
    Role role = Role::User;
    QString password;
};

// PATCH /v1/users/{id}
struct UpdateUserCommand
{
    std::optional<Role> role;
    std::optional<bool> disabled;
    std::optional<QString> name;
};

// PATCH /v1/tenant
struct UpdateTenantCommand
{
    std::optional<qint64> maxKeyLifetimeDays;
    std::optional<qint64> sessionChainDays;
    std::optional<QList<qint64>> expiryNoticeDays;
};

// GET /v1/webhooks/{id}/deliveries
struct ListDeliveriesQuery
{
    static constexpr int DefaultLimit = 50;
    static constexpr int MaxLimit = 100;
    int limit = DefaultLimit;
    QString cursor;
};

// POST /v1/webhooks
struct CreateWebhookCommand
{
    static constexpr int MaxDescriptionLength = 1000;
    QString url; // trimmed; judged by WebhookUrlPolicy in the service
    std::optional<QStringList> events; // not given: every event type (WebhookEvents::all)
    QString description;
    bool enabled = true;
};

// PATCH /v1/webhooks/{id}: only what is present changes (at least one member).
struct UpdateWebhookCommand
{
    std::optional<QString> url; // trimmed
    std::optional<QStringList> events;
    std::optional<QString> description;
    std::optional<bool> enabled;
};

// GET /v1/audit
struct ListAuditQuery
{
    QString user;
    QString action;
    QString target; // a key id: that key's entries
    qint64 beforeId = 0;
    qint64 sinceMs = 0; // ?since=ISO 8601, inclusive; 0: none
    qint64 untilMs = 0; // ?until=ISO 8601, exclusive; 0: none
    std::optional<int> limit;
};

} // namespace Keyward
