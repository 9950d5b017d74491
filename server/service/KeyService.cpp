#include "server/service/KeyService.h"

#include "core/Envelope.h"
#include "core/JsonReader.h"
#include "core/KeySecret.h"
#include "core/KeyStatus.h"
#include "core/Policy.h"
#include "core/Timestamps.h"
#include "server/service/Access.h"
#include "server/service/Ids.h"
#include "server/service/JsonWriter.h"
#include "server/service/Views.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Keyward {

namespace {
constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

ServiceResult keyExpired(const KeyRecord& key)
{
    return ServiceResult::fail(
        {409, QLatin1String(ErrorCode::KeyExpired),
         QStringLiteral("The key expired on %1; it cannot be changed back").arg(Timestamps::toIso(key.expiresAt)),
         QJsonObject {{QStringLiteral("expired_at"), Timestamps::toIso(key.expiresAt)}}});
}
// A secret in its grace period only verifies (for the services still switching over); it hands out no new secret.
ApiError rotatedOutSecret()
{
    return ApiError::forbidden(QStringLiteral(
        "This secret was rotated out and is in its grace period: it cannot create or rotate keys; use the new secret"));
}

constexpr qint64 MaxRateLimitPerMinute = 1000000;

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

std::optional<KeyRecord> KeyService::findKey(const Principal& p, const QString& id, bool forChange,
                                             ServiceResult* failure)
{
    const std::optional<KeyRecord> key = m_ctx.storage.keyById(id);
    if (!key || key->kind != KeyKind::ApiKey || !Access::canSeeKey(p, *key)) {
        *failure = ServiceResult::fail(ApiError::notFound(QStringLiteral("API key")));
        return std::nullopt;
    }
    if (forChange && !Access::canManageKey(p, *key)) {
        *failure = ServiceResult::fail(ApiError::forbidden(
            p.isAdmin() ? QStringLiteral("Changing another user's keys needs a credential with the admin scope")
                        : QStringLiteral("Only an admin may change another user's keys")));
        return std::nullopt;
    }
    return key;
}

std::optional<qint64> KeyService::readExpiry(const QJsonObject& body, const QString& tenantId, bool required,
                                             ServiceResult* failure)
{
    // null means "not given", as everywhere else in the API.
    const QJsonValue rawDays = body.value(QStringLiteral("expires_in_days"));
    const QJsonValue rawAt = body.value(QStringLiteral("expires_at"));
    const QJsonValue days = rawDays.isNull() ? QJsonValue(QJsonValue::Undefined) : rawDays;
    const QJsonValue at = rawAt.isNull() ? QJsonValue(QJsonValue::Undefined) : rawAt;
    const qint64 now = m_ctx.clock.now();
    qint64 expiresAt = 0;
    if (!days.isUndefined() && !at.isUndefined()) {
        *failure = ServiceResult::fail(ApiError::validation(
            QStringLiteral("expires_at"), QStringLiteral("Give either expires_in_days or expires_at, not both")));
        return std::nullopt;
    }
    if (!days.isUndefined()) {
        const int n = days.toInt(-1);
        if (!days.isDouble() || !Policy::isExpiryPreset(n)) {
            *failure = ServiceResult::fail(ApiError::validation(
                QStringLiteral("expires_in_days"),
                QStringLiteral("expires_in_days must be 7, 30, 60 or 90; use expires_at for a custom date")));
            return std::nullopt;
        }
        expiresAt = now + n * DayMs;
    } else if (!at.isUndefined()) {
        const std::optional<qint64> parsed = at.isString() ? Timestamps::fromIso(at.toString()) : std::nullopt;
        if (!parsed) {
            *failure = ServiceResult::fail(ApiError::validation(
                QStringLiteral("expires_at"), QStringLiteral("expires_at must be an ISO 8601 date and time")));
            return std::nullopt;
        }
        if (*parsed <= now) {
            *failure = ServiceResult::fail(
                ApiError::validation(QStringLiteral("expires_at"), QStringLiteral("expires_at must be in the future")));
            return std::nullopt;
        }
        expiresAt = *parsed;
    } else if (required) {
        *failure = ServiceResult::fail(ApiError::validation(
            QStringLiteral("expires_in_days"), QStringLiteral("Choose an expiry: expires_in_days or expires_at")));
        return std::nullopt;
    } else {
        return 0;
    }
    const std::optional<TenantRecord> tenant = m_ctx.storage.tenantById(tenantId);
    if (tenant && tenant->maxKeyLifetimeDays > 0 && expiresAt > now + tenant->maxKeyLifetimeDays * DayMs) {
        ApiError error = ApiError::validation(
            QStringLiteral("expires_at"),
            QStringLiteral("This tenant allows keys to live at most %1 days").arg(tenant->maxKeyLifetimeDays));
        error.details.insert(QStringLiteral("max_key_lifetime_days"), tenant->maxKeyLifetimeDays);
        *failure = ServiceResult::fail(error);
        return std::nullopt;
    }
    return expiresAt;
}

ServiceResult KeyService::list(const Principal& p, const QUrlQuery& query)
{
    if (const ApiError e = Access::requireScope(p, Scope::Read); !e.isNull())
        return ServiceResult::fail(e);
    KeyQuery q;
    q.tenantId = p.tenantId;
    q.now = m_ctx.clock.now();
    const QString user = query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
    q.userId = p.seesTenant() ? user : p.userId;
    if (user == QLatin1String("me"))
        q.userId = p.userId;
    q.status = query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
    if (!q.status.isEmpty() && !keyStatusFromName(q.status))
        return ServiceResult::fail(ApiError::validation(QStringLiteral("status"),
                                                        QStringLiteral("status must be active, inactive or expired")));
    if (q.status == QLatin1String("revoked"))
        q.status = QStringLiteral("inactive");
    q.text = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).left(200);
    if (query.hasQueryItem(QStringLiteral("expiring_within_days"))) {
        bool ok = false;
        q.expiringWithinDays = query.queryItemValue(QStringLiteral("expiring_within_days")).toInt(&ok);
        if (!ok || q.expiringWithinDays < 0 || q.expiringWithinDays > 3650)
            return ServiceResult::fail(ApiError::validation(QStringLiteral("expiring_within_days"),
                                                            QStringLiteral("expiring_within_days must be 0 to 3650")));
    }
    QString sort = query.queryItemValue(QStringLiteral("sort"));
    q.descending = sort.startsWith(QLatin1Char('-'));
    if (q.descending)
        sort = sort.mid(1);
    if (sort.isEmpty() || sort == QLatin1String("created_at")) {
        q.sort = KeySort::CreatedAt;
        q.descending = q.descending || sort.isEmpty();
    } else if (sort == QLatin1String("name")) {
        q.sort = KeySort::Name;
    } else if (sort == QLatin1String("expires_at")) {
        q.sort = KeySort::ExpiresAt;
    } else {
        return ServiceResult::fail(ApiError::validation(
            QStringLiteral("sort"),
            QStringLiteral("sort must be created_at, name or expires_at (prefix - for descending)")));
    }
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        q.limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || q.limit < 1 || q.limit > 1000)
            return ServiceResult::fail(
                ApiError::validation(QStringLiteral("limit"), QStringLiteral("limit must be 1 to 1000")));
    }
    q.cursor = query.queryItemValue(QStringLiteral("cursor"));
    const KeyPage page = m_ctx.storage.listKeys(q);
    if (page.status == KeyPage::Status::BadCursor)
        return ServiceResult::fail(ApiError::validation(
            QStringLiteral("cursor"), QStringLiteral("The cursor is not one this server gave out; start without it")));
    if (page.status == KeyPage::Status::Failed)
        return ServiceResult::fail(ApiError::internal());
    // Up to 1000 keys: written straight into the envelope (the same text QJsonDocument would write).
    ServiceResult result;
    QByteArray& out = result.rawBody;
    out.reserve(64 + page.keys.size() * 512);
    out += R"({"errors":[],"response":{"keys":[)";
    for (qsizetype i = 0; i < page.keys.size(); ++i) {
        if (i > 0)
            out += ',';
        Views::appendKey(out, withPendingUsage(page.keys.at(i)), q.now);
    }
    out += R"(],"next_cursor":)";
    JsonWriter json(out);
    if (page.nextCursor.isEmpty())
        json.null();
    else
        json.string(page.nextCursor);
    out += R"(},"success":true})";
    return result;
}

