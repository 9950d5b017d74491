#include "server/service/AccountService.h"

#include "core/KeySecret.h"
#include "core/Timestamps.h"
#include "server/service/Access.h"
#include "server/service/Ids.h"
#include "server/service/PasswordRules.h"
#include "server/service/RecoveryCodes.h"
#include "server/service/Totp.h"
#include "server/service/Views.h"

#include <QJsonArray>

namespace Keyward {

namespace {
ApiError emailTaken()
{
    return ApiError::conflict(QStringLiteral("EMAIL_TAKEN"), QStringLiteral("A user with this e-mail already exists"));
}

// Step-up that needs the authenticator code too, and says so in details.requires.
ApiError stepUpRequired(const QString& message)
{
    return {403, QLatin1String(ErrorCode::StepUpRequired), message,
            QJsonObject {{QStringLiteral("requires"), QJsonArray {QStringLiteral("password"), QStringLiteral("otp")}}}};
}
} // namespace

AccountService::AccountService(ServiceContext& context, IdentityCheck& identity)
    : m_ctx(context)
    , m_identity(identity)
{ }

Outcome<UserRecord> AccountService::currentUser(const Principal& principal)
{
    std::optional<UserRecord> user = m_ctx.storage.userById(principal.userId);
    if (!user)
        return ApiError::notFound(QStringLiteral("user"));
    return *user;
}

Outcome<UserRecord> AccountService::userWithTwoFactor(const Principal& principal, TwoFactor needed)
{
    Outcome<UserRecord> user = currentUser(principal);
    if (!user.ok())
        return user;
    QString refusal;
    if (needed == TwoFactor::Off && !user->totpSecret.isEmpty())
        refusal = QStringLiteral("Two-factor authentication is already on");
    else if (needed == TwoFactor::Pending && user->totpPending.isEmpty())
        refusal = QStringLiteral("Start the enrolment first (POST /v1/me/2fa)");
    else if (needed == TwoFactor::On && user->totpSecret.isEmpty())
        refusal = QStringLiteral("Two-factor authentication is not on");
    if (!refusal.isEmpty())
        return ApiError::conflict(QLatin1String(ErrorCode::Conflict), refusal);
    return user;
}

bool AccountService::saveUser(UserRecord& user)
{
    user.updatedAt = m_ctx.clock.now();
    return m_ctx.storage.updateUser(user);
}

void AccountService::forgetKey(const QString& keyId)
{
    // Out of the index, and the sessions it opened end.
    m_ctx.keyEvents.keyChanged(keyId);
    m_ctx.storage.deleteSessionsOfKey(keyId);
}

std::optional<QStringList> AccountService::issueRecoveryCodes(const QString& userId)
{
    const QStringList codes = RecoveryCodes::generate();
    QList<QByteArray> hashes;
    for (const QString& code : codes)
        hashes.append(RecoveryCodes::hash(RecoveryCodes::normalise(code)));
    if (!m_ctx.storage.replaceRecoveryCodes(userId, hashes, m_ctx.clock.now()))
        return std::nullopt;
    return codes;
}

Outcome<QJsonObject> AccountService::me(const Principal& p)
{
    const Outcome<UserRecord> user = currentUser(p);
    if (!user.ok())
        return user.error();
    QJsonObject response = Views::user(user.value());
    if (!user->totpSecret.isEmpty()) { // with 2FA off there are none, and the member is left out
        const int remaining = m_ctx.storage.recoveryCodesRemaining(user->id);
        if (remaining < 0)
            return ApiError::internal();
        response.insert(QStringLiteral("recovery_codes_remaining"), remaining);
    }
    if (const auto tenant = m_ctx.storage.tenantById(user->tenantId))
        response.insert(QStringLiteral("tenant"), Views::tenant(*tenant, m_ctx.policy.sessionChainDays(*tenant)));
    response.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopeNames(p.scopes)));
    return response;
}

