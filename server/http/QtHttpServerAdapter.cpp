#include "server/http/QtHttpServerAdapter.h"

#include "server/http/ConnectionGuard.h"
#include "server/http/HttpWire.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace Keyward {

HttpConnection::HttpConnection(QTcpSocket* socket, const QString& peer)
    : m_socket(socket)
    , m_peer(peer)
{ }

bool HttpConnection::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpConnection::send(const QByteArray& response, bool close) const
{
    if (!m_socket)
        return;
    m_socket->write(response);
    if (close)
        m_socket->disconnectFromHost();
}

bool QtHttpServerAdapter::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // The address the connection guard recorded when it accepted the socket (TLS sockets are wrapped), else Qt's.
    QString peer = socket->property(PeerAddressProperty).toString();
    if (peer.isEmpty())
        peer = request.remoteAddress().toString();
    serve(request, HttpConnection(socket, peer));
    return true; // every request is answered by serve(): missingHandler is never reached
}

void QtHttpServerAdapter::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Q_UNUSED(request);
    socket->write(HttpWire::errorResponse(ApiError::notFound(QStringLiteral("route"))));
}

} // namespace Keyward
