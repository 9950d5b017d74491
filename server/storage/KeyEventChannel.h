#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>

namespace Keyward {

// PostgreSQL's LISTEN on a connection of its own: tells, within milliseconds of their commit, that another instance
// published key events (SqlStorage::appendKeyEvent notifies in the same statement). The connection is checked every
// second; when it broke, it is opened again by itself, and `resumed` says that notifications may have been missed
// meanwhile: the reader then reads every event since its position (they are kept in key_events).
// Lives on the thread that created it (it needs that thread's event loop).
class KeyEventChannel : public QObject
{
    Q_OBJECT
public:
    static constexpr char Channel[] = "keyward_key_events";
    static constexpr int CheckIntervalMs = 1000;

    // `connectionName`: a QSqlDatabase already added (a clone of the storage's), owned from now on by this channel.
    // Notifications whose payload is `ownOrigin` (this instance's own events, already applied) are ignored.
    KeyEventChannel(const QString& connectionName, const QString& ownOrigin);
    ~KeyEventChannel() override;

    bool start(); // false: not listening yet (it keeps trying)
    bool isListening() const { return m_listening; }

signals:
    void published(); // another origin's events are committed
    void resumed(); // listening again after a gap: notifications may have been missed
    void listeningChanged(bool listening);

private:
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    bool listen();
    void check();
    bool alive();

    QString m_connectionName;
    QString m_ownOrigin;
    QTimer m_check;
    bool m_listening = false;
};

} // namespace Keyward
