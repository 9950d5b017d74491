#include "server/service/AccountService.h"

#include "core/JsonReader.h"
#include "core/KeySecret.h"
#include "server/service/Access.h"
#include "server/service/Ids.h"
#include "server/service/PasswordRules.h"
#include "server/service/Totp.h"
#include "server/service/Views.h"

#include <QJsonArray>

namespace Keyward {

namespace {
// An optional JSON body ({} when empty) with the step-up members beside the route's own.
JsonReader optionalBody(const QByteArray& body, std::initializer_list<const char*> members)
{
    return JsonReader(body.trimmed().isEmpty() ? QByteArrayLiteral("{}") : body, members);
}

IdentityCheck::Proof readProof(JsonReader& reader)
{
    return {reader.optionalString("password", {}, 1024), reader.optionalString("otp", {}, 16)};
}
} // namespace

AccountService::AccountService(ServiceContext& context, IdentityCheck& identity)
    : m_ctx(context)
    , m_identity(identity)
{ }

std::optional<UserRecord> AccountService::currentUser(const Principal& principal, ServiceResult* failure)
{
    std::optional<UserRecord> user = m_ctx.storage.userById(principal.userId);
    if (!user)
        *failure = ServiceResult::fail(ApiError::notFound(QStringLiteral("user")));
    return user;
}

ServiceResult AccountService::me(const Principal& p)
{
    if (const ApiError e = Access::requireScope(p, Scope::Read); !e.isNull())
        return ServiceResult::fail(e);
    ServiceResult failure;
    const auto user = currentUser(p, &failure);
    if (!user)
        return failure;
    QJsonObject response = Views::user(*user);
    if (const auto tenant = m_ctx.storage.tenantById(user->tenantId))
        response.insert(QStringLiteral("tenant"), Views::tenant(*tenant, m_ctx.policy.sessionChainDays(*tenant)));
    response.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopeNames(p.scopes)));
    return ServiceResult::of(response);
}

ServiceResult AccountService::updateMe(const Principal& p, const QByteArray& body)
{
    if (const ApiError e = Access::requireScope(p, Scope::Write); !e.isNull())
        return ServiceResult::fail(e);
    JsonReader reader(body, {"name", "email", "password", "otp"});
    const bool hasName = reader.has("name");
    const QString name = reader.optionalString("name", {}, 200).trimmed();
    const bool hasEmail = reader.has("email");
    const QString email = reader.optionalString("email", {}, 320).trimmed().toLower();
    const IdentityCheck::Proof proof = readProof(reader);
    if (!reader.ok())
        return ServiceResult::fail(reader.error());
    if (!hasName && !hasEmail)
        return ServiceResult::fail(
            ApiError::validation(QStringLiteral("name"), QStringLiteral("Give a name or an e-mail to change")));
    if (hasEmail && (email.size() < 3 || !email.contains(QLatin1Char('@')) || email.contains(QLatin1Char(' '))))
        return ServiceResult::fail(
            ApiError::validation(QStringLiteral("email"), QStringLiteral("This is not an e-mail address")));
    ServiceResult failure;
    auto user = currentUser(p, &failure);
    if (!user)
        return failure;
    QJsonArray fields;
    if (hasEmail && email != user->email) {
        // Sign-in goes by e-mail: changing it takes the account over as surely as a new password.
        if (const ApiError e = Access::requireInteractive(p); !e.isNull())
            return ServiceResult::fail(e);
        if (const ApiError e = m_identity.stepUp(p, *user, proof, QStringLiteral("email.change")); !e.isNull())
            return ServiceResult::fail(e);
        if (m_ctx.storage.userByEmail(email))
            return ServiceResult::fail(ApiError::conflict(QStringLiteral("EMAIL_TAKEN"),
                                                          QStringLiteral("A user with this e-mail already exists")));
        user->email = email;
        fields.append(QStringLiteral("email"));
    }
    if (hasName) {
        user->name = name;
        fields.append(QStringLiteral("name"));
    }
    user->updatedAt = m_ctx.clock.now();
    if (!m_ctx.storage.updateUser(*user)) {
        // A racing change to the same address loses on the UNIQUE constraint.
        if (hasEmail && m_ctx.storage.userByEmail(email))
            return ServiceResult::fail(ApiError::conflict(QStringLiteral("EMAIL_TAKEN"),
                                                          QStringLiteral("A user with this e-mail already exists")));
        return ServiceResult::fail(ApiError::internal());
    }
    if (fields.contains(QStringLiteral("email")))
        m_ctx.keyEvents.ownerChanged(user->id); // the verify answer carries the owner's e-mail
    m_ctx.audit.byPrincipal(p, QStringLiteral("user.updated"), p.userId, QStringLiteral("user"), p.userId,
                            QJsonObject {{QStringLiteral("fields"), fields}});
    return ServiceResult::of(Views::user(*user));
}

