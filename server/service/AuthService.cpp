#include "server/service/AuthService.h"

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

ApiError rateLimited(int retryAfterSeconds)
{
    return {429, QLatin1String(ErrorCode::RateLimited), QStringLiteral("Too many failed sign-ins; try again later"),
            QJsonObject {{QStringLiteral("retry_after_seconds"), retryAfterSeconds}}};
}

ApiError invalidRefreshToken()
{
    return {401,
            QLatin1String(ErrorCode::InvalidToken),
            QStringLiteral("The refresh token is invalid or was already used; sign in again"),
            {}};
}

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;
} // namespace

AuthService::AuthService(ServiceContext& context, Authenticator& authenticator, IdentityCheck& identity)
    : m_ctx(context)
    , m_authenticator(authenticator)
    , m_identity(identity)
{ }

qint64 AuthService::chainLifetimeMs(const QString& tenantId)
{
    const std::optional<TenantRecord> tenant = m_ctx.storage.tenantById(tenantId);
    return m_ctx.policy.sessionChainDays(tenant.value_or(TenantRecord {})) * DayMs;
}

std::optional<AuthService::IssuedSession> AuthService::issueSession(const UserRecord& user, Scopes scopes,
                                                                    SessionOrigin origin, const QString& clientAddress,
                                                                    const SessionRecord* family, const KeyRecord* key,
                                                                    const QByteArray& keyHash)
{
    const qint64 now = m_ctx.clock.now();
    IssuedSession issued;
    issued.token = KeySecret::generate(KeySecret::Kind::Session);
    SessionRecord& s = issued.record;
    s.id = newId("ses");
    s.userId = user.id;
    s.tenantId = user.tenantId;
    s.tokenHash = KeySecret::hash(issued.token);
    s.createdAt = now;
    s.clientAddress = clientAddress;
    s.scopes = scopes;
    s.origin = origin;
    s.familyId = family ? family->familyId : s.id;
    s.expiresAt = now + m_ctx.policy.sessionLifetimeMs;
    if (key) {
        // A session opened with a key lives no longer than the key, nor than the secret that opened it.
        s.keyId = key->id;
        s.keySecretHash = keyHash;
        if (key->expiresAt > 0)
            s.expiresAt = std::min(s.expiresAt, key->expiresAt);
        if (key->secretValidUntil > 0)
            s.expiresAt = std::min(s.expiresAt, key->secretValidUntil);
        s.refreshExpiresAt = s.expiresAt;
    } else {
        issued.refreshToken = KeySecret::generate(KeySecret::Kind::Refresh);
        s.refreshHash = KeySecret::hash(issued.refreshToken);
        // The chain's end is fixed at sign-in; refreshing never moves it.
        s.refreshExpiresAt = family ? family->refreshExpiresAt : now + chainLifetimeMs(user.tenantId);
        s.expiresAt = std::min(s.expiresAt, s.refreshExpiresAt);
    }
    if (!m_ctx.storage.createSession(s))
        return std::nullopt;
    return issued;
}

SignIn AuthService::signedIn(const UserRecord& user, const IssuedSession& issued)
{
    QJsonObject response {{QStringLiteral("email"), user.email},
                          {QStringLiteral("expires_at"), Timestamps::toIso(issued.record.expiresAt)}};
    if (!issued.refreshToken.isEmpty()) { // sessions opened with a key are not refreshed: they end with the key
        response.insert(QStringLiteral("refresh_token"), QString::fromLatin1(issued.refreshToken));
        response.insert(QStringLiteral("refresh_expires_at"), Timestamps::toIso(issued.record.refreshExpiresAt));
    }
    return {response, issued.token};
}

Outcome<SignIn> AuthService::login(const LoginCommand& command, const QString& clientAddress)
{
    const QString& email = command.email;
    QString password = command.password;
    if (!command.otp.isEmpty() && !command.recoveryCode.isEmpty())
        return ApiError::validation(QStringLiteral("recovery_code"),
                                    QStringLiteral("Give either otp or recovery_code, not both"));
    const qint64 now = m_ctx.clock.now();
    if (const int wait = m_ctx.throttle.retryAfter(email, clientAddress, now); wait > 0)
        return rateLimited(wait); // not counted, and no argon2 spent

    const std::optional<UserRecord> user = m_ctx.storage.userByEmail(email);
    if (m_ctx.storage.unreachable()) // not "no such user": nothing is counted against the address, no argon2 spent
        return ApiError::storageUnavailable();
    // Unknown e-mails cost the same argon2 verification as known ones, so timing does not reveal accounts.
    const bool passwordOk = m_ctx.hasher.verify(user ? user->passwordHash : m_ctx.hasher.decoyHash(), password);
    if (!user || !passwordOk || user->disabled) {
        m_ctx.throttle.failed(email, clientAddress, now);
        if (user)
            m_ctx.audit.byUser(*user, QStringLiteral("login"), QStringLiteral("failed"), clientAddress,
                               QJsonObject {{QStringLiteral("reason"),
                                             user->disabled && passwordOk ? QStringLiteral("disabled")
                                                                          : QStringLiteral("bad_password")}});
        return invalidCredentials();
    }
    int recoveryCodesRemaining = -1; // set when a recovery code stood in for the TOTP code
    if (!user->totpSecret.isEmpty()) {
        if (command.otp.isEmpty() && command.recoveryCode.isEmpty())
            return ApiError {401,
                             QLatin1String(ErrorCode::OtpRequired),
                             QStringLiteral("Enter the code from your authenticator app"),
                             {}};
        // A wrong code is audited as "2fa.code" (where: login) by the check itself, and counted as a wrong TOTP code.
        const ApiError e = command.otp.isEmpty()
            ? m_identity.recoveryCode(*user, command.recoveryCode, QStringLiteral("login"), clientAddress, 401,
                                      &recoveryCodesRemaining)
            : m_identity.code(*user, user->totpSecret, command.otp, QStringLiteral("login"), clientAddress, 401);
        if (!e.isNull())
            return e;
    }
    m_ctx.throttle.succeeded(email, clientAddress);
    if (m_ctx.hasher.needsRehash(user->passwordHash)) {
        UserRecord upgraded = *user;
        upgraded.passwordHash = m_ctx.hasher.hash(password);
        upgraded.updatedAt = now;
        if (!upgraded.passwordHash.isEmpty())
            m_ctx.storage.updateUser(upgraded);
    }
    sodium_memzero(password.data(), static_cast<size_t>(password.size()) * sizeof(QChar));

    const auto issued = issueSession(*user, AccountScopes, SessionOrigin::Password, clientAddress);
    if (!issued)
        return ApiError::internal();
    m_ctx.audit.byUser(*user, QStringLiteral("login"), QStringLiteral("ok"), clientAddress,
                       QJsonObject {{QStringLiteral("method"), QStringLiteral("password")}});
    SignIn signIn = signedIn(*user, *issued);
    signIn.response.insert(QStringLiteral("user"), Views::user(*user));
    if (recoveryCodesRemaining >= 0)
        signIn.response.insert(QStringLiteral("recovery_codes_remaining"), recoveryCodesRemaining);
    return signIn;
}

