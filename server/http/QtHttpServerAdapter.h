#pragma once

#include <QAbstractHttpServer>
#include <QPointer>
#include <QString>

class QTcpSocket;

namespace Keyward {

// The connection a request came on, as keywardd needs it: the client's address, and a way to answer that notices
// when the client has gone (an answer may come later, from a worker). keywardd writes its own response bytes
// (HttpWire), so this is all it needs of Qt's connection.
class HttpConnection
{
public:
    QString peerAddress() const { return m_peer; }
    bool isOpen() const;
    // Writes a whole HTTP response; `close` then ends the connection.
    void send(const QByteArray& response, bool close) const;

private:
    friend class QtHttpServerAdapter;
    HttpConnection(QTcpSocket* socket, const QString& peer);

    QPointer<QTcpSocket> m_socket;
    QString m_peer;
};

// The one place that knows Qt HttpServer's per-request hook, which is version-specific. These are the Qt 6.4
// signatures: QAbstractHttpServer::handleRequest(const QHttpServerRequest&, QTcpSocket*) and
// missingHandler(const QHttpServerRequest&, QTcpSocket*). Qt 6.5 removed them for overloads taking a
// QHttpServerResponder& instead of the socket. When Debian moves past Qt 6.4, only this file (and the version check
// in the root CMakeLists.txt) changes; ApiServer sees requests only through serve().
class QtHttpServerAdapter : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using QAbstractHttpServer::QAbstractHttpServer;

protected:
    // Every request Qt parsed, with the connection to answer on.
    virtual void serve(const QHttpServerRequest& request, const HttpConnection& connection) = 0;

private:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) final;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) final;
};

} // namespace Keyward
