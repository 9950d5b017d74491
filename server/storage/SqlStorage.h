#pragma once

#include "server/storage/KeyEventChannel.h"
#include "server/storage/SqlDialect.h"
#include "server/storage/Storage.h"

#include <QLockFile>
#include <QSqlDatabase>
#include <QVariantList>
#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;

namespace Keyward {

// Storage on Qt Sql: an SQLite file (the default) or PostgreSQL ("postgres://user:pass@host:port/db").
// Each thread gets its own connection, cloned from the one opened at start.
class SqlStorage : public Storage
{
public:
    ~SqlStorage() override;

    // Opens (creating and migrating as needed) the database at `location`; nullptr with `error` set on failure.
    static std::unique_ptr<SqlStorage> open(const QString& location, QString* error);

    SqlBackend backend() const { return m_dialect.backend; }
    void close();

    // Held while one process sets the database up (migrations, the first-start bootstrap), so that any number of
    // instances can start together: a PostgreSQL advisory lock, or for SQLite a lock file beside the database file.
    class SetupLock
    {
    public:
        virtual ~SetupLock() = default;
    };
    // Waits for the lock (up to a minute); nullptr when it could not be had.
    std::unique_ptr<SetupLock> lockSetup();

    // On PostgreSQL, a LISTEN for other instances' key events (see KeyEventChannel), for the calling thread;
    // nullptr on SQLite, where readers poll.
    std::unique_ptr<KeyEventChannel> openKeyEventChannel(const QString& ownOrigin);

    bool unreachable() const override;
    void clearUnreachable() override;
    bool lastCallReached() const override;

    bool createTenant(const TenantRecord& tenant) override;
    std::optional<TenantRecord> tenantById(const QString& id) override;
    std::optional<TenantRecord> tenantByName(const QString& name) override;
    bool updateTenant(const TenantRecord& tenant) override;
    int tenantCount() override;
    std::optional<QList<TenantRecord>> allTenants() override;

    bool createUser(const UserRecord& user) override;
    std::optional<UserRecord> userById(const QString& id) override;
    std::optional<UserRecord> userByEmail(const QString& email) override;
    QList<UserRecord> usersOfTenant(const QString& tenantId) override;
    bool updateUser(const UserRecord& user) override;
    bool advanceTotpStep(const QString& userId, qint64 step) override;
    int usersWithSealedSeeds() override;

    bool replaceRecoveryCodes(const QString& userId, const QList<QByteArray>& codeHashes, qint64 now) override;
    bool consumeRecoveryCode(const QString& userId, const QByteArray& codeHash, qint64 now) override;
    int recoveryCodesRemaining(const QString& userId) override;
    bool deleteRecoveryCodes(const QString& userId) override;

    bool createSession(const SessionRecord& session) override;
    std::optional<SessionRecord> sessionByTokenHash(const QByteArray& tokenHash) override;
    std::optional<SessionRecord> sessionByRefreshHash(const QByteArray& refreshHash) override;
    bool consumeRefresh(const QString& sessionId, const QByteArray& refreshHash) override;
    bool deleteSession(const QString& sessionId) override;
    int deleteSessionFamily(const QString& familyId) override;
    bool deleteSessionsOfUser(const QString& userId, const QString& exceptSessionId) override;
    bool deleteSessionsOfKey(const QString& keyId) override;
    int deleteExpiredSessions(qint64 now) override;