KeySignIn AuthService::loginWithKey(const QString& key, const QString& clientAddress)
{
    const KeyVerifier::Outcome verified = m_authenticator.verifier().verify(key.toLatin1(), clientAddress);
    if (!verified.error.isNull())
        return {verified.error, verified.rate};
    const KeyRecord record = verified.entry->record();
    const std::optional<UserRecord> user = m_ctx.storage.userById(record.userId);
    if (!user || user->disabled)
        return {
            ApiError {
                401, QLatin1String(ErrorCode::InvalidApiKey), QStringLiteral("The provided API key is invalid"), {}},
            {}};
    // A short-lived session for a long-lived key (Togai): it carries the key's scopes and ends with the key.
    const Scopes scopes = record.kind == KeyKind::AuthenticationKey ? AccountScopes : record.scopes;
    const auto issued = issueSession(*user, scopes, SessionOrigin::Key, clientAddress, nullptr, &record,
                                     KeySecret::hash(key.toLatin1()));
    if (!issued)
        return {ApiError::internal(), {}};
    m_ctx.audit.byUser(*user, QStringLiteral("login"), QStringLiteral("ok"), clientAddress,
                       QJsonObject {{QStringLiteral("method"),
                                     record.kind == KeyKind::AuthenticationKey ? QStringLiteral("authentication_key")
                                                                               : QStringLiteral("api_key")},
                                    {QStringLiteral("key_id"), record.id}});
    return {signedIn(*user, *issued), {}};
}

Outcome<SignIn> AuthService::refresh(const QByteArray& refreshToken, const QString& clientAddress)
{
    KeySecret::Kind kind;
    if (!KeySecret::isWellFormed(refreshToken, &kind) || kind != KeySecret::Kind::Refresh)
        return invalidRefreshToken();
    const QByteArray hash = KeySecret::hash(refreshToken);
    const std::optional<SessionRecord> session = m_ctx.storage.sessionByRefreshHash(hash);
    const qint64 now = m_ctx.clock.now();
    if (!session || session->refreshExpiresAt <= now)
        return invalidRefreshToken();
    const bool consumed = !session->refreshUsed && m_ctx.storage.consumeRefresh(session->id, hash);
    if (!consumed && m_ctx.storage.unreachable()) // not a replay: the family must not end for an outage
        return ApiError::storageUnavailable();
    if (!consumed) {
        // A used token came back: it was copied. Whoever holds the family's live branch may be the thief, so every
        // session of the family ends and the owner signs in again.
        const int ended = m_ctx.storage.deleteSessionFamily(session->familyId);
        if (const std::optional<UserRecord> user = m_ctx.storage.userById(session->userId))
            m_ctx.audit.byUser(
                *user, QStringLiteral("session.refresh_replayed"), QStringLiteral("denied"), clientAddress,
                QJsonObject {{QStringLiteral("family"), session->familyId}, {QStringLiteral("sessions_ended"), ended}});
        return invalidRefreshToken();
    }
    const std::optional<UserRecord> user = m_ctx.storage.userById(session->userId);
    if (!user || user->disabled)
        return invalidRefreshToken();
    const auto issued = issueSession(*user, session->scopes, SessionOrigin::Refresh, clientAddress, &*session);
    if (!issued)
        return ApiError::internal();
    return signedIn(*user, *issued);
}

Outcome<QJsonObject> AuthService::logout(const Principal& principal)
{
    if (!principal.sessionId.isEmpty() && !m_ctx.storage.deleteSession(principal.sessionId))
        return ApiError::internal();
    return QJsonObject {{QStringLiteral("signed_out"), !principal.sessionId.isEmpty()}};
}

} // namespace Keyward
