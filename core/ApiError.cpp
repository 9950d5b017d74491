#include "core/ApiError.h"

#include <QJsonArray>

namespace Keyward {

QString ApiError::field() const
{
    return details.value(QStringLiteral("field")).toString();
}

QStringList ApiError::requiredProofs() const
{
    QStringList proofs;
    for (const QJsonValue value : details.value(QStringLiteral("requires")).toArray())
        proofs.append(value.toString());
    return proofs;
}

std::optional<int> ApiError::maxKeyLifetimeDays() const
{
    const QJsonValue days = details.value(QStringLiteral("max_key_lifetime_days"));
    return days.isDouble() ? std::optional<int>(days.toInt()) : std::nullopt;
}

int ApiError::retryAfterSeconds(int fallback) const
{
    return details.value(QStringLiteral("retry_after_seconds")).toInt(fallback);
}

ApiError ApiError::malformed(const QString& message, const QJsonObject& details)
{
    return {400, QLatin1String(ErrorCode::MalformedRequest), message, details};
}

ApiError ApiError::validation(const QString& field, const QString& message)
{
    return {400, QLatin1String(ErrorCode::ValidationFailed), message, QJsonObject {{QStringLiteral("field"), field}}};
}

ApiError ApiError::notFound(const QString& what)
{
    return {404, QLatin1String(ErrorCode::NotFound), QStringLiteral("No such %1").arg(what), {}};
}

ApiError ApiError::forbidden(const QString& message)
{
    return {403, QLatin1String(ErrorCode::Forbidden), message, {}};
}

ApiError ApiError::conflict(const QString& code, const QString& message)
{
    return {409, code, message, {}};
}

ApiError ApiError::internal()
{
    return {500, QLatin1String(ErrorCode::Internal), QStringLiteral("The server could not complete the request"), {}};
}

ApiError ApiError::storageUnavailable()
{
    return {503, QLatin1String(ErrorCode::StorageUnavailable),
            QStringLiteral("The server's database is unavailable; try again shortly"),
            QJsonObject {{QStringLiteral("retry_after_seconds"), StorageRetryAfterSeconds}}};
}

QJsonObject ApiError::toJson() const
{
    QJsonObject error {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!details.isEmpty())
        error.insert(QStringLiteral("details"), details);
    return error;
}

ApiError ApiError::fromJson(int status, const QJsonObject& envelope)
{
    const QJsonObject error = envelope.value(QStringLiteral("error")).toObject();
    ApiError result {status, error.value(QStringLiteral("code")).toString(),
                     error.value(QStringLiteral("message")).toString(),
                     error.value(QStringLiteral("details")).toObject()};
    if (result.code.isEmpty())
        result.code = QLatin1String(status >= 500 ? ErrorCode::Internal : ErrorCode::MalformedRequest);
    if (result.message.isEmpty())
        result.message = QStringLiteral("HTTP status %1").arg(status);
    return result;
}

} // namespace Keyward
