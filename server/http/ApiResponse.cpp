#include "server/http/ApiResponse.h"

#include "server/http/EnvelopeWriter.h"

#include <algorithm>

namespace Keyward {

ApiResponse ApiResponse::success(const QJsonValue& response, int status)
{
    return written(EnvelopeWriter::success(response), status);
}

ApiResponse ApiResponse::written(QByteArray envelope, int status)
{
    ApiResponse answer;
    answer.status = status;
    answer.body = std::move(envelope);
    return answer;
}

ApiResponse ApiResponse::failure(const ApiError& error)
{
    ApiResponse answer;
    answer.status = error.status;
    answer.body = EnvelopeWriter::failure(error);
    answer.errorCode = error.code;
    const QJsonValue wait = error.details.value(QStringLiteral("retry_after_seconds"));
    if ((error.status == 429 || error.status == 503) && wait.isDouble())
        answer.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(wait.toInt())});
    return answer;
}

void ApiResponse::addRateLimit(const RateLimiter::Decision& decision, qint64 now)
{
    if (decision.limit <= 0)
        return;
    headers.append({QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(decision.limit)});
    headers.append({QByteArrayLiteral("X-RateLimit-Remaining"), QByteArray::number(decision.remaining)});
    headers.append({QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(decision.resetAt / 1000)});
    if (!decision.allowed) {
        const qint64 retry = std::max<qint64>(1, (decision.resetAt - now + 999) / 1000);
        headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retry)});
    }
}

} // namespace Keyward
