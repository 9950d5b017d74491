#include "server/service/Authenticator.h"

#include "core/KeySecret.h"

namespace Keyward {

Authenticator::Authenticator(ServiceContext& context)
    : m_ctx(context)
    , m_verifier(context)
{ }

Authenticator::Outcome Authenticator::authenticate(const Credential& credential, const QString& clientAddress)
{
    switch (credential.kind) {
    case Credential::Kind::None:
        break;
    case Credential::Kind::SessionToken:
        return fromSession(credential.value, clientAddress);
    case Credential::Kind::Key:
        return fromKey(credential.value, clientAddress);
    case Credential::Kind::SessionInUrl: {
        Outcome refused;
        refused.error
            = {401, QLatin1String(ErrorCode::InvalidToken),
               QStringLiteral("A session token is accepted only in the x-auth-token header, never in the URL"),
               QJsonObject {{QStringLiteral("header"), QStringLiteral("x-auth-token")}}};
        return refused;
    }
    }
    Outcome out;
    out.error = {401, QLatin1String(ErrorCode::MissingApiKey), QStringLiteral("API key is required"),
                 QJsonObject {{QStringLiteral("header"), QStringLiteral("Authorization")}}};
    return out;
}

Authenticator::Outcome Authenticator::fromSession(const QByteArray& token, const QString& clientAddress)
{
    Outcome out;
    KeySecret::Kind kind;
    const ApiError invalid {
        401, QLatin1String(ErrorCode::InvalidToken), QStringLiteral("The session token is invalid; sign in again"), {}};
    if (!KeySecret::isWellFormed(token, &kind) || kind != KeySecret::Kind::Session) {
        out.error = invalid;
        return out;
    }
    const std::optional<SessionRecord> session = m_ctx.storage.sessionByTokenHash(KeySecret::hash(token));
    if (!session) {
        out.error = invalid;
        return out;
    }
    if (session->expiresAt <= m_ctx.clock.now()) {
        out.error = {401,
                     QLatin1String(ErrorCode::ExpiredToken),
                     QStringLiteral("The session has expired; refresh it or sign in again"),
                     {}};
        return out;
    }
    const std::optional<UserRecord> user = m_ctx.storage.userById(session->userId);
    if (!user || user->disabled) {
        out.error = invalid;
        return out;
    }
    Scopes keyScopes = AccountScopes; // no narrowing, unless the session was opened with an API key
    if (!session->keyId.isEmpty()) {
        // A session opened with a key is the key: every request checks the secret that opened it (revoked,
        // expired, rotated out), counts against the key's rate limit and records the key's use.
        if (session->keySecretHash.isEmpty()) {
            out.error = invalid;
            return out;
        }
        const KeyVerifier::Outcome key = m_verifier.verifyHash(session->keySecretHash, clientAddress);
        out.rate = key.rate;
        if (key.error.status == 429) {
            out.error = key.error;
            return out;
        }
        if (!key.error.isNull() || key.entry->keyId != session->keyId) {
            out.error = invalid;
            return out;
        }
        out.principal.secretInGrace = key.entry->secretValidUntil != 0;
        // The key's scopes now, not when the session opened: narrowing a key narrows its sessions at once.
        if (key.entry->kind == KeyKind::ApiKey)
            keyScopes = key.entry->scopes;
    }
    out.principal.userId = user->id;
    out.principal.tenantId = user->tenantId;
    out.principal.email = user->email;
    out.principal.role = user->role;
    out.principal.scopes = session->scopes & keyScopes;
    out.principal.via = Principal::Via::Session;
    out.principal.sessionId = session->id;
    out.principal.sessionOrigin = session->origin;
    out.principal.sessionCreatedAt = session->createdAt;
    out.principal.keyId = session->keyId;
    out.principal.clientAddress = clientAddress;
    return out;
}

Authenticator::Outcome Authenticator::fromKey(const QByteArray& secret, const QString& clientAddress)
{
    Outcome out;
    const KeyVerifier::Outcome verified = m_verifier.verify(secret, clientAddress);
    out.rate = verified.rate;
    if (!verified.error.isNull()) {
        out.error = verified.error;
        return out;
    }
    const KeyIndex::Entry& key = *verified.entry;
    const std::optional<UserRecord> user = m_ctx.storage.userById(key.userId);
    if (!user || user->disabled) {
        out.error
            = {401, QLatin1String(ErrorCode::InvalidApiKey), QStringLiteral("The provided API key is invalid"), {}};
        return out;
    }
    out.principal.userId = user->id;
    out.principal.tenantId = user->tenantId;
    out.principal.email = user->email;
    out.principal.role = user->role;
    // The authentication key stands for the user; an API key only for its scopes.
    out.principal.scopes = key.kind == KeyKind::AuthenticationKey ? AccountScopes : key.scopes;
    out.principal.via
        = key.kind == KeyKind::AuthenticationKey ? Principal::Via::AuthenticationKey : Principal::Via::ApiKey;
    out.principal.keyId = key.keyId;
    out.principal.secretInGrace = verified.entry->secretValidUntil != 0;
    out.principal.clientAddress = clientAddress;
    return out;
}

} // namespace Keyward
