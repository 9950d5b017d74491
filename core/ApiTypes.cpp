#include "core/ApiTypes.h"

#include "core/Timestamps.h"
#include "core/WebhookEvents.h"

#include <QJsonArray>

namespace Keyward::Api {

namespace {

// Reads members of one answer object; remembers whether anything required was missing or mistyped.
class Members
{
public:
    explicit Members(const QJsonObject& json)
        : m_json(json)
    { }
    bool ok() const { return m_ok; }

    QString string(const char* name, bool required = true)
    {
        const QJsonValue v = m_json.value(QLatin1String(name));
        if (v.isString())
            return v.toString();
        if (required || !(v.isNull() || v.isUndefined()))
            m_ok = false;
        return {};
    }
    qint64 number(const char* name, bool required = true)
    {
        const QJsonValue v = m_json.value(QLatin1String(name));
        if (v.isDouble())
            return v.toInteger();
        if (required || !(v.isNull() || v.isUndefined()))
            m_ok = false;
        return 0;
    }
    bool boolean(const char* name, bool required = true)
    {
        const QJsonValue v = m_json.value(QLatin1String(name));
        if (v.isBool())
            return v.toBool();
        if (required || !(v.isNull() || v.isUndefined()))
            m_ok = false;
        return false;
    }
    // An ISO 8601 time, or null (0).
    qint64 time(const char* name, bool required = true)
    {
        const QJsonValue v = m_json.value(QLatin1String(name));
        if (v.isNull() || (!required && v.isUndefined()))
            return 0;
        const std::optional<qint64> ms = v.isString() ? Timestamps::fromIso(v.toString()) : std::nullopt;
        if (!ms)
            m_ok = false;
        return ms.value_or(0);
    }
    QStringList strings(const char* name, bool required = true)
    {
        const QJsonValue v = m_json.value(QLatin1String(name));
        if (!v.isArray()) {
            if (required || !(v.isNull() || v.isUndefined()))
                m_ok = false;
            return {};
        }
        QStringList list;
        for (const QJsonValue item : v.toArray()) {
            if (!item.isString())
                m_ok = false;
            list.append(item.toString());
        }
        return list;
    }
    QJsonObject object(const char* name, bool required = true)
    {
        const QJsonValue v = m_json.value(QLatin1String(name));
        if (!v.isObject() && (required || !(v.isNull() || v.isUndefined())))
            m_ok = false;
        return v.toObject();
    }
    QJsonArray array(const char* name, bool required = true)
    {
        const QJsonValue v = m_json.value(QLatin1String(name));
        if (!v.isArray() && (required || !(v.isNull() || v.isUndefined())))
            m_ok = false;
        return v.toArray();
    }
    void require(bool condition)
    {
        if (!condition)
            m_ok = false;
    }

private:
    const QJsonObject& m_json;
    bool m_ok = true;
};

QJsonValue optionalString(const QString& value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonObject ownerJson(const Owner& owner)
{
    return {{QStringLiteral("id"), owner.id}, {QStringLiteral("email"), owner.email}};
}

Owner readOwner(Members& in, const char* name)
{
    const QJsonObject json = in.object(name);
    Members owner(json);
    Owner result {owner.string("id"), owner.string("email")};
    in.require(owner.ok());
    return result;
}

QJsonArray daysJson(const QList<int>& days)
{
    QJsonArray array;
    for (const int day : days)
        array.append(day);
    return array;
}

template<typename T> std::optional<QList<T>> readList(const QJsonArray& array)
{
    QList<T> list;
    list.reserve(array.size());
    for (const QJsonValue item : array) {
        std::optional<T> value = T::fromJson(item.toObject());
        if (!item.isObject() || !value)
            return std::nullopt;
        list.append(std::move(*value));
    }
    return list;
}

} // namespace

std::optional<Key> Key::fromJson(const QJsonObject& json)
{
    Members in(json);
    Key k;
    k.id = in.string("id");
    k.name = in.string("name");
    k.description = in.string("description", false);
    k.prefix = in.string("prefix");
    k.scopes = in.strings("scopes");
    const std::optional<KeyStatus> status = keyStatusFromName(in.string("status"));
    in.require(status.has_value());
    k.status = status.value_or(KeyStatus::Active);
    k.owner = readOwner(in, "owner");
    k.tenantId = in.string("tenant_id", false);
    k.rateLimit = static_cast<int>(in.number("rate_limit", false));
    k.createdAt = in.time("created_at");
    k.updatedAt = in.time("updated_at", false);
    k.expiresAt = in.time("expires_at", false);
    k.lastUsedAt = in.time("last_used_at", false);
    k.lastUsedAddress = in.string("last_used_address", false);
    k.createdBy = in.string("created_by", false);
    const QJsonObject leak = in.object("leak", false);
    if (!leak.isEmpty()) {
        Members report(leak);
        k.leak = {report.string("url", false), report.string("source", false), report.time("reported_at")};
        in.require(report.ok());
    }
    if (!in.ok() || k.id.isEmpty())
        return std::nullopt;
    return k;
}

QJsonObject Key::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("prefix"), prefix},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
        {QStringLiteral("status"), keyStatusName(status)},
        {QStringLiteral("owner"), ownerJson(owner)},
        {QStringLiteral("tenant_id"), tenantId},
        {QStringLiteral("rate_limit"), rateLimit},
        {QStringLiteral("created_at"), Timestamps::toJson(createdAt)},
        {QStringLiteral("updated_at"), Timestamps::toJson(updatedAt)},
        {QStringLiteral("expires_at"), Timestamps::toJson(expiresAt)},
        {QStringLiteral("last_used_at"), Timestamps::toJson(lastUsedAt)},
        {QStringLiteral("last_used_address"), optionalString(lastUsedAddress)},
        {QStringLiteral("created_by"), createdBy},
        {QStringLiteral("leak"),
         leak.isReported()
             ? QJsonValue(QJsonObject {{QStringLiteral("url"), leak.url},
                                       {QStringLiteral("source"), leak.source},
                                       {QStringLiteral("reported_at"), Timestamps::toJson(leak.reportedAt)}})
             : QJsonValue()},
    };
}

