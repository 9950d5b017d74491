#include "tests/support/WebhookReceiver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace Keyward::Test {

// The part that lives in the receiver's thread: the listening socket and the connections.
class ReceiverCore : public QObject
{
public:
    explicit ReceiverCore(WebhookReceiver& owner)
        : m_owner(owner)
    { }

    quint16 listen(const QSslConfiguration* tls = nullptr)
    {
        if (tls) {
            auto* server = new QSslServer(this);
            server->setSslConfiguration(*tls);
            m_server = server;
        } else {
            m_server = new QTcpServer(this);
        }
        if (!m_server->listen(QHostAddress::Any, 0))
            return 0;
        // QSslServer hands a connection out after its handshake, with pendingConnectionAvailable (not newConnection).
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* socket = m_server->nextPendingConnection()) {
                ++m_owner.m_connections;
                if (auto* ssl = qobject_cast<QSslSocket*>(socket)) {
                    if (ssl->isEncrypted()) // QSslServer hands sockets out once their handshake is done
                        ++m_owner.m_encrypted;
                    else
                        connect(ssl, &QSslSocket::encrypted, this, [this] { ++m_owner.m_encrypted; });
                }
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server->serverPort();
    }

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
            QHash<QByteArray, QByteArray> headers;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
            }
            const qsizetype length = headers.value("content-length").toLongLong();
            if (buffer.size() < headEnd + 4 + length)
                return;
            WebhookReceiver::Request request;
            request.body = buffer.mid(headEnd + 4, length);
            buffer.remove(0, headEnd + 4 + length);
            request.id = headers.value("webhook-id");
            request.timestamp = headers.value("webhook-timestamp").toLongLong();
            request.signatureHeader = headers.value("webhook-signature");
            request.host = headers.value("host");
            request.type
                = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("type")).toString().toUtf8();
            const WebhookReceiver::Reply reply = m_owner.nextReply();
            m_owner.record(request);
            if (reply.hold)
                continue; // never answered; the connection stays open
            const QByteArray text = "{\"ok\":true}";
            socket->write("HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\nContent-Type: application/json\r\n"
                          + "Content-Length: " + QByteArray::number(text.size()) + "\r\n\r\n" + text);
        }
    }

    WebhookReceiver& m_owner;
    QTcpServer* m_server = nullptr;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

WebhookReceiver::WebhookReceiver()
{
    m_thread.setObjectName(QStringLiteral("webhook-receiver"));
    m_core = new ReceiverCore(*this);
    m_core->moveToThread(&m_thread);
    m_thread.start();
}

WebhookReceiver::~WebhookReceiver()
{
    QMetaObject::invokeMethod(
        m_core, [this] { delete m_core; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool WebhookReceiver::listen()
{
    QMetaObject::invokeMethod(
        m_core, [this] { m_port = m_core->listen(); }, Qt::BlockingQueuedConnection);
    return m_port != 0;
}

bool WebhookReceiver::listenTls(const QString& certificatePath, const QString& keyPath, const QString& host)
{
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePath);
    if (certificates.isEmpty())
        return false;
    tls.setLocalCertificate(certificates.first());
    tls.setPrivateKey(QSslKey(&keyFile, QSsl::Ec));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    QMetaObject::invokeMethod(
        m_core, [&] { m_port = m_core->listen(&tls); }, Qt::BlockingQueuedConnection);
    m_scheme = QStringLiteral("https");
    m_host = host;
    return m_port != 0;
}

QUrl WebhookReceiver::url(const QString& path) const
{
    return QUrl(QStringLiteral("%1://%2:%3%4").arg(m_scheme, m_host).arg(m_port).arg(path));
}

void WebhookReceiver::setSecrets(const QStringList& secrets)
{
    QMutexLocker lock(&m_mutex);
    m_secrets.clear();
    for (const QString& secret : secrets)
        m_secrets.append(QByteArray::fromBase64(secret.mid(int(strlen("whsec_"))).toLatin1()));
}

void WebhookReceiver::answer(int status, int times)
{
    QMutexLocker lock(&m_mutex);
    m_mode = Mode::Answer;
    m_status = status;
    m_times = times;
}

void WebhookReceiver::hold()
{
    QMutexLocker lock(&m_mutex);
    m_mode = Mode::Hold;
}

void WebhookReceiver::reset()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

WebhookReceiver::Reply WebhookReceiver::nextReply()
{
    QMutexLocker lock(&m_mutex);
    if (m_mode == Mode::Hold)
        return {true, 0};
    Reply reply {false, m_status};
    if (m_times > 0 && --m_times == 0)
        m_status = 200;
    return reply;
}

void WebhookReceiver::record(Request request)
{
    QMutexLocker lock(&m_mutex);
    // Standard Webhooks: each "v1,<base64>" in the header, against each secret; the signed content is
    // id "." timestamp "." body.
    const QByteArray content = request.id + '.' + QByteArray::number(request.timestamp) + '.' + request.body;
    const QList<QByteArray> signatures = request.signatureHeader.split(' ');
    for (int i = 0; i < m_secrets.size(); ++i) {
        const QByteArray expected
            = "v1," + QMessageAuthenticationCode::hash(content, m_secrets.at(i), QCryptographicHash::Sha256).toBase64();
        if (signatures.contains(expected))
            request.verifiedBy.append(i);
    }
    m_requests.append(request);
}

QList<WebhookReceiver::Request> WebhookReceiver::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int WebhookReceiver::count() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_requests.size());
}

QList<WebhookReceiver::Request> WebhookReceiver::ofType(const QByteArray& type) const
{
    QMutexLocker lock(&m_mutex);
    QList<Request> matching;
    for (const Request& r : m_requests) {
        if (r.type == type)
            matching.append(r);
    }
    return matching;
}

} // namespace Keyward::Test
