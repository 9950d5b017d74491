#pragma once

#include "server/service/Authenticator.h"
#include "server/service/ServiceResult.h"

#include <QHash>
#include <QMutex>

namespace Keyward {

// Signing in and out: password (+ TOTP) login, login with a key (VNTANA's personal-access-token flow), refresh
// with rotating refresh tokens, logout. login() runs argon2 and must be called off the HTTP event loop.
class AuthService
{
public:
    AuthService(ServiceContext& context, Authenticator& authenticator);

    ServiceResult login(const QByteArray& body, const QString& clientAddress);
    ServiceResult loginWithKey(const QByteArray& body, const QString& clientAddress);
    ServiceResult refresh(const QByteArray& refreshToken, const QString& clientAddress);
    ServiceResult logout(const Principal& principal);

    // Also used by AccountService: checks a code against the user's sealed (SecretBox) TOTP secret; a code is
    // accepted once (no replay within its 90 s window).
    bool acceptTotp(const QString& userId, const QByteArray& sealedSecret, const QString& code);

private:
    struct IssuedSession
    {
        QByteArray token;
        QByteArray refreshToken;
        SessionRecord record;
    };
    std::optional<IssuedSession> issueSession(const UserRecord& user, Scopes scopes, const QString& keyId,
                                              bool withRefresh, const QString& clientAddress);
    void auditLogin(const UserRecord& user, const QString& action, const QString& outcome, const QString& address,
                    const QJsonObject& details = {});

    ServiceContext& m_ctx;
    Authenticator& m_authenticator;
    QMutex m_totpMutex;
    QHash<QString, qint64> m_lastTotpStep;
};

} // namespace Keyward
