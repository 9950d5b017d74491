#include "server/http/ConnectionGuard.h"

#include "server/http/HttpWire.h"
#include "server/http/RequestHead.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <cstring>
#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcGuard, "keyward.http.guard")

namespace Keyward {

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits& limits, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
{ }

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    RequestGuard::attach(socket, m_limits);
    addPendingConnection(socket);
}

GuardedSslServer::GuardedSslServer(const ConnectionLimits& limits, const QSslConfiguration& configuration,
                                   QObject* parent)
    : QSslServer(parent)
    , m_limits(limits)
{
    setSslConfiguration(configuration);
    setHandshakeTimeout(m_limits.headTimeoutMs);
    // The guard watches the decrypted bytes; it is attached before Qt HttpServer sees the socket.
    connect(this, &QSslServer::startedEncryptionHandshake, this,
            [this](QSslSocket* socket) { RequestGuard::attach(socket, m_limits); });
}

void RequestGuard::attach(QTcpSocket* socket, const ConnectionLimits& limits)
{
    // The peer's address as text, once per connection rather than once per request.
    QString peer = socket->peerAddress().toString();
    if (peer.startsWith(QLatin1String("::ffff:")))
        peer = peer.mid(7);
    socket->setProperty(PeerAddressProperty, peer);
    // Connected before Qt HttpServer's own readyRead handler, so it sees every byte first.
    new RequestGuard(socket, limits);
}

RequestGuard::RequestGuard(QTcpSocket* socket, const ConnectionLimits& limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RequestGuard::onTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &RequestGuard::onReadyRead);
    armTimer();
}

void RequestGuard::armTimer()
{
    if (m_state == State::Body)
        m_timer.start(m_limits.bodyTimeoutMs);
    else if (!m_head.isEmpty())
        m_timer.start(m_limits.headTimeoutMs);
    else
        m_timer.start(m_limits.idleTimeoutMs);
}

void RequestGuard::onReadyRead()
{
    if (m_state == State::Discarding) {
        // After a rejection: swallow what the client still sends, so it can read our answer (RFC 9112 9.6).
        m_discarded += m_socket->readAll().size();
        if (m_discarded > 4 * 1024 * 1024)
            m_socket->abort();
        return;
    }
    // Qt reads everything available right after this handler, so each byte passes here exactly once.
    const qint64 available = m_socket->bytesAvailable();
    m_scratch.resize(available);
    const qint64 size = m_socket->peek(m_scratch.data(), available);
    const bool startedIdle = m_state == State::Head && m_head.isEmpty();
    if (size <= 0 || !consume(m_scratch.constData(), size))
        return;
    if (startedIdle || m_state == State::Body || m_head.isEmpty())
        armTimer();
}

bool RequestGuard::consume(const char* data, qint64 size)
{
    static constexpr char End[] = "\r\n\r\n";
    qint64 offset = 0;
    while (offset < size) {
        if (m_state == State::Body) {
            const qint64 take = std::min<qint64>(m_bodyRemaining, size - offset);
            m_bodyRemaining -= take;
            offset += take;
            if (m_bodyRemaining == 0)
                m_state = State::Head;
            continue;
        }
        if (m_head.isEmpty()) {
            // The usual case: the whole head is in this read; parse it in place.
            const char* start = data + offset;
            const void* found = memmem(start, static_cast<size_t>(size - offset), End, 4);
            if (found) {
                const qint64 length = static_cast<const char*>(found) - start + 4;
                if (length > m_limits.maxHeadBytes || !headComplete(start, length)) {
                    if (length > m_limits.maxHeadBytes)
                        reject(431, ErrorCode::HeadersTooLarge, QStringLiteral("The request headers are too large"));
                    return false;
                }
                offset += length;
                continue;
            }
        }
        const qsizetype before = m_head.size();
        m_head.append(data + offset, size - offset);
        const qsizetype end = m_head.indexOf(End);
        if (end < 0) {
            // The head is still arriving: garbage gets its 400 now, not silence until the head timeout.
            const char* problem = nullptr;
            if (!RequestHead::plausibleStart(m_head.constData(), m_head.size(), &problem)) {
                reject(400, ErrorCode::MalformedRequest,
                       QStringLiteral("The request head is malformed: %1").arg(QLatin1String(problem)));
                return false;
            }
            if (m_head.size() > m_limits.maxHeadBytes) {
                reject(431, ErrorCode::HeadersTooLarge, QStringLiteral("The request headers are too large"));
                return false;
            }
            return true;
        }
        const qint64 length = end + 4;
        if (length > m_limits.maxHeadBytes) {
            reject(431, ErrorCode::HeadersTooLarge, QStringLiteral("The request headers are too large"));
            return false;
        }
        offset += length - before;
        if (!headComplete(m_head.constData(), length))
            return false;
        m_head.clear();
    }
    return true;
}

bool RequestGuard::headComplete(const char* head, qint64 length)
{
    const RequestHead parsed = RequestHead::parse(head, length, m_limits.maxBodyBytes);
    switch (parsed.verdict) {
    case RequestHead::Verdict::Accept:
        break;
    case RequestHead::Verdict::Malformed:
        reject(400, ErrorCode::MalformedRequest,
               QStringLiteral("The request head is malformed: %1").arg(QLatin1String(parsed.problem)));
        return false;
    case RequestHead::Verdict::Chunked:
        reject(411, ErrorCode::LengthRequired,
               QStringLiteral("Send the body with a Content-Length; chunked bodies are not accepted"));
        return false;
    case RequestHead::Verdict::TooLarge:
        reject(413, ErrorCode::PayloadTooLarge,
               QStringLiteral("The body is larger than %1 KiB").arg(m_limits.maxBodyBytes / 1024));
        return false;
    case RequestHead::Verdict::BadVersion:
        reject(505, ErrorCode::MalformedRequest, QStringLiteral("Only HTTP/1.0 and HTTP/1.1 are spoken here"));
        return false;
    }
    m_bodyRemaining = parsed.contentLength;
    m_state = parsed.contentLength > 0 ? State::Body : State::Head;
    return true;
}

void RequestGuard::reject(int status, const char* code, const QString& message)
{
    qCInfo(lcGuard).noquote() << "rejected a request from" << m_socket->peerAddress().toString() << "with" << status;
    m_socket->readAll(); // Qt HttpServer must not see the rest of this request
    m_socket->write(HttpWire::errorResponse({status, QLatin1String(code), message, {}}, true));
    m_socket->flush();
    // Lingering close: stop sending, but read and drop the rest of the body for a while. Closing at once would
    // reset the connection while the client is still sending, and many clients then never read the answer.
    ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
    m_state = State::Discarding;
    connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater, Qt::UniqueConnection);
    m_timer.start(5000);
}

void RequestGuard::onTimeout()
{
    if (m_state == State::Discarding) {
        m_socket->abort();
        return;
    }
    if (m_state == State::Body || !m_head.isEmpty()) {
        reject(408, "REQUEST_TIMEOUT", QStringLiteral("The request did not arrive in time"));
        return;
    }
    m_socket->disconnectFromHost(); // idle keep-alive connection
}

} // namespace Keyward
