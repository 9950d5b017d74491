#pragma once

#include "server/service/Commands.h"
#include "server/service/IdentityCheck.h"
#include "server/service/Outcome.h"

#include <QJsonObject>

namespace Keyward {

// The signed-in user's own account: profile, password, two-factor authentication and the authentication key.
// What would let a stolen session keep the account (a new authentication key, 2FA on or off, a new password or
// e-mail) needs step-up (IdentityCheck). Those calls may run argon2 and must be called off the HTTP event loop.
// The scope or interactive credential each needs is checked by the route (Requirement) before the call.
class AccountService
{
public:
    AccountService(ServiceContext& context, IdentityCheck& identity);

    Outcome<QJsonObject> me(const Principal& principal);
    Outcome<QJsonObject> updateMe(const Principal& principal, const UpdateMeCommand& command);
    Outcome<QJsonObject> changePassword(const Principal& principal, const PasswordChangeCommand& command);
    Outcome<QJsonObject> enrolTotp(const Principal& principal, const IdentityCheck::Proof& proof);
    // Turns 2FA on; the answer carries the first recovery codes (shown this once).
    Outcome<QJsonObject> confirmTotp(const Principal& principal, const QString& code);
    // A new set of recovery codes (step-up), replacing every earlier one.
    Outcome<QJsonObject> regenerateRecoveryCodes(const Principal& principal, const IdentityCheck::Proof& proof);
    Outcome<QJsonObject> disableTotp(const Principal& principal, const TotpDisableCommand& command);
    Outcome<QJsonObject> authenticationKey(const Principal& principal);
    // The key's view with its "secret" (shown this once), whether it "replaced" one, and until when the replaced one's
    // secret keeps working ("previous_valid_until": a grace period, or null when it died at once).
    Outcome<QJsonObject> generateAuthenticationKey(const Principal& principal, const AuthKeyCommand& command);
    Outcome<QJsonObject> deleteAuthenticationKey(const Principal& principal);

private:
    Outcome<UserRecord> currentUser(const Principal& principal);
    // The state of two-factor authentication a step needs: enrol (off), confirm (an enrolment pending), disable (on).
    enum class TwoFactor { Off, Pending, On };
    // The current user if their two-factor authentication is in that state, else 409 saying why not.
    Outcome<UserRecord> userWithTwoFactor(const Principal& principal, TwoFactor needed);
    bool saveUser(UserRecord& user); // stamps updatedAt
    void forgetKey(const QString& keyId);
    // New recovery codes for the user, replacing the old ones; nullopt when they could not be stored.
    std::optional<QStringList> issueRecoveryCodes(const QString& userId);

    ServiceContext& m_ctx;
    IdentityCheck& m_identity;
};

} // namespace Keyward
