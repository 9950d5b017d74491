#include "server/storage/Migrations.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <functional>
#include <vector>

Q_LOGGING_CATEGORY(lcMigrations, "keyward.storage.migrations")

namespace Keyward {

namespace {

QStringList version1(const SqlDialect& dialect)
{
    return {
        QStringLiteral("CREATE TABLE tenants (id VARCHAR(40) PRIMARY KEY, name VARCHAR(200) NOT NULL UNIQUE, "
                       "max_key_lifetime_days INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE users (id VARCHAR(40) PRIMARY KEY, tenant_id VARCHAR(40) NOT NULL REFERENCES "
                       "tenants(id), email VARCHAR(320) NOT NULL UNIQUE, name VARCHAR(200) NOT NULL DEFAULT '', "
                       "role VARCHAR(16) NOT NULL, password_hash VARCHAR(256) NOT NULL, disabled INTEGER NOT NULL "
                       "DEFAULT 0, totp_secret VARCHAR(64) NOT NULL DEFAULT '', totp_pending VARCHAR(64) NOT NULL "
                       "DEFAULT '', created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX users_tenant ON users(tenant_id, email)"),
        QStringLiteral(
            "CREATE TABLE sessions (id VARCHAR(40) PRIMARY KEY, user_id VARCHAR(40) NOT NULL REFERENCES "
            "users(id), tenant_id VARCHAR(40) NOT NULL, token_hash CHAR(64) NOT NULL UNIQUE, "
            "refresh_hash CHAR(64) UNIQUE, expires_at BIGINT NOT NULL, refresh_expires_at BIGINT NOT NULL, "
            "created_at BIGINT NOT NULL, client_addr VARCHAR(64) NOT NULL DEFAULT '', scopes INTEGER NOT NULL "
            "DEFAULT 271, key_id VARCHAR(40) NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX sessions_user ON sessions(user_id)"),
        QStringLiteral("CREATE INDEX sessions_key ON sessions(key_id)"),
        QStringLiteral("CREATE INDEX sessions_expiry ON sessions(refresh_expires_at)"),
        QStringLiteral("CREATE TABLE api_keys (id VARCHAR(40) PRIMARY KEY, tenant_id VARCHAR(40) NOT NULL REFERENCES "
                       "tenants(id), user_id VARCHAR(40) NOT NULL REFERENCES users(id), kind VARCHAR(8) NOT NULL, "
                       "name VARCHAR(200) NOT NULL, description VARCHAR(1000) NOT NULL DEFAULT '', display_prefix "
                       "VARCHAR(32) NOT NULL, scopes INTEGER NOT NULL, rate_limit INTEGER NOT NULL DEFAULT 0, revoked "
                       "INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, expires_at "
                       "BIGINT NOT NULL DEFAULT 0, last_used_at BIGINT NOT NULL DEFAULT 0, last_used_addr VARCHAR(64) "
                       "NOT NULL DEFAULT '', created_by VARCHAR(40) NOT NULL DEFAULT '')"),
        // One authentication key per user, enforced by the database as well as by the service.
        QStringLiteral("CREATE UNIQUE INDEX api_keys_one_pat ON api_keys(user_id) WHERE kind = 'pat'"),
        // Keyset pagination: every sort order has an index ending in the id tie-breaker.
        QStringLiteral("CREATE INDEX api_keys_tenant_created ON api_keys(tenant_id, kind, created_at, id)"),
        QStringLiteral("CREATE INDEX api_keys_tenant_name ON api_keys(tenant_id, kind, name, id)"),
        QStringLiteral("CREATE INDEX api_keys_tenant_expires ON api_keys(tenant_id, kind, expires_at, id)"),
        QStringLiteral("CREATE INDEX api_keys_user_created ON api_keys(user_id, kind, created_at, id)"),
        QStringLiteral("CREATE INDEX api_keys_user_name ON api_keys(user_id, kind, name, id)"),
        QStringLiteral("CREATE INDEX api_keys_user_expires ON api_keys(user_id, kind, expires_at, id)"),
        QStringLiteral("CREATE TABLE key_secrets (hash CHAR(64) PRIMARY KEY, key_id VARCHAR(40) NOT NULL REFERENCES "
                       "api_keys(id) ON DELETE CASCADE, valid_until BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX key_secrets_key ON key_secrets(key_id)"),
        QStringLiteral("CREATE TABLE audit_log (id %1, tenant_id VARCHAR(40) NOT NULL, at BIGINT NOT NULL, actor_id "
                       "VARCHAR(40) NOT NULL DEFAULT '', actor_email VARCHAR(320) NOT NULL DEFAULT '', subject_user_id "
                       "VARCHAR(40) NOT NULL DEFAULT '', action VARCHAR(40) NOT NULL, target_type VARCHAR(20) NOT NULL "
                       "DEFAULT '', target_id VARCHAR(40) NOT NULL DEFAULT '', outcome VARCHAR(10) NOT NULL, "
                       "client_addr VARCHAR(64) NOT NULL DEFAULT '', details TEXT NOT NULL DEFAULT '')")
            .arg(dialect.autoIncrementKey()),
        QStringLiteral("CREATE INDEX audit_tenant ON audit_log(tenant_id, id)"),
        QStringLiteral("CREATE INDEX audit_actor ON audit_log(actor_id, id)"),
        QStringLiteral("CREATE INDEX audit_subject ON audit_log(subject_user_id, id)"),
    };
}

// TOTP seeds are stored sealed (longer than the plain base32 seed).
QStringList version2(const SqlDialect& dialect)
{
    if (dialect.backend == SqlBackend::Sqlite)
        return {}; // SQLite does not enforce VARCHAR lengths
    return {QStringLiteral("ALTER TABLE users ALTER COLUMN totp_secret TYPE VARCHAR(256)"),
            QStringLiteral("ALTER TABLE users ALTER COLUMN totp_pending TYPE VARCHAR(256)")};
}

// Hardening: TOTP steps persist (no replay after a restart or on another instance); sessions know their family
// (refresh chain), how they were opened and, for key sessions, the secret; tenants choose the chain's lifetime.
QStringList version3(const SqlDialect&)
{
    return {
        QStringLiteral("ALTER TABLE users ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE tenants ADD COLUMN session_chain_days INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE sessions ADD COLUMN family_id VARCHAR(40) NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE sessions ADD COLUMN origin VARCHAR(8) NOT NULL DEFAULT 'refresh'"),
        QStringLiteral("ALTER TABLE sessions ADD COLUMN refresh_used INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE sessions ADD COLUMN key_hash VARCHAR(64) NOT NULL DEFAULT ''"),
        // Sessions from before: each its own family; none counts as a fresh password sign-in.
        QStringLiteral("UPDATE sessions SET family_id = id"),
        QStringLiteral("CREATE INDEX sessions_family ON sessions(family_id)"),
    };
}

// The key index: what changed a key or a user's keys, so that every process and instance sharing the database
// refreshes those entries (polled; on PostgreSQL also woken by NOTIFY). Old events are pruned.
QStringList version4(const SqlDialect& dialect)
{
    return {
        QStringLiteral("CREATE TABLE key_events (seq %1, subject VARCHAR(8) NOT NULL, ref VARCHAR(40) NOT NULL, origin "
                       "VARCHAR(40) NOT NULL, at BIGINT NOT NULL)")
            .arg(dialect.autoIncrementKey()),
        QStringLiteral("CREATE INDEX key_events_at ON key_events(at)"),
    };
}

// Rate limits shared by every instance on the database: each window's requests granted so far, per key, handed out
// to instances in blocks (SqlStorage::leaseRateQuota). Windows are pruned once over.
QStringList version5(const SqlDialect&)
{
    return {
        QStringLiteral("CREATE TABLE rate_windows (key_id VARCHAR(40) NOT NULL, window_start BIGINT NOT NULL, granted "
                       "INTEGER NOT NULL, PRIMARY KEY (key_id, window_start))"),
    };
}

// A key's own audit trail (GET /v1/audit?target=ID, the console's key details).
QStringList version6(const SqlDialect&)
{
    return {QStringLiteral("CREATE INDEX audit_target ON audit_log(target_id, id)")};
}

// Two-factor recovery codes, only their hashes (one row per code, marked when used), and the name an audit entry's
// target had at the time (a key's name, a user's e-mail), so that the log still says what it was after a rename or a
// deletion.
QStringList version7(const SqlDialect&)
{
    return {
        QStringLiteral("CREATE TABLE recovery_codes (user_id VARCHAR(40) NOT NULL REFERENCES users(id), code_hash "
                       "CHAR(64) NOT NULL, created_at BIGINT NOT NULL, used_at BIGINT NOT NULL DEFAULT 0, PRIMARY KEY "
                       "(user_id, code_hash))"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN target_name VARCHAR(320) NOT NULL DEFAULT ''"),
    };
}

// Webhook endpoints per tenant (issue 10): the URL, the event types (space-separated names), and the signing secrets
// sealed with the server key (SecretBox): the current one and, for 24 h after a rotation, the previous one. Audit
// entries name a webhook by its URL (up to 2048 characters).
QStringList version8(const SqlDialect& dialect)
{
    QStringList statements {
        QStringLiteral("CREATE TABLE webhooks (id VARCHAR(40) PRIMARY KEY, tenant_id VARCHAR(40) NOT NULL REFERENCES "
                       "tenants(id), url VARCHAR(2048) NOT NULL, events TEXT NOT NULL, description VARCHAR(1000) NOT "
                       "NULL DEFAULT '', enabled INTEGER NOT NULL DEFAULT 1, secret VARCHAR(256) NOT NULL, "
                       "previous_secret VARCHAR(256) NOT NULL DEFAULT '', previous_secret_expires_at BIGINT NOT NULL "
                       "DEFAULT 0, created_by VARCHAR(40) NOT NULL DEFAULT '', created_at BIGINT NOT NULL, "
                       "updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX webhooks_tenant ON webhooks(tenant_id, created_at, id)"),
    };
    if (dialect.backend == SqlBackend::Postgres) // SQLite does not enforce VARCHAR lengths
        statements.append(QStringLiteral("ALTER TABLE audit_log ALTER COLUMN target_name TYPE VARCHAR(2048)"));
    return statements;
}

// The webhook outbox (issue 10): one message per event and endpoint, written in the change's transaction and leased
// to one sender at a time; every attempt at sending one. Expiry notices: the tenant's thresholds (days, space
// separated) and, per key, the smallest threshold already told for its current expiry (-1: none yet; 0: its lapse
// was told too), so that each notice goes out once. The partial index holds only keys with a notice still to come.
QStringList version9(const SqlDialect& dialect)
{
    return {
        QStringLiteral("CREATE TABLE webhook_messages (id VARCHAR(40) PRIMARY KEY, webhook_id VARCHAR(40) NOT NULL, "
                       "tenant_id VARCHAR(40) NOT NULL, event_type VARCHAR(40) NOT NULL, body TEXT NOT NULL, "
                       "created_at BIGINT NOT NULL, status VARCHAR(12) NOT NULL DEFAULT 'pending', attempt_count "
                       "INTEGER NOT NULL DEFAULT 0, schedule_step INTEGER NOT NULL DEFAULT 0, next_attempt_at BIGINT "
                       "NOT NULL, lease_until BIGINT NOT NULL DEFAULT 0, leased_by VARCHAR(40) NOT NULL DEFAULT '', "
                       "delivered_at BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX webhook_messages_due ON webhook_messages(next_attempt_at) WHERE status = "
                       "'pending'"),
        QStringLiteral("CREATE INDEX webhook_messages_webhook ON webhook_messages(webhook_id, created_at, id)"),
        QStringLiteral("CREATE TABLE webhook_attempts (id %1, message_id VARCHAR(40) NOT NULL, webhook_id VARCHAR(40) "
                       "NOT NULL, attempted_at BIGINT NOT NULL, http_status INTEGER NOT NULL DEFAULT 0, error "
                       "VARCHAR(500) NOT NULL DEFAULT '', latency_ms INTEGER NOT NULL DEFAULT 0, next_retry_at BIGINT "
                       "NOT NULL DEFAULT 0)")
            .arg(dialect.autoIncrementKey()),
        QStringLiteral("CREATE INDEX webhook_attempts_message ON webhook_attempts(message_id, id)"),
        QStringLiteral("ALTER TABLE tenants ADD COLUMN expiry_notice_days VARCHAR(64) NOT NULL DEFAULT '30 7 1'"),
        QStringLiteral("ALTER TABLE api_keys ADD COLUMN expiry_notice_state INTEGER NOT NULL DEFAULT -1"),
        QStringLiteral("CREATE INDEX api_keys_expiry_notice ON api_keys(expires_at) WHERE expiry_notice_state <> 0 "
                       "AND expires_at > 0 AND revoked = 0"),
    };
}

// Keys reported leaked by GitHub secret scanning (issue 10): when (0: never), where and in what kind of place. A
// leaked key is revoked too, so verification and the key index need nothing more.
QStringList version10(const SqlDialect&)
{
    return {
        QStringLiteral("ALTER TABLE api_keys ADD COLUMN leaked_at BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE api_keys ADD COLUMN leak_url VARCHAR(2048) NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE api_keys ADD COLUMN leak_source VARCHAR(64) NOT NULL DEFAULT ''"),
    };
}

using Migration = std::function<QStringList(const SqlDialect&)>;
const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list {version1, version2, version3, version4, version5,
                                              version6, version7, version8, version9, version10};
    return list;
}

bool exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qCCritical(lcMigrations).noquote() << "migration statement failed:" << query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

int Migrations::latestVersion()
{
    return static_cast<int>(migrations().size());
}

bool Migrations::apply(QSqlDatabase& db, const SqlDialect& dialect)
{
    if (!exec(db,
              QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                             "applied_at BIGINT NOT NULL)")))
        return false;
    QSqlQuery current(db);
    if (!current.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !current.next())
        return false;
    const int from = current.value(0).toInt();
    if (from > latestVersion()) {
        qCCritical(lcMigrations) << "database schema version" << from << "is newer than this keywardd knows ("
                                 << latestVersion() << "); refusing to start";
        return false;
    }
    for (int version = from + 1; version <= latestVersion(); ++version) {
        if (!db.transaction())
            return false;
        bool ok = true;
        for (const QString& statement : migrations().at(static_cast<size_t>(version - 1))(dialect))
            ok = ok && exec(db, statement);
        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
        record.addBindValue(version);
        record.addBindValue(QDateTime::currentMSecsSinceEpoch());
        ok = ok && record.exec();
        if (!ok || !db.commit()) {
            db.rollback();
            qCCritical(lcMigrations) << "migration to version" << version << "failed";
            return false;
        }
        qCInfo(lcMigrations) << "schema migrated to version" << version;
    }
    return true;
}

} // namespace Keyward