    bool createKey(const KeyRecord& key, const QByteArray& secretHash) override;
    bool replaceAuthenticationKey(const KeyRecord& key, const QByteArray& secretHash) override;
    bool renewAuthenticationKey(const KeyRecord& key, const QByteArray& newHash, qint64 graceUntil) override;
    qint64 rotatedSecretsValidUntil(const QString& keyId, qint64 now) override;
    std::optional<KeyRecord> keyById(const QString& id) override;
    std::optional<KeyRecord> authenticationKeyOf(const QString& userId) override;
    bool updateKey(const KeyRecord& key) override;
    bool rotateKey(const QString& keyId, const QByteArray& newHash, const QString& newPrefix, qint64 graceUntil,
                   qint64 now) override;
    bool deleteKey(const QString& keyId) override;
    bool markKeyLeaked(const QString& keyId, const KeyLeak& leak) override;
    int revokeApiKeysOfUser(const QString& userId, qint64 now) override;
    KeyPage listKeys(const KeyQuery& query) override;
    bool recordUsage(const QList<KeyUsage>& usage) override;
    void releaseThreadConnection() override;
    bool scanKeySecrets(const KeySecretScope& scope, qint64 now,
                        const std::function<void(const KeySecretRow&)>& row) override;
    bool appendKeyEvent(const KeyEvent& event) override;
    std::optional<QList<KeyEvent>> keyEventsAfter(qint64 seq, int limit) override;
    std::optional<QList<KeyEvent>> keyEventsUpToSince(qint64 seq, qint64 since, int limit) override;
    qint64 lastKeyEventSeq() override;
    int deleteKeyEventsBefore(qint64 at) override;

    std::optional<RateLease> leaseRateQuota(const QString& keyId, qint64 windowStart, int limit, int block) override;
    int deleteRateWindowsBefore(qint64 windowStart) override;

    WebhookInsert createWebhook(const WebhookRecord& webhook, int maxPerTenant) override;
    std::optional<WebhookRecord> webhookById(const QString& id) override;
    std::optional<QList<WebhookRecord>> webhooksOfTenant(const QString& tenantId) override;
    bool updateWebhook(const WebhookRecord& webhook) override;
    bool deleteWebhook(const QString& id) override;
    int webhookCount() override;
    bool addWebhookMessages(const QList<WebhookMessageRecord>& messages) override;
    std::optional<QList<WebhookMessageRecord>> claimWebhookMessages(qint64 now, qint64 leaseUntil,
                                                                    const QString& sender, int limit,
                                                                    int perWebhookInFlight) override;
    bool finishWebhookAttempt(const WebhookMessageRecord& message, const WebhookAttemptRecord& attempt,
                              const QString& sender) override;
    std::optional<WebhookDelivery> webhookDelivery(const QString& messageId) override;
    std::optional<WebhookDeliveryPage> webhookDeliveries(const QString& webhookId, const QString& cursor, int limit,
                                                         bool* badCursor) override;
    bool redeliverWebhookMessage(const QString& messageId, qint64 now) override;
    int pendingWebhookMessages() override;
    int deleteWebhookMessagesBefore(qint64 at) override;
    qint64 nextWebhookAttemptAt() override;
    std::optional<QList<ExpiryCandidate>> keysAwaitingExpiryNotice(qint64 expiresBefore, qint64 afterExpiresAt,
                                                                   const QString& afterId, int limit) override;
    bool advanceExpiryNotice(const QString& keyId, qint64 expiresAt, int from, int to) override;
    bool atomically(const std::function<bool()>& work) override;

    bool appendAudit(const AuditRecord& entry) override;
    std::optional<QList<AuditRecord>> listAudit(const AuditQuery& query) override;

private:
    SqlStorage(const QString& connectionName, SqlDialect dialect);

    QSqlDatabase connection();
    // After a failed statement: whether the connection (not the statement) failed; if so the call is marked
    // unreachable.
    bool connectionLost(const QSqlDatabase& db, const QSqlError& error);
    // Closes and opens this thread's connection again (a database restart leaves it dead); false when it cannot.
    bool reconnect(QSqlDatabase& db);
    QString threadConnectionName() const;
    bool run(QSqlQuery& query, const QString& sql, const QVariantList& binds);
    bool exec(const QString& sql, const QVariantList& binds);
    int execCount(const QString& sql, const QVariantList& binds);
    bool inTransaction(const std::function<bool(QSqlDatabase&)>& work);
    bool readAttempts(QList<WebhookDelivery>& deliveries); // each delivery's newest attempts
    bool insertKey(QSqlDatabase& db, const KeyRecord& key, const QByteArray& secretHash);

    QString m_baseConnection;
    SqlDialect m_dialect;
    QString m_location; // as given to open()
};

} // namespace Keyward
