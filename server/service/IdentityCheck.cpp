#include "server/service/IdentityCheck.h"

#include "server/service/RecoveryCodes.h"
#include "server/service/Totp.h"

#include <QJsonArray>

namespace Keyward {

namespace {
ApiError tooMany(const QString& message, int retryAfterSeconds)
{
    return {429, QLatin1String(ErrorCode::RateLimited), message,
            QJsonObject {{QStringLiteral("retry_after_seconds"), retryAfterSeconds}}};
}
} // namespace

IdentityCheck::IdentityCheck(ServiceContext& context)
    : m_ctx(context)
{ }

void IdentityCheck::auditFailure(const UserRecord& user, const QString& action, const QString& reason,
                                 const QString& clientAddress, const QJsonObject& extra)
{
    QJsonObject details = extra;
    details.insert(QStringLiteral("reason"), reason);
    m_ctx.audit.byUser(user, action, QStringLiteral("failed"), clientAddress, details);
}

bool IdentityCheck::recentlySignedIn(const Principal& p) const
{
    return p.via == Principal::Via::Session && p.sessionOrigin == SessionOrigin::Password && p.keyId.isEmpty()
        && m_ctx.clock.now() - p.sessionCreatedAt < m_ctx.policy.stepUpWindowMs;
}

ApiError IdentityCheck::password(const Principal& p, const UserRecord& user, const QString& password,
                                 const QString& action, const QString& field)
{
    const qint64 now = m_ctx.clock.now();
    if (const int wait = m_ctx.throttle.retryAfter(user.email, p.clientAddress, now); wait > 0)
        return tooMany(QStringLiteral("Too many wrong passwords; try again later"), wait);
    if (!m_ctx.hasher.verify(user.passwordHash, password)) {
        m_ctx.throttle.failed(user.email, p.clientAddress, now);
        auditFailure(user, action, QStringLiteral("bad_password"), p.clientAddress);
        return {403, QLatin1String(ErrorCode::InvalidCredentials),
                field == QLatin1String("current_password") ? QStringLiteral("The current password is wrong")
                                                           : QStringLiteral("The password is wrong"),
                QJsonObject {{QStringLiteral("field"), field}}};
    }
    m_ctx.throttle.succeeded(user.email, p.clientAddress);
    return {};
}

ApiError IdentityCheck::code(const UserRecord& user, const QByteArray& sealedSeed, const QString& code,
                             const QString& where, const QString& clientAddress, int wrongStatus)
{
    const qint64 now = m_ctx.clock.now();
    if (const int wait = m_ctx.throttle.codeRetryAfter(user.id, now); wait > 0)
        return tooMany(QStringLiteral("Too many wrong authenticator codes; try again later"), wait);
    const std::optional<QByteArray> seed = m_ctx.secretBox.open(sealedSeed);
    const qint64 step = seed ? Totp::matchingStep(*seed, code, now / 1000) : -1;
    // The compare-and-swap in the database accepts each step once, across restarts and instances.
    const bool accepted = step >= 0 && m_ctx.storage.advanceTotpStep(user.id, step);
    if (!accepted && step >= 0 && m_ctx.storage.unreachable()) // not a replayed code, and not counted
        return ApiError::storageUnavailable();
    if (!accepted) {
        m_ctx.throttle.codeFailed(user.id, now);
        auditFailure(user, QStringLiteral("2fa.code"),
                     step < 0 ? QStringLiteral("bad_otp") : QStringLiteral("replayed_otp"), clientAddress,
                     QJsonObject {{QStringLiteral("where"), where}});
        return {wrongStatus, QLatin1String(ErrorCode::InvalidOtp), QStringLiteral("The authenticator code is wrong"),
                QJsonObject {{QStringLiteral("field"), QStringLiteral("otp")}}};
    }
    m_ctx.throttle.codeSucceeded(user.id);
    return {};
}

ApiError IdentityCheck::recoveryCode(const UserRecord& user, const QString& code, const QString& where,
                                     const QString& clientAddress, int wrongStatus, int* remaining)
{
    const qint64 now = m_ctx.clock.now();
    if (const int wait = m_ctx.throttle.codeRetryAfter(user.id, now); wait > 0)
        return tooMany(QStringLiteral("Too many wrong authenticator codes; try again later"), wait);
    const QByteArray canonical = RecoveryCodes::normalise(code);
    const bool accepted
        = !canonical.isEmpty() && m_ctx.storage.consumeRecoveryCode(user.id, RecoveryCodes::hash(canonical), now);
    if (!accepted && m_ctx.storage.unreachable()) // unknown, not wrong: not counted
        return ApiError::storageUnavailable();
    if (!accepted) {
        m_ctx.throttle.codeFailed(user.id, now);
        auditFailure(user, QStringLiteral("2fa.code"), QStringLiteral("bad_recovery_code"), clientAddress,
                     QJsonObject {{QStringLiteral("where"), where}});
        return {wrongStatus, QLatin1String(ErrorCode::InvalidOtp),
                QStringLiteral("The recovery code is wrong or was already used"),
                QJsonObject {{QStringLiteral("field"), QStringLiteral("recovery_code")}}};
    }
    m_ctx.throttle.codeSucceeded(user.id);
    *remaining = std::max(0, m_ctx.storage.recoveryCodesRemaining(user.id));
    m_ctx.audit.byUser(user, QStringLiteral("2fa.recovery_code_used"), QStringLiteral("ok"), clientAddress,
                       QJsonObject {{QStringLiteral("remaining"), *remaining}});
    return {};
}

ApiError IdentityCheck::stepUp(const Principal& p, const UserRecord& user, const Proof& proof, const QString& action)
{
    const bool twoFactor = !user.totpSecret.isEmpty();
    if (proof.password.isEmpty() && recentlySignedIn(p))
        return {};
    QJsonArray needs {QStringLiteral("password")};
    if (twoFactor)
        needs.append(QStringLiteral("otp"));
    const ApiError needed {403, QLatin1String(ErrorCode::StepUpRequired),
                           twoFactor ? QStringLiteral("Confirm with your password and authenticator code to do this")
                                     : QStringLiteral("Confirm with your password to do this"),
                           QJsonObject {{QStringLiteral("requires"), needs}}};
    if (proof.password.isEmpty())
        return needed;
    if (ApiError e = password(p, user, proof.password, QStringLiteral("step_up"), QStringLiteral("password"));
        !e.isNull()) {
        e.details.insert(QStringLiteral("requires"), needs);
        return e;
    }
    if (!twoFactor)
        return {};
    if (proof.otp.isEmpty())
        return needed;
    return code(user, user.totpSecret, proof.otp, action, p.clientAddress, 403);
}

} // namespace Keyward
