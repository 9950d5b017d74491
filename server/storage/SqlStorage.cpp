#include "server/storage/SqlStorage.h"

#include "server/storage/ListingCursor.h"
#include "server/storage/Migrations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <algorithm>
#include <atomic>
#include <libpq-fe.h>

Q_LOGGING_CATEGORY(lcStorage, "keyward.storage")

namespace Keyward {

namespace {

const QString KeyColumns = QStringLiteral(
    "k.id, k.tenant_id, k.user_id, k.kind, k.name, k.description, k.display_prefix, k.scopes, k.rate_limit, "
    "k.revoked, k.created_at, k.updated_at, k.expires_at, k.last_used_at, k.last_used_addr, k.created_by, u.email, "
    "u.name, u.disabled, k.leaked_at, k.leak_url, k.leak_source");
const QString KeyFrom = QStringLiteral(" FROM api_keys k JOIN users u ON u.id = k.user_id ");

const QString UserColumns = QStringLiteral("id, tenant_id, email, name, role, password_hash, disabled, totp_secret, "
                                           "totp_pending, created_at, updated_at, totp_last_step");
const QString SessionColumns
    = QStringLiteral("id, user_id, tenant_id, token_hash, refresh_hash, expires_at, refresh_expires_at, created_at, "
                     "client_addr, scopes, key_id, family_id, origin, refresh_used, key_hash");
const QString TenantColumns
    = QStringLiteral("id, name, max_key_lifetime_days, created_at, session_chain_days, expiry_notice_days");
const QString WebhookColumns
    = QStringLiteral("id, tenant_id, url, events, description, enabled, secret, previous_secret, "
                     "previous_secret_expires_at, created_by, created_at, updated_at");

QString originName(SessionOrigin origin)
{
    switch (origin) {
    case SessionOrigin::Password:
        return QStringLiteral("password");
    case SessionOrigin::Key:
        return QStringLiteral("key");
    case SessionOrigin::Refresh:
        break;
    }
    return QStringLiteral("refresh");
}

SessionOrigin originFromName(const QString& name)
{
    if (name == QLatin1String("password"))
        return SessionOrigin::Password;
    if (name == QLatin1String("key"))
        return SessionOrigin::Key;
    return SessionOrigin::Refresh; // the least trusted
}

QString kindName(KeyKind kind)
{
    return kind == KeyKind::AuthenticationKey ? QStringLiteral("pat") : QStringLiteral("api");
}

KeyRecord readKey(const QSqlQuery& q)
{
    KeyRecord key;
    key.id = q.value(0).toString();
    key.tenantId = q.value(1).toString();
    key.userId = q.value(2).toString();
    key.kind = q.value(3).toString() == QLatin1String("pat") ? KeyKind::AuthenticationKey : KeyKind::ApiKey;
    key.name = q.value(4).toString();
    key.description = q.value(5).toString();
    key.displayPrefix = q.value(6).toString();
    key.scopes = Scopes::fromInt(q.value(7).toInt());
    key.rateLimitPerMinute = q.value(8).toInt();
    key.revoked = q.value(9).toInt() != 0;
    key.createdAt = q.value(10).toLongLong();
    key.updatedAt = q.value(11).toLongLong();
    key.expiresAt = q.value(12).toLongLong();
    key.lastUsedAt = q.value(13).toLongLong();
    key.lastUsedAddress = q.value(14).toString();
    key.createdBy = q.value(15).toString();
    key.ownerEmail = q.value(16).toString();
    key.ownerName = q.value(17).toString();
    key.ownerDisabled = q.value(18).toInt() != 0;
    key.leak.reportedAt = q.value(19).toLongLong();
    key.leak.url = q.value(20).toString();
    key.leak.source = q.value(21).toString();
    return key;
}

UserRecord readUser(const QSqlQuery& q)
{
    UserRecord user;
    user.id = q.value(0).toString();
    user.tenantId = q.value(1).toString();
    user.email = q.value(2).toString();
    user.name = q.value(3).toString();
    user.role = roleFromName(q.value(4).toString()).value_or(Role::User);
    user.passwordHash = q.value(5).toByteArray();
    user.disabled = q.value(6).toInt() != 0;
    user.totpSecret = q.value(7).toByteArray();
    user.totpPending = q.value(8).toByteArray();
    user.createdAt = q.value(9).toLongLong();
    user.updatedAt = q.value(10).toLongLong();
    user.totpLastStep = q.value(11).toLongLong();
    return user;
}

SessionRecord readSession(const QSqlQuery& q)
{
    SessionRecord s;
    s.id = q.value(0).toString();
    s.userId = q.value(1).toString();
    s.tenantId = q.value(2).toString();
    s.tokenHash = q.value(3).toByteArray();
    s.refreshHash = q.value(4).toByteArray();
    s.expiresAt = q.value(5).toLongLong();
    s.refreshExpiresAt = q.value(6).toLongLong();
    s.createdAt = q.value(7).toLongLong();
    s.clientAddress = q.value(8).toString();
    s.scopes = Scopes::fromInt(q.value(9).toInt());
    s.keyId = q.value(10).toString();
    s.familyId = q.value(11).toString();
    s.origin = originFromName(q.value(12).toString());
    s.refreshUsed = q.value(13).toInt() != 0;
    s.keySecretHash = q.value(14).toByteArray();
    return s;
}

QString joinDays(const QList<int>& days)
{
    QStringList parts;
    for (const int d : days)
        parts.append(QString::number(d));
    return parts.join(QLatin1Char(' '));
}

QList<int> splitDays(const QString& text)
{
    QList<int> days;
    for (const QString& part : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        days.append(part.toInt());
    return days;
}

TenantRecord readTenant(const QSqlQuery& q)
{
    TenantRecord t;
    t.id = q.value(0).toString();
    t.name = q.value(1).toString();
    t.maxKeyLifetimeDays = q.value(2).toInt();
    t.createdAt = q.value(3).toLongLong();
    t.sessionChainDays = q.value(4).toInt();
    t.expiryNoticeDays = splitDays(q.value(5).toString());
    return t;
}

const QString MessageColumns = QStringLiteral("id, webhook_id, tenant_id, event_type, body, created_at, status, "
                                              "attempt_count, schedule_step, next_attempt_at, delivered_at");
const QString AttemptColumns
    = QStringLiteral("id, message_id, webhook_id, attempted_at, http_status, error, latency_ms, next_retry_at");

QString messageStatusName(WebhookMessageRecord::Status status)
{
    switch (status) {
    case WebhookMessageRecord::Status::Delivered:
        return QStringLiteral("delivered");
    case WebhookMessageRecord::Status::Failed:
        return QStringLiteral("failed");
    case WebhookMessageRecord::Status::Pending:
        break;
    }
    return QStringLiteral("pending");
}

WebhookMessageRecord readMessage(const QSqlQuery& q)
{
    WebhookMessageRecord m;
    m.id = q.value(0).toString();
    m.webhookId = q.value(1).toString();
    m.tenantId = q.value(2).toString();
    m.eventType = q.value(3).toString();
    m.body = q.value(4).toString().toUtf8();
    m.createdAt = q.value(5).toLongLong();
    const QString status = q.value(6).toString();
    m.status = status == QLatin1String("delivered") ? WebhookMessageRecord::Status::Delivered
        : status == QLatin1String("failed")         ? WebhookMessageRecord::Status::Failed
                                                    : WebhookMessageRecord::Status::Pending;
    m.attemptCount = q.value(7).toInt();
    m.scheduleStep = q.value(8).toInt();
    m.nextAttemptAt = q.value(9).toLongLong();
    m.deliveredAt = q.value(10).toLongLong();
    return m;
}

WebhookAttemptRecord readAttempt(const QSqlQuery& q)
{
    WebhookAttemptRecord a;
    a.id = q.value(0).toLongLong();
    a.messageId = q.value(1).toString();
    a.webhookId = q.value(2).toString();
    a.attemptedAt = q.value(3).toLongLong();
    a.httpStatus = q.value(4).toInt();
    a.error = q.value(5).toString();
    a.latencyMs = q.value(6).toInt();
    a.nextRetryAt = q.value(7).toLongLong();
    return a;
}

WebhookRecord readWebhook(const QSqlQuery& q)
{
    WebhookRecord w;
    w.id = q.value(0).toString();
    w.tenantId = q.value(1).toString();
    w.url = q.value(2).toString();
    w.events = q.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    w.description = q.value(4).toString();
    w.enabled = q.value(5).toInt() != 0;
    w.secret = q.value(6).toByteArray();
    w.previousSecret = q.value(7).toByteArray();
    w.previousSecretExpiresAt = q.value(8).toLongLong();
    w.createdBy = q.value(9).toString();
    w.createdAt = q.value(10).toLongLong();
    w.updatedAt = q.value(11).toLongLong();
    return w;
}

QVariant nullable(const QByteArray& value)
{
    return value.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(value));
}

// libpq otherwise waits for ever for a host that does not answer.
constexpr int ConnectTimeoutSeconds = 2;
const QLatin1String ApplicationName("keywardd");

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

} // namespace

SqlStorage::SqlStorage(const QString& connectionName, SqlDialect dialect)
    : m_baseConnection(connectionName)
    , m_dialect(dialect)
{ }

SqlStorage::~SqlStorage()
{
    close();
}

std::unique_ptr<SqlStorage> SqlStorage::open(const QString& location, QString* error)
{
    const QString name = QStringLiteral("keyward-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    SqlDialect dialect;
    QSqlDatabase db;
    if (location.startsWith(QLatin1String("postgres://")) || location.startsWith(QLatin1String("postgresql://"))) {
        dialect.backend = SqlBackend::Postgres;
        const QUrl url(location);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QUrlQuery(url).queryItemValue(QStringLiteral("host")).isEmpty()
                           ? url.host()
                           : QUrlQuery(url).queryItemValue(QStringLiteral("host")));
        if (url.port() > 0)
            db.setPort(url.port());
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        // application_name: what an operator sees in pg_stat_activity.
        db.setConnectOptions(
            QStringLiteral("connect_timeout=%1;application_name=%2").arg(ConnectTimeoutSeconds).arg(ApplicationName));
    } else {
        const QFileInfo file(location);
        if (!QDir().mkpath(file.absolutePath())) {
            *error = QStringLiteral("cannot create the folder %1").arg(file.absolutePath());
            return nullptr;
        }
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.isValid()) {
        *error = QStringLiteral("the Qt Sql driver for this database is not installed");
        return nullptr;
    }
    std::unique_ptr<SqlStorage> storage(new SqlStorage(name, dialect));
    QSqlDatabase main = storage->connection();
    if (!main.isOpen()) {
        *error = QStringLiteral("cannot open the database: %1").arg(main.lastError().text());
        return nullptr;
    }
    storage->m_location = location;
    const std::unique_ptr<SetupLock> lock = storage->lockSetup();
    if (!lock) {
        *error = QStringLiteral("another keywardd has been setting this database up for a minute; giving up");
        return nullptr;
    }
    if (!Migrations::apply(main, dialect)) {
        *error = QStringLiteral("the schema migration failed (see the log)");
        return nullptr;
    }
    return storage;
}

namespace {
// Any number that no other program on the same PostgreSQL uses for its advisory locks: "keyw" in ASCII.
constexpr qint64 SetupLockKey = 0x6b657977;
constexpr int SetupLockWaitMs = 60000;

class PostgresSetupLock : public SqlStorage::SetupLock
{
public:
    explicit PostgresSetupLock(QSqlDatabase db)
        : m_db(std::move(db))
    { }
    ~PostgresSetupLock() override
    {
        QSqlQuery unlock(m_db);
        unlock.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
        unlock.addBindValue(SetupLockKey);
        unlock.exec();
    }

private:
    QSqlDatabase m_db;
};

class FileSetupLock : public SqlStorage::SetupLock
{
public:
    explicit FileSetupLock(const QString& path)
        : m_file(path)
    { }
    bool lock() { return m_file.tryLock(SetupLockWaitMs); }

private:
    QLockFile m_file;
};
} // namespace

std::unique_ptr<SqlStorage::SetupLock> SqlStorage::lockSetup()
{
    if (m_dialect.backend == SqlBackend::Postgres) {
        QSqlDatabase db = connection();
        QSqlQuery lock(db);
        // Session-level: held by this connection until unlocked (or the connection ends with the process).
        lock.prepare(QStringLiteral("SELECT pg_advisory_lock(?)"));
        lock.addBindValue(SetupLockKey);
        if (!lock.exec()) {
            qCCritical(lcStorage).noquote() << "cannot take the setup lock:" << lock.lastError().text();
            return nullptr;
        }
        return std::make_unique<PostgresSetupLock>(db);
    }
    // QLockFile: taken with O_EXCL, and a lock left by a crashed process (its PID gone) is taken over.
    auto lock
        = std::make_unique<FileSetupLock>(QFileInfo(m_location).absoluteFilePath() + QStringLiteral(".setup-lock"));
    if (!lock->lock())
        return nullptr;
    return lock;
}

void SqlStorage::close()
{
    // Only this thread's connections may be touched through QSqlDatabase; the other threads' (already stopped)
    // are closed by removing them, which deletes their driver.
    const QString own = threadConnectionName();
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString& name : names) {
        if (!name.startsWith(m_baseConnection))
            continue;
        if (name == own || name == m_baseConnection) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

void SqlStorage::releaseThreadConnection()
{
    const QString name = threadConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db.isValid())
            return;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString SqlStorage::threadConnectionName() const
{
    return m_baseConnection + QStringLiteral("-t%1").arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

namespace {
// A connection attempt that waited (a host that does not answer) is not repeated on the same thread for a while: each
// request then fails at once instead of waiting for a connection that will not come.
constexpr qint64 SlowOpenMs = 1000;
constexpr qint64 ReopenBackoffMs = 1000;

thread_local bool t_unreachable = false;
thread_local int t_transactionDepth = 0;
thread_local qint64 t_noOpenBefore = 0;
std::atomic<bool> g_lastCallReached {true};

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

void markUnreachable()
{
    t_unreachable = true;
    g_lastCallReached.store(false, std::memory_order_relaxed);
}

void markReached()
{
    g_lastCallReached.store(true, std::memory_order_relaxed);
}

// SQLite's primary result codes that mean "the file cannot be used now", not "this statement is wrong".
bool sqliteUnavailable(const QString& nativeCode)
{
    bool ok = false;
    const int code = nativeCode.toInt(&ok) & 0xff;
    return ok
        && (code == 5 /*BUSY*/ || code == 6 /*LOCKED*/ || code == 10 /*IOERR*/ || code == 13 /*FULL*/
            || code == 14 /*CANTOPEN*/);
}
} // namespace

std::unique_ptr<KeyEventChannel> SqlStorage::openKeyEventChannel(const QString& ownOrigin)
{
    if (m_dialect.backend != SqlBackend::Postgres)
        return nullptr;
    const QString name = m_baseConnection + QStringLiteral("-listen");
    QSqlDatabase listener = QSqlDatabase::cloneDatabase(m_baseConnection, name);
    listener.setConnectOptions(QStringLiteral("connect_timeout=%1;application_name=%2-key-events")
                                   .arg(ConnectTimeoutSeconds)
                                   .arg(ApplicationName));
    return std::make_unique<KeyEventChannel>(name, ownOrigin);
}

bool SqlStorage::unreachable() const
{
    return t_unreachable;
}

void SqlStorage::clearUnreachable()
{
    t_unreachable = false;
}

bool SqlStorage::lastCallReached() const
{
    return g_lastCallReached.load(std::memory_order_relaxed);
}

QSqlDatabase SqlStorage::connection()
{
    // Connections belong to the thread that opened them: each thread clones its own from the base one.
    const QString name = threadConnectionName();
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isValid())
        db = QSqlDatabase::cloneDatabase(m_baseConnection, name);
    if (!db.isOpen()) {
        // Left closed, the statement that follows fails and is marked unreachable (run, inTransaction).
        if (monotonicMs() < t_noOpenBefore)
            return db;
        const qint64 started = monotonicMs();
        if (!db.open()) {
            qCWarning(lcStorage).noquote() << "cannot open the database:" << db.lastError().text();
            // Refused at once (the database restarting): the next request may try again. Only an attempt that had
            // to wait holds the next ones back.
            if (monotonicMs() - started > SlowOpenMs)
                t_noOpenBefore = monotonicMs() + ReopenBackoffMs;
            return db;
        }
        t_noOpenBefore = 0;
        QSqlQuery pragma(db);
        if (m_dialect.backend == SqlBackend::Sqlite) {
            // WAL: readers run during a write. NORMAL: a process crash loses nothing committed.
            pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
            pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        }
    }
    return db;
}

bool SqlStorage::connectionLost(const QSqlDatabase& db, const QSqlError& error)
{
    bool lost = !db.isOpen();
    if (!lost && m_dialect.backend == SqlBackend::Postgres) {
        // libpq knows whether the connection itself broke; SQLSTATE class 08 and 57P0x say the server ended it.
        const QVariant handle = db.driver()->handle();
        if (qstrcmp(handle.typeName(), "PGconn*") == 0) {
            PGconn* pg = *static_cast<PGconn* const*>(handle.constData());
            lost = !pg || PQstatus(pg) == CONNECTION_BAD;
        }
        const QString state = error.nativeErrorCode();
        lost = lost || state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P0"));
    } else if (!lost) {
        lost = sqliteUnavailable(error.nativeErrorCode());
    }
    if (lost)
        markUnreachable();
    return lost;
}

bool SqlStorage::reconnect(QSqlDatabase& db)
{
    if (m_dialect.backend != SqlBackend::Postgres)
        return false; // SQLite's "unavailable" (busy, I/O) is not cured by opening the file again
    db.close();
    db = connection();
    if (!db.isOpen())
        return false;
    qCInfo(lcStorage) << "reconnected to the database";
    return true;
}

bool SqlStorage::run(QSqlQuery& query, const QString& sql, const QVariantList& binds)
{
    const bool unreachableBefore = t_unreachable; // a failure that the retry cured is not this call's answer
    for (int attempt = 0;; ++attempt) {
        if (query.prepare(sql)) {
            for (const QVariant& value : binds) {
                // A null QString would be bound as NULL; columns are NOT NULL with '' for "empty". Only an invalid
                // QVariant (see nullable()) means NULL.
                if (value.typeId() == QMetaType::QString && value.toString().isNull())
                    query.addBindValue(QStringLiteral(""));
                else
                    query.addBindValue(value);
            }
            if (query.exec()) {
                t_unreachable = unreachableBefore;
                markReached();
                return true;
            }
        }
        const QSqlError error = query.lastError();
        QSqlDatabase db = QSqlDatabase::database(threadConnectionName(), false);
        if (!connectionLost(db, error)) {
            qCWarning(lcStorage).noquote() << "statement failed:" << error.text();
            return false;
        }
        // A connection left dead by a database restart fails its first statement: open a new one and try once
        // more. Not inside a transaction: the transaction as a whole is retried (inTransaction).
        if (attempt > 0 || t_transactionDepth > 0 || !reconnect(db)) {
            qCWarning(lcStorage).noquote() << "the database is unreachable:" << error.text();
            return false;
        }
        const bool forwardOnly = query.isForwardOnly();
        query = QSqlQuery(db);
        query.setForwardOnly(forwardOnly);
    }
}

bool SqlStorage::exec(const QString& sql, const QVariantList& binds)
{
    QSqlQuery query(connection());
    return run(query, sql, binds);
}

int SqlStorage::execCount(const QString& sql, const QVariantList& binds)
{
    QSqlQuery query(connection());
    if (!run(query, sql, binds))
        return -1;
    return query.numRowsAffected();
}

bool SqlStorage::inTransaction(const std::function<bool(QSqlDatabase&)>& work)
{
    if (t_transactionDepth > 0) { // inside atomically(): part of the transaction already open
        QSqlDatabase db = connection();
        return work(db);
    }
    const bool unreachableBefore = t_unreachable;
    for (int attempt = 0;; ++attempt) {
        QSqlDatabase db = connection();
        bool committing = false;
        bool done = false;
        if (db.transaction()) {
            ++t_transactionDepth;
            done = work(db);
            --t_transactionDepth;
            committing = done;
            done = done && db.commit();
            if (done) {
                t_unreachable = unreachableBefore;
                markReached();
                return true;
            }
            db.rollback();
        }
        if (!connectionLost(db, db.lastError()))
            return false;
        // Retried only when nothing can have been committed: a commit whose answer was lost may have happened.
        if (attempt > 0 || committing || !reconnect(db)) {
            qCWarning(lcStorage).noquote() << "the database is unreachable:" << db.lastError().text();
            return false;
        }
    }
}

// Tenants

bool SqlStorage::createTenant(const TenantRecord& t)
{
    return exec(QStringLiteral("INSERT INTO tenants (%1) VALUES (?, ?, ?, ?, ?, ?)").arg(TenantColumns),
                {t.id, t.name, t.maxKeyLifetimeDays, t.createdAt, t.sessionChainDays, joinDays(t.expiryNoticeDays)});
}

std::optional<TenantRecord> SqlStorage::tenantById(const QString& id)
{
    QSqlQuery q(connection());
    if (run(q, QStringLiteral("SELECT %1 FROM tenants WHERE id = ?").arg(TenantColumns), {id}) && q.next())
        return readTenant(q);
    return std::nullopt;
}

std::optional<TenantRecord> SqlStorage::tenantByName(const QString& name)
{
    QSqlQuery q(connection());
    if (run(q, QStringLiteral("SELECT %1 FROM tenants WHERE name = ?").arg(TenantColumns), {name}) && q.next())
        return readTenant(q);
    return std::nullopt;
}

bool SqlStorage::updateTenant(const TenantRecord& t)
{
    return execCount(QStringLiteral("UPDATE tenants SET name = ?, max_key_lifetime_days = ?, session_chain_days = ?, "
                                    "expiry_notice_days = ? WHERE id = ?"),
                     {t.name, t.maxKeyLifetimeDays, t.sessionChainDays, joinDays(t.expiryNoticeDays), t.id})
        == 1;
}

std::optional<QList<TenantRecord>> SqlStorage::allTenants()
{
    QSqlQuery q(connection());
    if (!run(q, QStringLiteral("SELECT %1 FROM tenants ORDER BY id").arg(TenantColumns), {}))
        return std::nullopt;
    QList<TenantRecord> tenants;
    while (q.next())
        tenants.append(readTenant(q));
    return tenants;
}

int SqlStorage::tenantCount()
{
    QSqlQuery q(connection());
    if (run(q, QStringLiteral("SELECT COUNT(*) FROM tenants"), {}) && q.next())
        return q.value(0).toInt();
    return -1;
}

// Users

bool SqlStorage::createUser(const UserRecord& u)
{
    return exec(QStringLiteral("INSERT INTO users (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(UserColumns),
                {u.id, u.tenantId, u.email, u.name, roleName(u.role), QString::fromLatin1(u.passwordHash),
                 u.disabled ? 1 : 0, QString::fromLatin1(u.totpSecret), QString::fromLatin1(u.totpPending), u.createdAt,
                 u.updatedAt, u.totpLastStep});
}

std::optional<UserRecord> SqlStorage::userById(const QString& id)
{
    QSqlQuery q(connection());
    if (run(q, QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(UserColumns), {id}) && q.next())
        return readUser(q);
    return std::nullopt;
}

std::optional<UserRecord> SqlStorage::userByEmail(const QString& email)
{
    QSqlQuery q(connection());
    if (run(q, QStringLiteral("SELECT %1 FROM users WHERE email = ?").arg(UserColumns), {email}) && q.next())
        return readUser(q);
    return std::nullopt;
}

QList<UserRecord> SqlStorage::usersOfTenant(const QString& tenantId)
{
    QList<UserRecord> users;
    QSqlQuery q(connection());
    if (run(q, QStringLiteral("SELECT %1 FROM users WHERE tenant_id = ? ORDER BY email").arg(UserColumns),
            {tenantId})) {
        while (q.next())
            users.append(readUser(q));
    }
    return users;
}

bool SqlStorage::updateUser(const UserRecord& u)
{
    // totp_last_step is not written here: only advanceTotpStep moves it, so a stale record cannot move it back.
    return execCount(QStringLiteral("UPDATE users SET email = ?, name = ?, role = ?, password_hash = ?, disabled = ?, "
                                    "totp_secret = ?, totp_pending = ?, updated_at = ? WHERE id = ?"),
                     {u.email, u.name, roleName(u.role), QString::fromLatin1(u.passwordHash), u.disabled ? 1 : 0,
                      QString::fromLatin1(u.totpSecret), QString::fromLatin1(u.totpPending), u.updatedAt, u.id})
        == 1;
}

bool SqlStorage::advanceTotpStep(const QString& userId, qint64 step)
{
    return execCount(QStringLiteral("UPDATE users SET totp_last_step = ? WHERE id = ? AND totp_last_step < ?"),
                     {step, userId, step})
        == 1;
}

int SqlStorage::usersWithSealedSeeds()
{
    QSqlQuery q(connection());
    if (run(q, QStringLiteral("SELECT COUNT(*) FROM users WHERE totp_secret <> '' OR totp_pending <> ''"), {})
        && q.next())
        return q.value(0).toInt();
    return -1;
}

// Recovery codes

bool SqlStorage::replaceRecoveryCodes(const QString& userId, const QList<QByteArray>& codeHashes, qint64 now)
{
    return inTransaction([&](QSqlDatabase& db) {
        QSqlQuery clear(db);
        if (!run(clear, QStringLiteral("DELETE FROM recovery_codes WHERE user_id = ?"), {userId}))
            return false;
        for (const QByteArray& hash : codeHashes) {
            QSqlQuery insert(db);
            if (!run(
                    insert,
                    QStringLiteral("INSERT INTO recovery_codes (user_id, code_hash, created_at, used_at) VALUES (?, ?, "
                                   "?, 0)"),
                    {userId, QString::fromLatin1(hash), now}))
                return false;
        }
        return true;
    });
}

bool SqlStorage::consumeRecoveryCode(const QString& userId, const QByteArray& codeHash, qint64 now)
{
    // The row count decides: of two racing uses of one code (two requests, two instances) only one changes the row.
    return execCount(QStringLiteral("UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND "
                                    "used_at = 0"),
                     {std::max<qint64>(now, 1), userId, QString::fromLatin1(codeHash)})
        == 1;
}

int SqlStorage::recoveryCodesRemaining(const QString& userId)
{
    QSqlQuery q(connection());
    if (run(q, QStringLiteral("SELECT COUNT(*) FROM recovery_codes WHERE user_id = ? AND used_at = 0"), {userId})
        && q.next())
        return q.value(0).toInt();
    return -1;
}

bool SqlStorage::deleteRecoveryCodes(const QString& userId)
{
    return exec(QStringLiteral("DELETE FROM recovery_codes WHERE user_id = ?"), {userId});
}

// Sessions

bool SqlStorage::createSession(const SessionRecord& s)
{
    return exec(QStringLiteral("INSERT INTO sessions (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .arg(SessionColumns),
                {s.id, s.userId, s.tenantId, QString::fromLatin1(s.tokenHash), nullable(s.refreshHash), s.expiresAt,
                 s.refreshExpiresAt, s.createdAt, s.clientAddress, static_cast<int>(s.scopes), s.keyId, s.familyId,
                 originName(s.origin), s.refreshUsed ? 1 : 0, QString::fromLatin1(s.keySecretHash)});
}

std::optional<SessionRecord> SqlStorage::sessionByTokenHash(const QByteArray& tokenHash)
{
    QSqlQuery q(connection());
    if (run(q, QStringLiteral("SELECT %1 FROM sessions WHERE token_hash = ?").arg(SessionColumns),
            {QString::fromLatin1(tokenHash)})
        && q.next())
        return readSession(q);
    return std::nullopt;
}

std::optional<SessionRecord> SqlStorage::sessionByRefreshHash(const QByteArray& refreshHash)
{
    QSqlQuery q(connection());
    if (run(q, QStringLiteral("SELECT %1 FROM sessions WHERE refresh_hash = ?").arg(SessionColumns),
            {QString::fromLatin1(refreshHash)})
        && q.next())
        return readSession(q);
    return std::nullopt;
}

bool SqlStorage::consumeRefresh(const QString& sessionId, const QByteArray& refreshHash)
{
    // The WHERE on the hash makes this a compare-and-swap: of two racing refreshes only one changes a row.
    // The used token stays, marked, so that a replay is recognised.
    return execCount(QStringLiteral("UPDATE sessions SET refresh_used = 1 WHERE id = ? AND refresh_hash = ? AND "
                                    "refresh_used = 0"),
                     {sessionId, QString::fromLatin1(refreshHash)})
        == 1;
}

int SqlStorage::deleteSessionFamily(const QString& familyId)
{
    return execCount(QStringLiteral("DELETE FROM sessions WHERE family_id = ?"), {familyId});
}

bool SqlStorage::deleteSession(const QString& sessionId)
{
    return exec(QStringLiteral("DELETE FROM sessions WHERE id = ?"), {sessionId});
}

bool SqlStorage::deleteSessionsOfUser(const QString& userId, const QString& exceptSessionId)
{
    return exec(QStringLiteral("DELETE FROM sessions WHERE user_id = ? AND id <> ?"), {userId, exceptSessionId});
}

bool SqlStorage::deleteSessionsOfKey(const QString& keyId)
{
    return exec(QStringLiteral("DELETE FROM sessions WHERE key_id = ?"), {keyId});
}

int SqlStorage::deleteExpiredSessions(qint64 now)
{
    // A used refresh token is kept until its chain ends: a replay of it must still be recognised.
    return execCount(QStringLiteral("DELETE FROM sessions WHERE expires_at <= ? AND refresh_expires_at <= ?"),
                     {now, now});
}

// Keys

bool SqlStorage::insertKey(QSqlDatabase& db, const KeyRecord& k, const QByteArray& secretHash)
{
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("INSERT INTO api_keys (id, tenant_id, user_id, kind, name, description, display_prefix, "
                            "scopes, rate_limit, revoked, created_at, updated_at, expires_at, last_used_at, "
                            "last_used_addr, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {k.id, k.tenantId, k.userId, kindName(k.kind), k.name, k.description, k.displayPrefix,
              static_cast<int>(k.scopes), k.rateLimitPerMinute, k.revoked ? 1 : 0, k.createdAt, k.updatedAt,
              k.expiresAt, k.lastUsedAt, k.lastUsedAddress, k.createdBy}))
        return false;
    QSqlQuery s(db);
    return run(s, QStringLiteral("INSERT INTO key_secrets (hash, key_id, valid_until) VALUES (?, ?, 0)"),
               {QString::fromLatin1(secretHash), k.id});
}

bool SqlStorage::createKey(const KeyRecord& key, const QByteArray& secretHash)
{
    return inTransaction([&](QSqlDatabase& db) { return insertKey(db, key, secretHash); });
}

bool SqlStorage::replaceAuthenticationKey(const KeyRecord& key, const QByteArray& secretHash)
{
    return inTransaction([&](QSqlDatabase& db) {
        QSqlQuery secrets(db);
        QSqlQuery keys(db);
        return run(secrets,
                   QStringLiteral("DELETE FROM key_secrets WHERE key_id IN (SELECT id FROM api_keys WHERE user_id = ? "
                                  "AND kind = 'pat')"),
                   {key.userId})
            && run(keys, QStringLiteral("DELETE FROM api_keys WHERE user_id = ? AND kind = 'pat'"), {key.userId})
            && insertKey(db, key, secretHash);
    });
}

bool SqlStorage::renewAuthenticationKey(const KeyRecord& k, const QByteArray& newHash, qint64 graceUntil)
{
    return inTransaction([&](QSqlDatabase& db) {
        QSqlQuery key(db);
        QSqlQuery expire(db);
        QSqlQuery insert(db);
        // The record first: no secret changes unless this is the user's authentication key.
        if (!run(key,
                 QStringLiteral("UPDATE api_keys SET display_prefix = ?, scopes = ?, created_at = ?, updated_at = ?, "
                                "created_by = ?, last_used_at = 0, last_used_addr = '' WHERE id = ? AND user_id = ? "
                                "AND kind = 'pat'"),
                 {k.displayPrefix, static_cast<int>(k.scopes), k.createdAt, k.updatedAt, k.createdBy, k.id, k.userId})
            || key.numRowsAffected() != 1)
            return false;
        const bool graceOk = graceUntil > k.updatedAt
            ? run(expire,
                  QStringLiteral("UPDATE key_secrets SET valid_until = ? WHERE key_id = ? AND (valid_until = 0 OR "
                                 "valid_until > ?)"),
                  {graceUntil, k.id, graceUntil})
            : run(expire, QStringLiteral("DELETE FROM key_secrets WHERE key_id = ?"), {k.id});
        return graceOk
            && run(insert, QStringLiteral("INSERT INTO key_secrets (hash, key_id, valid_until) VALUES (?, ?, 0)"),
                   {QString::fromLatin1(newHash), k.id});
    });
}

qint64 SqlStorage::rotatedSecretsValidUntil(const QString& keyId, qint64 now)
{
    QSqlQuery q(connection());
    if (run(q,
            QStringLiteral(
                "SELECT COALESCE(MAX(valid_until), 0) FROM key_secrets WHERE key_id = ? AND valid_until > ?"),
            {keyId, now})
        && q.next())
        return q.value(0).toLongLong();
    return -1;
}

std::optional<KeyRecord> SqlStorage::keyById(const QString& id)
{
    QSqlQuery q(connection());
    if (run(q, QStringLiteral("SELECT ") + KeyColumns + KeyFrom + QStringLiteral("WHERE k.id = ?"), {id}) && q.next())
        return readKey(q);
    return std::nullopt;
}

std::optional<KeyRecord> SqlStorage::authenticationKeyOf(const QString& userId)
{
    QSqlQuery q(connection());
    if (run(q,
            QStringLiteral("SELECT ") + KeyColumns + KeyFrom + QStringLiteral("WHERE k.user_id = ? AND k.kind = 'pat'"),
            {userId})
        && q.next())
        return readKey(q);
    return std::nullopt;
}

bool SqlStorage::updateKey(const KeyRecord& k)
{
    // A new expiry starts its notices again (every right-hand side reads the row as it was).
    return execCount(QStringLiteral("UPDATE api_keys SET name = ?, description = ?, scopes = ?, rate_limit = ?, "
                                    "revoked = ?, updated_at = ?, expiry_notice_state = CASE WHEN expires_at = ? "
                                    "THEN expiry_notice_state ELSE -1 END, expires_at = ? WHERE id = ?"),
                     {k.name, k.description, static_cast<int>(k.scopes), k.rateLimitPerMinute, k.revoked ? 1 : 0,
                      k.updatedAt, k.expiresAt, k.expiresAt, k.id})
        == 1;
}

bool SqlStorage::rotateKey(const QString& keyId, const QByteArray& newHash, const QString& newPrefix, qint64 graceUntil,
                           qint64 now)
{
    return inTransaction([&](QSqlDatabase& db) {
        QSqlQuery expire(db);
        QSqlQuery insert(db);
        QSqlQuery update(db);
        const bool graceOk = graceUntil > now
            ? run(expire,
                  QStringLiteral("UPDATE key_secrets SET valid_until = ? WHERE key_id = ? AND (valid_until = 0 OR "
                                 "valid_until > ?)"),
                  {graceUntil, keyId, graceUntil})
            : run(expire, QStringLiteral("DELETE FROM key_secrets WHERE key_id = ?"), {keyId});
        return graceOk
            && run(insert, QStringLiteral("INSERT INTO key_secrets (hash, key_id, valid_until) VALUES (?, ?, 0)"),
                   {QString::fromLatin1(newHash), keyId})
            && run(update, QStringLiteral("UPDATE api_keys SET display_prefix = ?, updated_at = ? WHERE id = ?"),
                   {newPrefix, now, keyId})
            && update.numRowsAffected() == 1;
    });
}

bool SqlStorage::deleteKey(const QString& keyId)
{
    return inTransaction([&](QSqlDatabase& db) {
        QSqlQuery secrets(db);
        QSqlQuery key(db);
        return run(secrets, QStringLiteral("DELETE FROM key_secrets WHERE key_id = ?"), {keyId})
            && run(key, QStringLiteral("DELETE FROM api_keys WHERE id = ?"), {keyId}) && key.numRowsAffected() == 1;
    });
}

bool SqlStorage::markKeyLeaked(const QString& keyId, const KeyLeak& leak)
{
    // A compare-and-swap: of racing reports (on any instance) one marks the key, and never a key that is no longer
    // live (revoked, expired or already leaked).
    return execCount(QStringLiteral("UPDATE api_keys SET revoked = 1, leaked_at = ?, leak_url = ?, leak_source = ?, "
                                    "updated_at = ? WHERE id = ? AND kind = 'api' AND revoked = 0 AND leaked_at = 0 "
                                    "AND (expires_at = 0 OR expires_at > ?)"),
                     {leak.reportedAt, leak.url, leak.source, leak.reportedAt, keyId, leak.reportedAt})
        == 1;
}

int SqlStorage::revokeApiKeysOfUser(const QString& userId, qint64 now)
{
    return execCount(
        QStringLiteral("UPDATE api_keys SET revoked = 1, updated_at = ? WHERE user_id = ? AND kind = 'api' "
                       "AND revoked = 0"),
        {now, userId});
}

KeyPage SqlStorage::listKeys(const KeyQuery& query)
{
    QString column;
    bool textual = false;
    switch (query.sort) {
    case KeySort::CreatedAt:
        column = QStringLiteral("k.created_at");
        break;
    case KeySort::Name:
        column = QStringLiteral("k.name");
        textual = true;
        break;
    case KeySort::ExpiresAt:
        column = QStringLiteral("k.expires_at");
        break;
    }
    QString where = QStringLiteral("WHERE k.kind = 'api' AND k.tenant_id = ?");
    QVariantList binds {query.tenantId};
    if (!query.userId.isEmpty()) {
        where += QStringLiteral(" AND k.user_id = ?");
        binds << query.userId;
    }
    // Filters on the expiry are written "+k.expires_at" unless the list is sorted by expiry: the unary plus keeps
    // the planner on the sort order's index (walk in order, stop after one page) instead of ranging over the expiry
    // index and sorting every match (1.6 s instead of 3 ms for the first page of 1M keys; bench/pagination).
    const QString expires
        = query.sort == KeySort::ExpiresAt ? QStringLiteral("k.expires_at") : QStringLiteral("+k.expires_at");
    if (query.status == QLatin1String("active")) {
        where += QStringLiteral(" AND k.revoked = 0 AND %1 > ?").arg(expires);
        binds << query.now;
    } else if (query.status == QLatin1String("inactive")) {
        where += QStringLiteral(" AND k.revoked = 1 AND k.leaked_at = 0 AND %1 > ?").arg(expires);
        binds << query.now;
    } else if (query.status == QLatin1String("expired")) {
        where += QStringLiteral(" AND %1 <= ? AND k.leaked_at = 0").arg(expires);
        binds << query.now;
    } else if (query.status == QLatin1String("leaked")) {
        // Each filter lists the keys whose status says that word (Views::key): "leaked" wins over the others.
        where += QStringLiteral(" AND k.leaked_at > 0");
    }
    if (query.expiringWithinDays >= 0) {
        where += QStringLiteral(" AND k.revoked = 0 AND %1 > ? AND %1 <= ?").arg(expires);
        binds << query.now << query.now + qint64(query.expiringWithinDays) * 86400000;
    }
    if (!query.text.isEmpty()) {
        const QString like = m_dialect.caseInsensitiveLike();
        where += QStringLiteral(" AND (k.name %1 ? ESCAPE '\\' OR k.description %1 ? ESCAPE '\\' OR k.display_prefix "
                                "%1 ? ESCAPE '\\' OR k.id = ? OR u.email %1 ? ESCAPE '\\')")
                     .arg(like);
        const QString pattern = escapeLike(query.text);
        binds << pattern << pattern << pattern << query.text << pattern;
    }
    if (!query.cursor.isEmpty()) {
        QString value;
        QString id;
        if (!ListingCursor::decode(query.cursor, &value, &id)) {
            KeyPage bad;
            bad.status = KeyPage::Status::BadCursor;
            return bad;
        }
        where += QStringLiteral(" AND (%1, k.id) %2 (?, ?)")
                     .arg(column, query.descending ? QStringLiteral("<") : QStringLiteral(">"));
        binds << (textual ? QVariant(value) : QVariant(value.toLongLong())) << id;
    }
    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString sql = QStringLiteral("SELECT ") + KeyColumns + KeyFrom + where
        + QStringLiteral(" ORDER BY %1 %2, k.id %2 LIMIT %3").arg(column, direction).arg(query.limit + 1);
    KeyPage page;
    QSqlQuery q(connection());
    if (!run(q, sql, binds)) {
        page.status = KeyPage::Status::Failed;
        return page;
    }
    while (q.next())
        page.keys.append(readKey(q));
    if (page.keys.size() > query.limit) {
        page.keys.removeLast();
        const KeyRecord& last = page.keys.constLast();
        const QVariant value = query.sort == KeySort::Name ? QVariant(last.name)
            : query.sort == KeySort::ExpiresAt             ? QVariant(last.expiresAt)
                                                           : QVariant(last.createdAt);
        page.nextCursor = ListingCursor::encode(value, last.id);
    }
    return page;
}

namespace {
constexpr qint64 ScanMapBytes = qint64 {16} << 30; // address space only: up to a 16 GiB database file in one map
} // namespace

bool SqlStorage::scanKeySecrets(const KeySecretScope& scope, qint64 now,
                                const std::function<void(const KeySecretRow&)>& row)
{
    // Everything (the index's load at start): the owners first, a few rows, then the secrets with their keys and no
    // further join: each secret costs one index search instead of three.
    const bool everything = scope.kind == KeySecretScope::Kind::All;
    if (everything && scope.parts > 1 && scope.part > 0 && m_dialect.backend != SqlBackend::Sqlite)
        return true; // unpartitioned: part 0 reads everything
    struct Owner
    {
        QString email;
        bool disabled = false;
        QString tenantName;
    };
    QHash<QString, Owner> owners;
    QSqlDatabase db = connection();
    const QString ownerSql = QStringLiteral("SELECT u.id, u.email, u.disabled, t.name FROM users u JOIN tenants t ON "
                                            "t.id = u.tenant_id");
    const auto readOwners = [&](const QString& where, const QVariantList& binds) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!run(q, ownerSql + where, binds))
            return false;
        while (q.next())
            owners.insert(q.value(0).toString(),
                          {q.value(1).toString(), q.value(2).toInt() != 0, q.value(3).toString()});
        return q.lastError().type() == QSqlError::NoError;
    };
    // Before the secrets, never during their scan: PostgreSQL's driver drops a result still being read when the same
    // connection runs another query.
    bool ownersRead = false;
    switch (scope.kind) {
    case KeySecretScope::Kind::All:
        ownersRead = readOwners({}, {});
        break;
    case KeySecretScope::Kind::User:
        ownersRead = readOwners(QStringLiteral(" WHERE u.id = ?"), {scope.id});
        break;
    case KeySecretScope::Kind::Key:
        ownersRead
            = readOwners(QStringLiteral(" WHERE u.id = (SELECT user_id FROM api_keys WHERE id = ?)"), {scope.id});
        break;
    case KeySecretScope::Kind::Secret:
        ownersRead = readOwners(QStringLiteral(" WHERE u.id = (SELECT k.user_id FROM api_keys k JOIN key_secrets s ON "
                                               "s.key_id = k.id WHERE s.hash = ?)"),
                                {scope.id});
        break;
    }
    if (!ownersRead)
        return false;

