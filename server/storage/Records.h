#pragma once

#include "core/Policy.h"
#include "core/Role.h"
#include "core/Scopes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Keyward {

// Plain rows as the storage layer reads and writes them. Times are milliseconds since the epoch, 0 meaning "none".

struct TenantRecord
{
    QString id;
    QString name;
    int maxKeyLifetimeDays = 0; // 0: no cap
    qint64 createdAt = 0;
    int sessionChainDays = 0; // a refresh chain ends this many days after its sign-in; 0: the server's default
    // Days before a key's expiry that key.expiring goes out, largest first (none: no notices).
    QList<int> expiryNoticeDays {Policy::DefaultExpiryNoticeDays.begin(), Policy::DefaultExpiryNoticeDays.end()};
};

struct UserRecord
{
    QString id;
    QString tenantId;
    QString email;
    QString name;
    Role role = Role::User;
    QByteArray passwordHash; // argon2id encoded string
    bool disabled = false;
    QByteArray totpSecret; // sealed (SecretBox) base32 seed; set once 2FA is confirmed
    QByteArray totpPending; // sealed (SecretBox) base32 seed; set between enrol and confirm
    qint64 totpLastStep = 0; // the last accepted TOTP time step (RFC 6238 §5.2: each code is accepted once)
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// How a session was opened. Only a fresh password sign-in counts as a recent proof of identity (step-up).
enum class SessionOrigin { Password, Refresh, Key };

struct SessionRecord
{
    QString id;
    QString userId;
    QString tenantId;
    QByteArray tokenHash;
    QByteArray refreshHash; // empty for sessions without refresh (key login)
    bool refreshUsed = false; // kept after use so that a replay is recognised (and ends the family)
    QString familyId; // every session refreshed from one sign-in shares it
    SessionOrigin origin = SessionOrigin::Password;
    QByteArray keySecretHash; // for sessions opened with a key: the hash of the secret that opened it
    qint64 expiresAt = 0;
    qint64 refreshExpiresAt = 0; // the end of the family's chain: absolute, not renewed by refreshing
    qint64 createdAt = 0;
    QString clientAddress;
    Scopes scopes = AccountScopes; // a session opened with an API key carries that key's scopes
    QString keyId; // the key that opened it, if any
};

enum class KeyKind { AuthenticationKey, ApiKey };

// A report that a key's secret was found in public (GitHub secret scanning): where and what kind of place.
struct KeyLeak
{
    qint64 reportedAt = 0; // 0: never reported
    QString url; // where it was found, as the reporter gave it
    QString source; // e.g. "content", "commit", "npm"