Outcome<QJsonObject> AccountService::updateMe(const Principal& p, const UpdateMeCommand& command)
{
    const std::optional<QString>& email = command.email;
    if (!command.name && !email)
        return ApiError::validation(QStringLiteral("name"), QStringLiteral("Give a name or an e-mail to change"));
    if (email && (email->size() < 3 || !email->contains(QLatin1Char('@')) || email->contains(QLatin1Char(' '))))
        return ApiError::validation(QStringLiteral("email"), QStringLiteral("This is not an e-mail address"));
    Outcome<UserRecord> found = currentUser(p);
    if (!found.ok())
        return found.error();
    UserRecord& user = found.value();
    QJsonArray fields;
    QString previousEmail;
    if (email && *email != user.email) {
        // Sign-in goes by e-mail: changing it takes the account over as surely as a new password.
        if (const ApiError e = Access::requireInteractive(p); !e.isNull())
            return e;
        if (const ApiError e = m_identity.stepUp(p, user, command.proof, QStringLiteral("email.change")); !e.isNull())
            return e;
        if (m_ctx.storage.userByEmail(*email))
            return emailTaken();
        previousEmail = user.email;
        user.email = *email;
        fields.append(QStringLiteral("email"));
    }
    if (command.name) {
        user.name = *command.name;
        fields.append(QStringLiteral("name"));
    }
    user.updatedAt = m_ctx.clock.now();
    if (!m_ctx.storage.updateUser(user)) {
        // A racing change to the same address loses on the UNIQUE constraint.
        if (email && m_ctx.storage.userByEmail(*email))
            return emailTaken();
        return ApiError::internal();
    }
    if (fields.contains(QStringLiteral("email")))
        m_ctx.keyEvents.ownerChanged(user.id); // the verify answer carries the owner's e-mail
    QJsonObject details {{QStringLiteral("fields"), fields}};
    if (!previousEmail.isEmpty())
        details.insert(QStringLiteral("previous_email"), previousEmail);
    m_ctx.audit.byPrincipal(p, QStringLiteral("user.updated"), p.userId, QStringLiteral("user"), p.userId, user.email,
                            details);
    return Views::user(user);
}

