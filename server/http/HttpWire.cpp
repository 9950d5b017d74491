#include "server/http/HttpWire.h"

#include "server/http/EnvelopeWriter.h"

#include <cstdio>
#include <ctime>

namespace Keyward::HttpWire {

QByteArray httpDate(qint64 unixSeconds)
{
    static constexpr char Days[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr char Months[12][4]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const time_t seconds = static_cast<time_t>(unixSeconds);
    std::tm utc = {};
    if (!gmtime_r(&seconds, &utc) || utc.tm_year + 1900 < 0 || utc.tm_year + 1900 > 9999)
        return {};
    char text[32];
    const int length
        = snprintf(text, sizeof text, "%s, %02d %s %04d %02d:%02d:%02d GMT", Days[utc.tm_wday], utc.tm_mday,
                   Months[utc.tm_mon], utc.tm_year + 1900, utc.tm_hour, utc.tm_min, utc.tm_sec);
    return QByteArray(text, length);
}

namespace {
// The Date of every answer: formatted once a second per thread, not once per response.
const QByteArray& currentDate()
{
    thread_local qint64 formattedFor = -1;
    thread_local QByteArray formatted;
    timespec now {};
    clock_gettime(CLOCK_REALTIME_COARSE, &now);
    if (now.tv_sec != formattedFor) {
        formattedFor = now.tv_sec;
        formatted = httpDate(now.tv_sec);
    }
    return formatted;
}
} // namespace

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Status");
    }
}

QByteArray response(int status, const HeaderList& headers, const QByteArray& body, bool closeConnection)
{
    QByteArray out;
    out.reserve(224 + body.size());
    out += "HTTP/1.1 ";
    out += QByteArray::number(status);
    out += ' ';
    out += reasonPhrase(status);
    // nosniff: a browser must not guess another type than application/json (and run an answer as script or HTML).
    out += "\r\nContent-Type: application/json\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff"
           "\r\nDate: ";
    out += currentDate();
    out += "\r\nContent-Length: ";
    out += QByteArray::number(body.size());
    out += "\r\n";
    for (const auto& header : headers) {
        out += header.first;
        out += ": ";
        out += header.second;
        out += "\r\n";
    }
    if (closeConnection)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += body;
    return out;
}

QByteArray errorResponse(const ApiError& error, bool closeConnection)
{
    return response(error.status, {}, EnvelopeWriter::failure(error), closeConnection);
}

} // namespace Keyward::HttpWire
