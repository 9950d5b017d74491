#pragma once

#include "server/service/Authenticator.h"
#include "server/service/IdentityCheck.h"
#include "server/service/ServiceResult.h"

namespace Keyward {

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

    ServiceResult login(const QByteArray& body, const QString& clientAddress);
    ServiceResult loginWithKey(const QByteArray& body, const QString& clientAddress);
    ServiceResult refresh(const QByteArray& refreshToken, const QString& clientAddress);
    // POST /v1/auth/refresh {"refresh_token": …}: the same, with the token out of the URL.
    ServiceResult refreshFromBody(const QByteArray& body, const QString& clientAddress);
    ServiceResult logout(const Principal& principal);

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

    ServiceContext& m_ctx;
    Authenticator& m_authenticator;
    IdentityCheck& m_identity;
};

} // namespace Keyward