Outcome<QJsonObject> AccountService::changePassword(const Principal& p, const PasswordChangeCommand& command)
{
    const QString& current = command.currentPassword;
    const QString& next = command.newPassword;
    Outcome<UserRecord> found = currentUser(p);
    if (!found.ok())
        return found.error();
    UserRecord& user = found.value();
    if (ApiError e = newPasswordProblem(QStringLiteral("new_password"), next, {user.email, user.name}); !e.isNull())
        return e;
    // The current password always; with 2FA on, also a code unless the user has just signed in with one.
    if (const ApiError e
        = m_identity.password(p, user, current, QStringLiteral("password.change"), QStringLiteral("current_password"));
        !e.isNull())
        return e;
    if (!user.totpSecret.isEmpty() && !m_identity.recentlySignedIn(p)) {
        if (command.otp.isEmpty())
            return stepUpRequired(QStringLiteral("Confirm with your authenticator code to change the password"));
        if (const ApiError e = m_identity.code(user, user.totpSecret, command.otp, QStringLiteral("password.change"),
                                               p.clientAddress, 403);
            !e.isNull())
            return e;
    }
    if (current == next)
        return ApiError::validation(QStringLiteral("new_password"),
                                    QStringLiteral("The new password must differ from the current one"));
    const qint64 now = m_ctx.clock.now();
    user.passwordHash = m_ctx.hasher.hash(next);
    user.updatedAt = now;
    if (user.passwordHash.isEmpty() || !m_ctx.storage.updateUser(user))
        return ApiError::internal();
    // Every other session of the user ends; the one that changed the password stays.
    m_ctx.storage.deleteSessionsOfUser(user.id, p.sessionId);
    QJsonObject details;
    if (command.revokeKeys) {
        // Keys outlive passwords by design (VNTANA); on request they go too: the authentication key is deleted and
        // every API key revoked (re-activatable by the owner once the account is safe).
        // Each key revoked is a key.revoked for the tenant's webhooks, written with the revocation.
        QList<WebhookEvent> events;
        KeyQuery active;
        active.tenantId = user.tenantId;
        active.userId = user.id;
        active.status = QStringLiteral("active");
        active.limit = Policy::MaxKeysPerPage;
        active.now = now;
        do {
            const KeyPage page = m_ctx.storage.listKeys(active);
            if (page.status != KeyPage::Status::Ok)
                return ApiError::internal();
            for (KeyRecord key : page.keys) {
                key.revoked = true;
                key.updatedAt = now;
                events.append({key.tenantId, QStringLiteral("key.revoked"), Views::key(key, now)});
            }
            active.cursor = page.nextCursor;
        } while (!active.cursor.isEmpty());
        int revoked = -1;
        if (!m_ctx.outbox.commit(
                [&] {
                    revoked = m_ctx.storage.revokeApiKeysOfUser(user.id, now);
                    return revoked >= 0;
                },
                events))
            revoked = -1;
        bool authKeyDeleted = false;
        if (const auto authKey = m_ctx.storage.authenticationKeyOf(user.id)) {
            authKeyDeleted = m_ctx.storage.deleteKey(authKey->id);
            m_ctx.storage.deleteSessionsOfKey(authKey->id);
            m_ctx.keyEvents.keyChanged(authKey->id);
        }
        if (revoked < 0)
            return ApiError::internal();
        m_ctx.keyEvents.userChanged(user.id);
        details = {{QStringLiteral("revoked_api_keys"), revoked},
                   {QStringLiteral("authentication_key_deleted"), authKeyDeleted}};
    }
    m_ctx.audit.byPrincipal(p, QStringLiteral("password.changed"), p.userId, QStringLiteral("user"), p.userId,
                            user.email, details);
    QJsonObject response {{QStringLiteral("changed"), true}};
    if (command.revokeKeys)
        for (auto it = details.constBegin(); it != details.constEnd(); ++it)
            response.insert(it.key(), it.value());
    return response;
}

Outcome<QJsonObject> AccountService::enrolTotp(const Principal& p, const IdentityCheck::Proof& proof)
{
    Outcome<UserRecord> found = userWithTwoFactor(p, TwoFactor::Off);
    if (!found.ok())
        return found.error();
    UserRecord& user = found.value();
    // Whoever enrols a seed owns the second factor: a stolen session alone must not.
    if (const ApiError e = m_identity.stepUp(p, user, proof, QStringLiteral("2fa.enrol")); !e.isNull())
        return e;
    const QByteArray secret = Totp::newSecret();
    user.totpPending = m_ctx.secretBox.seal(secret); // the database only ever holds it encrypted
    if (!saveUser(user))
        return ApiError::internal();
    return QJsonObject {
        {QStringLiteral("secret"), QString::fromLatin1(secret)},
        {QStringLiteral("otpauth_uri"), Totp::provisioningUri(secret, user.email, QStringLiteral("Keyward"))},
    };
}

Outcome<QJsonObject> AccountService::confirmTotp(const Principal& p, const QString& code)
{
    Outcome<UserRecord> found = userWithTwoFactor(p, TwoFactor::Pending);
    if (!found.ok())
        return found.error();
    UserRecord& user = found.value();
    if (const ApiError e
        = m_identity.code(user, user.totpPending, code, QStringLiteral("2fa.confirm"), p.clientAddress, 400);
        !e.isNull())
        return e;
    // The recovery codes first: 2FA never goes on without them.
    const std::optional<QStringList> codes = issueRecoveryCodes(user.id);
    if (!codes)
        return ApiError::internal();
    user.totpSecret = user.totpPending;
    user.totpPending.clear();
    if (!saveUser(user)) {
        m_ctx.storage.deleteRecoveryCodes(user.id);
        return ApiError::internal();
    }
    m_ctx.audit.byPrincipal(p, QStringLiteral("2fa.enabled"), p.userId, QStringLiteral("user"), p.userId, user.email,
                            QJsonObject {{QStringLiteral("recovery_codes"), RecoveryCodes::Count}});
    return QJsonObject {{QStringLiteral("two_factor_enabled"), true},
                        {QStringLiteral("recovery_codes"), QJsonArray::fromStringList(*codes)}};
}