ServiceResult KeyService::create(const Principal& p, const QByteArray& body)
{
    if (const ApiError e = Access::requireScope(p, Scope::Write); !e.isNull())
        return ServiceResult::fail(e);
    // Nor may it mint a fresh key that outlives the rotation.
    if (p.secretInGrace)
        return ServiceResult::fail(rotatedOutSecret());
    JsonReader reader(body,
                      {"name", "description", "expires_in_days", "expires_at", "scopes", "user_id", "rate_limit"});
    const QString name = reader.requiredString("name", Policy::MaxKeyNameLength).trimmed();
    const QString description = reader.optionalString("description", {}, Policy::MaxKeyDescriptionLength);
    const QStringList scopeList = reader.optionalStringList("scopes").value_or(QStringList {QStringLiteral("read")});
    const QString userId = reader.optionalString("user_id", {}, 40);
    const qint64 rateLimit = reader.optionalInteger("rate_limit").value_or(0);
    reader.optionalInteger("expires_in_days");
    reader.optionalString("expires_at");
    if (!reader.ok())
        return ServiceResult::fail(reader.error());
    if (name.isEmpty())
        return ServiceResult::fail(
            ApiError::validation(QStringLiteral("name"), QStringLiteral("The name is required")));
    const std::optional<Scopes> scopes = scopesFromNames(scopeList);
    if (const ApiError e = checkScopeNames(scopes); !e.isNull())
        return ServiceResult::fail(e);
    if (const ApiError e = checkRateLimit(rateLimit); !e.isNull())
        return ServiceResult::fail(e);
    // The owner: yourself, or (admins only) any user of the tenant.
    std::optional<UserRecord> owner;
    if (!userId.isEmpty() && userId != p.userId) {
        if (!Access::actsForOthers(p))
            return ServiceResult::fail(ApiError::forbidden(
                p.isAdmin() ? QStringLiteral("Creating keys for others needs a credential with the admin scope")
                            : QStringLiteral("Only an admin may create keys for others")));
        owner = m_ctx.storage.userById(userId);
        if (!owner || owner->tenantId != p.tenantId)
            return ServiceResult::fail(ApiError::notFound(QStringLiteral("user")));
    } else {
        owner = m_ctx.storage.userById(p.userId);
        if (!owner)
            return ServiceResult::fail(ApiError::notFound(QStringLiteral("user")));
    }
    if (const ApiError e = checkScopeGrant(p, *scopes, owner->role); !e.isNull())
        return ServiceResult::fail(e);
    ServiceResult failure;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const std::optional<qint64> expiresAt = readExpiry(object, p.tenantId, true, &failure);
    if (!expiresAt)
        return failure;

    const qint64 now = m_ctx.clock.now();
    QByteArray secret = KeySecret::generate(KeySecret::Kind::ApiKey);
    KeyRecord key;
    key.id = newId("key");
    key.tenantId = p.tenantId;
    key.userId = owner->id;
    key.kind = KeyKind::ApiKey;
    key.name = name;
    key.description = description;
    key.displayPrefix = KeySecret::displayPrefix(secret);
    key.scopes = *scopes;
    key.rateLimitPerMinute = static_cast<int>(rateLimit);
    key.createdAt = now;
    key.updatedAt = now;
    key.expiresAt = *expiresAt;
    key.createdBy = p.userId;
    key.ownerEmail = owner->email;
    if (!m_ctx.storage.createKey(key, KeySecret::hash(secret)))
        return ServiceResult::fail(ApiError::internal());
    m_ctx.keyEvents.keyChanged(key.id);
    m_ctx.audit.byPrincipal(
        p, QStringLiteral("key.created"), owner->id, QStringLiteral("key"), key.id,
        QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("expires_at"), Timestamps::toIso(key.expiresAt)}});
    QJsonObject response = Views::key(key, now);
    response.insert(QStringLiteral("secret"), QString::fromLatin1(secret));
    secret.fill('\0');
    return ServiceResult::of(response, 201);
}

