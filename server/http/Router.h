#pragma once

#include "server/http/ApiRequest.h"
#include "server/http/ApiResponse.h"

#include <QHash>
#include <functional>
#include <vector>

namespace Keyward {

// Maps "METHOD /path/{param}" to handlers. A path that exists with another method answers 405 with Allow.
class Router
{
public:
    using Handler = std::function<ApiResponse(const ApiRequest&)>;
    enum class Thread { EventLoop, Worker }; // Worker: slow work (argon2) that must not block the event loop

    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Handler handler;
        Thread thread = Thread::EventLoop;
    };

    struct Match
    {
        const Route* route = nullptr;
        QStringList params;
        QByteArray allowed; // for 405: the methods the path does have
    };

    // Runs around every handler, on the handler's thread: one place for what every route must do.
    using Wrapper = std::function<ApiResponse(const Route&, const ApiRequest&)>;

    void add(const char* method, const QString& pattern, Handler handler, Thread thread = Thread::EventLoop);
    void setWrapper(Wrapper wrapper) { m_wrapper = std::move(wrapper); }
    ApiResponse call(const Route& route, const ApiRequest& request) const
    {
        return m_wrapper ? m_wrapper(route, request) : route.handler(request);
    }
    Match match(const QByteArray& method, const QString& path) const;
    // The path for the access log: the pattern with its parameters filled in, except secrets ({token}).
    static QString loggablePath(const Route& route, const QStringList& params);

private:
    std::vector<Route> m_routes;
    Wrapper m_wrapper;
    QHash<QString, std::vector<size_t>> m_static; // exact paths without parameters
};

} // namespace Keyward
