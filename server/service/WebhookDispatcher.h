#pragma once

#include "server/service/Clock.h"
#include "server/service/SecretBox.h"
#include "server/storage/Storage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Keyward {

// Sends the outbox's messages (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature) from its own
// thread, so that a slow or dead receiver never delays the API or verification. Each message is leased before it is
// sent, so with several instances on one database each is sent by one of them at a time; an attempt that is not
// taken (no 2xx, a timeout, a connection error) is retried on WebhookSchedule's delays, then marked failed.
// Before connecting it resolves the host itself and refuses an address in a private, loopback or link-local range
// (unless allowPrivate): a public name that resolves inward is no way in. It connects to the address it checked.
class WebhookDispatcher : public QObject
{
    Q_OBJECT
public:
    // extraCaCertificates: trusted for receivers' TLS beside the system's (--webhook-ca-file).
    WebhookDispatcher(Storage& storage, const Clock& clock, const SecretBox& secretBox, bool allowPrivate,
                      const QList<QSslCertificate>& extraCaCertificates = {});
    ~WebhookDispatcher() override;

    // In the dispatcher's thread: starts polling.
    void start();
    // From any thread: look at the outbox now (a message was just written).
    void wakeUp();
    // Periodic work that belongs beside the sender (expiry notices): run on every poll, in this thread.
    void setHousekeeping(std::function<void()> work) { m_housekeeping = std::move(work); }
    int inFlight() const { return m_attempts.size(); }

signals:
    void attemptFinished(); // tests and logs: one attempt done

private:
    struct Attempt;
    void poll();
    void begin(const WebhookMessageRecord& message);
    void connectTo(Attempt* attempt, const QList<QHostAddress>& addresses, const QString& lookupError);
    void finish(Attempt* attempt, int httpStatus, const QString& error);

    Storage& m_storage;
    const Clock& m_clock;
    const SecretBox& m_secretBox;
    const bool m_allowPrivate;
    const QString m_senderId; // this process, in the lease column
    QSslConfiguration m_tls;
    QNetworkAccessManager* m_network = nullptr;
    QTimer* m_pollTimer = nullptr;
    QHash<QString, Attempt*> m_attempts; // by message id
    bool m_pollQueued = false;
    std::function<void()> m_housekeeping;
};

} // namespace Keyward
