#include "server/http/Router.h"

namespace Keyward {

void Router::add(const char* method, const QString& pattern, Handler handler, Thread thread)
{
    Route route;
    route.method = method;
    route.pattern = pattern;
    route.segments = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    route.handler = std::move(handler);
    route.thread = thread;
    m_routes.push_back(std::move(route));
    if (!pattern.contains(QLatin1Char('{')))
        m_static[pattern].push_back(m_routes.size() - 1);
}

Router::Match Router::match(const QByteArray& method, const QString& path) const
{
    Match result;
    QList<QByteArray> allowed;
    auto consider = [&](const Route& route, const QStringList& params) {
        if (route.method == method) {
            result.route = &route;
            result.params = params;
            return true;
        }
        if (!allowed.contains(route.method))
            allowed.append(route.method);
        return false;
    };
    if (const auto it = m_static.constFind(path); it != m_static.constEnd()) {
        for (size_t index : *it) {
            if (consider(m_routes[index], {}))
                return result;
        }
    }
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const Route& route : m_routes) {
        if (route.segments.size() != segments.size() || !route.pattern.contains(QLatin1Char('{')))
            continue;
        QStringList params;
        bool same = true;
        for (qsizetype i = 0; i < segments.size() && same; ++i) {
            const QString& expected = route.segments.at(i);
            if (expected.startsWith(QLatin1Char('{')))
                params.append(segments.at(i));
            else
                same = expected == segments.at(i);
        }
        if (same && consider(route, params))
            return result;
    }
    result.allowed = allowed.join(", ");
    return result;
}

QString Router::loggablePath(const Route& route, const QStringList& params)
{
    QString path;
    int param = 0;
    for (const QString& segment : route.segments) {
        path += QLatin1Char('/');
        if (segment.startsWith(QLatin1Char('{'))) {
            path += segment == QLatin1String("{token}") ? segment : params.value(param);
            ++param;
        } else {
            path += segment;
        }
    }
    return path;
}

} // namespace Keyward