ServiceResult KeyService::get(const Principal& p, const QString& id)
{
    if (const ApiError e = Access::requireScope(p, Scope::Read); !e.isNull())
        return ServiceResult::fail(e);
    ServiceResult failure;
    const auto key = findKey(p, id, false, &failure);
    if (!key)
        return failure;
    return ServiceResult::of(Views::key(withPendingUsage(*key), m_ctx.clock.now()));
}

ServiceResult KeyService::update(const Principal& p, const QString& id, const QByteArray& body)
{
    if (const ApiError e = Access::requireScope(p, Scope::Write); !e.isNull())
        return ServiceResult::fail(e);
    JsonReader reader(body, {"name", "description", "expires_in_days", "expires_at", "scopes", "rate_limit"});
    const bool hasName = reader.has("name");
    const QString name = reader.optionalString("name", {}, Policy::MaxKeyNameLength).trimmed();
    const bool hasDescription = reader.has("description");
    const QString description = reader.optionalString("description", {}, Policy::MaxKeyDescriptionLength);
    const std::optional<QStringList> scopeList = reader.optionalStringList("scopes");
    const std::optional<qint64> rateLimit = reader.optionalInteger("rate_limit");
    reader.optionalInteger("expires_in_days");
    reader.optionalString("expires_at");
    if (!reader.ok())
        return ServiceResult::fail(reader.error());
    if (hasName && name.isEmpty())
        return ServiceResult::fail(
            ApiError::validation(QStringLiteral("name"), QStringLiteral("The name cannot be empty")));
    if (rateLimit) {
        if (const ApiError e = checkRateLimit(*rateLimit); !e.isNull())
            return ServiceResult::fail(e);
    }
    ServiceResult failure;
    auto key = findKey(p, id, true, &failure);
    if (!key)
        return failure;
    std::optional<Scopes> scopes;
    if (scopeList) {
        scopes = scopesFromNames(*scopeList);
        if (const ApiError e = checkScopeNames(scopes); !e.isNull())
            return ServiceResult::fail(e);
        const std::optional<UserRecord> owner = m_ctx.storage.userById(key->userId);
        if (!owner)
            return ServiceResult::fail(ApiError::notFound(QStringLiteral("user")));
        if (const ApiError e = checkScopeGrant(p, *scopes, owner->role); !e.isNull())
            return ServiceResult::fail(e);
    }
    const qint64 now = m_ctx.clock.now();
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const bool changesExpiry
        = object.contains(QStringLiteral("expires_in_days")) || object.contains(QStringLiteral("expires_at"));
    if (changesExpiry && keyStatusAt(key->revoked, key->expiresAt, now) == KeyStatus::Expired)
        return keyExpired(*key);
    const std::optional<qint64> expiresAt = readExpiry(object, key->tenantId, false, &failure);
    if (!expiresAt)
        return failure;
    QJsonArray fields;
    if (hasName) {
        key->name = name;
        fields.append(QStringLiteral("name"));
    }
    if (hasDescription) {
        key->description = description;
        fields.append(QStringLiteral("description"));
    }
    if (*expiresAt > 0) {
        key->expiresAt = *expiresAt;
        fields.append(QStringLiteral("expires_at"));
    }
    if (scopes) {
        key->scopes = *scopes;
        fields.append(QStringLiteral("scopes"));
    }
    if (rateLimit) {
        key->rateLimitPerMinute = static_cast<int>(*rateLimit);
        fields.append(QStringLiteral("rate_limit"));
    }
    key->updatedAt = now;
    if (!m_ctx.storage.updateKey(*key))
        return ServiceResult::fail(ApiError::internal());
    m_ctx.keyEvents.keyChanged(key->id);
    m_ctx.audit.byPrincipal(p, QStringLiteral("key.updated"), key->userId, QStringLiteral("key"), key->id,
                            QJsonObject {{QStringLiteral("fields"), fields}});
    return ServiceResult::of(Views::key(withPendingUsage(*key), now));
}

