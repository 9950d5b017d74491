#include "server/service/UserService.h"

#include "server/service/Ids.h"
#include "server/service/PasswordRules.h"
#include "server/service/Views.h"

#include <QJsonArray>

namespace Keyward {

UserService::UserService(ServiceContext& context)
    : m_ctx(context)
{ }

Outcome<QJsonObject> UserService::list(const Principal& p)
{
    QJsonArray users;
    const QList<UserRecord> records = m_ctx.storage.usersOfTenant(p.tenantId);
    if (m_ctx.storage.unreachable()) // an empty list would say "no users"
        return ApiError::storageUnavailable();
    for (const UserRecord& user : records)
        users.append(Views::user(user));
    return QJsonObject {{QStringLiteral("users"), users}};
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

Outcome<QJsonObject> UserService::create(const Principal& p, const CreateUserCommand& command)
{
    UserRecord user;
    if (ApiError e = createUser(p.tenantId, command.email, command.name, command.role, command.password, &user);
        !e.isNull()) {
        // E-mail addresses are unique across tenants (sign-in is by e-mail alone), so this refusal tells an admin
        // that the address is in use somewhere: it never says where, and each one is audited so that probing shows.
        if (e.code == QLatin1String("EMAIL_TAKEN")) {
            AuditTrail::Entry denied;
            denied.tenantId = p.tenantId;
            denied.actorId = p.userId;
            denied.actorEmail = p.email;
            denied.action = QStringLiteral("user.create");
            denied.targetType = QStringLiteral("user");
            denied.targetName = command.email.trimmed().toLower(); // the address asked for (no user of this tenant)
            denied.outcome = QStringLiteral("denied");
            denied.clientAddress = p.clientAddress;
            denied.details = {{QStringLiteral("reason"), QStringLiteral("email_taken")}};
            m_ctx.audit.record(denied);
        }
        return e;
    }
    m_ctx.audit.byPrincipal(p, QStringLiteral("user.created"), user.id, QStringLiteral("user"), user.id, user.email,
                            QJsonObject {{QStringLiteral("role"), roleName(user.role)}});
    return Views::user(user);
}

Outcome<UserRecord> UserService::tenantUser(const Principal& p, const QString& id)
{
    std::optional<UserRecord> user = m_ctx.storage.userById(id);
    if (!user || user->tenantId != p.tenantId)
        return ApiError::notFound(QStringLiteral("user"));
    return *user;
}

Outcome<QJsonObject> UserService::update(const Principal& p, const QString& id, const UpdateUserCommand& command)
{
    const std::optional<Role>& role = command.role;
    const std::optional<bool>& disabled = command.disabled;
    Outcome<UserRecord> found = tenantUser(p, id);
    if (!found.ok())
        return found.error();
    UserRecord& user = found.value();
    if (user.id == p.userId && ((disabled && *disabled) || (role && *role != Role::Admin)))
        return ApiError::conflict(QLatin1String(ErrorCode::Conflict),
                                  QStringLiteral("You cannot disable yourself or give up your own admin role"));
    QJsonArray fields;
    if (role && *role != user.role) {
        user.role = *role;
        fields.append(QStringLiteral("role"));
    }
    if (disabled && *disabled != user.disabled) {
        user.disabled = *disabled;
        fields.append(QStringLiteral("disabled"));
    }
    if (command.name) {
        user.name = command.name->trimmed();
        fields.append(QStringLiteral("name"));
    }
    user.updatedAt = m_ctx.clock.now();
    if (!m_ctx.storage.updateUser(user))
        return ApiError::internal();
    if (fields.contains(QStringLiteral("disabled")) || fields.contains(QStringLiteral("role"))) {
        // A disabled user's sessions and keys stop working at once, and a re-enabled user's keys work again at once.
        m_ctx.keyEvents.ownerChanged(user.id);
        if (user.disabled)
            m_ctx.storage.deleteSessionsOfUser(user.id);
    }
    m_ctx.audit.byPrincipal(p, QStringLiteral("user.updated"), user.id, QStringLiteral("user"), user.id, user.email,
                            QJsonObject {{QStringLiteral("fields"), fields}});
    return Views::user(user);
}

Outcome<QJsonObject> UserService::resetTwoFactor(const Principal& p, const QString& id)
{
    Outcome<UserRecord> found = tenantUser(p, id);
    if (!found.ok())
        return found.error();
    UserRecord& user = found.value();
    const bool wasOn = !user.totpSecret.isEmpty();
    if (!wasOn && user.totpPending.isEmpty())
        return ApiError::conflict(QLatin1String(ErrorCode::Conflict),
                                  QStringLiteral("Two-factor authentication is not on"));
    // For a user who lost the authenticator, or whose account was taken over by a foreign seed. The user's sessions
    // end: whoever enrolled the seed may be signed in.
    user.totpSecret.clear();
    user.totpPending.clear();
    user.updatedAt = m_ctx.clock.now();
    // Its recovery codes go with it: they were a second factor of the old enrolment.
    if (!m_ctx.storage.updateUser(user) || !m_ctx.storage.deleteRecoveryCodes(user.id))
        return ApiError::internal();
    m_ctx.storage.deleteSessionsOfUser(user.id, p.userId == user.id ? p.sessionId : QString());
    m_ctx.audit.byPrincipal(p, QStringLiteral("2fa.reset"), user.id, QStringLiteral("user"), user.id, user.email,
                            QJsonObject {{QStringLiteral("was_enabled"), wasOn}});
    return Views::user(user);
}

Outcome<QJsonObject> UserService::tenant(const Principal& p)
{
    const auto tenant = m_ctx.storage.tenantById(p.tenantId);
    if (!tenant)
        return ApiError::notFound(QStringLiteral("tenant"));
    return Views::tenant(*tenant, m_ctx.policy.sessionChainDays(*tenant));
}

Outcome<QJsonObject> UserService::updateTenant(const Principal& p, const UpdateTenantCommand& command)
{
    const std::optional<qint64>& days = command.maxKeyLifetimeDays;
    const std::optional<qint64>& chainDays = command.sessionChainDays;
    const std::optional<QList<qint64>>& noticeDays = command.expiryNoticeDays;
    if (!days && !chainDays && !noticeDays)
        return ApiError::validation(
            QStringLiteral("max_key_lifetime_days"),
            QStringLiteral("Give max_key_lifetime_days, session_chain_days or expiry_notice_days to change"));
    if (days && (*days < 0 || *days > 3650))
        return ApiError::validation(QStringLiteral("max_key_lifetime_days"),
                                    QStringLiteral("max_key_lifetime_days must be 0 (no cap) to 3650"));
    if (chainDays && (*chainDays < 1 || *chainDays > m_ctx.policy.maxSessionChainDays))
        return ApiError::validation(
            QStringLiteral("session_chain_days"),
            QStringLiteral("session_chain_days must be 1 to %1").arg(m_ctx.policy.maxSessionChainDays));
    QList<int> thresholds;
    if (noticeDays) {
        // Distinct, each 1 to MaxExpiryNoticeDays, at most MaxExpiryNoticeThresholds; kept largest first.
        for (const qint64 d : *noticeDays) {
            if (d < 1 || d > Policy::MaxExpiryNoticeDays || thresholds.contains(static_cast<int>(d)))
                return ApiError::validation(
                    QStringLiteral("expiry_notice_days"),
                    QStringLiteral("expiry_notice_days must be distinct whole days from 1 to %1")
                        .arg(Policy::MaxExpiryNoticeDays));
            thresholds.append(static_cast<int>(d));
        }
        if (thresholds.size() > Policy::MaxExpiryNoticeThresholds)
            return ApiError::validation(QStringLiteral("expiry_notice_days"),
                                        QStringLiteral("expiry_notice_days may hold at most %1 thresholds")
                                            .arg(Policy::MaxExpiryNoticeThresholds));
        std::sort(thresholds.begin(), thresholds.end(), std::greater<int>());
    }
    auto tenant = m_ctx.storage.tenantById(p.tenantId);
    if (!tenant)
        return ApiError::notFound(QStringLiteral("tenant"));
    QJsonObject changed;
    if (noticeDays) {
        tenant->expiryNoticeDays = thresholds;
        changed.insert(QStringLiteral("expiry_notice_days"), Views::daysArray(thresholds));
    }
    if (days) {
        tenant->maxKeyLifetimeDays = static_cast<int>(*days);
        changed.insert(QStringLiteral("max_key_lifetime_days"), tenant->maxKeyLifetimeDays);
    }
    if (chainDays) {
        tenant->sessionChainDays = static_cast<int>(*chainDays);
        changed.insert(QStringLiteral("session_chain_days"), tenant->sessionChainDays);
    }
    if (!m_ctx.storage.updateTenant(*tenant))
        return ApiError::internal();
    m_ctx.audit.byPrincipal(p, QStringLiteral("tenant.updated"), {}, QStringLiteral("tenant"), tenant->id, tenant->name,
                            changed);
    return Views::tenant(*tenant, m_ctx.policy.sessionChainDays(*tenant));
}

Outcome<QJsonObject> UserService::audit(const Principal& p, const ListAuditQuery& query)
{
    AuditQuery q;
    q.tenantId = p.tenantId;
    q.actorOrSubjectUserId = p.seesTenant() ? query.user : p.userId;
    q.action = query.action;
    q.targetId = query.target;
    q.beforeId = query.beforeId;
    q.sinceMs = query.sinceMs;
    q.untilMs = query.untilMs;
    q.limit = query.limit.value_or(q.limit);
    const std::optional<QList<AuditRecord>> listed = m_ctx.storage.listAudit(q);
    if (!listed)
        return ApiError::internal();
    QJsonArray entries;
    const QList<AuditRecord>& records = *listed;
    for (const AuditRecord& entry : records)
        entries.append(Views::audit(entry));
    const QJsonValue next
        = records.size() == q.limit ? QJsonValue(QString::number(records.constLast().id)) : QJsonValue();
    return QJsonObject {{QStringLiteral("entries"), entries}, {QStringLiteral("next_before"), next}};
}

} // namespace Keyward
