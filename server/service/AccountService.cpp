#include "server/service/AccountService.h"

#include "core/JsonReader.h"
#include "core/KeySecret.h"
#include "server/service/Access.h"
#include "server/service/Ids.h"
#include "server/service/Totp.h"
#include "server/service/Views.h"

#include <QJsonArray>

namespace Keyward {

AccountService::AccountService(ServiceContext& context, AuthService& auth)
    : m_ctx(context)
    , m_auth(auth)
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
        response.insert(QStringLiteral("tenant"), Views::tenant(*tenant));
    response.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopeNames(p.scopes)));
    return ServiceResult::of(response);
}

ServiceResult AccountService::updateMe(const Principal& p, const QByteArray& body)
{
    if (const ApiError e = Access::requireScope(p, Scope::Write); !e.isNull())
        return ServiceResult::fail(e);
    JsonReader reader(body, {"name"});
    const QString name = reader.requiredString("name", 200).trimmed();
    if (!reader.ok())
        return ServiceResult::fail(reader.error());
    ServiceResult failure;
    auto user = currentUser(p, &failure);
    if (!user)
        return failure;
    user->name = name;
    user->updatedAt = m_ctx.clock.now();
    if (!m_ctx.storage.updateUser(*user))
        return ServiceResult::fail(ApiError::internal());
    m_ctx.audit.byPrincipal(p, QStringLiteral("user.updated"), p.userId, QStringLiteral("user"), p.userId,
                            QJsonObject {{QStringLiteral("fields"), QJsonArray {QStringLiteral("name")}}});
    return ServiceResult::of(Views::user(*user));
}

ServiceResult AccountService::changePassword(const Principal& p, const QByteArray& body)
{
    if (const ApiError e = Access::requireInteractive(p); !e.isNull())
        return ServiceResult::fail(e);
    JsonReader reader(body, {"current_password", "new_password"});
    const QString current = reader.requiredString("current_password", 1024);
    const QString next = reader.requiredString("new_password", 1024);
    if (!reader.ok())
        return ServiceResult::fail(reader.error());
    if (next.size() < m_ctx.policy.minPasswordLength)
        return ServiceResult::fail(ApiError::validation(
            QStringLiteral("new_password"),
            QStringLiteral("The new password needs at least %1 characters").arg(m_ctx.policy.minPasswordLength)));
    ServiceResult failure;
    auto user = currentUser(p, &failure);
    if (!user)
        return failure;
    const qint64 now = m_ctx.clock.now();
    if (const int wait = m_ctx.throttle.retryAfter(user->email, p.clientAddress, now); wait > 0) {
        ServiceResult limited = ServiceResult::fail({429,
                                                     QLatin1String(ErrorCode::RateLimited),
                                                     QStringLiteral("Too many wrong passwords; try again later"),
                                                     {}});
        limited.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(wait)});
        return limited;
    }
    if (!m_ctx.hasher.verify(user->passwordHash, current)) {
        m_ctx.throttle.failed(user->email, p.clientAddress, now);
        return ServiceResult::fail({403, QLatin1String(ErrorCode::InvalidCredentials),
                                    QStringLiteral("The current password is wrong"),
                                    QJsonObject {{QStringLiteral("field"), QStringLiteral("current_password")}}});
    }
    if (current == next)
        return ServiceResult::fail(ApiError::validation(
            QStringLiteral("new_password"), QStringLiteral("The new password must differ from the current one")));
    user->passwordHash = m_ctx.hasher.hash(next);
    user->updatedAt = now;
    if (user->passwordHash.isEmpty() || !m_ctx.storage.updateUser(*user))
        return ServiceResult::fail(ApiError::internal());
    // Every other session of the user ends; the one that changed the password stays.
    m_ctx.storage.deleteSessionsOfUser(user->id, p.sessionId);
    m_ctx.audit.byPrincipal(p, QStringLiteral("password.changed"), p.userId, QStringLiteral("user"), p.userId);
    return ServiceResult::of(QJsonObject {{QStringLiteral("changed"), true}});
}

ServiceResult AccountService::enrolTotp(const Principal& p)
{
    if (const ApiError e = Access::requireInteractive(p); !e.isNull())
        return ServiceResult::fail(e);
    ServiceResult failure;
    auto user = currentUser(p, &failure);
    if (!user)
        return failure;
    if (!user->totpSecret.isEmpty())
        return ServiceResult::fail(ApiError::conflict(QLatin1String(ErrorCode::Conflict),
                                                      QStringLiteral("Two-factor authentication is already on")));
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
    if (!m_auth.acceptTotp(user->id, user->totpPending, code))
        return ServiceResult::fail(
            {400, QLatin1String(ErrorCode::InvalidOtp), QStringLiteral("The authenticator code is wrong"), {}});
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
    JsonReader reader(body, {"code"});
    const QString code = reader.requiredString("code", 16);
    if (!reader.ok())
        return ServiceResult::fail(reader.error());
    ServiceResult failure;
    auto user = currentUser(p, &failure);
    if (!user)
        return failure;
    if (user->totpSecret.isEmpty())
        return ServiceResult::fail(ApiError::conflict(QLatin1String(ErrorCode::Conflict),
                                                      QStringLiteral("Two-factor authentication is not on")));
    if (!m_auth.acceptTotp(user->id, user->totpSecret, code))
        return ServiceResult::fail(
            {400, QLatin1String(ErrorCode::InvalidOtp), QStringLiteral("The authenticator code is wrong"), {}});
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
    if (const auto pending = m_ctx.usage.pending(key->id)) {
        shown.lastUsedAt = pending->at;
        shown.lastUsedAddress = pending->address;
    }
    return ServiceResult::of(Views::authenticationKey(shown));
}

ServiceResult AccountService::generateAuthenticationKey(const Principal& p)
{
    if (const ApiError e = Access::requireInteractive(p); !e.isNull())
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
    if (previous) {
        // The old key dies at once: out of the cache, and the sessions it opened end.
        m_ctx.cache.invalidateKey(previous->id);
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
    m_ctx.cache.invalidateKey(key->id);
    m_ctx.storage.deleteSessionsOfKey(key->id);
    m_ctx.audit.byPrincipal(p, QStringLiteral("auth_key.deleted"), p.userId, QStringLiteral("key"), key->id);
    return ServiceResult::of(QJsonObject {{QStringLiteral("deleted"), true}, {QStringLiteral("id"), key->id}});
}

} // namespace Keyward
