#pragma once

#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

namespace Keyward {

// Dynamic property on each accepted socket: the client address as text.
inline constexpr char PeerAddressProperty[] = "keyward.peer";

struct ConnectionLimits
{
    int maxHeadBytes = 16 * 1024;
    qint64 maxBodyBytes = 64 * 1024;
    int headTimeoutMs = 10000; // a request head must arrive within this time (slowloris)
    int bodyTimeoutMs = 30000;
    int idleTimeoutMs = 60000; // keep-alive connections idle longer than this are closed
};

// Qt HttpServer 6.4 buffers any header or body size and never times a connection out. This server accepts the
// sockets itself and watches each request's bytes before Qt reads them: a head over the limit gets 431, a body over
// the limit 413, chunked bodies 411, a stalled request 408, and the connection is closed.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(const ConnectionLimits& limits, QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    ConnectionLimits m_limits;
};

// The same guard for TLS connections (--tls-cert/--tls-key): it watches the decrypted request bytes.
class GuardedSslServer : public QSslServer
{
    Q_OBJECT
public:
    GuardedSslServer(const ConnectionLimits& limits, const QSslConfiguration& configuration, QObject* parent = nullptr);

private:
    ConnectionLimits m_limits;
};

class RequestGuard : public QObject
{
    Q_OBJECT
public:
    // Puts a guard on a freshly accepted socket (and records its peer address).
    static void attach(QTcpSocket* socket, const ConnectionLimits& limits);
    RequestGuard(QTcpSocket* socket, const ConnectionLimits& limits);

private:
    enum class State { Head, Body, Discarding };
    void onReadyRead();
    void onTimeout();
    bool consume(const char* data, qint64 size);
    bool headComplete(const char* head, qint64 length);
    void reject(int status, const char* code, const QString& message);
    void armTimer();

    QTcpSocket* m_socket;
    ConnectionLimits m_limits;
    State m_state = State::Head;
    QByteArray m_head; // only a head split across reads is collected here
    QByteArray m_scratch; // reused buffer for peeking, so the hot path does not allocate
    qint64 m_bodyRemaining = 0;
    qint64 m_discarded = 0;
    QTimer m_timer;
};

} // namespace Keyward
