#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace Keyward {

// Error codes on the wire (the "code" of the error envelope).
namespace ErrorCode {
inline constexpr char MalformedRequest[] = "MALFORMED_REQUEST";
inline constexpr char MissingApiKey[] = "MISSING_API_KEY";
inline constexpr char InvalidApiKey[] = "INVALID_API_KEY";
inline constexpr char ExpiredApiKey[] = "EXPIRED_API_KEY";
inline constexpr char InvalidCredentials[] = "INVALID_CREDENTIALS";
inline constexpr char InvalidToken[] = "INVALID_TOKEN";
inline constexpr char ExpiredToken[] = "EXPIRED_TOKEN";
inline constexpr char OtpRequired[] = "OTP_REQUIRED";
inline constexpr char InvalidOtp[] = "INVALID_OTP";
inline constexpr char StepUpRequired[] = "STEP_UP_REQUIRED";
inline constexpr char Forbidden[] = "FORBIDDEN";
inline constexpr char NotFound[] = "NOT_FOUND";
inline constexpr char MethodNotAllowed[] = "METHOD_NOT_ALLOWED";
inline constexpr char Conflict[] = "CONFLICT";
inline constexpr char KeyExpired[] = "KEY_EXPIRED";
inline constexpr char PayloadTooLarge[] = "PAYLOAD_TOO_LARGE";
inline constexpr char HeadersTooLarge[] = "HEADERS_TOO_LARGE";
inline constexpr char LengthRequired[] = "LENGTH_REQUIRED";
inline constexpr char UnsupportedMediaType[] = "UNSUPPORTED_MEDIA_TYPE";
inline constexpr char RateLimited[] = "RATE_LIMITED";
inline constexpr char ValidationFailed[] = "VALIDATION_FAILED";
inline constexpr char Internal[] = "INTERNAL_ERROR";
inline constexpr char Unavailable[] = "SERVICE_UNAVAILABLE";
inline constexpr char StorageUnavailable[] = "STORAGE_UNAVAILABLE";
} // namespace ErrorCode

// How long a client is told to wait (Retry-After) when the database is unreachable: about what a restart takes.
inline constexpr int StorageRetryAfterSeconds = 2;

// One error type from the server's envelope to the user's screen: HTTP status, code, message, details.
struct ApiError
{
    int status = 0;
    QString code;
    QString message;
    QJsonObject details;

    bool isNull() const { return status == 0; }
    // details.field: the request member at fault (e.g. "password", "otp", "new_password"); empty when none is named.
    QString field() const;
    // details.requires of STEP_UP_REQUIRED: the proofs ("password", "otp") the request must carry.
    QStringList requiredProofs() const;
    // details.retry_after_seconds (RATE_LIMITED), else `fallback` (e.g. the Retry-After header).
    int retryAfterSeconds(int fallback = 0) const;
    // details.max_key_lifetime_days: the tenant's cap an expiry went beyond; empty when not said.
    std::optional<int> maxKeyLifetimeDays() const;

    static ApiError malformed(const QString& message, const QJsonObject& details = {});
    static ApiError validation(const QString& field, const QString& message);
    static ApiError notFound(const QString& what = QStringLiteral("resource"));
    static ApiError forbidden(const QString& message = QStringLiteral("You are not allowed to do this"));
    static ApiError conflict(const QString& code, const QString& message);
    static ApiError internal();
    // 503: the database could not be reached; the request changed nothing and may be sent again.
    static ApiError storageUnavailable();

    QJsonObject toJson() const;
    static ApiError fromJson(int status, const QJsonObject& envelope);
};

} // namespace Keyward
