#pragma once

#include "core/ApiError.h"
#include "server/http/HttpWire.h"
#include "server/service/Outcome.h"
#include "server/service/RateLimiter.h"

#include <QByteArray>
#include <QJsonValue>

namespace Keyward {

// An answer as it goes on the wire: status, headers and the envelope's bytes (EnvelopeWriter). Made by the routes
// from what the services return; the services themselves know no status codes, headers or bytes.
struct ApiResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
    QString errorCode; // for the access log; empty for a success

    bool isSuccess() const { return status >= 200 && status <= 299; }

    static ApiResponse success(const QJsonValue& response, int status = 200);
    // A ready envelope (EnvelopeWriter's fast paths).
    static ApiResponse written(QByteArray envelope, int status = 200);
    // A 429 or 503 that says how long to wait (details.retry_after_seconds) also says it in Retry-After.
    static ApiResponse failure(const ApiError& error);
    // The service's value (a JSON view) with `status`, or its error.
    template<typename T> static ApiResponse of(const Outcome<T>& outcome, int status = 200)
    {
        return outcome.ok() ? success(outcome.value(), status) : failure(outcome.error());
    }

    ApiResponse&& withHeader(const QByteArray& name, const QByteArray& value) &&
    {
        headers.append({name, value});
        return std::move(*this);
    }
    // X-RateLimit-Limit/Remaining/Reset for a limited key, plus Retry-After (seconds to the window's end) when
    // the request was refused. Nothing for unlimited keys.
    void addRateLimit(const RateLimiter::Decision& decision, qint64 now);
};

} // namespace Keyward
