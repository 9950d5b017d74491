#pragma once

#include "core/ApiError.h"
#include "server/service/Principal.h"
#include "server/service/ServiceContext.h"

namespace Keyward {

// Proofs of identity beyond a bearer token: the password (argon2, throttled per account and address), a TOTP code
// (each accepted once, RFC 6238 §5.2, with the last step in the database; wrong codes counted per user wherever
// they are checked) or a one-time recovery code in its place, and step-up for sensitive account changes. Password
// checks run argon2: call them off the HTTP event loop.
class IdentityCheck
{
public:
    explicit IdentityCheck(ServiceContext& context);

    // What a request offers as a fresh proof: {"password": …, "otp": …}.
    struct Proof
    {
        QString password;
        QString otp;
    };

    // True when the caller signed in with their password (and code) within the step-up window. A refreshed session,
    // a key, or a session opened with a key never is.
    bool recentlySignedIn(const Principal& principal) const;

    // Null when the caller may do `action` (e.g. "auth_key.generate"): recently signed in, or the proof holds the
    // right password and, with 2FA on, a fresh code. Otherwise 403 STEP_UP_REQUIRED (details.requires lists what
    // to send), 403 INVALID_CREDENTIALS / INVALID_OTP for a wrong proof (counted and audited), or 429.
    ApiError stepUp(const Principal& principal, const UserRecord& user, const Proof& proof, const QString& action);

    // The user's password, throttled and (when wrong) audited as `action`; a wrong one answers 403 naming `field`.
    ApiError password(const Principal& principal, const UserRecord& user, const QString& password,
                      const QString& action, const QString& field);

    // A TOTP code against a sealed seed (the confirmed one or a pending enrolment): null when accepted. Wrong or
    // replayed codes answer `wrongStatus` INVALID_OTP, count against the user and are audited as "2fa.code" failed
    // (details.where, details.reason bad_otp or replayed_otp). Too many answer 429.
    ApiError code(const UserRecord& user, const QByteArray& sealedSeed, const QString& code, const QString& where,
                  const QString& clientAddress, int wrongStatus);

    // A recovery code in place of a TOTP code: null when it is one of the user's unused codes, which is then used up
    // (a compare-and-swap in the database: once, however many requests or instances race), audited as
    // "2fa.recovery_code_used" with the codes left in details.remaining and in *remaining. A wrong or used code
    // answers `wrongStatus` INVALID_OTP (field recovery_code), counts against the user as a wrong TOTP code does and
    // is audited as "2fa.code" failed (reason bad_recovery_code). Too many wrong codes of either kind answer 429.
    ApiError recoveryCode(const UserRecord& user, const QString& code, const QString& where,
                          const QString& clientAddress, int wrongStatus, int* remaining);

private:
    void auditFailure(const UserRecord& user, const QString& action, const QString& reason,
                      const QString& clientAddress, const QJsonObject& extra = {});

    ServiceContext& m_ctx;
};

} // namespace Keyward