std::optional<IssuedKey> IssuedKey::fromJson(const QJsonObject& json)
{
    std::optional<Key> key = Key::fromJson(json);
    Members in(json);
    IssuedKey issued;
    issued.secret = in.string("secret").toLatin1();
    issued.rotated = json.contains(QStringLiteral("previous_valid_until"));
    issued.previousValidUntil = in.time("previous_valid_until", false);
    if (!key || !in.ok() || issued.secret.isEmpty())
        return std::nullopt;
    issued.key = std::move(*key);
    return issued;
}

QJsonObject IssuedKey::toJson() const
{
    QJsonObject json = key.toJson();
    json.insert(QStringLiteral("secret"), QString::fromLatin1(secret));
    if (rotated)
        json.insert(QStringLiteral("previous_valid_until"), Timestamps::toJson(previousValidUntil));
    return json;
}

std::optional<KeyPage> KeyPage::fromJson(const QJsonObject& json)
{
    Members in(json);
    const QJsonArray keys = in.array("keys");
    KeyPage page;
    page.nextCursor = in.string("next_cursor", false);
    std::optional<QList<Key>> list = readList<Key>(keys);
    if (!in.ok() || !list)
        return std::nullopt;
    page.keys = std::move(*list);
    return page;
}

QJsonObject KeyDraft::toJson() const
{
    QJsonObject json {{QStringLiteral("name"), name}};
    if (!description.isEmpty())
        json.insert(QStringLiteral("description"), description);
    if (!scopes.isEmpty())
        json.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    if (!userId.isEmpty())
        json.insert(QStringLiteral("user_id"), userId);
    if (rateLimit > 0)
        json.insert(QStringLiteral("rate_limit"), rateLimit);
    if (expiresAt > 0)
        json.insert(QStringLiteral("expires_at"), Timestamps::toIso(expiresAt));
    else
        json.insert(QStringLiteral("expires_in_days"), expiresInDays);
    return json;
}

