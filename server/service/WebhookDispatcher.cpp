#include "server/service/WebhookDispatcher.h"

#include "server/service/Ids.h"
#include "server/service/WebhookSchedule.h"
#include "server/service/WebhookSignature.h"
#include "server/service/WebhookUrlPolicy.h"

#include <QHostInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>
#include <sodium.h>

Q_LOGGING_CATEGORY(lcWebhooks, "keyward.webhooks")

namespace Keyward {

namespace {
// Keeps no cookie: a receiver's Set-Cookie must not follow requests to other receivers.
class NoCookies : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    bool setCookiesFromUrl(const QList<QNetworkCookie>&, const QUrl&) override { return false; }
    QList<QNetworkCookie> cookiesForUrl(const QUrl&) const override { return {}; }
};

void wipe(QByteArray& secret)
{
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}
} // namespace

struct WebhookDispatcher::Attempt
{
    WebhookMessageRecord message;
    QUrl url;
    QByteArray signature;
    qint64 timestampSeconds = 0;
    qint64 startedAt = 0; // the service clock, for the attempt record
    QElapsedTimer elapsed; // latency
    QTimer* deadline = nullptr; // the whole attempt, DNS included
    int lookupId = -1;
    QPointer<QNetworkReply> reply;
    qint64 bytesRead = 0;
    bool done = false;
};

WebhookDispatcher::WebhookDispatcher(Storage& storage, const Clock& clock, const SecretBox& secretBox,
                                     bool allowPrivate, const QList<QSslCertificate>& extraCaCertificates)
    : m_storage(storage)
    , m_clock(clock)
    , m_secretBox(secretBox)
    , m_allowPrivate(allowPrivate)
    , m_senderId(newId("snd"))
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    // The peer is always verified (the default), against the system's authorities and the operator's.
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!extraCaCertificates.isEmpty())
        m_tls.setCaCertificates(m_tls.caCertificates() + extraCaCertificates);
}

WebhookDispatcher::~WebhookDispatcher()
{
    // Attempts under way stay leased; another sender (or this one, restarted) takes them when the lease ends.
    for (Attempt* attempt : std::as_const(m_attempts)) {
        attempt->done = true;
        if (attempt->lookupId >= 0)
            QHostInfo::abortHostLookup(attempt->lookupId);
        if (attempt->reply)
            attempt->reply->abort();
        delete attempt;
    }
    m_attempts.clear();
}

void WebhookDispatcher::start()
{
    m_network = new QNetworkAccessManager(this);
    m_network->setProxy(QNetworkProxy::NoProxy); // no environment proxy between us and the checked address
    m_network->setCookieJar(new NoCookies(m_network));
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // a redirect could point inward
    m_pollTimer = new QTimer(this);
    connect(m_pollTimer, &QTimer::timeout, this, &WebhookDispatcher::poll);
    m_pollTimer->start(WebhookSchedule::PollMs);
    poll();
}

