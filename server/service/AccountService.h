#pragma once

#include "server/service/AuthService.h"

namespace Keyward {

// The signed-in user's own account: profile, password, two-factor authentication and the authentication key.
// What would let a stolen session keep the account (a new authentication key, 2FA on or off, a new password or
// e-mail) needs step-up (IdentityCheck). Those calls may run argon2 and must be called off the HTTP event loop.
class AccountService
{
public:
    AccountService(ServiceContext& context, IdentityCheck& identity);

    ServiceResult me(const Principal& principal);
    ServiceResult updateMe(const Principal& principal, const QByteArray& body);
    ServiceResult changePassword(const Principal& principal, const QByteArray& body);
    ServiceResult enrolTotp(const Principal& principal, const QByteArray& body);
    ServiceResult confirmTotp(const Principal& principal, const QByteArray& body);
    ServiceResult disableTotp(const Principal& principal, const QByteArray& body);
    ServiceResult authenticationKey(const Principal& principal);
    ServiceResult generateAuthenticationKey(const Principal& principal, const QByteArray& body);
    ServiceResult deleteAuthenticationKey(const Principal& principal);

private:
    std::optional<UserRecord> currentUser(const Principal& principal, ServiceResult* failure);

    ServiceContext& m_ctx;
    IdentityCheck& m_identity;
};

} // namespace Keyward
