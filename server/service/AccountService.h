#pragma once

#include "server/service/AuthService.h"

namespace Keyward {

// The signed-in user's own account: profile, password, two-factor authentication and the authentication key.
// changePassword() runs argon2 and must be called off the HTTP event loop.
class AccountService
{
public:
    AccountService(ServiceContext& context, AuthService& auth);

    ServiceResult me(const Principal& principal);
    ServiceResult updateMe(const Principal& principal, const QByteArray& body);
    ServiceResult changePassword(const Principal& principal, const QByteArray& body);
    ServiceResult enrolTotp(const Principal& principal);
    ServiceResult confirmTotp(const Principal& principal, const QByteArray& body);
    ServiceResult disableTotp(const Principal& principal, const QByteArray& body);
    ServiceResult authenticationKey(const Principal& principal);
    ServiceResult generateAuthenticationKey(const Principal& principal);
    ServiceResult deleteAuthenticationKey(const Principal& principal);

private:
    std::optional<UserRecord> currentUser(const Principal& principal, ServiceResult* failure);

    ServiceContext& m_ctx;
    AuthService& m_auth;
};

} // namespace Keyward
