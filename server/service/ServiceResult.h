#pragma once

#include "core/ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>

namespace Keyward {

// What a service call produced: a status and a JSON "response" (plus headers such as x-auth-token), or an ApiError.
struct ServiceResult
{
    int status = 200;
    QJsonValue response;
    QList<QPair<QByteArray, QByteArray>> headers;
    ApiError error;
    QByteArray rawBody; // a ready-made success envelope (the verify fast path); used instead of "response"

    bool ok() const { return error.isNull(); }
    static ServiceResult of(const QJsonValue& response, int status = 200) { return {status, response, {}, {}, {}}; }
    // A 429 or 503 that says how long to wait (details.retry_after_seconds) also says it in Retry-After.
    static ServiceResult fail(const ApiError& error)
    {
        ServiceResult result {error.status, {}, {}, error, {}};
        const QJsonValue wait = error.details.value(QStringLiteral("retry_after_seconds"));
        if ((error.status == 429 || error.status == 503) && wait.isDouble())
            result.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(wait.toInt())});
        return result;
    }
    ServiceResult&& withHeader(const QByteArray& name, const QByteArray& value) &&
    {
        headers.append({name, value});
        return std::move(*this);
    }
};

} // namespace Keyward
