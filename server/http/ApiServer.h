#pragma once

#include "server/http/ConnectionGuard.h"
#include "server/http/ForwardedFor.h"
#include "server/http/Router.h"

#include <QAbstractHttpServer>
#include <QAtomicInt>
#include <QThreadPool>
#include <optional>

namespace Keyward {

// keywardd's HTTP front: takes each parsed request from Qt HttpServer, routes it, runs slow routes on a bounded
// worker pool (argon2) so the event loop keeps answering verifications, writes the response and the access log.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // `workers` runs the routes marked Thread::Worker (argon2); shared by every ApiServer of the process, so that its
    // size bounds the memory and CPU a sign-in storm can take however many HTTP threads there are.
    ApiServer(Router& router, QThreadPool& workers, const ForwardedFor& proxies, bool accessLog,
              QObject* parent = nullptr);
    ~ApiServer() override;

    // Accepts on an already listening socket (see openListeningSocket); call from the thread this server lives in.
    // With a TLS configuration the connections are encrypted (QSslServer).
    bool adoptListeningSocket(qintptr descriptor, const ConnectionLimits& limits,
                              const std::optional<QSslConfiguration>& tls = std::nullopt);
    // Stops accepting and waits until requests running on workers have answered (graceful shutdown).
    void closeAndDrain(int timeoutMs);
    int inFlight() const { return m_inFlight.loadRelaxed(); }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void send(QTcpSocket* socket, const ApiRequest& request, const Router::Route* route, const ServiceResult& result,
              bool close);

    Router& m_router;
    QThreadPool& m_workers;
    const ForwardedFor& m_proxies;
    bool m_accessLog;
    QAtomicInt m_inFlight;
    int m_maxQueued = 512;
};

} // namespace Keyward
