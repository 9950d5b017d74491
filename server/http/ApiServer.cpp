#include "server/http/ApiServer.h"

#include "core/Policy.h"
#include "server/http/AccessLog.h"
#include "server/http/HttpWire.h"
#include "server/service/ThreadPriority.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QtConcurrent>

namespace Keyward {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}
} // namespace

ApiServer::ApiServer(Router& router, QThreadPool& workers, const ForwardedFor& proxies, bool accessLog, QObject* parent)
    : QtHttpServerAdapter(parent)
    , m_router(router)
    , m_workers(workers)
    , m_proxies(proxies)
    , m_accessLog(accessLog)
{ }

ApiServer::~ApiServer()
{
    m_workers.waitForDone();
}

bool ApiServer::adoptListeningSocket(qintptr descriptor, const ConnectionLimits& limits,
                                     const std::optional<QSslConfiguration>& tls)
{
    QTcpServer* server
        = tls ? static_cast<QTcpServer*>(new GuardedSslServer(limits, *tls, this)) : new GuardedTcpServer(limits, this);
    if (!server->setSocketDescriptor(descriptor)) {
        delete server;
        return false;
    }
    bind(server);
    return true;
}

void ApiServer::closeAndDrain(int timeoutMs)
{
    const QList<QTcpServer*> listeners = servers();
    for (QTcpServer* listener : listeners)
        listener->close();
    QDeadlineTimer deadline(timeoutMs);
    while (m_inFlight.loadRelaxed() > 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    m_workers.waitForDone(static_cast<int>(std::max<qint64>(0, deadline.remainingTime())));
}

void ApiServer::serve(const QHttpServerRequest& request, const HttpConnection& connection)
{
    ApiRequest req;
    req.started.start();
    req.method = methodName(request.method());
    const QUrl url = request.url();
    req.path = url.path();
    if (url.hasQuery())
        req.query = QUrlQuery(url);
    req.headers = request.headers();
    req.body = request.body();
    req.clientAddress = connection.peerAddress();
    if (!m_proxies.isEmpty()) {
        QByteArray forwardedFor; // every X-Forwarded-For header, in order, as one list
        for (const auto& header : std::as_const(req.headers)) {
            if (header.first.compare("X-Forwarded-For", Qt::CaseInsensitive) == 0)
                forwardedFor += (forwardedFor.isEmpty() ? QByteArray() : QByteArrayLiteral(",")) + header.second;
        }
        req.clientAddress = m_proxies.clientAddress(req.clientAddress, forwardedFor);
    }
    const bool close = req.header("Connection").compare("close", Qt::CaseInsensitive) == 0;

    const Router::Match match = m_router.match(req.method, req.path);
    if (!match.route) {
        if (!match.allowed.isEmpty()) {
            send(connection, req, nullptr,
                 ApiResponse::failure({405,
                                       QLatin1String(ErrorCode::MethodNotAllowed),
                                       QStringLiteral("%1 is not allowed here; use %2")
                                           .arg(QString::fromLatin1(req.method), QString::fromLatin1(match.allowed)),
                                       {}})
                     .withHeader(QByteArrayLiteral("Allow"), match.allowed),
                 close);
        } else {
            send(connection, req, nullptr, ApiResponse::failure(ApiError::notFound(QStringLiteral("route"))), close);
        }
        return;
    }
    if (req.body.size() > Policy::MaxBodyBytes) { // the guard stops these first; this is the second line
        send(connection, req, match.route,
             ApiResponse::failure(
                 {413, QLatin1String(ErrorCode::PayloadTooLarge), QStringLiteral("The body is too large"), {}}),
             true);
        return;
    }
    req.params = match.params;
    const Router::Route* route = match.route;
    if (route->thread == Router::Thread::EventLoop) {
        send(connection, req, route, m_router.call(*route, req), close);
        return;
    }
    if (m_inFlight.loadRelaxed() >= m_maxQueued) {
        send(connection, req, route,
             ApiResponse::failure({503,
                                   QLatin1String(ErrorCode::Unavailable),
                                   QStringLiteral("The server is busy; try again shortly"),
                                   {}})
                 .withHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")),
             close);
        return;
    }
    m_inFlight.ref();
    QtConcurrent::run(&m_workers, [this, route, req]() {
        lowerThisThreadToBackground(); // argon2 yields to verification
        return m_router.call(*route, req);
    }).then(this, [this, connection, req, route, close](const ApiResponse& response) {
        m_inFlight.deref();
        if (connection.isOpen())
            send(connection, req, route, response, close);
    });
}

void ApiServer::send(const HttpConnection& connection, const ApiRequest& request, const Router::Route* route,
                     const ApiResponse& response, bool close)
{
    connection.send(HttpWire::response(response.status, response.headers, response.body, close), close);
    if (m_accessLog && AccessLog::instance().enabled()) {
        // Never the query (it may carry ?ApiKey=) nor a token in the path: the route's pattern with safe values.
        const QString path = route ? Router::loggablePath(*route, request.params) : QStringLiteral("(no route)");
        AccessLog::instance().record(request.method, path, response.status, request.started.nsecsElapsed(),
                                     request.clientAddress, response.errorCode);
    }
}

} // namespace Keyward
