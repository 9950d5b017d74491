#pragma once

#include "server/storage/Records.h"

#include <functional>
#include <optional>

namespace Keyward {

// Everything keywardd keeps. The only implementation is SqlStorage (SQLite or PostgreSQL); services see only this.
// Calls are synchronous and thread-safe: each thread uses its own connection. Writes return false on failure (the
// reason goes to the log); the caller answers 500 and nothing is half-written.
class Storage
{
public:
    virtual ~Storage() = default;

    // Whether a call on this thread, since the last clearUnreachable(), failed because the database could not be
    // reached (stopped, restarting, connection lost and not regained) rather than answering: its "not found" and
    // false then mean "unknown", never "no such user" or "wrong password". Each request starts clear.
    virtual bool unreachable() const = 0;
    virtual void clearUnreachable() = 0;
    // Whether the most recent call on any thread reached the database (for health reports).
    virtual bool lastCallReached() const = 0;

    virtual bool createTenant(const TenantRecord& tenant) = 0;
    virtual std::optional<TenantRecord> tenantById(const QString& id) = 0;
    virtual std::optional<TenantRecord> tenantByName(const QString& name) = 0;
    virtual bool updateTenant(const TenantRecord& tenant) = 0;
    virtual int tenantCount() = 0;
    // Every tenant (they are few); nullopt when the database could not answer.
    virtual std::optional<QList<TenantRecord>> allTenants() = 0;

    virtual bool createUser(const UserRecord& user) = 0;
    virtual std::optional<UserRecord> userById(const QString& id) = 0;
    virtual std::optional<UserRecord> userByEmail(const QString& email) = 0;
    virtual QList<UserRecord> usersOfTenant(const QString& tenantId) = 0;
    virtual bool updateUser(const UserRecord& user) = 0;
    // Compare-and-swap of the last accepted TOTP step: true only when `step` is later than the stored one, so a code
    // is accepted once even across restarts and instances.
    virtual bool advanceTotpStep(const QString& userId, qint64 step) = 0;
    // Users whose TOTP seed (confirmed or pending) is sealed with the server key; -1 when the database cannot answer.
    virtual int usersWithSealedSeeds() = 0;

    // Two-factor recovery codes, kept as hashes only. Replaces every code of the user with these, in one transaction.
    virtual bool replaceRecoveryCodes(const QString& userId, const QList<QByteArray>& codeHashes, qint64 now) = 0;
    // Marks one unused code used: a compare-and-swap, so of any number of racing requests (on any instance) exactly
    // one gets true. False for an unknown or used code.
    virtual bool consumeRecoveryCode(const QString& userId, const QByteArray& codeHash, qint64 now) = 0;
    // The user's unused codes; -1 when the database could not answer.
    virtual int recoveryCodesRemaining(const QString& userId) = 0;
    virtual bool deleteRecoveryCodes(const QString& userId) = 0;

    virtual bool createSession(const SessionRecord& session) = 0;
    virtual std::optional<SessionRecord> sessionByTokenHash(const QByteArray& tokenHash) = 0;
    virtual std::optional<SessionRecord> sessionByRefreshHash(const QByteArray& refreshHash) = 0;
    // Atomically marks a refresh token used; false when it was already used (a replay).
    virtual bool consumeRefresh(const QString& sessionId, const QByteArray& refreshHash) = 0;
    virtual bool deleteSession(const QString& sessionId) = 0;
    // Ends every session descended from one sign-in (a replayed refresh token). Returns how many, -1 on failure.
    virtual int deleteSessionFamily(const QString& familyId) = 0;
    virtual bool deleteSessionsOfUser(const QString& userId, const QString& exceptSessionId = {}) = 0;
    // Sessions opened with a key (POST /v1/auth/login/token) end with the key.
    virtual bool deleteSessionsOfKey(const QString& keyId) = 0;
    virtual int deleteExpiredSessions(qint64 now) = 0;

