#include "server/http/ConnectionGuard.h"

#include "server/http/HttpWire.h"

#include <QLoggingCategory>
#include <QTcpSocket>

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
    // Connected before Qt HttpServer's own readyRead handler, so it sees every byte first.
    new RequestGuard(socket, m_limits);
    addPendingConnection(socket);
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
    // Qt reads everything available right after this handler, so each byte passes here exactly once.
    const QByteArray chunk = m_socket->peek(m_socket->bytesAvailable());
    const bool startedIdle = m_state == State::Head && m_head.isEmpty();
    if (!consume(chunk))
        return;
    if (startedIdle || m_state == State::Body || m_head.isEmpty())
        armTimer();
}

bool RequestGuard::consume(const QByteArray& chunk)
{
    qsizetype offset = 0;
    while (offset < chunk.size()) {
        if (m_state == State::Body) {
            const qint64 take = std::min<qint64>(m_bodyRemaining, chunk.size() - offset);
            m_bodyRemaining -= take;
            offset += take;
            if (m_bodyRemaining == 0)
                m_state = State::Head;
            continue;
        }
        const qsizetype before = m_head.size();
        m_head.append(chunk.constData() + offset, chunk.size() - offset);
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > m_limits.maxHeadBytes) {
                reject(431, ErrorCode::HeadersTooLarge, QStringLiteral("The request headers are too large"));
                return false;
            }
            return true;
        }
        const int headLength = static_cast<int>(end + 4);
        if (headLength > m_limits.maxHeadBytes) {
            reject(431, ErrorCode::HeadersTooLarge, QStringLiteral("The request headers are too large"));
            return false;
        }
        offset += headLength - before;
        m_head.truncate(headLength);
        if (!headComplete(headLength))
            return false;
        m_head.clear();
    }
    return true;
}

bool RequestGuard::headComplete(int headLength)
{
    qint64 contentLength = 0;
    const QList<QByteArray> lines = m_head.left(headLength - 4).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0) {
                reject(400, ErrorCode::MalformedRequest, QStringLiteral("The Content-Length header is not a number"));
                return false;
            }
        } else if (name == "transfer-encoding") {
            reject(411, ErrorCode::LengthRequired,
                   QStringLiteral("Send the body with a Content-Length; chunked bodies are not accepted"));
            return false;
        }
    }
    if (contentLength > m_limits.maxBodyBytes) {
        reject(413, ErrorCode::PayloadTooLarge,
               QStringLiteral("The body is larger than %1 KiB").arg(m_limits.maxBodyBytes / 1024));
        return false;
    }
    m_bodyRemaining = contentLength;
    m_state = contentLength > 0 ? State::Body : State::Head;
    return true;
}

void RequestGuard::reject(int status, const char* code, const QString& message)
{
    qCInfo(lcGuard).noquote() << "rejected a request from" << m_socket->peerAddress().toString() << "with" << status;
    m_timer.stop();
    m_socket->readAll(); // Qt HttpServer must not see the rest of this request
    m_socket->write(HttpWire::errorResponse({status, QLatin1String(code), message, {}}, true));
    m_socket->disconnectFromHost();
}

void RequestGuard::onTimeout()
{
    if (m_state == State::Body || !m_head.isEmpty()) {
        reject(408, "REQUEST_TIMEOUT", QStringLiteral("The request did not arrive in time"));
        return;
    }
    m_socket->disconnectFromHost(); // idle keep-alive connection
}

} // namespace Keyward
