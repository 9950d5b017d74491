#pragma once

#include "server/service/Authenticator.h"
#include "server/service/Commands.h"
#include "server/service/IdentityCheck.h"
#include "server/service/Outcome.h"

#include <QJsonObject>

namespace Keyward {

// A new session: the answer's body, and the session token (the route sends it as x-auth-token, never in the body).
struct SignIn
{
    QJsonObject response;
    QByteArray sessionToken;
};

// Signing in with a key: the key's rate limit is told along with a refusal (the 429 in particular).
struct KeySignIn
{
    Outcome<SignIn> session;
    RateLimiter::Decision rate;
};

// Signing in and out: password (+ TOTP) login, login with a key (VNTANA's personal-access-token flow), refresh
// with rotating refresh tokens, logout. login() runs argon2 and must be called off the HTTP event loop.
//
// Sessions descended from one sign-in form a family: each refresh token is single-use, a replayed one ends the
// whole family (RFC 9700 §4.14.2), and the chain ends a fixed time after the sign-in (the tenant's
// session_chain_days), however often it is refreshed.
class AuthService
{
public:
    AuthService(ServiceContext& context, Authenticator& authenticator, IdentityCheck& identity);

    Outcome<SignIn> login(const LoginCommand& command, const QString& clientAddress);
    // POST /v1/auth/login/token {"personal-access-token": …}
    KeySignIn loginWithKey(const QString& key, const QString& clientAddress);
    // The refresh token from GET /v1/auth/refresh/{token} or POST /v1/auth/refresh {"refresh_token": …}.
    Outcome<SignIn> refresh(const QByteArray& refreshToken, const QString& clientAddress);
    Outcome<QJsonObject> logout(const Principal& principal);

private:
    struct IssuedSession
    {
        QByteArray token;
        QByteArray refreshToken;
        SessionRecord record;
    };
    // A new session; `family` continues a refresh chain (its id and end), otherwise a new family starts.
    std::optional<IssuedSession> issueSession(const UserRecord& user, Scopes scopes, SessionOrigin origin,
                                              const QString& clientAddress, const SessionRecord* family = nullptr,
                                              const KeyRecord* key = nullptr, const QByteArray& keyHash = {});
    qint64 chainLifetimeMs(const QString& tenantId);
    static SignIn signedIn(const UserRecord& user, const IssuedSession& issued);

    ServiceContext& m_ctx;
    Authenticator& m_authenticator;
    IdentityCheck& m_identity;
};

} // namespace Keyward