ServiceResult AccountService::changePassword(const Principal& p, const QByteArray& body)
{
    if (const ApiError e = Access::requireInteractive(p); !e.isNull())
        return ServiceResult::fail(e);
    JsonReader reader(body, {"current_password", "new_password", "otp", "revoke_keys"});
    const QString current = reader.requiredString("current_password", 1024);
    const QString next = reader.requiredString("new_password", 1024);
    const QString otp = reader.optionalString("otp", {}, 16);
    const bool revokeKeys = reader.optionalBool("revoke_keys").value_or(false);
    if (!reader.ok())
        return ServiceResult::fail(reader.error());
    ServiceResult failure;
    auto user = currentUser(p, &failure);
    if (!user)
        return failure;
    if (ApiError e = newPasswordProblem(QStringLiteral("new_password"), next, {user->email, user->name}); !e.isNull())
        return ServiceResult::fail(e);
    // The current password always; with 2FA on, also a code unless the user has just signed in with one.
    if (const ApiError e
        = m_identity.password(p, *user, current, QStringLiteral("password.change"), QStringLiteral("current_password"));
        !e.isNull())
        return ServiceResult::fail(e);
    if (!user->totpSecret.isEmpty() && !m_identity.recentlySignedIn(p)) {
        if (otp.isEmpty())
            return ServiceResult::fail(
                {403, QLatin1String(ErrorCode::StepUpRequired),
                 QStringLiteral("Confirm with your authenticator code to change the password"),
                 QJsonObject {
                     {QStringLiteral("requires"), QJsonArray {QStringLiteral("password"), QStringLiteral("otp")}}}});
        if (const ApiError e
            = m_identity.code(*user, user->totpSecret, otp, QStringLiteral("password.change"), p.clientAddress, 403);
            !e.isNull())
            return ServiceResult::fail(e);
    }
    if (current == next)
        return ServiceResult::fail(ApiError::validation(
            QStringLiteral("new_password"), QStringLiteral("The new password must differ from the current one")));
    const qint64 now = m_ctx.clock.now();
    user->passwordHash = m_ctx.hasher.hash(next);
    user->updatedAt = now;
    if (user->passwordHash.isEmpty() || !m_ctx.storage.updateUser(*user))
        return ServiceResult::fail(ApiError::internal());
    // Every other session of the user ends; the one that changed the password stays.
    m_ctx.storage.deleteSessionsOfUser(user->id, p.sessionId);
    QJsonObject details;
    if (revokeKeys) {
        // Keys outlive passwords by design (VNTANA); on request they go too: the authentication key is deleted and
        // every API key revoked (re-activatable by the owner once the account is safe).
        int revoked = m_ctx.storage.revokeApiKeysOfUser(user->id, now);
        bool authKeyDeleted = false;
        if (const auto authKey = m_ctx.storage.authenticationKeyOf(user->id)) {
            authKeyDeleted = m_ctx.storage.deleteKey(authKey->id);
            m_ctx.storage.deleteSessionsOfKey(authKey->id);
            m_ctx.keyEvents.keyChanged(authKey->id);
        }
        if (revoked < 0)
            return ServiceResult::fail(ApiError::internal());
        m_ctx.keyEvents.userChanged(user->id);
        details = {{QStringLiteral("revoked_api_keys"), revoked},
                   {QStringLiteral("authentication_key_deleted"), authKeyDeleted}};
    }
    m_ctx.audit.byPrincipal(p, QStringLiteral("password.changed"), p.userId, QStringLiteral("user"), p.userId, details);
    QJsonObject response {{QStringLiteral("changed"), true}};
    if (revokeKeys)
        for (auto it = details.constBegin(); it != details.constEnd(); ++it)
            response.insert(it.key(), it.value());
    return ServiceResult::of(response);
}

