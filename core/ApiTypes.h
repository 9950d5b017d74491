#pragma once

#include "core/KeyStatus.h"
#include "core/Role.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace Keyward::Api {

// What keywardd's API answers, as typed values for its clients (the console, keyward-cli): each read from the wire in
// one place (fromJson: nullopt when a required member is missing or of the wrong type) and written back in the API's
// own member names (toJson, e.g. for keyward-cli --json). Times are milliseconds since the epoch, 0 for none.

struct Owner
{
    QString id;
    QString email;
};

// Where a key was found leaked (GitHub secret scanning), as the report said; empty for a key never reported.
struct KeyLeak
{
    QString url; // where it was found
    QString source; // who reported it, e.g. "github"
    qint64 reportedAt = 0;

    bool isReported() const { return reportedAt != 0; }
};

// An API key or authentication key as GET /v1/api-keys/{id} shows it (never a secret).
struct Key
{
    QString id;
    QString name;
    QString description;
    QString prefix;
    QStringList scopes;
    KeyStatus status = KeyStatus::Active;
    Owner owner;
    QString tenantId;
    int rateLimit = 0; // per minute; 0: none
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 expiresAt = 0;
    qint64 lastUsedAt = 0;
    QString lastUsedAddress;
    QString createdBy;
    KeyLeak leak; // status Leaked: the report

    static std::optional<Key> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

// A key with its secret, shown once: after create and rotate.
struct IssuedKey
{
    Key key;
    QByteArray secret;
    bool rotated = false; // an answer to rotate (it says previous_valid_until, null when the old secret died)
    qint64 previousValidUntil = 0; // rotate: until when the old secret still works (0: it died at once)

    static std::optional<IssuedKey> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

// GET /v1/api-keys: which keys, in what order, from where.
struct KeyQuery
{
    QString userId; // empty: all the caller may see; "me": the caller's own
    QString status; // active, inactive, expired; empty: any
    QString text; // in name, description or prefix
    int expiringWithinDays = -1; // -1: no filter
    QString sort; // created_at, name, expires_at; "-" in front for descending; empty: newest first
    int limit = 0; // 0: the server's default
    QString cursor;
};

struct KeyPage
{
    QList<Key> keys;
    QString nextCursor; // empty: the last page

    static std::optional<KeyPage> fromJson(const QJsonObject& json);
};

// What POST /v1/api-keys takes. Exactly one of expiresInDays (a Policy::ExpiryPresetDays value) and expiresAt.
struct KeyDraft
{
    QString name;
    QString description;
    QStringList scopes; // empty: the server's default (read)
    QString userId; // empty: the caller
    int rateLimit = 0;
    int expiresInDays = 0;
    qint64 expiresAt = 0;

    QJsonObject toJson() const;
};

// What PATCH /v1/api-keys/{id} takes: only what is set changes.
struct KeyChanges
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QStringList> scopes;
    std::optional<int> rateLimit;
    std::optional<int> expiresInDays;
    std::optional<qint64> expiresAt;

    bool isEmpty() const { return !name && !description && !scopes && !rateLimit && !expiresInDays && !expiresAt; }
    QJsonObject toJson() const;
};

struct Tenant
{
    QString id;
    QString name;
    int maxKeyLifetimeDays = 0;
    int sessionChainDays = 0;
    QList<int> expiryNoticeDays; // days before a key's expiry that key.expiring goes out, largest first
    qint64 createdAt = 0;

    static std::optional<Tenant> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

struct User
{
    QString id;
    QString tenantId;
    QString email;
    QString name;
    Role role = Role::User;
    bool disabled = false;
    bool twoFactorEnabled = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    static std::optional<User> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

// POST /v1/users: a new user of the tenant, with the password they first sign in with.
struct NewUser
{
    QString email;
    QString name;
    Role role = Role::User;
    QString password;

    QJsonObject toJson() const;
};

// PATCH /v1/users/{id}: only what is set changes.
struct UserChanges
{
    std::optional<Role> role;
    std::optional<bool> disabled;
    std::optional<QString> name;

