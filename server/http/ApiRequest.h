#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Keyward {

// The parts of an HTTP request the routes use, copied out of Qt's request so they can travel to a worker thread.
struct ApiRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString clientAddress;
    QStringList params; // values of the {placeholders} in the route's path
    QElapsedTimer started;

    QByteArray header(const char* name) const
    {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

} // namespace Keyward