ServiceResult AccountService::enrolTotp(const Principal& p, const QByteArray& body)
{
    if (const ApiError e = Access::requireInteractive(p); !e.isNull())
        return ServiceResult::fail(e);
    JsonReader reader = optionalBody(body, {"password", "otp"});
    const IdentityCheck::Proof proof = readProof(reader);
    if (!reader.ok())
        return ServiceResult::fail(reader.error());
    ServiceResult failure;
    auto user = currentUser(p, &failure);
    if (!user)
        return failure;
    if (!user->totpSecret.isEmpty())
        return ServiceResult::fail(ApiError::conflict(QLatin1String(ErrorCode::Conflict),
                                                      QStringLiteral("Two-factor authentication is already on")));
    // Whoever enrols a seed owns the second factor: a stolen session alone must not.
    if (const ApiError e = m_identity.stepUp(p, *user, proof, QStringLiteral("2fa.enrol")); !e.isNull())
        return ServiceResult::fail(e);
    const QByteArray secret = Totp::newSecret();
    user->totpPending = m_ctx.secretBox.seal(secret); // the database only ever holds it encrypted
    user->updatedAt = m_ctx.clock.now();
    if (!m_ctx.storage.updateUser(*user))
        return ServiceResult::fail(ApiError::internal());
    return ServiceResult::of(QJsonObject {
        {QStringLiteral("secret"), QString::fromLatin1(secret)},
        {QStringLiteral("otpauth_uri"), Totp::provisioningUri(secret, user->email, QStringLiteral("Keyward"))},
    });
}

ServiceResult AccountService::confirmTotp(const Principal& p, const QByteArray& body)
{
    if (const ApiError e = Access::requireInteractive(p); !e.isNull())
        return ServiceResult::fail(e);
    JsonReader reader(body, {"code"});
    const QString code = reader.requiredString("code", 16);
    if (!reader.ok())
        return ServiceResult::fail(reader.error());
    ServiceResult failure;
    auto user = currentUser(p, &failure);
    if (!user)
        return failure;
    if (user->totpPending.isEmpty())
        return ServiceResult::fail(ApiError::conflict(QLatin1String(ErrorCode::Conflict),
                                                      QStringLiteral("Start the enrolment first (POST /v1/me/2fa)")));
    if (const ApiError e
        = m_identity.code(*user, user->totpPending, code, QStringLiteral("2fa.confirm"), p.clientAddress, 400);
        !e.isNull())
        return ServiceResult::fail(e);
    user->totpSecret = user->totpPending;
    user->totpPending.clear();
    user->updatedAt = m_ctx.clock.now();
    if (!m_ctx.storage.updateUser(*user))
        return ServiceResult::fail(ApiError::internal());
    m_ctx.audit.byPrincipal(p, QStringLiteral("2fa.enabled"), p.userId, QStringLiteral("user"), p.userId);
    return ServiceResult::of(QJsonObject {{QStringLiteral("two_factor_enabled"), true}});
}

ServiceResult AccountService::disableTotp(const Principal& p, const QByteArray& body)
{
    if (const ApiError e = Access::requireInteractive(p); !e.isNull())
        return ServiceResult::fail(e);
    JsonReader reader(body, {"code", "password"});
    const QString code = reader.requiredString("code", 16);
    const QString password = reader.optionalString("password", {}, 1024);
    if (!reader.ok())
        return ServiceResult::fail(reader.error());
    ServiceResult failure;
    auto user = currentUser(p, &failure);
    if (!user)
        return failure;
    if (user->totpSecret.isEmpty())
        return ServiceResult::fail(ApiError::conflict(QLatin1String(ErrorCode::Conflict),
                                                      QStringLiteral("Two-factor authentication is not on")));
    // The code proves the second factor; the password (unless just signed in) proves the first.
    if (!m_identity.recentlySignedIn(p)) {
        if (password.isEmpty())
            return ServiceResult::fail(
                {403, QLatin1String(ErrorCode::StepUpRequired),
                 QStringLiteral("Confirm with your password and authenticator code to do this"),
                 QJsonObject {
                     {QStringLiteral("requires"), QJsonArray {QStringLiteral("password"), QStringLiteral("otp")}}}});
        if (ApiError e = m_identity.password(p, *user, password, QStringLiteral("step_up"), QStringLiteral("password"));
            !e.isNull()) {
            e.details.insert(QStringLiteral("requires"),
                             QJsonArray {QStringLiteral("password"), QStringLiteral("otp")});
            return ServiceResult::fail(e);
        }
    }
    if (const ApiError e
        = m_identity.code(*user, user->totpSecret, code, QStringLiteral("2fa.disable"), p.clientAddress, 400);
        !e.isNull())
        return ServiceResult::fail(e);
    user->totpSecret.clear();
    user->totpPending.clear();
    user->updatedAt = m_ctx.clock.now();
    if (!m_ctx.storage.updateUser(*user))
        return ServiceResult::fail(ApiError::internal());
    m_ctx.audit.byPrincipal(p, QStringLiteral("2fa.disabled"), p.userId, QStringLiteral("user"), p.userId);
    return ServiceResult::of(QJsonObject {{QStringLiteral("two_factor_enabled"), false}});
}

