#include "server/storage/KeyEventChannel.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <libpq-fe.h>

Q_LOGGING_CATEGORY(lcChannel, "keyward.keyevents.listen")

namespace Keyward {

KeyEventChannel::KeyEventChannel(const QString& connectionName, const QString& ownOrigin)
    : m_connectionName(connectionName)
    , m_ownOrigin(ownOrigin)
{
    m_check.setInterval(CheckIntervalMs);
    connect(&m_check, &QTimer::timeout, this, &KeyEventChannel::check);
}

KeyEventChannel::~KeyEventChannel()
{
    m_check.stop();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool KeyEventChannel::start()
{
    m_check.start();
    m_listening = listen();
    return m_listening;
}

bool KeyEventChannel::listen()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isOpen())
        db.close(); // also drops the old socket notifier
    if (!db.open())
        return false;
    QSqlDriver* driver = db.driver();
    if (!driver->subscribeToNotification(QLatin1String(Channel))) {
        qCWarning(lcChannel).noquote() << "LISTEN failed:" << driver->lastError().text();
        db.close();
        return false;
    }
    // The same driver across reconnections: connected once.
    connect(driver, &QSqlDriver::notification, this, &KeyEventChannel::onNotification, Qt::UniqueConnection);
    return true;
}

void KeyEventChannel::onNotification(const QString&, QSqlDriver::NotificationSource, const QVariant& payload)
{
    if (payload.toString() != m_ownOrigin)
        emit published();
}

bool KeyEventChannel::alive()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return false;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "PGconn*") == 0) {
        PGconn* pg = *static_cast<PGconn* const*>(handle.constData());
        if (!pg || PQstatus(pg) == CONNECTION_BAD)
            return false;
    }
    // A connection that died without a word (a network gone) is only found by using it.
    QSqlQuery probe(db);
    return probe.exec(QStringLiteral("SELECT 1"));
}

void KeyEventChannel::check()
{
    if (m_listening && alive())
        return;
    if (m_listening) {
        qCWarning(lcChannel) << "the listening connection to the database broke; reconnecting";
        m_listening = false;
        emit listeningChanged(false);
    }
    if (!listen())
        return;
    m_listening = true;
    qCInfo(lcChannel) << "listening for key events again";
    emit listeningChanged(true);
    emit resumed();
}

} // namespace Keyward