QJsonObject KeyChanges::toJson() const
{
    QJsonObject json;
    if (name)
        json.insert(QStringLiteral("name"), *name);
    if (description)
        json.insert(QStringLiteral("description"), *description);
    if (scopes)
        json.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(*scopes));
    if (rateLimit)
        json.insert(QStringLiteral("rate_limit"), *rateLimit);
    if (expiresInDays)
        json.insert(QStringLiteral("expires_in_days"), *expiresInDays);
    if (expiresAt)
        json.insert(QStringLiteral("expires_at"), Timestamps::toIso(*expiresAt));
    return json;
}

QJsonObject NewUser::toJson() const
{
    QJsonObject json {{QStringLiteral("email"), email},
                      {QStringLiteral("role"), roleName(role)},
                      {QStringLiteral("password"), password}};
    if (!name.isEmpty())
        json.insert(QStringLiteral("name"), name);
    return json;
}

QJsonObject UserChanges::toJson() const
{
    QJsonObject json;
    if (role)
        json.insert(QStringLiteral("role"), roleName(*role));
    if (disabled)
        json.insert(QStringLiteral("disabled"), *disabled);
    if (name)
        json.insert(QStringLiteral("name"), *name);
    return json;
}

QJsonObject TenantChanges::toJson() const
{
    QJsonObject json;
    if (maxKeyLifetimeDays)
        json.insert(QStringLiteral("max_key_lifetime_days"), *maxKeyLifetimeDays);
    if (expiryNoticeDays)
        json.insert(QStringLiteral("expiry_notice_days"), daysJson(*expiryNoticeDays));
    return json;
}

std::optional<Tenant> Tenant::fromJson(const QJsonObject& json)
{
    Members in(json);
    Tenant t;
    t.id = in.string("id");
    t.name = in.string("name");
    t.maxKeyLifetimeDays = static_cast<int>(in.number("max_key_lifetime_days", false));
    t.sessionChainDays = static_cast<int>(in.number("session_chain_days", false));
    for (const QJsonValue day : in.array("expiry_notice_days", false)) {
        in.require(day.isDouble());
        t.expiryNoticeDays.append(day.toInt());
    }
    t.createdAt = in.time("created_at", false);
    if (!in.ok())
        return std::nullopt;
    return t;
}

QJsonObject Tenant::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("max_key_lifetime_days"), maxKeyLifetimeDays},
            {QStringLiteral("session_chain_days"), sessionChainDays},
            {QStringLiteral("expiry_notice_days"), daysJson(expiryNoticeDays)},
            {QStringLiteral("created_at"), Timestamps::toJson(createdAt)}};
}

std::optional<User> User::fromJson(const QJsonObject& json)
{
    Members in(json);
    User u;
    u.id = in.string("id");
    u.tenantId = in.string("tenant_id", false);
    u.email = in.string("email");
    u.name = in.string("name", false);
    const std::optional<Role> role = roleFromName(in.string("role"));
    in.require(role.has_value());
    u.role = role.value_or(Role::User);
    u.disabled = in.boolean("disabled", false);
    u.twoFactorEnabled = in.boolean("two_factor_enabled", false);
    u.createdAt = in.time("created_at", false);
    u.updatedAt = in.time("updated_at", false);
    if (!in.ok())
        return std::nullopt;
    return u;
}

QJsonObject User::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("tenant_id"), tenantId},
            {QStringLiteral("email"), email},
            {QStringLiteral("name"), name},
            {QStringLiteral("role"), roleName(role)},
            {QStringLiteral("disabled"), disabled},
            {QStringLiteral("two_factor_enabled"), twoFactorEnabled},
            {QStringLiteral("created_at"), Timestamps::toJson(createdAt)},
            {QStringLiteral("updated_at"), Timestamps::toJson(updatedAt)}};
}