void WebhookDispatcher::wakeUp()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_pollQueued)
                return;
            m_pollQueued = true;
            QMetaObject::invokeMethod(this, &WebhookDispatcher::poll, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void WebhookDispatcher::poll()
{
    m_pollQueued = false;
    m_storage.clearUnreachable();
    if (m_housekeeping)
        m_housekeeping();
    const int room = WebhookSchedule::MaxInFlight - static_cast<int>(m_attempts.size());
    if (room <= 0)
        return;
    const qint64 now = m_clock.now();
    const std::optional<QList<WebhookMessageRecord>> claimed = m_storage.claimWebhookMessages(
        now, now + WebhookSchedule::LeaseMs, m_senderId, room, WebhookSchedule::MaxInFlightPerWebhook);
    if (!claimed)
        return; // the database is away: the next poll tries again, nothing was taken
    for (const WebhookMessageRecord& message : *claimed)
        begin(message);
}

void WebhookDispatcher::begin(const WebhookMessageRecord& message)
{
    auto* attempt = new Attempt;
    attempt->message = message;
    attempt->startedAt = m_clock.now();
    attempt->elapsed.start();
    m_attempts.insert(message.id, attempt);
    const std::optional<WebhookRecord> webhook = m_storage.webhookById(message.webhookId);
    if (!webhook) {
        finish(attempt, 0, QStringLiteral("the webhook is gone"));
        return;
    }
    attempt->url = QUrl(webhook->url);
    // Every live secret signs: the current one and, during a rotation, the previous one.
    QList<QByteArray> secrets;
    std::optional<QByteArray> current = m_secretBox.open(webhook->secret);
    if (!current) {
        finish(attempt, 0, QStringLiteral("the signing secret cannot be opened with this server's key"));
        return;
    }
    secrets.append(*current);
    wipe(*current);
    if (!webhook->previousSecret.isEmpty() && webhook->previousSecretExpiresAt > attempt->startedAt) {
        if (std::optional<QByteArray> previous = m_secretBox.open(webhook->previousSecret)) {
            secrets.append(*previous);
            wipe(*previous);
        }
    }
    attempt->timestampSeconds = attempt->startedAt / 1000;
    attempt->signature
        = WebhookSignature::header(secrets, message.id.toLatin1(), attempt->timestampSeconds, message.body);
    for (QByteArray& secret : secrets)
        wipe(secret);

    attempt->deadline = new QTimer(this);
    attempt->deadline->setSingleShot(true);
    connect(attempt->deadline, &QTimer::timeout, this, [this, attempt] {
        finish(attempt, 0, QStringLiteral("timed out after %1 s").arg(WebhookSchedule::TimeoutMs / 1000));
    });
    attempt->deadline->start(WebhookSchedule::TimeoutMs);

    const QString host = attempt->url.host();
    const QHostAddress literal(host);
    if (!literal.isNull()) {
        connectTo(attempt, {literal}, {});
        return;
    }
    // By id, not by pointer: an answer already on its way when the attempt ended finds nothing.
    attempt->lookupId = QHostInfo::lookupHost(host, this, [this, id = message.id](const QHostInfo& info) {
        Attempt* pending = m_attempts.value(id);
        if (!pending || pending->done)
            return;
        pending->lookupId = -1;
        connectTo(pending, info.addresses(), info.error() == QHostInfo::NoError ? QString() : info.errorString());
    });
}

void WebhookDispatcher::connectTo(Attempt* attempt, const QList<QHostAddress>& addresses, const QString& lookupError)
{
    if (addresses.isEmpty()) {
        finish(attempt, 0,
               QStringLiteral("cannot resolve %1%2")
                   .arg(attempt->url.host(), lookupError.isEmpty() ? QString() : QStringLiteral(": ") + lookupError));
        return;
    }
    // Every address must be public: a name with one inward address among public ones would let a later
    // connection (or a resolver that answers differently) reach it.
    if (!m_allowPrivate) {
        for (const QHostAddress& address : addresses) {
            if (const char* what = WebhookUrlPolicy::inwardRange(address)) {
                finish(attempt, 0,
                       QStringLiteral("refused: %1 resolves to %2, which %3")
                           .arg(attempt->url.host(), address.toString(), QLatin1String(what)));
                return;
            }
        }
    }
    // Connect to the address just checked, not to the name (which could resolve elsewhere a moment later); TLS
    // still verifies the certificate for the name, and the Host header names it.
    const QHostAddress address = addresses.first();
    QUrl target = attempt->url;
    const QString hostHeader = attempt->url.port() > 0
        ? QStringLiteral("%1:%2").arg(attempt->url.host(QUrl::FullyEncoded)).arg(attempt->url.port())
        : attempt->url.host(QUrl::FullyEncoded);
    target.setHost(address.toString());
    QNetworkRequest request(target);
    if (QHostAddress(attempt->url.host()).isNull())
        request.setPeerVerifyName(attempt->url.host());
    request.setRawHeader("Host", hostHeader.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Keyward-Webhooks/1"));
    request.setRawHeader("webhook-id", attempt->message.id.toLatin1());
    request.setRawHeader("webhook-timestamp", QByteArray::number(attempt->timestampSeconds));
    request.setRawHeader("webhook-signature", attempt->signature);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(WebhookSchedule::TimeoutMs);
    if (target.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_tls);
    QNetworkReply* reply = m_network->post(request, attempt->message.body);
    attempt->reply = reply;
    // The answer is read only up to MaxResponseBytes: a receiver cannot make the sender hold more.
    connect(reply, &QNetworkReply::readyRead, this, [this, attempt, reply] {
        if (attempt->done)
            return;
        const qint64 room = WebhookSchedule::MaxResponseBytes - attempt->bytesRead;
        attempt->bytesRead += reply->read(std::max<qint64>(room, 0)).size();
        if (attempt->bytesRead >= WebhookSchedule::MaxResponseBytes && reply->bytesAvailable() > 0) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            finish(attempt, status, status > 0 ? QString() : QStringLiteral("the answer is too large"));
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, attempt, reply] {
        if (attempt->done)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QString error;
        if (status == 0)
            error = reply->error() == QNetworkReply::OperationCanceledError
                ? QStringLiteral("timed out after %1 s").arg(WebhookSchedule::TimeoutMs / 1000)
                : reply->errorString();
        finish(attempt, status, error);
    });
}

void WebhookDispatcher::finish(Attempt* attempt, int httpStatus, const QString& error)
{
    if (attempt->done)
        return;
    attempt->done = true;
    if (attempt->deadline) {
        attempt->deadline->stop();
        attempt->deadline->deleteLater();
    }
    if (attempt->lookupId >= 0)
        QHostInfo::abortHostLookup(attempt->lookupId);
    if (attempt->reply) {
        attempt->reply->disconnect(this);
        attempt->reply->abort();
        attempt->reply->deleteLater();
    }
    const bool taken = httpStatus >= 200 && httpStatus < 300;
    const qint64 now = m_clock.now();
    WebhookMessageRecord message = attempt->message;
    WebhookAttemptRecord record;
    record.messageId = message.id;
    record.webhookId = message.webhookId;
    record.attemptedAt = attempt->startedAt;
    record.httpStatus = httpStatus;
    record.error = taken ? QString() : (error.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus) : error).left(500);
    record.latencyMs = static_cast<int>(attempt->elapsed.elapsed());
    if (taken) {
        message.status = WebhookMessageRecord::Status::Delivered;
        message.deliveredAt = now;
        message.nextAttemptAt = 0;
    } else if (const qint64 delay = WebhookSchedule::retryDelayMs(message.scheduleStep); delay >= 0) {
        message.status = WebhookMessageRecord::Status::Pending;
        message.nextAttemptAt = now + delay;
        record.nextRetryAt = message.nextAttemptAt;
    } else {
        message.status = WebhookMessageRecord::Status::Failed;
        message.nextAttemptAt = 0;
    }
    message.scheduleStep += 1;
    if (!taken)
        qCInfo(lcWebhooks).noquote() << "delivery" << message.id << "of" << message.eventType << "to"
                                     << message.webhookId << "not taken:" << record.error;
    // Not recorded (the database away): the lease ends and the message is sent again, with the same id.
    if (!m_storage.finishWebhookAttempt(message, record, m_senderId))
        qCWarning(lcWebhooks) << "could not record the attempt of" << message.id << "; it will be sent again";
    m_attempts.remove(message.id);
    delete attempt;
    emit attemptFinished();
    // A slot freed: more may be waiting.
    if (static_cast<int>(m_attempts.size()) == WebhookSchedule::MaxInFlight - 1)
        wakeUp();
}

} // namespace Keyward