ServiceResult KeyService::revoke(const Principal& p, const QString& id)
{
    if (const ApiError e = Access::requireScope(p, Scope::Write); !e.isNull())
        return ServiceResult::fail(e);
    ServiceResult failure;
    auto key = findKey(p, id, true, &failure);
    if (!key)
        return failure;
    const qint64 now = m_ctx.clock.now();
    if (!key->revoked) {
        key->revoked = true;
        key->updatedAt = now;
        if (!m_ctx.storage.updateKey(*key))
            return ServiceResult::fail(ApiError::internal());
        forget(*key);
        m_ctx.audit.byPrincipal(p, QStringLiteral("key.revoked"), key->userId, QStringLiteral("key"), key->id);
    }
    return ServiceResult::of(Views::key(withPendingUsage(*key), now));
}

ServiceResult KeyService::reactivate(const Principal& p, const QString& id)
{
    if (const ApiError e = Access::requireScope(p, Scope::Write); !e.isNull())
        return ServiceResult::fail(e);
    ServiceResult failure;
    auto key = findKey(p, id, true, &failure);
    if (!key)
        return failure;
    const qint64 now = m_ctx.clock.now();
    if (keyStatusAt(key->revoked, key->expiresAt, now) == KeyStatus::Expired)
        return keyExpired(*key);
    if (key->revoked) {
        key->revoked = false;
        key->updatedAt = now;
        if (!m_ctx.storage.updateKey(*key))
            return ServiceResult::fail(ApiError::internal());
        m_ctx.keyEvents.keyChanged(key->id);
        m_ctx.audit.byPrincipal(p, QStringLiteral("key.reactivated"), key->userId, QStringLiteral("key"), key->id);
    }
    return ServiceResult::of(Views::key(withPendingUsage(*key), now));
}