std::optional<Me> Me::fromJson(const QJsonObject& json)
{
    std::optional<User> user = User::fromJson(json);
    Members in(json);
    std::optional<Tenant> tenant = Tenant::fromJson(in.object("tenant"));
    Me me;
    me.scopes = in.strings("scopes", false);
    if (json.contains(QStringLiteral("recovery_codes_remaining")))
        me.recoveryCodesRemaining = static_cast<int>(in.number("recovery_codes_remaining"));
    if (!user || !tenant || !in.ok())
        return std::nullopt;
    me.user = std::move(*user);
    me.tenant = std::move(*tenant);
    return me;
}

QJsonObject Me::toJson() const
{
    QJsonObject json = user.toJson();
    json.insert(QStringLiteral("tenant"), tenant.toJson());
    json.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    if (recoveryCodesRemaining)
        json.insert(QStringLiteral("recovery_codes_remaining"), *recoveryCodesRemaining);
    return json;
}

QJsonObject Proof::addedTo(QJsonObject body) const
{
    if (!password.isEmpty())
        body.insert(QStringLiteral("password"), password);
    if (!otp.isEmpty())
        body.insert(QStringLiteral("otp"), otp);
    return body;
}

void Proof::wipe()
{
    password.fill(QChar(0));
    password.clear();
    otp.fill(QChar(0));
    otp.clear();
}

std::optional<AuthenticationKey> AuthenticationKey::fromJson(const QJsonObject& json)
{
    Members in(json);
    AuthenticationKey k;
    k.exists = in.boolean("exists");
    if (k.exists) {
        k.id = in.string("id");
        k.prefix = in.string("prefix");
        k.createdAt = in.time("created_at", false);
        k.lastUsedAt = in.time("last_used_at", false);
        k.lastUsedAddress = in.string("last_used_address", false);
        k.previousValidUntil = in.time("previous_valid_until", false);
    }
    if (!in.ok())
        return std::nullopt;
    return k;
}

QJsonObject AuthenticationKey::toJson() const
{
    if (!exists)
        return {{QStringLiteral("exists"), false}};
    return {{QStringLiteral("exists"), true},
            {QStringLiteral("id"), id},
            {QStringLiteral("prefix"), prefix},
            {QStringLiteral("created_at"), Timestamps::toJson(createdAt)},
            {QStringLiteral("last_used_at"), Timestamps::toJson(lastUsedAt)},
            {QStringLiteral("last_used_address"), optionalString(lastUsedAddress)},
            {QStringLiteral("previous_valid_until"), Timestamps::toJson(previousValidUntil)}};
}

std::optional<IssuedAuthenticationKey> IssuedAuthenticationKey::fromJson(const QJsonObject& json)
{
    Members in(json);
    IssuedAuthenticationKey k;
    k.id = in.string("id");
    k.prefix = in.string("prefix");
    k.secret = in.string("secret").toLatin1();
    k.replaced = in.boolean("replaced", false);
    k.createdAt = in.time("created_at", false);
    k.previousValidUntil = in.time("previous_valid_until", false);
    if (!in.ok() || k.secret.isEmpty())
        return std::nullopt;
    return k;
}

QJsonObject IssuedAuthenticationKey::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("prefix"), prefix},
            {QStringLiteral("secret"), QString::fromLatin1(secret)},
            {QStringLiteral("replaced"), replaced},
            {QStringLiteral("previous_valid_until"), Timestamps::toJson(previousValidUntil)}};
}

QJsonObject PasswordChange::toJson() const
{
    return {{QStringLiteral("current_password"), currentPassword},
            {QStringLiteral("new_password"), newPassword},
            {QStringLiteral("revoke_keys"), revokeKeys}};
}

std::optional<PasswordChanged> PasswordChanged::fromJson(const QJsonObject& json)
{
    Members in(json);
    PasswordChanged c;
    in.require(in.boolean("changed"));
    if (json.contains(QStringLiteral("revoked_api_keys"))) {
        c.revokedApiKeys = static_cast<int>(in.number("revoked_api_keys"));
        c.authenticationKeyDeleted = in.boolean("authentication_key_deleted", false);
    }
    if (!in.ok())
        return std::nullopt;
    return c;
}