    bool isReported() const { return reportedAt > 0; }
};

struct KeyRecord
{
    QString id;
    QString tenantId;
    QString userId;
    KeyKind kind = KeyKind::ApiKey;
    QString name;
    QString description;
    QString displayPrefix;
    Scopes scopes;
    int rateLimitPerMinute = 0; // 0: unlimited
    bool revoked = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 expiresAt = 0; // 0: never (authentication keys)
    qint64 lastUsedAt = 0;
    QString lastUsedAddress;
    QString createdBy;
    KeyLeak leak; // set once, with revoked: a leaked key is never active again
    // Filled by listing and lookups.
    QString ownerEmail;
    QString ownerName;
    bool ownerDisabled = false;
    qint64 secretValidUntil = 0; // grace end of a rotated-out secret, 0 for the current one
};

// One live secret of a key with what verification needs of the key, its owner and tenant (the key index's rows).
struct KeySecretRow
{
    QByteArray secretHash; // hex SHA-256
    qint64 secretValidUntil = 0; // a rotated-out secret's grace end, 0 for the current secret
    QString keyId;
    QString tenantId;
    QString userId;
    KeyKind kind = KeyKind::ApiKey;
    Scopes scopes;
    int rateLimitPerMinute = 0;
    bool revoked = false;
    qint64 expiresAt = 0;
    QString ownerEmail;
    bool ownerDisabled = false;
    QString tenantName;
};

// Which secrets to read: all of them, one key's, one user's, or one secret (id: its hex SHA-256).
struct KeySecretScope
{
    enum class Kind { All, Key, User, Secret };
    Kind kind = Kind::All;
    QString id;
    // All only: this share of the secrets, so that several threads can read them at once (SQLite; another database
    // gives part 0 everything and the other parts nothing).
    int part = 0;
    int parts = 1;
};

// Something that changed what verification answers for a key, a user's keys or a tenant's keys. Written to the
// key_events table so that other processes and instances sharing the database refresh their key index.
struct KeyEvent
{
    enum class Subject { Key, User, Owner }; // a key; all of a user's keys; a user's e-mail or status only
    qint64 seq = 0;
    Subject subject = Subject::Key;
    QString id;
    QString origin; // the instance that wrote it (it applied the change itself already)
    qint64 at = 0;
};

struct KeyUsage
{
    QString keyId;
    qint64 at = 0;
    QString address;
};

enum class KeySort { CreatedAt, Name, ExpiresAt };

struct KeyQuery
{
    QString tenantId;
    QString userId; // empty: every user of the tenant
    QString status; // "", active, inactive (revoked, not leaked), expired (not leaked), leaked
    QString text;
    int expiringWithinDays = -1;
    KeySort sort = KeySort::CreatedAt;
    bool descending = true;
    QString cursor;
    int limit = 50;
    qint64 now = 0;
};

// A key with an expiry notice still to go out (Storage::keysAwaitingExpiryNotice), and how far its notices got for
// its current expiry: NoExpiryNoticeYet, the smallest threshold (days) already told, or 0 once its lapse was told.
inline constexpr int NoExpiryNoticeYet = -1;
struct ExpiryCandidate
{
    KeyRecord key;
    int noticeState = NoExpiryNoticeYet;
};

// A block of a key's shared rate-limit quota (Storage::leaseRateQuota).
struct RateLease
{
    int granted = 0; // requests this instance may accept (0: the window is spent)
    int windowTotal = 0; // granted to all instances in this window, this lease included
};

struct KeyPage
{
    enum class Status { Ok, BadCursor, Failed };
    Status status = Status::Ok;
    QList<KeyRecord> keys;
    QString nextCursor;
};

struct AuditRecord
{
    qint64 id = 0;
    QString tenantId;
    qint64 at = 0;
    QString actorId;
    QString actorEmail;
    QString subjectUserId; // the user whose account or key this is about
    QString action;
    QString targetType;
    QString targetId;
    QString targetName; // what the target was called at the time (a key's name, a user's e-mail); "" when unnamed
    QString outcome; // ok, failed, denied
    QString clientAddress;
    QString detailsJson;
};

// A tenant's webhook endpoint. Its signing secrets are stored sealed (SecretBox), never in plaintext: the current one
// and, after a rotation, the previous one, which keeps signing beside it until previousSecretExpiresAt.
struct WebhookRecord
{
    QString id;
    QString tenantId;
    QString url;
    QStringList events; // event type names (WebhookEvents), in the canonical order
    QString description;
    bool enabled = true;
    QByteArray secret; // sealed signing key (the raw bytes behind "whsec_…")
    QByteArray previousSecret; // sealed; empty when none
    qint64 previousSecretExpiresAt = 0; // 0: none
    QString createdBy; // the user who created it
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// The outcome of Storage::createWebhook.
enum class WebhookInsert { Created, LimitReached, Failed };

// One event for one webhook endpoint (the outbox): written in the same transaction as the change it tells of, and
// sent until the receiver takes it (a 2xx) or the retries run out. Its id is the Standard Webhooks "webhook-id": the
// same on every attempt, so receivers can drop duplicates. The body is fixed when the event happens.
struct WebhookMessageRecord
{
    enum class Status { Pending, Delivered, Failed };
    QString id; // "msg_…"
    QString webhookId;
    QString tenantId;
    QString eventType;
    QByteArray body; // the JSON sent, byte for byte the same on every attempt
    qint64 createdAt = 0;
    Status status = Status::Pending;
    int attemptCount = 0; // every attempt ever made (redeliveries included)
    int scheduleStep = 0; // attempts in the current schedule (a redelivery starts a new one)
    qint64 nextAttemptAt = 0; // while pending
    qint64 deliveredAt = 0;
};

// One try at sending a message: what the receiver answered (an HTTP status) or what went wrong on the way.
struct WebhookAttemptRecord
{
    qint64 id = 0;
    QString messageId;
    QString webhookId;
    qint64 attemptedAt = 0;
    int httpStatus = 0; // 0: no answer (see error)
    QString error; // the transport error ("" when the receiver answered)
    int latencyMs = 0;
    qint64 nextRetryAt = 0; // 0: no further attempt (delivered, or the retries ran out)
};

// A page of a webhook's messages (newest first), each with its attempts (newest first).
struct WebhookDelivery
{
    WebhookMessageRecord message;
    QList<WebhookAttemptRecord> attempts;
};
struct WebhookDeliveryPage
{
    QList<WebhookDelivery> deliveries;
    QString nextCursor; // empty on the last page
};

struct AuditQuery
{
    QString tenantId;
    QString actorOrSubjectUserId; // empty: whole tenant
    QString action;
    QString targetId; // empty: any target (a key id: that key's trail)
    qint64 beforeId = 0; // cursor: entries older than this id
    qint64 sinceMs = 0; // entries at or after this time; 0: no bound
    qint64 untilMs = 0; // entries before this time; 0: no bound
    int limit = 100;
};

} // namespace Keyward