ServiceResult KeyService::remove(const Principal& p, const QString& id)
{
    if (const ApiError e = Access::requireScope(p, Scope::Write); !e.isNull())
        return ServiceResult::fail(e);
    ServiceResult failure;
    const auto key = findKey(p, id, true, &failure);
    if (!key)
        return failure;
    if (!m_ctx.storage.deleteKey(key->id))
        return ServiceResult::fail(ApiError::internal());
    forget(*key);
    m_ctx.audit.byPrincipal(p, QStringLiteral("key.deleted"), key->userId, QStringLiteral("key"), key->id,
                            QJsonObject {{QStringLiteral("name"), key->name}});
    return ServiceResult::of(QJsonObject {{QStringLiteral("deleted"), true}, {QStringLiteral("id"), key->id}});
}

ServiceResult KeyService::rotate(const Principal& p, const QString& id, const QByteArray& body)
{
    if (const ApiError e = Access::requireScope(p, Scope::Write); !e.isNull())
        return ServiceResult::fail(e);
    JsonReader reader(body.trimmed().isEmpty() ? QByteArrayLiteral("{}") : body, {"grace_seconds"});
    const qint64 grace = reader.optionalInteger("grace_seconds").value_or(0);
    if (!reader.ok())
        return ServiceResult::fail(reader.error());
    if (grace < 0 || grace > m_ctx.policy.maxGraceSeconds)
        return ServiceResult::fail(
            ApiError::validation(QStringLiteral("grace_seconds"),
                                 QStringLiteral("grace_seconds must be 0 to %1").arg(m_ctx.policy.maxGraceSeconds)));
    ServiceResult failure;
    auto key = findKey(p, id, true, &failure);
    if (!key)
        return failure;
    // Rotation hands out a new secret: an API key may only rotate keys that are no more powerful than itself.
    if (!p.scopes.testFlag(Scope::Account) && (key->scopes & ~p.scopes) != Scopes())
        return ServiceResult::fail(
            ApiError::forbidden(QStringLiteral("A key can only rotate keys with scopes it has itself")));
    // A thief holding the rotated-out secret must not rotate again and keep the only live one.
    if (p.secretInGrace)
        return ServiceResult::fail(rotatedOutSecret());
    const qint64 now = m_ctx.clock.now();
    const KeyStatus status = keyStatusAt(key->revoked, key->expiresAt, now);
    if (status == KeyStatus::Expired)
        return keyExpired(*key);
    if (status == KeyStatus::Inactive)
        return ServiceResult::fail(ApiError::conflict(QLatin1String(ErrorCode::Conflict),
                                                      QStringLiteral("Re-activate the key before rotating it")));
    QByteArray secret = KeySecret::generate(KeySecret::Kind::ApiKey);
    const qint64 graceUntil = grace > 0 ? now + grace * 1000 : 0;
    const QString prefix = KeySecret::displayPrefix(secret);
    if (!m_ctx.storage.rotateKey(key->id, KeySecret::hash(secret), prefix, graceUntil, now))
        return ServiceResult::fail(ApiError::internal());
    // Sessions opened with the old secret end now, whatever its grace period: the grace is for the services that
    // verify the old secret while they switch, not for what was signed in with it.
    forget(*key);
    key->displayPrefix = prefix;
    key->updatedAt = now;
    m_ctx.audit.byPrincipal(p, QStringLiteral("key.rotated"), key->userId, QStringLiteral("key"), key->id,
                            QJsonObject {{QStringLiteral("grace_seconds"), grace}});
    QJsonObject response = Views::key(withPendingUsage(*key), now);
    response.insert(QStringLiteral("secret"), QString::fromLatin1(secret));
    response.insert(QStringLiteral("previous_valid_until"), Timestamps::toJson(graceUntil));
    secret.fill('\0');
    return ServiceResult::of(response);
}

