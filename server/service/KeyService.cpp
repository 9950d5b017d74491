#include "server/service/KeyService.h"

#include "core/KeySecret.h"
#include "core/KeyStatus.h"
#include "core/Policy.h"
#include "core/Timestamps.h"
#include "server/service/Access.h"
#include "server/service/Ids.h"
#include "server/service/Views.h"

#include <QJsonArray>

namespace Keyward {

namespace {
constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

ApiError keyExpired(const KeyRecord& key)
{
    return {409, QLatin1String(ErrorCode::KeyExpired),
            QStringLiteral("The key expired on %1; it cannot be changed back").arg(Timestamps::toIso(key.expiresAt)),
            QJsonObject {{QStringLiteral("expired_at"), Timestamps::toIso(key.expiresAt)}}};
}

// A leaked key's secret is public: re-activating it would hand it back to whoever found it.
ApiError keyLeaked(const KeyRecord& key)
{
    return {409, QStringLiteral("KEY_LEAKED"),
            QStringLiteral("The key was reported leaked on %1; it cannot be re-activated. Create a new key instead")
                .arg(Timestamps::toIso(key.leak.reportedAt)),
            QJsonObject {{QStringLiteral("reported_at"), Timestamps::toIso(key.leak.reportedAt)}}};
}

using Policy::MaxRateLimitPerMinute;

ApiError checkRateLimit(qint64 perMinute)
{
    if (perMinute < 0 || perMinute > MaxRateLimitPerMinute)
        return ApiError::validation(
            QStringLiteral("rate_limit"),
            QStringLiteral("rate_limit must be 0 (none) to %1 per minute").arg(MaxRateLimitPerMinute));
    return {};
}

ApiError checkScopeNames(const std::optional<Scopes>& scopes)
{
    if (!scopes || *scopes == Scopes())
        return ApiError::validation(QStringLiteral("scopes"),
                                    QStringLiteral("scopes must be a non-empty list of read, write, admin, webhook"));
    return {};
}

// Whether this principal may give a key these scopes, for an owner of this role.
ApiError checkScopeGrant(const Principal& p, Scopes scopes, Role ownerRole)
{
    // An API key cannot give a key more power than it has itself.
    if (!p.scopes.testFlag(Scope::Account) && (scopes & ~p.scopes) != Scopes())
        return ApiError::forbidden(QStringLiteral("A key can only create keys with scopes it has itself"));
    if (scopes.testFlag(Scope::Admin) && ownerRole != Role::Admin)
        return ApiError::validation(QStringLiteral("scopes"),
                                    QStringLiteral("Only an admin's key may carry the admin scope"));
    return {};
}
} // namespace

KeyService::KeyService(ServiceContext& context, KeyVerifier& verifier)
    : m_ctx(context)
    , m_verifier(verifier)
{ }

namespace {
// A key event for the tenant's webhooks: the key as GET /v1/api-keys/{id} shows it (never a secret), and the event's
// own fields.
WebhookEvent keyEvent(const char* type, const KeyRecord& key, qint64 now, const QJsonObject& extra = {})
{
    QJsonObject data = Views::key(key, now);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        data.insert(it.key(), it.value());
    return {key.tenantId, QLatin1String(type), data};
}
} // namespace

KeyRecord KeyService::withPendingUsage(KeyRecord key) const
{
    if (const auto pending = m_ctx.usage.newestUse(key.id); pending && pending->at > key.lastUsedAt) {
        key.lastUsedAt = pending->at;
        key.lastUsedAddress = pending->address;
    }
    return key;
}

void KeyService::forget(const KeyRecord& key)
{
    m_ctx.keyEvents.keyChanged(key.id);
    m_ctx.storage.deleteSessionsOfKey(key.id);
}

Outcome<KeyRecord> KeyService::findKey(const Principal& p, const QString& id, bool forChange)
{
    const std::optional<KeyRecord> key = m_ctx.storage.keyById(id);
    if (!key || key->kind != KeyKind::ApiKey || !Access::canSeeKey(p, *key))
        return ApiError::notFound(QStringLiteral("API key"));
    if (forChange && !Access::canManageKey(p, *key))
        return ApiError::forbidden(
            p.isAdmin() ? QStringLiteral("Changing another user's keys needs a credential with the admin scope")
                        : QStringLiteral("Only an admin may change another user's keys"));
    return *key;
}

Outcome<qint64> KeyService::readExpiry(const ExpiryRequest& expiry, const QString& tenantId, bool required)
{
    const qint64 now = m_ctx.clock.now();
    qint64 expiresAt = 0;
    if (expiry.days && expiry.at)
        return ApiError::validation(QStringLiteral("expires_at"),
                                    QStringLiteral("Give either expires_in_days or expires_at, not both"));
    if (expiry.days) {
        const qint64 days = *expiry.days;
        if (days < 0 || days > 3650 || !Policy::isExpiryPreset(static_cast<int>(days)))
            return ApiError::validation(
                QStringLiteral("expires_in_days"),
                QStringLiteral("expires_in_days must be 7, 30, 60 or 90; use expires_at for a custom date"));
        expiresAt = now + days * DayMs;
    } else if (expiry.at) {
        const std::optional<qint64> parsed = Timestamps::fromIso(*expiry.at);
        if (!parsed)
            return ApiError::validation(QStringLiteral("expires_at"),
                                        QStringLiteral("expires_at must be an ISO 8601 date and time"));
        if (*parsed <= now)
            return ApiError::validation(QStringLiteral("expires_at"),
                                        QStringLiteral("expires_at must be in the future"));
        expiresAt = *parsed;
    } else if (required) {
        return ApiError::validation(QStringLiteral("expires_in_days"),
                                    QStringLiteral("Choose an expiry: expires_in_days or expires_at"));
    } else {
        return qint64(0);
    }
    const std::optional<TenantRecord> tenant = m_ctx.storage.tenantById(tenantId);
    if (tenant && tenant->maxKeyLifetimeDays > 0 && expiresAt > now + tenant->maxKeyLifetimeDays * DayMs) {
        ApiError error = ApiError::validation(
            QStringLiteral("expires_at"),
            QStringLiteral("This tenant allows keys to live at most %1 days").arg(tenant->maxKeyLifetimeDays));
        error.details.insert(QStringLiteral("max_key_lifetime_days"), tenant->maxKeyLifetimeDays);
        return error;
    }
    return expiresAt;
}

Outcome<KeyListing> KeyService::list(const Principal& p, const ListKeysQuery& query)
{
    KeyQuery q;
    q.tenantId = p.tenantId;
    q.now = m_ctx.clock.now();
    q.userId = p.seesTenant() ? query.user : p.userId;
    if (query.user == QLatin1String("me"))
        q.userId = p.userId;
    q.status = query.status;
    q.text = query.text;
    q.expiringWithinDays = query.expiringWithinDays;
    q.sort = query.sort;
    q.descending = query.descending;
    q.limit = query.limit.value_or(q.limit);
    q.cursor = query.cursor;
    KeyPage page = m_ctx.storage.listKeys(q);
    if (page.status == KeyPage::Status::BadCursor)
        return ApiError::validation(QStringLiteral("cursor"),
                                    QStringLiteral("The cursor is not one this server gave out; start without it"));
    if (page.status == KeyPage::Status::Failed)
        return ApiError::internal();
    KeyListing listing {std::move(page.keys), page.nextCursor, q.now};
    for (KeyRecord& key : listing.keys)
        key = withPendingUsage(std::move(key));
    return listing;
}

Outcome<QJsonObject> KeyService::create(const Principal& p, const CreateKeyCommand& command)
{
    if (command.name.isEmpty())
        return ApiError::validation(QStringLiteral("name"), QStringLiteral("The name is required"));
    const std::optional<Scopes> scopes = scopesFromNames(command.scopes);
    if (const ApiError e = checkScopeNames(scopes); !e.isNull())
        return e;
    if (const ApiError e = checkRateLimit(command.rateLimit); !e.isNull())
        return e;
    // The owner: yourself, or (admins only) any user of the tenant.
    std::optional<UserRecord> owner;
    if (!command.userId.isEmpty() && command.userId != p.userId) {
        if (!Access::actsForOthers(p))
            return ApiError::forbidden(
                p.isAdmin() ? QStringLiteral("Creating keys for others needs a credential with the admin scope")
                            : QStringLiteral("Only an admin may create keys for others"));
        owner = m_ctx.storage.userById(command.userId);
        if (!owner || owner->tenantId != p.tenantId)
            return ApiError::notFound(QStringLiteral("user"));
    } else {
        owner = m_ctx.storage.userById(p.userId);
        if (!owner)
            return ApiError::notFound(QStringLiteral("user"));
    }
    if (const ApiError e = checkScopeGrant(p, *scopes, owner->role); !e.isNull())
        return e;
    const Outcome<qint64> expiresAt = readExpiry(command.expiry, p.tenantId, true);
    if (!expiresAt.ok())
        return expiresAt.error();

    const qint64 now = m_ctx.clock.now();
    QByteArray secret = KeySecret::generate(KeySecret::Kind::ApiKey);
    KeyRecord key;
    key.id = newId("key");
    key.tenantId = p.tenantId;
    key.userId = owner->id;
    key.kind = KeyKind::ApiKey;
    key.name = command.name;
    key.description = command.description;
    key.displayPrefix = KeySecret::displayPrefix(secret);
    key.scopes = *scopes;
    key.rateLimitPerMinute = static_cast<int>(command.rateLimit);
    key.createdAt = now;
    key.updatedAt = now;
    key.expiresAt = expiresAt.value();
    key.createdBy = p.userId;
    key.ownerEmail = owner->email;
    const QByteArray secretHash = KeySecret::hash(secret);
    if (!m_ctx.outbox.commit([&] { return m_ctx.storage.createKey(key, secretHash); },
                             keyEvent("key.created", key, now)))
        return ApiError::internal();
    m_ctx.keyEvents.keyChanged(key.id);
    m_ctx.audit.byPrincipal(p, QStringLiteral("key.created"), owner->id, QStringLiteral("key"), key.id, key.name,
                            QJsonObject {{QStringLiteral("name"), command.name},
                                         {QStringLiteral("expires_at"), Timestamps::toIso(key.expiresAt)}});
    QJsonObject response = Views::key(key, now);
    response.insert(QStringLiteral("secret"), QString::fromLatin1(secret));
    secret.fill('\0');
    return response;
}

Outcome<QJsonObject> KeyService::get(const Principal& p, const QString& id)
{
    const Outcome<KeyRecord> key = findKey(p, id, false);
    if (!key.ok())
        return key.error();
    return Views::key(withPendingUsage(key.value()), m_ctx.clock.now());
}

Outcome<QJsonObject> KeyService::update(const Principal& p, const QString& id, const UpdateKeyCommand& command)
{
    if (command.name && command.name->isEmpty())
        return ApiError::validation(QStringLiteral("name"), QStringLiteral("The name cannot be empty"));
    if (command.rateLimit) {
        if (const ApiError e = checkRateLimit(*command.rateLimit); !e.isNull())
            return e;
    }
    Outcome<KeyRecord> found = findKey(p, id, true);
    if (!found.ok())
        return found.error();
    KeyRecord& key = found.value();
    std::optional<Scopes> scopes;
    if (command.scopes) {
        scopes = scopesFromNames(*command.scopes);
        if (const ApiError e = checkScopeNames(scopes); !e.isNull())
            return e;
        const std::optional<UserRecord> owner = m_ctx.storage.userById(key.userId);
        if (!owner)
            return ApiError::notFound(QStringLiteral("user"));
        if (const ApiError e = checkScopeGrant(p, *scopes, owner->role); !e.isNull())
            return e;
    }
    const qint64 now = m_ctx.clock.now();
    if (command.expiry.mentioned && keyStatusAt(key.revoked, key.expiresAt, now) == KeyStatus::Expired)
        return keyExpired(key);
    const Outcome<qint64> expiresAt = readExpiry(command.expiry, key.tenantId, false);
    if (!expiresAt.ok())
        return expiresAt.error();
    QJsonArray fields;
    QString previousName;
    if (command.name) {
        if (*command.name != key.name)
            previousName = key.name;
        key.name = *command.name;
        fields.append(QStringLiteral("name"));
    }
    if (command.description) {
        key.description = *command.description;
        fields.append(QStringLiteral("description"));
    }
    if (expiresAt.value() > 0) {
        key.expiresAt = expiresAt.value();
        fields.append(QStringLiteral("expires_at"));
    }
    if (scopes) {
        key.scopes = *scopes;
        fields.append(QStringLiteral("scopes"));
    }
    if (command.rateLimit) {
        key.rateLimitPerMinute = static_cast<int>(*command.rateLimit);
        fields.append(QStringLiteral("rate_limit"));
    }
    key.updatedAt = now;
    if (!m_ctx.outbox.commit([&] { return m_ctx.storage.updateKey(key); },
                             keyEvent("key.updated", withPendingUsage(key), now, {{QStringLiteral("fields"), fields}})))
        return ApiError::internal();
    m_ctx.keyEvents.keyChanged(key.id);
    QJsonObject details {{QStringLiteral("fields"), fields}};
    if (!previousName.isEmpty())
        details.insert(QStringLiteral("previous_name"), previousName);
    m_ctx.audit.byPrincipal(p, QStringLiteral("key.updated"), key.userId, QStringLiteral("key"), key.id, key.name,
                            details);
    return Views::key(withPendingUsage(key), now);
}

Outcome<QJsonObject> KeyService::setRevoked(const Principal& p, const QString& id, bool revoked)
{
    Outcome<KeyRecord> found = findKey(p, id, true);
    if (!found.ok())
        return found.error();
    KeyRecord& key = found.value();
    const qint64 now = m_ctx.clock.now();
    if (!revoked && key.leak.isReported())
        return keyLeaked(key);
    // An expired key stays expired: re-activating it would hand back a key its owner let lapse.
    if (!revoked && keyStatusAt(key.revoked, key.expiresAt, now) == KeyStatus::Expired)
        return keyExpired(key);
    if (key.revoked != revoked) {
        key.revoked = revoked;
        key.updatedAt = now;
        if (!m_ctx.outbox.commit([&] { return m_ctx.storage.updateKey(key); },
                                 keyEvent(revoked ? "key.revoked" : "key.reactivated", withPendingUsage(key), now)))
            return ApiError::internal();
        if (revoked)
            forget(key); // its sessions end with it
        else
            m_ctx.keyEvents.keyChanged(key.id);
        m_ctx.audit.byPrincipal(p, revoked ? QStringLiteral("key.revoked") : QStringLiteral("key.reactivated"),
                                key.userId, QStringLiteral("key"), key.id, key.name);
    }
    return Views::key(withPendingUsage(key), now);
}

Outcome<QJsonObject> KeyService::revoke(const Principal& p, const QString& id)
{
    return setRevoked(p, id, true);
}

Outcome<QJsonObject> KeyService::reactivate(const Principal& p, const QString& id)
{
    return setRevoked(p, id, false);
}

Outcome<QJsonObject> KeyService::remove(const Principal& p, const QString& id)
{
    const Outcome<KeyRecord> key = findKey(p, id, true);
    if (!key.ok())
        return key.error();
    const qint64 now = m_ctx.clock.now();
    if (!m_ctx.outbox.commit([&] { return m_ctx.storage.deleteKey(key->id); },
                             keyEvent("key.deleted", withPendingUsage(key.value()), now)))
        return ApiError::internal();
    forget(key.value());
    m_ctx.audit.byPrincipal(p, QStringLiteral("key.deleted"), key->userId, QStringLiteral("key"), key->id, key->name,
                            QJsonObject {{QStringLiteral("name"), key->name}});
    return QJsonObject {{QStringLiteral("deleted"), true}, {QStringLiteral("id"), key->id}};
}

Outcome<QJsonObject> KeyService::rotate(const Principal& p, const QString& id, const RotateKeyCommand& command)
{
    const qint64 grace = command.graceSeconds;
    if (grace < 0 || grace > m_ctx.policy.maxGraceSeconds)
        return ApiError::validation(QStringLiteral("grace_seconds"),
                                    QStringLiteral("grace_seconds must be 0 to %1").arg(m_ctx.policy.maxGraceSeconds));
    Outcome<KeyRecord> found = findKey(p, id, true);
    if (!found.ok())
        return found.error();
    KeyRecord& key = found.value();
    // Rotation hands out a new secret: an API key may only rotate keys that are no more powerful than itself.
    if (!p.scopes.testFlag(Scope::Account) && (key.scopes & ~p.scopes) != Scopes())
        return ApiError::forbidden(QStringLiteral("A key can only rotate keys with scopes it has itself"));
    // A thief holding the rotated-out secret must not rotate again and keep the only live one.
    if (p.secretInGrace)
        return Access::rotatedOutSecret();
    const qint64 now = m_ctx.clock.now();
    const KeyStatus status = keyStatusAt(key.revoked, key.expiresAt, now);
    if (key.leak.isReported())
        return keyLeaked(key); // not "re-activate first": it never can be
    if (status == KeyStatus::Expired)
        return keyExpired(key);
    if (status == KeyStatus::Inactive)
        return ApiError::conflict(QLatin1String(ErrorCode::Conflict),
                                  QStringLiteral("Re-activate the key before rotating it"));
    QByteArray secret = KeySecret::generate(KeySecret::Kind::ApiKey);
    const qint64 graceUntil = grace > 0 ? now + grace * 1000 : 0;
    const QString prefix = KeySecret::displayPrefix(secret);
    KeyRecord rotated = key;
    rotated.displayPrefix = prefix;
    rotated.updatedAt = now;
    const QByteArray secretHash = KeySecret::hash(secret);
    if (!m_ctx.outbox.commit([&] { return m_ctx.storage.rotateKey(key.id, secretHash, prefix, graceUntil, now); },
                             keyEvent("key.rotated", withPendingUsage(rotated), now,
                                      {{QStringLiteral("grace_seconds"), grace},
                                       {QStringLiteral("previous_valid_until"), Timestamps::toJson(graceUntil)}})))
        return ApiError::internal();
    // Sessions opened with the old secret end now, whatever its grace period: the grace is for the services that
    // verify the old secret while they switch, not for what was signed in with it.
    forget(key);
    key = rotated;
    m_ctx.audit.byPrincipal(p, QStringLiteral("key.rotated"), key.userId, QStringLiteral("key"), key.id, key.name,
                            QJsonObject {{QStringLiteral("grace_seconds"), grace}});
    QJsonObject response = Views::key(withPendingUsage(key), now);
    response.insert(QStringLiteral("secret"), QString::fromLatin1(secret));
    response.insert(QStringLiteral("previous_valid_until"), Timestamps::toJson(graceUntil));
    secret.fill('\0');
    return response;
}

KeyVerifier::Outcome KeyService::verify(const QByteArray& secret, const QString& clientAddress)
{
    return m_verifier.verify(secret, clientAddress);
}

} // namespace Keyward