ServiceResult AccountService::authenticationKey(const Principal& p)
{
    if (const ApiError e = Access::requireScope(p, Scope::Read); !e.isNull())
        return ServiceResult::fail(e);
    const auto key = m_ctx.storage.authenticationKeyOf(p.userId);
    if (!key)
        return ServiceResult::of(QJsonObject {{QStringLiteral("exists"), false}});
    KeyRecord shown = *key;
    if (const auto pending = m_ctx.usage.newestUse(key->id); pending && pending->at > key->lastUsedAt) {
        shown.lastUsedAt = pending->at;
        shown.lastUsedAddress = pending->address;
    }
    return ServiceResult::of(Views::authenticationKey(shown));
}

ServiceResult AccountService::generateAuthenticationKey(const Principal& p, const QByteArray& body)
{
    if (const ApiError e = Access::requireInteractive(p); !e.isNull())
        return ServiceResult::fail(e);
    JsonReader reader = optionalBody(body, {"password", "otp"});
    const IdentityCheck::Proof proof = readProof(reader);
    if (!reader.ok())
        return ServiceResult::fail(reader.error());
    ServiceResult failure;
    const auto user = currentUser(p, &failure);
    if (!user)
        return failure;
    // The authentication key never expires and survives a password change: only a fresh proof may mint one.
    if (const ApiError e = m_identity.stepUp(p, *user, proof, QStringLiteral("auth_key.generate")); !e.isNull())
        return ServiceResult::fail(e);
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
    if (!m_ctx.storage.replaceAuthenticationKey(key, KeySecret::hash(secret)))
        return ServiceResult::fail(ApiError::internal());
    m_ctx.keyEvents.keyChanged(key.id);
    if (previous) {
        // The old key dies at once: out of the cache, and the sessions it opened end.
        m_ctx.keyEvents.keyChanged(previous->id);
        m_ctx.storage.deleteSessionsOfKey(previous->id);
    }
    m_ctx.audit.byPrincipal(p, previous ? QStringLiteral("auth_key.regenerated") : QStringLiteral("auth_key.generated"),
                            p.userId, QStringLiteral("key"), key.id);
    QJsonObject response = Views::authenticationKey(key);
    response.insert(QStringLiteral("secret"), QString::fromLatin1(secret));
    response.insert(QStringLiteral("replaced"), previous.has_value());
    secret.fill('\0');
    return ServiceResult::of(response, 201);
}

ServiceResult AccountService::deleteAuthenticationKey(const Principal& p)
{
    if (const ApiError e = Access::requireInteractive(p); !e.isNull())
        return ServiceResult::fail(e);
    const auto key = m_ctx.storage.authenticationKeyOf(p.userId);
    if (!key)
        return ServiceResult::fail(ApiError::notFound(QStringLiteral("authentication key")));
    if (!m_ctx.storage.deleteKey(key->id))
        return ServiceResult::fail(ApiError::internal());
    m_ctx.keyEvents.keyChanged(key->id);
    m_ctx.storage.deleteSessionsOfKey(key->id);
    m_ctx.audit.byPrincipal(p, QStringLiteral("auth_key.deleted"), p.userId, QStringLiteral("key"), key->id);
    return ServiceResult::of(QJsonObject {{QStringLiteral("deleted"), true}, {QStringLiteral("id"), key->id}});
}

} // namespace Keyward