    QString sql = QStringLiteral(
        "SELECT s.hash, s.valid_until, k.id, k.tenant_id, k.user_id, k.kind, k.scopes, k.rate_limit, k.revoked, "
        "k.expires_at FROM key_secrets s JOIN api_keys k ON k.id = s.key_id WHERE (s.valid_until = 0 OR "
        "s.valid_until > ?)");
    QVariantList binds {now};
    if (scope.kind == KeySecretScope::Kind::Key) {
        sql += QStringLiteral(" AND k.id = ?");
        binds << scope.id;
    } else if (scope.kind == KeySecretScope::Kind::User) {
        sql += QStringLiteral(" AND k.user_id = ?");
        binds << scope.id;
    } else if (scope.kind == KeySecretScope::Kind::Secret) {
        sql += QStringLiteral(" AND s.hash = ?"); // bound as text, as stored
        binds << scope.id;
    } else if (scope.parts > 1 && m_dialect.backend == SqlBackend::Sqlite) {
        sql += QStringLiteral(" AND s.rowid % ? = ?");
        binds << scope.parts << scope.part;
    }
    // The whole table is read once, in index order, i.e. at random places in the file: through a memory map SQLite
    // reads each page in place instead of copying it with a read() call per visit (a third of the load's time on a
    // million keys). Unmapped again after the scan, so that the file's pages are not held in this process.
    const bool mapped = everything && m_dialect.backend == SqlBackend::Sqlite;
    if (mapped)
        QSqlQuery(db).exec(QStringLiteral("PRAGMA mmap_size=%1").arg(ScanMapBytes));
    const auto unmap = qScopeGuard([&] {
        if (mapped)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA mmap_size=0"));
    });
    QSqlQuery q(db);
    q.setForwardOnly(true); // a million rows stream through; none is kept by the driver
    if (!run(q, sql, binds))
        return false;
    // Ids repeat across rows (mostly the same as the row before): share one copy of each (implicit sharing) instead
    // of a million.
    QHash<QString, QString> interned;
    const auto intern = [&interned](QString& last, const QString& value) {
        if (value != last) {
            const auto it = interned.constFind(value);
            last = it != interned.constEnd() ? *it : *interned.insert(value, value);
        }
        return last;
    };
    QString lastTenant, lastUser;
    const Owner* owner = nullptr;
    KeySecretRow r;
    while (q.next()) {
        r.secretHash = q.value(0).toByteArray();
        r.secretValidUntil = q.value(1).toLongLong();
        r.keyId = q.value(2).toString();
        r.tenantId = intern(lastTenant, q.value(3).toString());
        const QString userId = q.value(4).toString();
        if (userId != lastUser || !owner) {
            r.userId = intern(lastUser, userId);
            const auto it = owners.constFind(r.userId);
            if (it == owners.constEnd()) {
                // A user (and key) added after the owners were read: that key's own change event reads it again.
                owner = nullptr;
                continue;
            }
            owner = &*it;
        }
        r.kind = q.value(5).toString() == QLatin1String("pat") ? KeyKind::AuthenticationKey : KeyKind::ApiKey;
        r.scopes = Scopes::fromInt(q.value(6).toInt());
        r.rateLimitPerMinute = q.value(7).toInt();
        r.revoked = q.value(8).toInt() != 0;
        r.expiresAt = q.value(9).toLongLong();
        r.ownerEmail = owner->email;
        r.ownerDisabled = owner->disabled;
        r.tenantName = owner->tenantName;
        row(r);
    }
    return q.lastError().type() == QSqlError::NoError;
}