    virtual bool createKey(const KeyRecord& key, const QByteArray& secretHash) = 0;
    // Replaces the user's authentication key (if any) with this one in one transaction.
    virtual bool replaceAuthenticationKey(const KeyRecord& key, const QByteArray& secretHash) = 0;
    // Regenerates the user's authentication key in place (same id): the new secret replaces the current one, whose
    // hash stays valid until graceUntil (as rotateKey), and the record takes `key`'s prefix, scopes, creation time and
    // creator, with no use yet. False when the user has no authentication key with key.id.
    virtual bool renewAuthenticationKey(const KeyRecord& key, const QByteArray& newHash, qint64 graceUntil) = 0;
    // The latest grace end of the key's rotated-out secrets still valid at `now`; 0 when none, -1 on failure.
    virtual qint64 rotatedSecretsValidUntil(const QString& keyId, qint64 now) = 0;
    virtual std::optional<KeyRecord> keyById(const QString& id) = 0;
    virtual std::optional<KeyRecord> authenticationKeyOf(const QString& userId) = 0;
    virtual bool updateKey(const KeyRecord& key) = 0;
    // The new secret replaces the old one; the old hash stays valid until graceUntil (0: dies at once).
    virtual bool rotateKey(const QString& keyId, const QByteArray& newHash, const QString& newPrefix, qint64 graceUntil,
                           qint64 now)
        = 0;
    virtual bool deleteKey(const QString& keyId) = 0;
    // Revokes a live API key (not revoked, not expired at leak.reportedAt) for good and records the leak report (the
    // change time is leak.reportedAt); false when the key is not live any more (nothing changes) or on failure.
    virtual bool markKeyLeaked(const QString& keyId, const KeyLeak& leak) = 0;
    // Revokes every active API key of the user (a password change that asks for it). Returns how many, -1 on failure.
    virtual int revokeApiKeysOfUser(const QString& userId, qint64 now) = 0;
    virtual KeyPage listKeys(const KeyQuery& query) = 0;
    virtual bool recordUsage(const QList<KeyUsage>& usage) = 0;

    // Streams the live secrets in `scope` (current ones, and rotated-out ones still in their grace period at `now`),
    // one row at a time: a million keys never sit in one list. False when the database could not answer.
    // Closes the calling thread's connection: for a thread about to end (the next thread may reuse its id).
    virtual void releaseThreadConnection() = 0;
    virtual bool scanKeySecrets(const KeySecretScope& scope, qint64 now,
                                const std::function<void(const KeySecretRow&)>& row)
        = 0;
    virtual bool appendKeyEvent(const KeyEvent& event) = 0;
    // Events after `seq`, oldest first, at most `limit`; nullopt when the database could not answer.
    virtual std::optional<QList<KeyEvent>> keyEventsAfter(qint64 seq, int limit) = 0;
    // Events numbered up to `seq` but written at `since` or later: on PostgreSQL a transaction can commit after one
    // that drew a higher number, so a reader that has passed a number may still see an event below it appear.
    virtual std::optional<QList<KeyEvent>> keyEventsUpToSince(qint64 seq, qint64 since, int limit) = 0;
    virtual qint64 lastKeyEventSeq() = 0; // -1 when the database could not answer
    virtual int deleteKeyEventsBefore(qint64 at) = 0;

    // Takes up to `block` requests of a key's quota in one rate-limit window, shared by every instance on this
    // database: the window's total granted never passes `limit`. Nullopt when the database could not answer.
    virtual std::optional<RateLease> leaseRateQuota(const QString& keyId, qint64 windowStart, int limit, int block) = 0;
    virtual int deleteRateWindowsBefore(qint64 windowStart) = 0;

