#include "server/service/AuthService.h"

#include "core/JsonReader.h"
#include "core/KeySecret.h"
#include "core/Timestamps.h"
#include "server/service/Ids.h"
#include "server/service/Totp.h"
#include "server/service/Views.h"

#include <sodium.h>

namespace Keyward {

namespace {
ApiError invalidCredentials()
{
    return {401, QLatin1String(ErrorCode::InvalidCredentials), QStringLiteral("The e-mail or password is wrong"), {}};
}

ServiceResult rateLimited(int retryAfterSeconds)
{
    ServiceResult result = ServiceResult::fail(
        {429, QLatin1String(ErrorCode::RateLimited), QStringLiteral("Too many failed sign-ins; try again later"),
         QJsonObject {{QStringLiteral("retry_after_seconds"), retryAfterSeconds}}});
    result.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds)});
    return result;
}
} // namespace

AuthService::AuthService(ServiceContext& context, Authenticator& authenticator)
    : m_ctx(context)
    , m_authenticator(authenticator)
{ }

void AuthService::auditLogin(const UserRecord& user, const QString& action, const QString& outcome,
                             const QString& address, const QJsonObject& details)
{
    AuditTrail::Entry e;
    e.tenantId = user.tenantId;
    e.actorId = user.id;
    e.actorEmail = user.email;
    e.subjectUserId = user.id;
    e.action = action;
    e.targetType = QStringLiteral("user");
    e.targetId = user.id;
    e.outcome = outcome;
    e.clientAddress = address;
    e.details = details;
    m_ctx.audit.record(e);
}

std::optional<AuthService::IssuedSession> AuthService::issueSession(const UserRecord& user, Scopes scopes,
                                                                    const QString& keyId, bool withRefresh,
                                                                    const QString& clientAddress)
{
    const qint64 now = m_ctx.clock.now();
    IssuedSession issued;
    issued.token = KeySecret::generate(KeySecret::Kind::Session);
    SessionRecord& s = issued.record;
    s.id = newId("ses");
    s.userId = user.id;
    s.tenantId = user.tenantId;
    s.tokenHash = KeySecret::hash(issued.token);
    s.expiresAt = now + m_ctx.policy.sessionLifetimeMs;
    s.createdAt = now;
    s.clientAddress = clientAddress;
    s.scopes = scopes;
    s.keyId = keyId;
    if (withRefresh) {
        issued.refreshToken = KeySecret::generate(KeySecret::Kind::Refresh);
        s.refreshHash = KeySecret::hash(issued.refreshToken);
        s.refreshExpiresAt = now + m_ctx.policy.refreshLifetimeMs;
    } else {
        s.refreshExpiresAt = s.expiresAt;
    }
    if (!m_ctx.storage.createSession(s))
        return std::nullopt;
    return issued;
}

bool AuthService::acceptTotp(const QString& userId, const QByteArray& sealedSecret, const QString& code)
{
    const std::optional<QByteArray> secret = m_ctx.secretBox.open(sealedSecret);
    if (!secret)
        return false; // tampered, or sealed under another server key
    const qint64 step = Totp::matchingStep(*secret, code, m_ctx.clock.now() / 1000);
    if (step < 0)
        return false;
    QMutexLocker lock(&m_totpMutex);
    if (m_lastTotpStep.value(userId, -1) >= step)
        return false; // this code (or a later one) was already used
    m_lastTotpStep.insert(userId, step);
    return true;
}

ServiceResult AuthService::login(const QByteArray& body, const QString& clientAddress)
{
    JsonReader reader(body, {"email", "password", "otp"});
    const QString email = reader.requiredString("email", 320).trimmed().toLower();
    QString password = reader.requiredString("password", 1024);
    const QString otp = reader.optionalString("otp", {}, 16);
    if (!reader.ok())
        return ServiceResult::fail(reader.error());

    const qint64 now = m_ctx.clock.now();
    if (const int wait = m_ctx.throttle.retryAfter(email, clientAddress, now); wait > 0)
        return rateLimited(wait);

    const std::optional<UserRecord> user = m_ctx.storage.userByEmail(email);
    // Unknown e-mails cost the same argon2 verification as known ones, so timing does not reveal accounts.
    const bool passwordOk = m_ctx.hasher.verify(user ? user->passwordHash : m_ctx.hasher.decoyHash(), password);
    if (!user || !passwordOk || user->disabled) {
        m_ctx.throttle.failed(email, clientAddress, now);
        if (user)
            auditLogin(*user, QStringLiteral("login"), QStringLiteral("failed"), clientAddress,
                       QJsonObject {{QStringLiteral("reason"),
                                     user->disabled && passwordOk ? QStringLiteral("disabled")
                                                                  : QStringLiteral("bad_password")}});
        return ServiceResult::fail(invalidCredentials());
    }
    if (!user->totpSecret.isEmpty()) {
        if (otp.isEmpty())
            return ServiceResult::fail({401,
                                        QLatin1String(ErrorCode::OtpRequired),
                                        QStringLiteral("Enter the code from your authenticator app"),
                                        {}});
        if (!acceptTotp(user->id, user->totpSecret, otp)) {
            m_ctx.throttle.failed(email, clientAddress, now);
            auditLogin(*user, QStringLiteral("login"), QStringLiteral("failed"), clientAddress,
                       QJsonObject {{QStringLiteral("reason"), QStringLiteral("bad_otp")}});
            return ServiceResult::fail(
                {401, QLatin1String(ErrorCode::InvalidOtp), QStringLiteral("The authenticator code is wrong"), {}});
        }
    }
    m_ctx.throttle.succeeded(email);
    if (m_ctx.hasher.needsRehash(user->passwordHash)) {
        UserRecord upgraded = *user;
        upgraded.passwordHash = m_ctx.hasher.hash(password);
        upgraded.updatedAt = now;
        if (!upgraded.passwordHash.isEmpty())
            m_ctx.storage.updateUser(upgraded);
    }
    sodium_memzero(password.data(), static_cast<size_t>(password.size()) * sizeof(QChar));

    const auto issued = issueSession(*user, AccountScopes, {}, true, clientAddress);
    if (!issued)
        return ServiceResult::fail(ApiError::internal());
    auditLogin(*user, QStringLiteral("login"), QStringLiteral("ok"), clientAddress,
               QJsonObject {{QStringLiteral("method"), QStringLiteral("password")}});
    const QJsonObject response {
        {QStringLiteral("email"), user->email},
        {QStringLiteral("user"), Views::user(*user)},
        {QStringLiteral("refresh_token"), QString::fromLatin1(issued->refreshToken)},
        {QStringLiteral("expires_at"), Timestamps::toIso(issued->record.expiresAt)},
        {QStringLiteral("refresh_expires_at"), Timestamps::toIso(issued->record.refreshExpiresAt)},
    };
    return ServiceResult::of(response).withHeader(QByteArrayLiteral("x-auth-token"), issued->token);
}

