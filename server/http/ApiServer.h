#pragma once

#include "server/http/ConnectionGuard.h"
#include "server/http/ForwardedFor.h"
#include "server/http/QtHttpServerAdapter.h"
#include "server/http/Router.h"

#include <QAtomicInt>
#include <QThreadPool>
#include <optional>

namespace Keyward {

// keywardd's HTTP front: takes each parsed request from Qt HttpServer, routes it, runs slow routes on a bounded
// worker pool (argon2) so the event loop keeps answering verifications, writes the response and the access log.
// Qt's version-specific hook is QtHttpServerAdapter's business.
class ApiServer : public QtHttpServerAdapter
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
    void serve(const QHttpServerRequest& request, const HttpConnection& connection) override;

private:
    void send(const HttpConnection& connection, const ApiRequest& request, const Router::Route* route,
              const ApiResponse& response, bool close);

    Router& m_router;
    QThreadPool& m_workers;
    const ForwardedFor& m_proxies;
    bool m_accessLog;
    QAtomicInt m_inFlight;
    int m_maxQueued = 512;
};

} // namespace Keyward