    // Webhook endpoints. createWebhook inserts only while the tenant has fewer than maxPerTenant (the count and the
    // insert are one statement).
    virtual WebhookInsert createWebhook(const WebhookRecord& webhook, int maxPerTenant) = 0;
    virtual std::optional<WebhookRecord> webhookById(const QString& id) = 0;
    // Newest first; nullopt when the database could not answer.
    virtual std::optional<QList<WebhookRecord>> webhooksOfTenant(const QString& tenantId) = 0;
    // Writes every member but id, tenant, creator and creation time; false when there is no such webhook.
    virtual bool updateWebhook(const WebhookRecord& webhook) = 0;
    virtual bool deleteWebhook(const QString& id) = 0;
    // Webhooks in any tenant (their secrets are sealed with the server key); -1 when the database cannot answer.
    virtual int webhookCount() = 0;

    // The webhook outbox. Messages are added inside the change's transaction (atomically); claimed by one sender at a
    // time: claimWebhookMessages leases up to `limit` due messages of enabled webhooks to `sender` until leaseUntil,
    // skipping messages another sender holds (PostgreSQL: FOR UPDATE SKIP LOCKED; instances never take the same one)
    // and webhooks that already have perWebhookInFlight messages leased (a dead receiver does not hold up the rest).
    virtual bool addWebhookMessages(const QList<WebhookMessageRecord>& messages) = 0;
    virtual std::optional<QList<WebhookMessageRecord>>
    claimWebhookMessages(qint64 now, qint64 leaseUntil, const QString& sender, int limit, int perWebhookInFlight) = 0;
    // Records an attempt and the message's new state (Pending with nextAttemptAt, Delivered or Failed), and ends the
    // sender's lease. The message is changed only while `sender` holds it; the attempt is recorded either way.
    virtual bool finishWebhookAttempt(const WebhookMessageRecord& message, const WebhookAttemptRecord& attempt,
                                      const QString& sender)
        = 0;
    virtual std::optional<WebhookDelivery> webhookDelivery(const QString& messageId) = 0;
    // A webhook's messages, newest first, `limit` per page; nullopt when the database could not answer or the cursor
    // is not one it gave out (badCursor set).
    virtual std::optional<WebhookDeliveryPage> webhookDeliveries(const QString& webhookId, const QString& cursor,
                                                                 int limit, bool* badCursor)
        = 0;
    // Sends a message again from the start of the retry schedule (same id); false when there is no such message.
    virtual bool redeliverWebhookMessage(const QString& messageId, qint64 now) = 0;
    // Deletes delivered and failed messages created before `at`, with their attempts; how many, -1 on failure.
    virtual int deleteWebhookMessagesBefore(qint64 at) = 0;
    // Messages not yet delivered nor failed; -1 when the database could not answer.
    virtual int pendingWebhookMessages() = 0;
    // The earliest next attempt of a pending message of an enabled webhook; 0 when none, -1 on failure.
    virtual qint64 nextWebhookAttemptAt() = 0;

    // Expiry notices. Active API keys expiring at or before `expiresBefore` whose notices are not all told, ordered
    // by (expires_at, id) after the given position, at most `limit`; nullopt when the database could not answer.
    virtual std::optional<QList<ExpiryCandidate>> keysAwaitingExpiryNotice(qint64 expiresBefore, qint64 afterExpiresAt,
                                                                           const QString& afterId, int limit)
        = 0;
    // Compare-and-swap of a key's notice state for this expiry: true only for the one caller (of any instance) that
    // moved it from `from` to `to`. A change of the key's expiry starts its notices again (updateKey).
    virtual bool advanceExpiryNotice(const QString& keyId, qint64 expiresAt, int from, int to) = 0;

    // Runs `work` as one transaction: every Storage call it makes on this thread commits with it or not at all
    // (false from `work` or a failed statement rolls everything back). For a change and the events it causes.
    virtual bool atomically(const std::function<bool()>& work) = 0;

    virtual bool appendAudit(const AuditRecord& entry) = 0;
    // Nullopt when the database could not answer.
    virtual std::optional<QList<AuditRecord>> listAudit(const AuditQuery& query) = 0;
};

} // namespace Keyward