Outcome<QJsonObject> AccountService::regenerateRecoveryCodes(const Principal& p, const IdentityCheck::Proof& proof)
{
    Outcome<UserRecord> found = userWithTwoFactor(p, TwoFactor::On);
    if (!found.ok())
        return found.error();
    const UserRecord& user = found.value();
    // New codes are a second factor of their own: a stolen session alone must not mint them.
    if (const ApiError e = m_identity.stepUp(p, user, proof, QStringLiteral("2fa.recovery_codes")); !e.isNull())
        return e;
    const std::optional<QStringList> codes = issueRecoveryCodes(user.id);
    if (!codes)
        return ApiError::internal();
    m_ctx.audit.byPrincipal(p, QStringLiteral("2fa.recovery_codes_regenerated"), p.userId, QStringLiteral("user"),
                            p.userId, user.email, QJsonObject {{QStringLiteral("count"), RecoveryCodes::Count}});
    return QJsonObject {{QStringLiteral("recovery_codes"), QJsonArray::fromStringList(*codes)}};
}

Outcome<QJsonObject> AccountService::disableTotp(const Principal& p, const TotpDisableCommand& command)
{
    Outcome<UserRecord> found = userWithTwoFactor(p, TwoFactor::On);
    if (!found.ok())
        return found.error();
    UserRecord& user = found.value();
    // The code proves the second factor; the password (unless just signed in) proves the first.
    if (!m_identity.recentlySignedIn(p)) {
        if (command.password.isEmpty())
            return stepUpRequired(QStringLiteral("Confirm with your password and authenticator code to do this"));
        if (ApiError e
            = m_identity.password(p, user, command.password, QStringLiteral("step_up"), QStringLiteral("password"));
            !e.isNull()) {
            e.details.insert(QStringLiteral("requires"),
                             QJsonArray {QStringLiteral("password"), QStringLiteral("otp")});
            return e;
        }
    }
    if (const ApiError e
        = m_identity.code(user, user.totpSecret, command.code, QStringLiteral("2fa.disable"), p.clientAddress, 400);
        !e.isNull())
        return e;
    user.totpSecret.clear();
    user.totpPending.clear();
    if (!saveUser(user) || !m_ctx.storage.deleteRecoveryCodes(user.id))
        return ApiError::internal();
    m_ctx.audit.byPrincipal(p, QStringLiteral("2fa.disabled"), p.userId, QStringLiteral("user"), p.userId, user.email);
    return QJsonObject {{QStringLiteral("two_factor_enabled"), false}};
}

Outcome<QJsonObject> AccountService::authenticationKey(const Principal& p)
{
    const auto key = m_ctx.storage.authenticationKeyOf(p.userId);
    if (!key)
        return QJsonObject {{QStringLiteral("exists"), false}};
    KeyRecord shown = *key;
    if (const auto pending = m_ctx.usage.newestUse(key->id); pending && pending->at > key->lastUsedAt) {
        shown.lastUsedAt = pending->at;
        shown.lastUsedAddress = pending->address;
    }
    // The secret it replaced, while that is still in its grace period.
    const qint64 previousValidUntil = m_ctx.storage.rotatedSecretsValidUntil(key->id, m_ctx.clock.now());
    if (previousValidUntil < 0)
        return ApiError::internal();
    return Views::authenticationKey(shown, previousValidUntil);
}