QJsonObject PasswordChanged::toJson() const
{
    QJsonObject json {{QStringLiteral("changed"), true}};
    if (revokedApiKeys) {
        json.insert(QStringLiteral("revoked_api_keys"), *revokedApiKeys);
        json.insert(QStringLiteral("authentication_key_deleted"), authenticationKeyDeleted);
    }
    return json;
}

std::optional<TwoFactorEnrolment> TwoFactorEnrolment::fromJson(const QJsonObject& json)
{
    Members in(json);
    TwoFactorEnrolment e;
    e.secret = in.string("secret");
    e.otpauthUri = in.string("otpauth_uri");
    if (!in.ok() || e.secret.isEmpty())
        return std::nullopt;
    return e;
}

QJsonObject TwoFactorEnrolment::toJson() const
{
    return {{QStringLiteral("secret"), secret}, {QStringLiteral("otpauth_uri"), otpauthUri}};
}

std::optional<TwoFactorStatus> TwoFactorStatus::fromJson(const QJsonObject& json)
{
    Members in(json);
    TwoFactorStatus s;
    s.enabled = in.boolean("two_factor_enabled");
    s.recoveryCodes = in.strings("recovery_codes", false);
    if (!in.ok())
        return std::nullopt;
    return s;
}

std::optional<RecoveryCodes> RecoveryCodes::fromJson(const QJsonObject& json)
{
    Members in(json);
    RecoveryCodes r;
    r.codes = in.strings("recovery_codes");
    if (!in.ok() || r.codes.isEmpty())
        return std::nullopt;
    return r;
}

QJsonObject RecoveryCodes::toJson() const
{
    return {{QStringLiteral("recovery_codes"), QJsonArray::fromStringList(codes)}};
}

QJsonObject TwoFactorStatus::toJson() const
{
    QJsonObject json {{QStringLiteral("two_factor_enabled"), enabled}};
    if (!recoveryCodes.isEmpty())
        json.insert(QStringLiteral("recovery_codes"), QJsonArray::fromStringList(recoveryCodes));
    return json;
}

std::optional<Health> Health::fromJson(const QJsonObject& json)
{
    Members in(json);
    Health h;
    h.status = in.string("status");
    h.database = in.string("database", false);
    h.keyIndexReady = json.value(QStringLiteral("key_index")).toObject().value(QStringLiteral("ready")).toBool();
    h.keyEventsListening
        = json.value(QStringLiteral("key_events")).toObject().value(QStringLiteral("listening")).toBool();
    if (!in.ok())
        return std::nullopt;
    return h;
}

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonObject& json)
{
    Members in(json);
    AuditEntry e;
    e.id = in.number("id");
    e.at = in.time("at");
    e.action = in.string("action");
    e.outcome = in.string("outcome", false);
    const QJsonObject actor = in.object("actor", false);
    e.actor = {actor.value(QStringLiteral("id")).toString(), actor.value(QStringLiteral("email")).toString()};
    e.subjectUserId = in.string("subject_user_id", false);
    const QJsonObject target = in.object("target", false);
    e.targetType = target.value(QStringLiteral("type")).toString();
    e.targetId = target.value(QStringLiteral("id")).toString();
    e.targetName = in.string("target_name", false);
    e.clientAddress = in.string("client_address", false);
    e.details = in.object("details", false).toVariantMap();
    if (!in.ok())
        return std::nullopt;
    return e;
}

QJsonObject AuditEntry::toJson() const
{
    QJsonObject json {
        {QStringLiteral("id"), id},
        {QStringLiteral("at"), Timestamps::toJson(at)},
        {QStringLiteral("action"), action},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("actor"), ownerJson(actor)},
        {QStringLiteral("subject_user_id"), subjectUserId},
        {QStringLiteral("target"),
         QJsonObject {{QStringLiteral("type"), targetType}, {QStringLiteral("id"), targetId}}},
        {QStringLiteral("target_name"), optionalString(targetName)},
        {QStringLiteral("client_address"), clientAddress},
    };
    if (!details.isEmpty())
        json.insert(QStringLiteral("details"), QJsonObject::fromVariantMap(details));
    return json;
}