ServiceResult AuthService::loginWithKey(const QByteArray& body, const QString& clientAddress)
{
    JsonReader reader(body, {"personal-access-token"});
    const QString key = reader.requiredString("personal-access-token", 256);
    if (!reader.ok())
        return ServiceResult::fail(reader.error());
    const KeyVerifier::Outcome verified = m_authenticator.verifier().verify(key.toLatin1(), clientAddress);
    if (!verified.error.isNull()) {
        ServiceResult refused = ServiceResult::fail(verified.error);
        RateLimiter::appendHeaders(refused.headers, verified.rate, m_ctx.clock.now());
        return refused;
    }
    const KeyRecord& record = verified.entry->key;
    const std::optional<UserRecord> user = m_ctx.storage.userById(record.userId);
    if (!user || user->disabled)
        return ServiceResult::fail(
            {401, QLatin1String(ErrorCode::InvalidApiKey), QStringLiteral("The provided API key is invalid"), {}});
    // A short-lived session for a long-lived key (Togai): it carries the key's scopes and ends with the key.
    const Scopes scopes = record.kind == KeyKind::AuthenticationKey ? AccountScopes : record.scopes;
    const auto issued = issueSession(*user, scopes, record.id, false, clientAddress);
    if (!issued)
        return ServiceResult::fail(ApiError::internal());
    auditLogin(*user, QStringLiteral("login"), QStringLiteral("ok"), clientAddress,
               QJsonObject {{QStringLiteral("method"),
                             record.kind == KeyKind::AuthenticationKey ? QStringLiteral("authentication_key")
                                                                       : QStringLiteral("api_key")},
                            {QStringLiteral("key_id"), record.id}});
    return ServiceResult::of(QJsonObject {{QStringLiteral("email"), user->email}})
        .withHeader(QByteArrayLiteral("x-auth-token"), issued->token);
}

ServiceResult AuthService::refresh(const QByteArray& refreshToken, const QString& clientAddress)
{
    const ApiError invalid {401,
                            QLatin1String(ErrorCode::InvalidToken),
                            QStringLiteral("The refresh token is invalid or was already used; sign in again"),
                            {}};
    KeySecret::Kind kind;
    if (!KeySecret::isWellFormed(refreshToken, &kind) || kind != KeySecret::Kind::Refresh)
        return ServiceResult::fail(invalid);
    const QByteArray hash = KeySecret::hash(refreshToken);
    const std::optional<SessionRecord> session = m_ctx.storage.sessionByRefreshHash(hash);
    const qint64 now = m_ctx.clock.now();
    if (!session || session->refreshExpiresAt <= now)
        return ServiceResult::fail(invalid);
    if (!m_ctx.storage.consumeRefresh(session->id, hash))
        return ServiceResult::fail(invalid);
    const std::optional<UserRecord> user = m_ctx.storage.userById(session->userId);
    if (!user || user->disabled)
        return ServiceResult::fail(invalid);
    const auto issued = issueSession(*user, session->scopes, session->keyId, true, clientAddress);
    if (!issued)
        return ServiceResult::fail(ApiError::internal());
    const QJsonObject response {
        {QStringLiteral("email"), user->email},
        {QStringLiteral("refresh_token"), QString::fromLatin1(issued->refreshToken)},
        {QStringLiteral("expires_at"), Timestamps::toIso(issued->record.expiresAt)},
        {QStringLiteral("refresh_expires_at"), Timestamps::toIso(issued->record.refreshExpiresAt)},
    };
    return ServiceResult::of(response).withHeader(QByteArrayLiteral("x-auth-token"), issued->token);
}

ServiceResult AuthService::logout(const Principal& principal)
{
    if (!principal.sessionId.isEmpty() && !m_ctx.storage.deleteSession(principal.sessionId))
        return ServiceResult::fail(ApiError::internal());
    return ServiceResult::of(QJsonObject {{QStringLiteral("signed_out"), !principal.sessionId.isEmpty()}});
}

} // namespace Keyward