    QJsonObject toJson() const;
};

// PATCH /v1/tenant: only what is set changes.
struct TenantChanges
{
    std::optional<int> maxKeyLifetimeDays; // 0: no cap
    std::optional<QList<int>> expiryNoticeDays; // empty: no expiry notices

    QJsonObject toJson() const;
};

// GET /v1/me: the user, the tenant and what the credential may do.
struct Me
{
    User user;
    Tenant tenant;
    QStringList scopes;
    std::optional<int> recoveryCodesRemaining; // with two-factor authentication on

    static std::optional<Me> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

// What a step-up action adds to its request body to prove again who is asking ({"password": …, "otp": …}, each only
// when given): after 403 STEP_UP_REQUIRED, or from the start.
struct Proof
{
    QString password;
    QString otp;

    bool isEmpty() const { return password.isEmpty() && otp.isEmpty(); }
    // `body` with the proof's members added.
    QJsonObject addedTo(QJsonObject body) const;
    // Overwrites and drops the values (best effort: QString may have copied them elsewhere).
    void wipe();
};

// GET /v1/me/auth-key: the user's authentication key, never its secret; exists is false when there is none (and the
// rest is empty).
struct AuthenticationKey
{
    bool exists = false;
    QString id;
    QString prefix;
    qint64 createdAt = 0;
    qint64 lastUsedAt = 0;
    QString lastUsedAddress;
    qint64 previousValidUntil = 0; // after a regeneration with a grace period: until then the old secret works too

    static std::optional<AuthenticationKey> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

// The authentication key just generated (POST /v1/me/auth-key), with its secret shown once.
struct IssuedAuthenticationKey
{
    QString id;
    QString prefix;
    QByteArray secret;
    bool replaced = false;
    qint64 createdAt = 0;
    qint64 previousValidUntil = 0; // the replaced key's secret works until then; 0: it died at once

    // What GET /v1/me/auth-key now says of it.
    AuthenticationKey key() const { return {true, id, prefix, createdAt, 0, {}, previousValidUntil}; }

    static std::optional<IssuedAuthenticationKey> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

// POST /v1/me/password: the current password, the new one, and whether the user's keys go too.
struct PasswordChange
{
    QString currentPassword;
    QString newPassword;
    bool revokeKeys = false;

    QJsonObject toJson() const; // without the proof
};

// Its answer: with revokeKeys, how many API keys were revoked and whether the authentication key was deleted.
struct PasswordChanged
{
    std::optional<int> revokedApiKeys; // set only when keys were asked to go
    bool authenticationKeyDeleted = false;

    static std::optional<PasswordChanged> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

// POST /v1/me/2fa: the pending TOTP secret (base32) and its otpauth:// URI, until a code from it is confirmed.
struct TwoFactorEnrolment
{
    QString secret;
    QString otpauthUri;

    static std::optional<TwoFactorEnrolment> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

// POST /v1/me/2fa/confirm and DELETE /v1/me/2fa: whether two-factor authentication is now on.
struct TwoFactorStatus
{
    bool enabled = false;
    QStringList recoveryCodes; // on confirmation: ten one-time codes, shown this once

    static std::optional<TwoFactorStatus> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

// POST /v1/me/2fa/recovery-codes: a new set of one-time codes, shown this once; the old ones no longer work.
struct RecoveryCodes
{
    QStringList codes;

    static std::optional<RecoveryCodes> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

// GET /v1/health: the server answers (it asks the database nothing), and what it knows of its parts.
struct Health
{
    QString status; // "ok"
    QString database; // "ok" or "unreachable" (as of the server's last call to it)
    bool keyIndexReady = false;
    bool keyEventsListening = false;

    static std::optional<Health> fromJson(const QJsonObject& json);
};

struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0;
    QString action;
    QString outcome;
    Owner actor;
    QString subjectUserId;
    QString targetType;
    QString targetId;
    QString targetName; // the key's name or the user's e-mail when the entry was written; empty: none
    QString clientAddress;
    QVariantMap
        details; // the action's own facts ("fields", "reason", "grace_seconds"…), as JSON values map to QVariant