Outcome<QJsonObject> AccountService::generateAuthenticationKey(const Principal& p, const AuthKeyCommand& command)
{
    const qint64 grace = command.graceSeconds;
    if (grace < 0 || grace > m_ctx.policy.maxGraceSeconds)
        return ApiError::validation(QStringLiteral("grace_seconds"),
                                    QStringLiteral("grace_seconds must be 0 to %1").arg(m_ctx.policy.maxGraceSeconds));
    const Outcome<UserRecord> user = currentUser(p);
    if (!user.ok())
        return user.error();
    // The authentication key never expires and survives a password change: only a fresh proof may mint one.
    if (const ApiError e = m_identity.stepUp(p, user.value(), command.proof, QStringLiteral("auth_key.generate"));
        !e.isNull())
        return e;
    const auto previous = m_ctx.storage.authenticationKeyOf(p.userId);
    const qint64 now = m_ctx.clock.now();
    QByteArray secret = KeySecret::generate(KeySecret::Kind::AuthenticationKey);
    KeyRecord key;
    key.id = newId("key");
    key.tenantId = p.tenantId;
    key.userId = p.userId;
    key.kind = KeyKind::AuthenticationKey;
    key.name = QStringLiteral("Authentication key");
    key.displayPrefix = KeySecret::displayPrefix(secret);
    // It stands for the user: every scope the user's role can use.
    key.scopes = p.isAdmin() ? AllScopes : AllScopes & ~Scopes(Scope::Admin);
    key.createdAt = now;
    key.updatedAt = now;
    key.createdBy = p.userId;
    key.ownerEmail = p.email;
    // With a grace period the key is renewed in place, as a rotation: same id, the new secret current and the old one
    // valid until the grace ends (the key index reads both, and drops the old one by its end). Without one, a new key
    // replaces the old, which dies at once.
    const qint64 graceUntil = previous && grace > 0 ? now + grace * 1000 : 0;
    if (graceUntil > 0)
        key.id = previous->id;
    // The tenant's webhooks hear of it (auth_key.generated, a new key or a renewed one): never the secret.
    QJsonObject eventData = Views::authenticationKey(key, graceUntil);
    eventData.insert(QStringLiteral("replaced"), previous.has_value());
    eventData.insert(QStringLiteral("grace_seconds"), previous ? grace : 0);
    const WebhookEvent generated {key.tenantId, QStringLiteral("auth_key.generated"), eventData};
    const QByteArray secretHash = KeySecret::hash(secret);
    if (graceUntil > 0) {
        if (!m_ctx.outbox.commit([&] { return m_ctx.storage.renewAuthenticationKey(key, secretHash, graceUntil); },
                                 generated))
            return ApiError::internal();
        // Sessions opened with the old secret end now, as for a rotation: the grace is for the key itself.
        forgetKey(key.id);
    } else {
        if (!m_ctx.outbox.commit([&] { return m_ctx.storage.replaceAuthenticationKey(key, secretHash); }, generated))
            return ApiError::internal();
        m_ctx.keyEvents.keyChanged(key.id);
        if (previous)
            forgetKey(previous->id); // the old key dies at once
    }
    m_ctx.audit.byPrincipal(p, previous ? QStringLiteral("auth_key.regenerated") : QStringLiteral("auth_key.generated"),
                            p.userId, QStringLiteral("key"), key.id, key.name,
                            QJsonObject {{QStringLiteral("grace_seconds"), previous ? grace : 0}});
    QJsonObject response = Views::authenticationKey(key, graceUntil);
    response.insert(QStringLiteral("secret"), QString::fromLatin1(secret));
    response.insert(QStringLiteral("replaced"), previous.has_value());
    secret.fill('\0');
    return response;
}

Outcome<QJsonObject> AccountService::deleteAuthenticationKey(const Principal& p)
{
    const auto key = m_ctx.storage.authenticationKeyOf(p.userId);
    if (!key)
        return ApiError::notFound(QStringLiteral("authentication key"));
    if (!m_ctx.storage.deleteKey(key->id))
        return ApiError::internal();
    forgetKey(key->id);
    m_ctx.audit.byPrincipal(p, QStringLiteral("auth_key.deleted"), p.userId, QStringLiteral("key"), key->id, key->name);
    return QJsonObject {{QStringLiteral("deleted"), true}, {QStringLiteral("id"), key->id}};
}

} // namespace Keyward