bool SqlStorage::appendKeyEvent(const KeyEvent& e)
{
    // On PostgreSQL the same statement notifies the other instances' KeyEventChannel; delivered at its commit, so the
    // event is readable when they hear of it.
    const QString sql = m_dialect.backend == SqlBackend::Postgres
        ? QStringLiteral("WITH e AS (INSERT INTO key_events (subject, ref, origin, at) VALUES (?, ?, ?, ?) RETURNING "
                         "origin) SELECT pg_notify('%1', origin) FROM e")
              .arg(QLatin1String(KeyEventChannel::Channel))
        : QStringLiteral("INSERT INTO key_events (subject, ref, origin, at) VALUES (?, ?, ?, ?)");
    return exec(sql,
                {e.subject == KeyEvent::Subject::User        ? QStringLiteral("user")
                     : e.subject == KeyEvent::Subject::Owner ? QStringLiteral("owner")
                                                             : QStringLiteral("key"),
                 e.id, e.origin, e.at});
}

namespace {
QList<KeyEvent> readKeyEvents(QSqlQuery& q)
{
    QList<KeyEvent> events;
    while (q.next()) {
        KeyEvent e;
        e.seq = q.value(0).toLongLong();
        const QString subject = q.value(1).toString();
        e.subject = subject == QLatin1String("user") ? KeyEvent::Subject::User
            : subject == QLatin1String("owner")      ? KeyEvent::Subject::Owner
                                                     : KeyEvent::Subject::Key;
        e.id = q.value(2).toString();
        e.origin = q.value(3).toString();
        e.at = q.value(4).toLongLong();
        events.append(e);
    }
    return events;
}
} // namespace

