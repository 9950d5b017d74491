#include "server/http/Router.h"

namespace Keyward {

namespace {
bool looksLikeId(const QString& value)
{
    if (value.size() != 20 || value.at(3) != QLatin1Char('_'))
        return false;
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (i != 3
            && !(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                 || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))))
            return false;
    }
    return true;
}
} // namespace

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
    if (params.isEmpty())
        return route.pattern;
    QString path;
    int param = 0;
    for (const QString& segment : route.segments) {
        path += QLatin1Char('/');
        if (segment.startsWith(QLatin1Char('{'))) {
            // Only values shaped like our object ids ("key_" + 16 base62) are logged: a client that puts a secret in
            // an id slot must not get it written to the log.
            const QString value = params.value(param);
            path += segment != QLatin1String("{token}") && looksLikeId(value) ? value : segment;
            ++param;
        } else {
            path += segment;
        }
    }
    return path;
}

} // namespace Keyward