std::optional<AuditPage> AuditPage::fromJson(const QJsonObject& json)
{
    Members in(json);
    const QJsonArray entries = in.array("entries");
    AuditPage page;
    page.nextBefore = in.string("next_before", false).toLongLong(); // a number in a string, as cursors are
    std::optional<QList<AuditEntry>> list = readList<AuditEntry>(entries);
    if (!in.ok() || !list)
        return std::nullopt;
    page.entries = std::move(*list);
    return page;
}

const QStringList& webhookEventTypes()
{
    return WebhookEvents::all();
}

bool Webhook::hasAllEvents() const
{
    for (const QString& type : webhookEventTypes()) {
        if (!events.contains(type))
            return false;
    }
    return true;
}

std::optional<Webhook> Webhook::fromJson(const QJsonObject& json)
{
    Members in(json);
    Webhook w;
    w.id = in.string("id");
    w.url = in.string("url");
    w.events = in.strings("events");
    w.description = in.string("description", false);
    w.enabled = in.boolean("enabled");
    w.createdAt = in.time("created_at");
    w.updatedAt = in.time("updated_at", false);
    w.previousSecretExpiresAt = in.time("previous_secret_expires_at", false);
    if (!in.ok() || w.id.isEmpty())
        return std::nullopt;
    return w;
}

QJsonObject Webhook::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("url"), url},
        {QStringLiteral("events"), QJsonArray::fromStringList(events)},
        {QStringLiteral("description"), description},
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("created_at"), Timestamps::toJson(createdAt)},
        {QStringLiteral("updated_at"), Timestamps::toJson(updatedAt)},
        {QStringLiteral("previous_secret_expires_at"), Timestamps::toJson(previousSecretExpiresAt)},
    };
}

std::optional<IssuedWebhook> IssuedWebhook::fromJson(const QJsonObject& json)
{
    std::optional<Webhook> webhook = Webhook::fromJson(json);
    Members in(json);
    IssuedWebhook issued;
    issued.secret = in.string("secret").toLatin1();
    if (!webhook || !in.ok() || issued.secret.isEmpty())
        return std::nullopt;
    issued.webhook = std::move(*webhook);
    return issued;
}

QJsonObject IssuedWebhook::toJson() const
{
    QJsonObject json = webhook.toJson();
    json.insert(QStringLiteral("secret"), QString::fromLatin1(secret));
    return json;
}

QJsonObject WebhookDraft::toJson() const
{
    QJsonObject json {{QStringLiteral("url"), url}};
    if (!events.isEmpty())
        json.insert(QStringLiteral("events"), QJsonArray::fromStringList(events));
    if (!description.isEmpty())
        json.insert(QStringLiteral("description"), description);
    if (!enabled)
        json.insert(QStringLiteral("enabled"), false);
    return json;
}

QJsonObject WebhookChanges::toJson() const
{
    QJsonObject json;
    if (url)
        json.insert(QStringLiteral("url"), *url);
    if (events)
        json.insert(QStringLiteral("events"), QJsonArray::fromStringList(*events));
    if (description)
        json.insert(QStringLiteral("description"), *description);
    if (enabled)
        json.insert(QStringLiteral("enabled"), *enabled);
    return json;
}

std::optional<WebhookAttempt> WebhookAttempt::fromJson(const QJsonObject& json)
{
    Members in(json);
    WebhookAttempt a;
    a.attemptedAt = in.time("attempted_at");
    a.httpStatus = static_cast<int>(in.number("http_status", false));
    a.error = in.string("error", false);
    a.latencyMs = static_cast<int>(in.number("latency_ms"));
    a.nextRetryAt = in.time("next_retry_at", false);
    if (!in.ok())
        return std::nullopt;
    return a;
}

