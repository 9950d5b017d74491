#include "server/http/VerifyAnswer.h"

#include "core/Timestamps.h"
#include "server/http/EnvelopeWriter.h"
#include "server/service/Views.h"

#include <QJsonObject>

namespace Keyward {

ApiResponse verifyAnswer(const KeyVerifier::Outcome& out, qint64 now)
{
    if (out.error.status == 429) {
        ApiResponse limited = ApiResponse::failure(out.error);
        limited.addRateLimit(out.rate, now);
        return limited;
    }
    if (out.error.isNull() && out.rate.limit <= 0)
        return ApiResponse::written(EnvelopeWriter::validKey(*out.entry)); // the hot path
    if (!out.found && out.error.code == QLatin1String(ErrorCode::InvalidApiKey)) {
        // A flood of guesses: the same bytes for every unknown key, written once.
        static const QByteArray unknown = EnvelopeWriter::success(
            QJsonObject {{QStringLiteral("valid"), false},
                         {QStringLiteral("code"), QLatin1String(ErrorCode::InvalidApiKey)},
                         {QStringLiteral("message"), QStringLiteral("The provided API key is invalid")}});
        return ApiResponse::written(unknown);
    }
    QJsonObject response {{QStringLiteral("valid"), out.error.isNull()}};
    response.insert(QStringLiteral("code"), out.error.isNull() ? QStringLiteral("VALID") : out.error.code);
    if (!out.error.isNull())
        response.insert(QStringLiteral("message"), out.error.message);
    if (out.found && out.error.code != QLatin1String(ErrorCode::InvalidApiKey)) {
        const QJsonObject key = Views::verifiedKey(out.entry->record(), out.entry->tenantName);
        for (auto it = key.constBegin(); it != key.constEnd(); ++it)
            response.insert(it.key(), it.value());
    }
    if (out.error.isNull()) {
        response.insert(QStringLiteral("ratelimit"),
                        out.rate.limit > 0
                            ? QJsonValue(QJsonObject {{QStringLiteral("limit"), out.rate.limit},
                                                      {QStringLiteral("remaining"), out.rate.remaining},
                                                      {QStringLiteral("reset"), Timestamps::toIso(out.rate.resetAt)}})
                            : QJsonValue());
    }
    ApiResponse answer = ApiResponse::success(response);
    answer.addRateLimit(out.rate, now);
    return answer;
}

} // namespace Keyward
