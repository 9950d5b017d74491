#include "server/service/UserService.h"

#include "core/JsonReader.h"
#include "server/service/Access.h"
#include "server/service/Ids.h"
#include "server/service/PasswordRules.h"
#include "server/service/Views.h"

#include <QJsonArray>

namespace Keyward {

UserService::UserService(ServiceContext& context)
    : m_ctx(context)
{ }

ServiceResult UserService::list(const Principal& p)
{
    if (ApiError e = Access::requireTenantReader(p); !e.isNull())
        return ServiceResult::fail(e);
    if (ApiError e = Access::requireScope(p, Scope::Admin); !e.isNull())
        return ServiceResult::fail(e);
    QJsonArray users;
    const QList<UserRecord> records = m_ctx.storage.usersOfTenant(p.tenantId);
    if (m_ctx.storage.unreachable()) // an empty list would say "no users"
        return ServiceResult::fail(ApiError::storageUnavailable());
    for (const UserRecord& user : records)
        users.append(Views::user(user));
    return ServiceResult::of(QJsonObject {{QStringLiteral("users"), users}});
}

ApiError UserService::createUser(const QString& tenantId, const QString& emailIn, const QString& name, Role role,
                                 const QString& password, UserRecord* created)
{
    const QString email = emailIn.trimmed().toLower();
    if (email.size() < 3 || !email.contains(QLatin1Char('@')) || email.contains(QLatin1Char(' ')))
        return ApiError::validation(QStringLiteral("email"), QStringLiteral("This is not an e-mail address"));
    if (ApiError e = newPasswordProblem(QStringLiteral("password"), password, {email, name}); !e.isNull())
        return e;
    if (m_ctx.storage.userByEmail(email))
        return ApiError::conflict(QStringLiteral("EMAIL_TAKEN"),
                                  QStringLiteral("A user with this e-mail already exists"));
    const qint64 now = m_ctx.clock.now();
    UserRecord user;
    user.id = newId("usr");
    user.tenantId = tenantId;
    user.email = email;
    user.name = name.trimmed();
    user.role = role;
    user.passwordHash = m_ctx.hasher.hash(password);
    user.createdAt = now;
    user.updatedAt = now;
    if (user.passwordHash.isEmpty() || !m_ctx.storage.createUser(user)) {
        // A racing create of the same e-mail loses on the UNIQUE constraint.
        if (m_ctx.storage.userByEmail(email))
            return ApiError::conflict(QStringLiteral("EMAIL_TAKEN"),
                                      QStringLiteral("A user with this e-mail already exists"));
        return ApiError::internal();
    }
    if (created)
        *created = user;
    return {};
}

ServiceResult UserService::create(const Principal& p, const QByteArray& body)
{
    if (ApiError e = Access::requireAdmin(p); !e.isNull())
        return ServiceResult::fail(e);
    if (ApiError e = Access::requireScope(p, Scope::Admin); !e.isNull())
        return ServiceResult::fail(e);
    JsonReader reader(body, {"email", "name", "role", "password"});
    const QString email = reader.requiredString("email", 320);
    const QString name = reader.optionalString("name", {}, 200);
    const QString roleText = reader.optionalString("role", QStringLiteral("user"), 16);
    const QString password = reader.requiredString("password", 1024);
    if (!reader.ok())
        return ServiceResult::fail(reader.error());
    const std::optional<Role> role = roleFromName(roleText);
    if (!role)
        return ServiceResult::fail(
            ApiError::validation(QStringLiteral("role"), QStringLiteral("role must be user, support or admin")));
    UserRecord user;
    if (ApiError e = createUser(p.tenantId, email, name, *role, password, &user); !e.isNull()) {
        // E-mail addresses are unique across tenants (sign-in is by e-mail alone), so this refusal tells an admin
        // that the address is in use somewhere: it never says where, and each one is audited so that probing shows.
        if (e.code == QLatin1String("EMAIL_TAKEN"))
            m_ctx.audit.record({p.tenantId,
                                p.userId,
                                p.email,
                                {},
                                QStringLiteral("user.create"),
                                QStringLiteral("user"),
                                {},
                                QStringLiteral("denied"),
                                p.clientAddress,
                                QJsonObject {{QStringLiteral("reason"), QStringLiteral("email_taken")}}});
        return ServiceResult::fail(e);
    }
    m_ctx.audit.byPrincipal(p, QStringLiteral("user.created"), user.id, QStringLiteral("user"), user.id,
                            QJsonObject {{QStringLiteral("role"), roleName(user.role)}});
    return ServiceResult::of(Views::user(user), 201);
}

ServiceResult UserService::update(const Principal& p, const QString& id, const QByteArray& body)
{
    if (ApiError e = Access::requireAdmin(p); !e.isNull())
        return ServiceResult::fail(e);
    if (ApiError e = Access::requireScope(p, Scope::Admin); !e.isNull())
        return ServiceResult::fail(e);
    JsonReader reader(body, {"role", "disabled", "name"});
    const QString roleText = reader.optionalString("role", {}, 16);
    const std::optional<bool> disabled = reader.optionalBool("disabled");
    const bool hasName = reader.has("name");
    const QString name = reader.optionalString("name", {}, 200);
    if (!reader.ok())
        return ServiceResult::fail(reader.error());
    std::optional<Role> role;
    if (!roleText.isEmpty()) {
        role = roleFromName(roleText);
        if (!role)
            return ServiceResult::fail(
                ApiError::validation(QStringLiteral("role"), QStringLiteral("role must be user, support or admin")));
    }
    std::optional<UserRecord> user = m_ctx.storage.userById(id);
    if (!user || user->tenantId != p.tenantId)
        return ServiceResult::fail(ApiError::notFound(QStringLiteral("user")));
    if (user->id == p.userId && ((disabled && *disabled) || (role && *role != Role::Admin)))
        return ServiceResult::fail(
            ApiError::conflict(QLatin1String(ErrorCode::Conflict),
                               QStringLiteral("You cannot disable yourself or give up your own admin role")));
    QJsonArray fields;
    if (role && *role != user->role) {
        user->role = *role;
        fields.append(QStringLiteral("role"));
    }
    if (disabled && *disabled != user->disabled) {
        user->disabled = *disabled;
        fields.append(QStringLiteral("disabled"));
    }
    if (hasName) {
        user->name = name.trimmed();
        fields.append(QStringLiteral("name"));
    }
    user->updatedAt = m_ctx.clock.now();
    if (!m_ctx.storage.updateUser(*user))
        return ServiceResult::fail(ApiError::internal());
    if (fields.contains(QStringLiteral("disabled")) || fields.contains(QStringLiteral("role"))) {
        // A disabled user's sessions and keys stop working at once, and a re-enabled user's keys work again at once.
        m_ctx.keyEvents.ownerChanged(user->id);
        if (user->disabled)
            m_ctx.storage.deleteSessionsOfUser(user->id);
    }
    m_ctx.audit.byPrincipal(p, QStringLiteral("user.updated"), user->id, QStringLiteral("user"), user->id,
                            QJsonObject {{QStringLiteral("fields"), fields}});
    return ServiceResult::of(Views::user(*user));
}

ServiceResult UserService::resetTwoFactor(const Principal& p, const QString& id)
{
    if (ApiError e = Access::requireAdmin(p); !e.isNull())
        return ServiceResult::fail(e);
    if (ApiError e = Access::requireScope(p, Scope::Admin); !e.isNull())
        return ServiceResult::fail(e);
    std::optional<UserRecord> user = m_ctx.storage.userById(id);
    if (!user || user->tenantId != p.tenantId)
        return ServiceResult::fail(ApiError::notFound(QStringLiteral("user")));
    const bool wasOn = !user->totpSecret.isEmpty();
    if (!wasOn && user->totpPending.isEmpty())
        return ServiceResult::fail(ApiError::conflict(QLatin1String(ErrorCode::Conflict),
                                                      QStringLiteral("Two-factor authentication is not on")));
    // For a user who lost the authenticator, or whose account was taken over by a foreign seed. The user's sessions
    // end: whoever enrolled the seed may be signed in.
    user->totpSecret.clear();
    user->totpPending.clear();
    user->updatedAt = m_ctx.clock.now();
    if (!m_ctx.storage.updateUser(*user))
        return ServiceResult::fail(ApiError::internal());
    m_ctx.storage.deleteSessionsOfUser(user->id, p.userId == user->id ? p.sessionId : QString());
    m_ctx.audit.byPrincipal(p, QStringLiteral("2fa.reset"), user->id, QStringLiteral("user"), user->id,
                            QJsonObject {{QStringLiteral("was_enabled"), wasOn}});
    return ServiceResult::of(Views::user(*user));
}

ServiceResult UserService::tenant(const Principal& p)
{
    if (ApiError e = Access::requireScope(p, Scope::Read); !e.isNull())
        return ServiceResult::fail(e);
    const auto tenant = m_ctx.storage.tenantById(p.tenantId);
    if (!tenant)
        return ServiceResult::fail(ApiError::notFound(QStringLiteral("tenant")));
    return ServiceResult::of(Views::tenant(*tenant, m_ctx.policy.sessionChainDays(*tenant)));
}

ServiceResult UserService::updateTenant(const Principal& p, const QByteArray& body)
{
    if (ApiError e = Access::requireAdmin(p); !e.isNull())
        return ServiceResult::fail(e);
    if (ApiError e = Access::requireScope(p, Scope::Admin); !e.isNull())
        return ServiceResult::fail(e);
    JsonReader reader(body, {"max_key_lifetime_days", "session_chain_days"});
    const std::optional<qint64> days = reader.optionalInteger("max_key_lifetime_days");
    const std::optional<qint64> chainDays = reader.optionalInteger("session_chain_days");
    if (!reader.ok())
        return ServiceResult::fail(reader.error());
    if (!days && !chainDays)
        return ServiceResult::fail(
            ApiError::validation(QStringLiteral("max_key_lifetime_days"),
                                 QStringLiteral("Give max_key_lifetime_days or session_chain_days to change")));
    if (days && (*days < 0 || *days > 3650))
        return ServiceResult::fail(
            ApiError::validation(QStringLiteral("max_key_lifetime_days"),
                                 QStringLiteral("max_key_lifetime_days must be 0 (no cap) to 3650")));
    if (chainDays && (*chainDays < 1 || *chainDays > m_ctx.policy.maxSessionChainDays))
        return ServiceResult::fail(ApiError::validation(
            QStringLiteral("session_chain_days"),
            QStringLiteral("session_chain_days must be 1 to %1").arg(m_ctx.policy.maxSessionChainDays)));
    auto tenant = m_ctx.storage.tenantById(p.tenantId);
    if (!tenant)
        return ServiceResult::fail(ApiError::notFound(QStringLiteral("tenant")));
    QJsonObject changed;
    if (days) {
        tenant->maxKeyLifetimeDays = static_cast<int>(*days);
        changed.insert(QStringLiteral("max_key_lifetime_days"), tenant->maxKeyLifetimeDays);
    }
    if (chainDays) {
        tenant->sessionChainDays = static_cast<int>(*chainDays);
        changed.insert(QStringLiteral("session_chain_days"), tenant->sessionChainDays);
    }
    if (!m_ctx.storage.updateTenant(*tenant))
        return ServiceResult::fail(ApiError::internal());
    m_ctx.audit.byPrincipal(p, QStringLiteral("tenant.updated"), {}, QStringLiteral("tenant"), tenant->id, changed);
    return ServiceResult::of(Views::tenant(*tenant, m_ctx.policy.sessionChainDays(*tenant)));
}

ServiceResult UserService::audit(const Principal& p, const QUrlQuery& query)
{
    if (ApiError e = Access::requireScope(p, Scope::Read); !e.isNull())
        return ServiceResult::fail(e);
    AuditQuery q;
    q.tenantId = p.tenantId;
    const QString user = query.queryItemValue(QStringLiteral("user"));
    q.actorOrSubjectUserId = p.seesTenant() ? user : p.userId;
    q.action = query.queryItemValue(QStringLiteral("action"));
    if (query.hasQueryItem(QStringLiteral("before"))) {
        bool ok = false;
        q.beforeId = query.queryItemValue(QStringLiteral("before")).toLongLong(&ok);
        if (!ok || q.beforeId < 1)
            return ServiceResult::fail(
                ApiError::validation(QStringLiteral("before"), QStringLiteral("before must be an entry id")));
    }
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        q.limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || q.limit < 1 || q.limit > 1000)
            return ServiceResult::fail(
                ApiError::validation(QStringLiteral("limit"), QStringLiteral("limit must be 1 to 1000")));
    }
    QJsonArray entries;
    const std::optional<QList<AuditRecord>> listed = m_ctx.storage.listAudit(q);
    if (!listed)
        return ServiceResult::fail(ApiError::internal());
    const QList<AuditRecord>& records = *listed;
    for (const AuditRecord& entry : records)
        entries.append(Views::audit(entry));
    const QJsonValue next
        = records.size() == q.limit ? QJsonValue(QString::number(records.constLast().id)) : QJsonValue();
    return ServiceResult::of(QJsonObject {{QStringLiteral("entries"), entries}, {QStringLiteral("next_before"), next}});
}

} // namespace Keyward
