#include "tests/support/TestDatabase.h"

#include "core/KeySecret.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>
#include <QtDebug>
#include <algorithm>

namespace Keyward::Test {

TestDatabase::TestDatabase(const QString& path)
    : m_connection(QStringLiteral("test-db-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (path.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(path);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        db.open();
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    db.open();
}

TestDatabase::~TestDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool TestDatabase::isOpen() const
{
    return QSqlDatabase::database(m_connection, false).isOpen();
}

bool TestDatabase::exec(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(sql);
    for (const QVariant& value : binds)
        q.addBindValue(value);
    if (!q.exec()) {
        qWarning() << "test statement failed:" << q.lastError().text();
        return false;
    }
    return true;
}

qint64 TestDatabase::number(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(sql);
    for (const QVariant& value : binds)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 TestDatabase::lastUsedAt(const QString& keyId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT last_used_at FROM api_keys WHERE id = ?"));
    q.addBindValue(keyId);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QByteArrayList TestDatabase::addKeys(int count, qint64 now, const QString& ownerId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery owner(db);
    owner.prepare(ownerId.isEmpty() ? QStringLiteral("SELECT tenant_id, id FROM users ORDER BY created_at LIMIT 1")
                                    : QStringLiteral("SELECT tenant_id, id FROM users WHERE id = ?"));
    if (!ownerId.isEmpty())
        owner.addBindValue(ownerId);
    if (!owner.exec() || !owner.next())
        return {};
    const QString tenantId = owner.value(0).toString();
    const QString userId = owner.value(1).toString();
    constexpr qint64 Day = 24 * 60 * 60 * 1000;
    // PostgreSQL: many rows per INSERT (one round trip each); SQLite: one row per prepared INSERT, which it runs
    // fastest (Qt's binding of thousands of values to one statement costs more than it saves).
    const int Batch = db.driverName() == QLatin1String("QPSQL") ? 500 : 1;
    QByteArrayList secrets;
    secrets.reserve(count);
    if (!db.transaction())
        return {};
    QSqlQuery key(db);
    QSqlQuery secret(db);
    int prepared = 0; // rows the statements are prepared for: once, and again for a shorter last batch
    for (int from = 0; from < count; from += Batch) {
        const int rows = std::min(Batch, count - from);
        if (rows != prepared) {
            QStringList keyValues;
            QStringList secretValues;
            for (int i = 0; i < rows; ++i) {
                keyValues.append(QStringLiteral("(?, ?, ?, 'api', ?, '', ?, 1, 0, 0, ?, ?, ?, 0, '', ?)"));
                secretValues.append(QStringLiteral("(?, ?, 0)"));
            }
            key.prepare(QStringLiteral("INSERT INTO api_keys (id, tenant_id, user_id, kind, name, description, "
                                       "display_prefix, scopes, rate_limit, revoked, created_at, updated_at, "
                                       "expires_at, last_used_at, last_used_addr, created_by) VALUES ")
                        + keyValues.join(QLatin1Char(',')));
            secret.prepare(QStringLiteral("INSERT INTO key_secrets (hash, key_id, valid_until) VALUES ")
                           + secretValues.join(QLatin1Char(',')));
            prepared = rows;
        }
        for (int i = from; i < from + rows; ++i) {
            const QByteArray value = KeySecret::generate(KeySecret::Kind::ApiKey);
            const QString keyId = QStringLiteral("key_bulk%1").arg(i, 12, 10, QLatin1Char('0'));
            key.addBindValue(keyId);
            key.addBindValue(tenantId);
            key.addBindValue(userId);
            key.addBindValue(QStringLiteral("bulk-%1").arg(i));
            key.addBindValue(KeySecret::displayPrefix(value));
            key.addBindValue(now);
            key.addBindValue(now);
            key.addBindValue(now + 365 * Day);
            key.addBindValue(userId);
            secret.addBindValue(QString::fromLatin1(KeySecret::hash(value)));
            secret.addBindValue(keyId);
            secrets.append(value);
        }
        if (!key.exec() || !secret.exec()) {
            db.rollback();
            return {};
        }
    }
    if (!db.commit())
        return {};
    return secrets;
}

} // namespace Keyward::Test