    static std::optional<AuditEntry> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

struct AuditQuery
{
    QString userId; // actor or subject
    QString action;
    QString targetId; // a key id: that key's own trail
    qint64 before = 0; // entries older than this id; 0: the newest
    qint64 since = 0; // ms since the epoch, inclusive; 0: from the first entry
    qint64 until = 0; // ms since the epoch, exclusive; 0: up to now
    int limit = 0;
};

struct AuditPage
{
    QList<AuditEntry> entries;
    qint64 nextBefore = 0; // 0: the last page

    static std::optional<AuditPage> fromJson(const QJsonObject& json);
};

// The event types a webhook can subscribe to, in the server's order (the same list as keywardd's WebhookEvents:
// tests/tst_apitypes compares them). A webhook created without events gets all of them.
const QStringList& webhookEventTypes();

// A webhook endpoint of the tenant as GET /v1/webhooks/{id} shows it (never a secret).
struct Webhook
{
    QString id;
    QString url;
    QStringList events; // in the order of webhookEventTypes()
    QString description;
    bool enabled = true;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 previousSecretExpiresAt = 0; // after a rotation: until then the old secret signs too; 0: none

    // Subscribed to every event type this client knows.
    bool hasAllEvents() const;

    static std::optional<Webhook> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

// A webhook with its signing secret ("whsec_…", the Standard Webhooks format), shown once: after create and
// rotate-secret.
struct IssuedWebhook
{
    Webhook webhook;
    QByteArray secret;

    static std::optional<IssuedWebhook> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

// What POST /v1/webhooks takes.
struct WebhookDraft
{
    QString url;
    QStringList events; // empty: every event type
    QString description;
    bool enabled = true;

    QJsonObject toJson() const;
};

// What PATCH /v1/webhooks/{id} takes: only what is set changes.
struct WebhookChanges
{
    std::optional<QString> url;
    std::optional<QStringList> events;
    std::optional<QString> description;
    std::optional<bool> enabled;

    bool isEmpty() const { return !url && !events && !description && !enabled; }
    QJsonObject toJson() const;
};

// One try to deliver an event: when, what came back (an HTTP status, or the transport error when there was no
// answer), how long it took, and when the next try is due.
struct WebhookAttempt
{
    qint64 attemptedAt = 0;
    int httpStatus = 0; // 0: no HTTP answer (see error)
    QString error;
    int latencyMs = 0;
    qint64 nextRetryAt = 0; // 0: none (delivered, or given up)

    static std::optional<WebhookAttempt> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

// One event sent (or being sent) to a webhook, with its attempts, newest first.
struct WebhookDelivery
{
    enum class Status { Pending, Delivered, Failed };

    QString id; // "msg_…", the Standard Webhooks webhook-id
    QString webhookId;
    QString event;
    Status status = Status::Pending;
    qint64 createdAt = 0;
    int attemptCount = 0;
    qint64 nextAttemptAt = 0; // 0: none
    qint64 deliveredAt = 0; // 0: not delivered
    QList<WebhookAttempt> attempts;

    static QString statusName(Status status);
    static std::optional<Status> statusFromName(const QString& name);
    static std::optional<WebhookDelivery> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

// GET /v1/webhooks/{id}/deliveries: a page of the log, newest first.
struct WebhookDeliveryPage
{
    QList<WebhookDelivery> deliveries;
    QString nextCursor; // empty: the last page

    static std::optional<WebhookDeliveryPage> fromJson(const QJsonObject& json);
};

// POST /v1/keys/verify: whether a key is good, and whose it is.
struct Verification
{
    bool valid = false;
    QString code; // VALID, INVALID_API_KEY, EXPIRED_API_KEY, …
    QString message;
    QString keyId;
    Owner owner;
    QString tenantName;
    QStringList scopes;
    qint64 expiresAt = 0;

    static std::optional<Verification> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

} // namespace Keyward::Api