ServiceResult KeyService::verify(const QByteArray& secret, const QString& clientAddress)
{
    const KeyVerifier::Outcome out = m_verifier.verify(secret, clientAddress);
    if (out.error.status == 429) {
        ServiceResult limited = ServiceResult::fail(out.error);
        RateLimiter::appendHeaders(limited.headers, out.rate, m_ctx.clock.now());
        return limited;
    }
    if (out.error.isNull() && out.rate.limit <= 0) {
        // The hot path: the answer is written straight from the index entry, no JSON objects.
        ServiceResult fast;
        fast.rawBody.reserve(384);
        fast.rawBody += R"({"success":true,"errors":[],"response":{"valid":true,"code":"VALID",)";
        Views::appendVerifyFragment(fast.rawBody, out.entry->record(), out.entry->tenantName);
        fast.rawBody += R"(,"ratelimit":null}})";
        return fast;
    }
    if (!out.found && out.error.code == QLatin1String(ErrorCode::InvalidApiKey)) {
        // A flood of guesses: the same bytes for every unknown key, written once (what the QJsonObject below gives).
        static const QByteArray unknown = [] {
            QJsonObject r {{QStringLiteral("valid"), false},
                           {QStringLiteral("code"), QLatin1String(ErrorCode::InvalidApiKey)},
                           {QStringLiteral("message"), QStringLiteral("The provided API key is invalid")}};
            return Envelope::success(r);
        }();
        ServiceResult refused;
        refused.rawBody = unknown;
        return refused;
    }
    QJsonObject response {{QStringLiteral("valid"), out.error.isNull()}};
    response.insert(QStringLiteral("code"), out.error.isNull() ? QStringLiteral("VALID") : out.error.code);
    if (!out.error.isNull())
        response.insert(QStringLiteral("message"), out.error.message);
    if (out.found && out.error.code != QLatin1String(ErrorCode::InvalidApiKey)) {
        const KeyIndex::Entry& key = *out.entry;
        response.insert(QStringLiteral("key_id"), key.keyId);
        response.insert(QStringLiteral("owner"),
                        QJsonObject {{QStringLiteral("id"), key.userId}, {QStringLiteral("email"), key.ownerEmail}});
        response.insert(QStringLiteral("tenant"),
                        QJsonObject {{QStringLiteral("id"), key.tenantId}, {QStringLiteral("name"), key.tenantName}});
        response.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopeNames(key.scopes)));
        response.insert(QStringLiteral("expires_at"), Timestamps::toJson(key.expiresAt));
        response.insert(QStringLiteral("kind"),
                        key.kind == KeyKind::AuthenticationKey ? QStringLiteral("authentication_key")
                                                               : QStringLiteral("api_key"));
    }
    if (out.error.isNull()) {
        response.insert(QStringLiteral("ratelimit"),
                        out.rate.limit > 0
                            ? QJsonValue(QJsonObject {{QStringLiteral("limit"), out.rate.limit},
                                                      {QStringLiteral("remaining"), out.rate.remaining},
                                                      {QStringLiteral("reset"), Timestamps::toIso(out.rate.resetAt)}})
                            : QJsonValue());
    }
    ServiceResult result = ServiceResult::of(response);
    RateLimiter::appendHeaders(result.headers, out.rate, m_ctx.clock.now());
    return result;
}

} // namespace Keyward