std::optional<QList<KeyEvent>> SqlStorage::keyEventsAfter(qint64 seq, int limit)
{
    QSqlQuery q(connection());
    if (!run(q,
             QStringLiteral("SELECT seq, subject, ref, origin, at FROM key_events WHERE seq > ? ORDER BY seq LIMIT ?"),
             {seq, limit}))
        return std::nullopt;
    return readKeyEvents(q);
}

std::optional<QList<KeyEvent>> SqlStorage::keyEventsUpToSince(qint64 seq, qint64 since, int limit)
{
    QSqlQuery q(connection());
    if (!run(q,
             QStringLiteral("SELECT seq, subject, ref, origin, at FROM key_events WHERE at >= ? AND seq <= ? ORDER BY "
                            "seq LIMIT ?"),
             {since, seq, limit}))
        return std::nullopt;
    return readKeyEvents(q);
}

qint64 SqlStorage::lastKeyEventSeq()
{
    QSqlQuery q(connection());
    if (run(q, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM key_events"), {}) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

int SqlStorage::deleteKeyEventsBefore(qint64 at)
{
    return execCount(QStringLiteral("DELETE FROM key_events WHERE at < ?"), {at});
}

bool SqlStorage::recordUsage(const QList<KeyUsage>& usage)
{
    return inTransaction([&](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (!q.prepare(QStringLiteral(
                "UPDATE api_keys SET last_used_at = ?, last_used_addr = ? WHERE id = ? AND last_used_at < ?")))
            return false;
        for (const KeyUsage& u : usage) {
            q.addBindValue(u.at);
            q.addBindValue(u.address);
            q.addBindValue(u.keyId);
            q.addBindValue(u.at);
            if (!q.exec())
                return false;
        }
        return true;
    });
}

// Rate limits

std::optional<RateLease> SqlStorage::leaseRateQuota(const QString& keyId, qint64 windowStart, int limit, int block)
{
    block = std::clamp(block, 1, std::max(1, limit));
    // One atomic statement: the first lease of a window inserts it, later ones add to it while it is below the
    // limit (a row lock on PostgreSQL, the write lock on SQLite). The total may pass the limit by less than a block;
    // the part of a block beyond the limit is not granted.
    QSqlQuery q(connection());
    if (!run(q,
             QStringLiteral("INSERT INTO rate_windows (key_id, window_start, granted) VALUES (?, ?, ?) ON CONFLICT "
                            "(key_id, window_start) DO UPDATE SET granted = rate_windows.granted + excluded.granted "
                            "WHERE rate_windows.granted < ? RETURNING granted"),
             {keyId, windowStart, block, limit}))
        return std::nullopt;
    if (!q.next())
        return RateLease {0, limit}; // spent: the row was not updated
    const int total = q.value(0).toInt();
    return RateLease {block - std::max(0, total - limit), std::min(total, limit)};
}

int SqlStorage::deleteRateWindowsBefore(qint64 windowStart)
{
    return execCount(QStringLiteral("DELETE FROM rate_windows WHERE window_start < ?"), {windowStart});
}

// Webhooks

WebhookInsert SqlStorage::createWebhook(const WebhookRecord& w, int maxPerTenant)
{
    bool limitReached = false;
    const bool ok = inTransaction([&](QSqlDatabase& db) {
        limitReached = false;
        QSqlQuery lock(db);
        QSqlQuery count(db);
        QSqlQuery insert(db);
        // A write to the tenant's row first: it takes SQLite's write lock and PostgreSQL's row lock, so that two
        // creates racing at the limit count one after the other.
        if (!run(lock, QStringLiteral("UPDATE tenants SET name = name WHERE id = ?"), {w.tenantId})
            || !run(count, QStringLiteral("SELECT COUNT(*) FROM webhooks WHERE tenant_id = ?"), {w.tenantId})
            || !count.next())
            return false;
        if (count.value(0).toInt() >= maxPerTenant) {
            limitReached = true;
            return false;
        }
        return run(
            insert,
            QStringLiteral("INSERT INTO webhooks (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(WebhookColumns),
            {w.id, w.tenantId, w.url, w.events.join(QLatin1Char(' ')), w.description, w.enabled ? 1 : 0,
             QString::fromLatin1(w.secret), QString::fromLatin1(w.previousSecret), w.previousSecretExpiresAt,
             w.createdBy, w.createdAt, w.updatedAt});
    });
    if (ok)
        return WebhookInsert::Created;
    return limitReached ? WebhookInsert::LimitReached : WebhookInsert::Failed;
}

std::optional<WebhookRecord> SqlStorage::webhookById(const QString& id)
{
    QSqlQuery q(connection());
    if (run(q, QStringLiteral("SELECT %1 FROM webhooks WHERE id = ?").arg(WebhookColumns), {id}) && q.next())
        return readWebhook(q);
    return std::nullopt;
}

std::optional<QList<WebhookRecord>> SqlStorage::webhooksOfTenant(const QString& tenantId)
{
    QSqlQuery q(connection());
    if (!run(q,
             QStringLiteral("SELECT %1 FROM webhooks WHERE tenant_id = ? ORDER BY created_at DESC, id DESC")
                 .arg(WebhookColumns),
             {tenantId}))
        return std::nullopt;
    QList<WebhookRecord> webhooks;
    while (q.next())
        webhooks.append(readWebhook(q));
    return webhooks;
}

bool SqlStorage::updateWebhook(const WebhookRecord& w)
{
    return execCount(
               QStringLiteral("UPDATE webhooks SET url = ?, events = ?, description = ?, enabled = ?, secret = ?, "
                              "previous_secret = ?, previous_secret_expires_at = ?, updated_at = ? WHERE id = ?"),
               {w.url, w.events.join(QLatin1Char(' ')), w.description, w.enabled ? 1 : 0, QString::fromLatin1(w.secret),
                QString::fromLatin1(w.previousSecret), w.previousSecretExpiresAt, w.updatedAt, w.id})
        == 1;
}

bool SqlStorage::deleteWebhook(const QString& id)
{
    // Its undelivered messages and its delivery log go with it.
    return inTransaction([&](QSqlDatabase& db) {
        QSqlQuery attempts(db);
        QSqlQuery messages(db);
        QSqlQuery webhook(db);
        return run(attempts, QStringLiteral("DELETE FROM webhook_attempts WHERE webhook_id = ?"), {id})
            && run(messages, QStringLiteral("DELETE FROM webhook_messages WHERE webhook_id = ?"), {id})
            && run(webhook, QStringLiteral("DELETE FROM webhooks WHERE id = ?"), {id})
            && webhook.numRowsAffected() == 1;
    });
}

bool SqlStorage::atomically(const std::function<bool()>& work)
{
    return inTransaction([&](QSqlDatabase&) { return work(); });
}

bool SqlStorage::addWebhookMessages(const QList<WebhookMessageRecord>& messages)
{
    return inTransaction([&](QSqlDatabase& db) {
        for (const WebhookMessageRecord& m : messages) {
            QSqlQuery insert(db);
            if (!run(insert,
                     QStringLiteral("INSERT INTO webhook_messages (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                         .arg(MessageColumns),
                     {m.id, m.webhookId, m.tenantId, m.eventType, QString::fromUtf8(m.body), m.createdAt,
                      messageStatusName(m.status), m.attemptCount, m.scheduleStep, m.nextAttemptAt, m.deliveredAt}))
                return false;
        }
        return true;
    });
}

std::optional<QList<WebhookMessageRecord>> SqlStorage::claimWebhookMessages(qint64 now, qint64 leaseUntil,
                                                                            const QString& sender, int limit,
                                                                            int perWebhookInFlight)
{
    // One statement: the messages picked are leased as they are picked. On PostgreSQL, rows another instance is
    // claiming at this moment are skipped rather than waited for (and never taken twice); SQLite has one writer.
    const QString lock
        = m_dialect.backend == SqlBackend::Postgres ? QStringLiteral(" FOR UPDATE OF m SKIP LOCKED") : QString();
    const QString sql
        = QStringLiteral("UPDATE webhook_messages SET lease_until = ?, leased_by = ? WHERE id IN (SELECT m.id FROM "
                         "webhook_messages m JOIN webhooks w ON w.id = m.webhook_id WHERE m.status = 'pending' AND "
                         "m.next_attempt_at <= ? AND m.lease_until < ? AND w.enabled = 1 AND m.webhook_id NOT IN "
                         "(SELECT busy.webhook_id FROM webhook_messages busy WHERE busy.status = 'pending' AND "
                         "busy.lease_until >= ? GROUP BY busy.webhook_id HAVING COUNT(*) >= ?) ORDER BY "
                         "m.next_attempt_at, m.id LIMIT ?%1) RETURNING %2")
              .arg(lock, MessageColumns);
    QSqlQuery q(connection());
    if (!run(q, sql, {leaseUntil, sender, now, now, now, perWebhookInFlight, limit}))
        return std::nullopt;
    QList<WebhookMessageRecord> claimed;
    while (q.next())
        claimed.append(readMessage(q));
    return claimed;
}

bool SqlStorage::finishWebhookAttempt(const WebhookMessageRecord& m, const WebhookAttemptRecord& a,
                                      const QString& sender)
{
    return inTransaction([&](QSqlDatabase& db) {
        QSqlQuery insert(db);
        QSqlQuery update(db);
        return run(insert,
                   QStringLiteral("INSERT INTO webhook_attempts (message_id, webhook_id, attempted_at, http_status, "
                                  "error, latency_ms, next_retry_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {a.messageId, a.webhookId, a.attemptedAt, a.httpStatus, a.error, a.latencyMs, a.nextRetryAt})
            && run(update,
                   QStringLiteral("UPDATE webhook_messages SET status = ?, attempt_count = attempt_count + 1, "
                                  "schedule_step = ?, next_attempt_at = ?, delivered_at = ?, lease_until = 0, "
                                  "leased_by = '' WHERE id = ? AND leased_by = ?"),
                   {messageStatusName(m.status), m.scheduleStep, m.nextAttemptAt, m.deliveredAt, m.id, sender});
    });
}

bool SqlStorage::readAttempts(QList<WebhookDelivery>& deliveries)
{
    for (WebhookDelivery& d : deliveries) {
        QSqlQuery q(connection());
        if (!run(q,
                 QStringLiteral("SELECT %1 FROM webhook_attempts WHERE message_id = ? ORDER BY id DESC LIMIT 50")
                     .arg(AttemptColumns),
                 {d.message.id}))
            return false;
        while (q.next())
            d.attempts.append(readAttempt(q));
    }
    return true;
}

std::optional<WebhookDelivery> SqlStorage::webhookDelivery(const QString& messageId)
{
    QSqlQuery q(connection());
    if (!run(q, QStringLiteral("SELECT %1 FROM webhook_messages WHERE id = ?").arg(MessageColumns), {messageId})
        || !q.next())
        return std::nullopt;
    QList<WebhookDelivery> one {{readMessage(q), {}}};
    if (!readAttempts(one))
        return std::nullopt;
    return one.first();
}

std::optional<WebhookDeliveryPage> SqlStorage::webhookDeliveries(const QString& webhookId, const QString& cursor,
                                                                 int limit, bool* badCursor)
{
    *badCursor = false;
    QString where = QStringLiteral("WHERE webhook_id = ?");
    QVariantList binds {webhookId};
    if (!cursor.isEmpty()) {
        QString value;
        QString id;
        bool numeric = false;
        if (!ListingCursor::decode(cursor, &value, &id) || (value.toLongLong(&numeric), !numeric)) {
            *badCursor = true;
            return std::nullopt;
        }
        where += QStringLiteral(" AND (created_at < ? OR (created_at = ? AND id < ?))");
        binds << value.toLongLong() << value.toLongLong() << id;
    }
    binds << limit + 1;
    QSqlQuery q(connection());
    if (!run(q,
             QStringLiteral("SELECT %1 FROM webhook_messages %2 ORDER BY created_at DESC, id DESC LIMIT ?")
                 .arg(MessageColumns, where),
             binds))
        return std::nullopt;
    WebhookDeliveryPage page;
    while (q.next())
        page.deliveries.append({readMessage(q), {}});
    if (page.deliveries.size() > limit) {
        page.deliveries.removeLast();
        const WebhookMessageRecord& last = page.deliveries.last().message;
        page.nextCursor = ListingCursor::encode(QString::number(last.createdAt), last.id);
    }
    if (!readAttempts(page.deliveries))
        return std::nullopt;
    return page;
}

bool SqlStorage::redeliverWebhookMessage(const QString& messageId, qint64 now)
{
    return execCount(QStringLiteral("UPDATE webhook_messages SET status = 'pending', schedule_step = 0, "
                                    "next_attempt_at = ?, lease_until = 0, leased_by = '' WHERE id = ?"),
                     {now, messageId})
        == 1;
}

int SqlStorage::deleteWebhookMessagesBefore(qint64 at)
{
    int deleted = -1;
    const bool ok = inTransaction([&](QSqlDatabase& db) {
        QSqlQuery attempts(db);
        QSqlQuery messages(db);
        const QString done = QStringLiteral("status <> 'pending' AND created_at < ?");
        if (!run(attempts,
                 QStringLiteral("DELETE FROM webhook_attempts WHERE message_id IN (SELECT id FROM webhook_messages "
                                "WHERE %1)")
                     .arg(done),
                 {at})
            || !run(messages, QStringLiteral("DELETE FROM webhook_messages WHERE %1").arg(done), {at}))
            return false;
        deleted = messages.numRowsAffected();
        return true;
    });
    return ok ? deleted : -1;
}

int SqlStorage::pendingWebhookMessages()
{
    QSqlQuery q(connection());
    if (run(q, QStringLiteral("SELECT COUNT(*) FROM webhook_messages WHERE status = 'pending'"), {}) && q.next())
        return q.value(0).toInt();
    return -1;
}

qint64 SqlStorage::nextWebhookAttemptAt()
{
    QSqlQuery q(connection());
    if (run(q,
            QStringLiteral("SELECT MIN(m.next_attempt_at) FROM webhook_messages m JOIN webhooks w ON w.id = "
                           "m.webhook_id WHERE m.status = 'pending' AND w.enabled = 1"),
            {})
        && q.next())
        return q.value(0).isNull() ? 0 : q.value(0).toLongLong();
    return -1;
}

std::optional<QList<ExpiryCandidate>> SqlStorage::keysAwaitingExpiryNotice(qint64 expiresBefore, qint64 afterExpiresAt,
                                                                           const QString& afterId, int limit)
{
    // The predicate repeats api_keys_expiry_notice's, so that the partial index serves it.
    const QString sql = QStringLiteral("SELECT ") + KeyColumns + QStringLiteral(", k.expiry_notice_state") + KeyFrom
        + QStringLiteral("WHERE k.expiry_notice_state <> 0 AND k.expires_at > 0 AND k.revoked = 0 AND k.kind = 'api' "
                         "AND k.expires_at <= ? AND (k.expires_at > ? OR (k.expires_at = ? AND k.id > ?)) ORDER BY "
                         "k.expires_at, k.id LIMIT ?");
    QSqlQuery q(connection());
    if (!run(q, sql, {expiresBefore, afterExpiresAt, afterExpiresAt, afterId, limit}))
        return std::nullopt;
    const int stateColumn = static_cast<int>(KeyColumns.count(QLatin1Char(','))) + 1;
    QList<ExpiryCandidate> keys;
    while (q.next())
        keys.append({readKey(q), q.value(stateColumn).toInt()});
    return keys;
}

bool SqlStorage::advanceExpiryNotice(const QString& keyId, qint64 expiresAt, int from, int to)
{
    return execCount(QStringLiteral("UPDATE api_keys SET expiry_notice_state = ? WHERE id = ? AND expires_at = ? AND "
                                    "expiry_notice_state = ?"),
                     {to, keyId, expiresAt, from})
        == 1;
}

int SqlStorage::webhookCount()
{
    QSqlQuery q(connection());
    if (run(q, QStringLiteral("SELECT COUNT(*) FROM webhooks"), {}) && q.next())
        return q.value(0).toInt();
    return -1;
}

// Audit

bool SqlStorage::appendAudit(const AuditRecord& a)
{
    return exec(
        QStringLiteral("INSERT INTO audit_log (tenant_id, at, actor_id, actor_email, subject_user_id, action, "
                       "target_type, target_id, outcome, client_addr, details, target_name) VALUES (?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?)"),
        {a.tenantId, a.at, a.actorId, a.actorEmail, a.subjectUserId, a.action, a.targetType, a.targetId, a.outcome,
         a.clientAddress, a.detailsJson, a.targetName});
}

std::optional<QList<AuditRecord>> SqlStorage::listAudit(const AuditQuery& query)
{
    QString sql = QStringLiteral("SELECT id, tenant_id, at, actor_id, actor_email, subject_user_id, action, "
                                 "target_type, target_id, outcome, client_addr, details, target_name FROM audit_log "
                                 "WHERE tenant_id = ?");
    QVariantList binds {query.tenantId};
    if (!query.actorOrSubjectUserId.isEmpty()) {
        sql += QStringLiteral(" AND (actor_id = ? OR subject_user_id = ?)");
        binds << query.actorOrSubjectUserId << query.actorOrSubjectUserId;
    }
    if (!query.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        binds << query.action;
    }
    if (!query.targetId.isEmpty()) {
        sql += QStringLiteral(" AND target_id = ?");
        binds << query.targetId;
    }
    if (query.beforeId > 0) {
        sql += QStringLiteral(" AND id < ?");
        binds << query.beforeId;
    }
    if (query.sinceMs > 0) {
        sql += QStringLiteral(" AND at >= ?");
        binds << query.sinceMs;
    }
    if (query.untilMs > 0) {
        sql += QStringLiteral(" AND at < ?");
        binds << query.untilMs;
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(query.limit);
    QList<AuditRecord> entries;
    QSqlQuery q(connection());
    if (!run(q, sql, binds))
        return std::nullopt;
    while (q.next()) {
        AuditRecord a;
        a.id = q.value(0).toLongLong();
        a.tenantId = q.value(1).toString();
        a.at = q.value(2).toLongLong();
        a.actorId = q.value(3).toString();
        a.actorEmail = q.value(4).toString();
        a.subjectUserId = q.value(5).toString();
        a.action = q.value(6).toString();
        a.targetType = q.value(7).toString();
        a.targetId = q.value(8).toString();
        a.outcome = q.value(9).toString();
        a.clientAddress = q.value(10).toString();
        a.detailsJson = q.value(11).toString();
        a.targetName = q.value(12).toString();
        entries.append(a);
    }
    return entries;
}

} // namespace Keyward