QJsonObject WebhookAttempt::toJson() const
{
    return {
        {QStringLiteral("attempted_at"), Timestamps::toJson(attemptedAt)},
        {QStringLiteral("http_status"), httpStatus != 0 ? QJsonValue(httpStatus) : QJsonValue()},
        {QStringLiteral("error"), optionalString(error)},
        {QStringLiteral("latency_ms"), latencyMs},
        {QStringLiteral("next_retry_at"), Timestamps::toJson(nextRetryAt)},
    };
}

QString WebhookDelivery::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Delivered:
        return QStringLiteral("delivered");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<WebhookDelivery::Status> WebhookDelivery::statusFromName(const QString& name)
{
    for (const Status status : {Status::Pending, Status::Delivered, Status::Failed}) {
        if (name == statusName(status))
            return status;
    }
    return std::nullopt;
}

std::optional<WebhookDelivery> WebhookDelivery::fromJson(const QJsonObject& json)
{
    Members in(json);
    WebhookDelivery d;
    d.id = in.string("id");
    d.webhookId = in.string("webhook_id");
    d.event = in.string("event");
    const std::optional<Status> status = statusFromName(in.string("status"));
    in.require(status.has_value());
    d.status = status.value_or(Status::Pending);
    d.createdAt = in.time("created_at");
    d.attemptCount = static_cast<int>(in.number("attempt_count"));
    d.nextAttemptAt = in.time("next_attempt_at", false);
    d.deliveredAt = in.time("delivered_at", false);
    std::optional<QList<WebhookAttempt>> attempts = readList<WebhookAttempt>(in.array("attempts", false));
    if (!in.ok() || !attempts || d.id.isEmpty())
        return std::nullopt;
    d.attempts = std::move(*attempts);
    return d;
}

QJsonObject WebhookDelivery::toJson() const
{
    QJsonArray list;
    for (const WebhookAttempt& attempt : attempts)
        list.append(attempt.toJson());
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("webhook_id"), webhookId},
        {QStringLiteral("event"), event},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("created_at"), Timestamps::toJson(createdAt)},
        {QStringLiteral("attempt_count"), attemptCount},
        {QStringLiteral("next_attempt_at"), Timestamps::toJson(nextAttemptAt)},
        {QStringLiteral("delivered_at"), Timestamps::toJson(deliveredAt)},
        {QStringLiteral("attempts"), list},
    };
}

std::optional<WebhookDeliveryPage> WebhookDeliveryPage::fromJson(const QJsonObject& json)
{
    Members in(json);
    const QJsonArray deliveries = in.array("deliveries");
    WebhookDeliveryPage page;
    page.nextCursor = in.string("next_cursor", false);
    std::optional<QList<WebhookDelivery>> list = readList<WebhookDelivery>(deliveries);
    if (!in.ok() || !list)
        return std::nullopt;
    page.deliveries = std::move(*list);
    return page;
}

std::optional<Verification> Verification::fromJson(const QJsonObject& json)
{
    Members in(json);
    Verification v;
    v.valid = in.boolean("valid");
    v.code = in.string("code");
    v.message = in.string("message", false);
    v.keyId = in.string("key_id", false);
    const QJsonObject owner = in.object("owner", false);
    v.owner = {owner.value(QStringLiteral("id")).toString(), owner.value(QStringLiteral("email")).toString()};
    v.tenantName = in.object("tenant", false).value(QStringLiteral("name")).toString();
    v.scopes = in.strings("scopes", false);
    v.expiresAt = in.time("expires_at", false);
    if (!in.ok())
        return std::nullopt;
    return v;
}

QJsonObject Verification::toJson() const
{
    QJsonObject json {{QStringLiteral("valid"), valid}, {QStringLiteral("code"), code}};
    if (!message.isEmpty())
        json.insert(QStringLiteral("message"), message);
    if (!keyId.isEmpty()) {
        json.insert(QStringLiteral("key_id"), keyId);
        json.insert(QStringLiteral("owner"), ownerJson(owner));
        json.insert(QStringLiteral("tenant"), QJsonObject {{QStringLiteral("name"), tenantName}});
        json.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
        json.insert(QStringLiteral("expires_at"), Timestamps::toJson(expiresAt));
    }
    return json;
}

} // namespace Keyward::Api
