#include "server/service/Views.h"

#include "core/KeyStatus.h"
#include "core/Timestamps.h"
#include "server/service/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Keyward::Views {

namespace {
// The pieces key() and the verify answer share, as JSON values and as text written by JsonWriter.
QJsonObject ownerOf(const KeyRecord& k)
{
    return {{QStringLiteral("id"), k.userId}, {QStringLiteral("email"), k.ownerEmail}};
}

void appendTime(JsonWriter& json, qint64 ms)
{
    if (ms > 0)
        json.string(Timestamps::toIso(ms));
    else
        json.null();
}

void appendOwner(JsonWriter& json, const KeyRecord& k)
{
    json.raw("{");
    json.key("email", true);
    json.string(k.ownerEmail);
    json.key("id");
    json.string(k.userId);
    json.raw("}");
}

void appendScopes(JsonWriter& json, Scopes scopes)
{
    json.raw("[");
    const QStringList names = scopeNames(scopes);
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0)
            json.raw(",");
        json.string(names.at(i));
    }
    json.raw("]");
}

// A leaked key's report, null for every other key.
QJsonValue leakOf(const KeyRecord& k)
{
    if (!k.leak.isReported())
        return QJsonValue::Null;
    return QJsonObject {{QStringLiteral("url"), k.leak.url},
                        {QStringLiteral("source"), k.leak.source},
                        {QStringLiteral("reported_at"), Timestamps::toJson(k.leak.reportedAt)}};
}

void appendLeak(JsonWriter& json, const KeyRecord& k)
{
    if (!k.leak.isReported()) {
        json.null();
        return;
    }
    json.raw("{");
    json.key("reported_at", true);
    appendTime(json, k.leak.reportedAt);
    json.key("source");
    json.string(k.leak.source);
    json.key("url");
    json.string(k.leak.url);
    json.raw("}");
}

QString kindName(KeyKind kind)
{
    return kind == KeyKind::AuthenticationKey ? QStringLiteral("authentication_key") : QStringLiteral("api_key");
}
} // namespace

QJsonObject key(const KeyRecord& k, qint64 now)
{
    const KeyStatus status = keyStatusAt(k.revoked, k.expiresAt, now, k.leak.reportedAt);
    QJsonObject json {
        {QStringLiteral("id"), k.id},
        {QStringLiteral("name"), k.name},
        {QStringLiteral("description"), k.description},
        {QStringLiteral("prefix"), k.displayPrefix},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopeNames(k.scopes))},
        {QStringLiteral("status"), keyStatusName(status)},
        {QStringLiteral("owner"), ownerOf(k)},
        {QStringLiteral("tenant_id"), k.tenantId},
        {QStringLiteral("rate_limit"), k.rateLimitPerMinute},
        {QStringLiteral("created_at"), Timestamps::toJson(k.createdAt)},
        {QStringLiteral("updated_at"), Timestamps::toJson(k.updatedAt)},
        {QStringLiteral("expires_at"), Timestamps::toJson(k.expiresAt)},
        {QStringLiteral("last_used_at"), Timestamps::toJson(k.lastUsedAt)},
        {QStringLiteral("last_used_address"),
         k.lastUsedAddress.isEmpty() ? QJsonValue() : QJsonValue(k.lastUsedAddress)},
        {QStringLiteral("created_by"), k.createdBy},
        {QStringLiteral("leak"), leakOf(k)},
    };
    return json;
}

void appendKey(QByteArray& out, const KeyRecord& k, qint64 now)
{
    // Members in the order QJsonObject keeps them (sorted), so the text equals QJsonDocument's for key().
    JsonWriter json(out);
    const auto time = [&json](qint64 ms) { appendTime(json, ms); };
    json.raw("{");
    json.key("created_at", true);
    time(k.createdAt);
    json.key("created_by");
    json.string(k.createdBy);
    json.key("description");
    json.string(k.description);
    json.key("expires_at");
    time(k.expiresAt);
    json.key("id");
    json.string(k.id);
    json.key("last_used_address");
    if (k.lastUsedAddress.isEmpty())
        json.null();
    else
        json.string(k.lastUsedAddress);
    json.key("last_used_at");
    time(k.lastUsedAt);
    json.key("leak");
    appendLeak(json, k);
    json.key("name");
    json.string(k.name);
    json.key("owner");
    appendOwner(json, k);
    json.key("prefix");
    json.string(k.displayPrefix);
    json.key("rate_limit");
    json.number(k.rateLimitPerMinute);
    json.key("scopes");
    appendScopes(json, k.scopes);
    json.key("status");
    json.string(keyStatusName(keyStatusAt(k.revoked, k.expiresAt, now, k.leak.reportedAt)));
    json.key("tenant_id");
    json.string(k.tenantId);
    json.key("updated_at");
    time(k.updatedAt);
    json.raw("}");
}

QJsonObject authenticationKey(const KeyRecord& k, qint64 previousValidUntil)
{
    return QJsonObject {
        {QStringLiteral("exists"), true},
        {QStringLiteral("id"), k.id},
        {QStringLiteral("prefix"), k.displayPrefix},
        {QStringLiteral("created_at"), Timestamps::toJson(k.createdAt)},
        {QStringLiteral("last_used_at"), Timestamps::toJson(k.lastUsedAt)},
        {QStringLiteral("last_used_address"),
         k.lastUsedAddress.isEmpty() ? QJsonValue() : QJsonValue(k.lastUsedAddress)},
        {QStringLiteral("previous_valid_until"), Timestamps::toJson(previousValidUntil)},
    };
}

QJsonObject user(const UserRecord& u)
{
    return QJsonObject {
        {QStringLiteral("id"), u.id},
        {QStringLiteral("tenant_id"), u.tenantId},
        {QStringLiteral("email"), u.email},
        {QStringLiteral("name"), u.name},
        {QStringLiteral("role"), roleName(u.role)},
        {QStringLiteral("disabled"), u.disabled},
        {QStringLiteral("two_factor_enabled"), !u.totpSecret.isEmpty()},
        {QStringLiteral("created_at"), Timestamps::toJson(u.createdAt)},
        {QStringLiteral("updated_at"), Timestamps::toJson(u.updatedAt)},
    };
}

QJsonArray daysArray(const QList<int>& days)
{
    QJsonArray array;
    for (const int d : days)
        array.append(d);
    return array;
}

QJsonObject tenant(const TenantRecord& t, int sessionChainDays)
{
    return QJsonObject {
        {QStringLiteral("id"), t.id},
        {QStringLiteral("name"), t.name},
        {QStringLiteral("max_key_lifetime_days"), t.maxKeyLifetimeDays},
        {QStringLiteral("session_chain_days"), sessionChainDays},
        {QStringLiteral("expiry_notice_days"), daysArray(t.expiryNoticeDays)},
        {QStringLiteral("created_at"), Timestamps::toJson(t.createdAt)},
    };
}

QJsonObject audit(const AuditRecord& a)
{
    QJsonObject json {
        {QStringLiteral("id"), a.id},
        {QStringLiteral("at"), Timestamps::toJson(a.at)},
        {QStringLiteral("action"), a.action},
        {QStringLiteral("outcome"), a.outcome},
        {QStringLiteral("actor"),
         QJsonObject {{QStringLiteral("id"), a.actorId}, {QStringLiteral("email"), a.actorEmail}}},
        {QStringLiteral("subject_user_id"), a.subjectUserId},
        {QStringLiteral("target"),
         QJsonObject {{QStringLiteral("type"), a.targetType}, {QStringLiteral("id"), a.targetId}}},
        // As it was called at the time: it outlives a rename or the target's deletion.
        {QStringLiteral("target_name"), a.targetName.isEmpty() ? QJsonValue() : QJsonValue(a.targetName)},
        {QStringLiteral("client_address"), a.clientAddress},
    };
    if (!a.detailsJson.isEmpty())
        json.insert(QStringLiteral("details"), QJsonDocument::fromJson(a.detailsJson.toUtf8()).object());
    return json;
}

QJsonObject webhook(const WebhookRecord& w, qint64 now)
{
    return {
        {QStringLiteral("id"), w.id},
        {QStringLiteral("url"), w.url},
        {QStringLiteral("events"), QJsonArray::fromStringList(w.events)},
        {QStringLiteral("description"), w.description},
        {QStringLiteral("enabled"), w.enabled},
        {QStringLiteral("created_at"), Timestamps::toJson(w.createdAt)},
        {QStringLiteral("updated_at"), Timestamps::toJson(w.updatedAt)},
        {QStringLiteral("previous_secret_expires_at"),
         Timestamps::toJson(w.previousSecretExpiresAt > now ? w.previousSecretExpiresAt : 0)},
    };
}

QJsonObject webhookDelivery(const WebhookDelivery& d)
{
    const WebhookMessageRecord& m = d.message;
    QJsonArray attempts;
    for (const WebhookAttemptRecord& a : d.attempts)
        attempts.append(QJsonObject {
            {QStringLiteral("attempted_at"), Timestamps::toJson(a.attemptedAt)},
            {QStringLiteral("http_status"), a.httpStatus > 0 ? QJsonValue(a.httpStatus) : QJsonValue()},
            {QStringLiteral("error"), a.error.isEmpty() ? QJsonValue() : QJsonValue(a.error)},
            {QStringLiteral("latency_ms"), a.latencyMs},
            {QStringLiteral("next_retry_at"), Timestamps::toJson(a.nextRetryAt)},
        });
    const char* status = m.status == WebhookMessageRecord::Status::Delivered ? "delivered"
        : m.status == WebhookMessageRecord::Status::Failed                   ? "failed"
                                                                             : "pending";
    return {
        {QStringLiteral("id"), m.id},
        {QStringLiteral("webhook_id"), m.webhookId},
        {QStringLiteral("event"), m.eventType},
        {QStringLiteral("status"), QLatin1String(status)},
        {QStringLiteral("created_at"), Timestamps::toJson(m.createdAt)},
        {QStringLiteral("attempt_count"), m.attemptCount},
        {QStringLiteral("next_attempt_at"),
         m.status == WebhookMessageRecord::Status::Pending ? Timestamps::toJson(m.nextAttemptAt) : QJsonValue()},
        {QStringLiteral("delivered_at"), Timestamps::toJson(m.deliveredAt)},
        {QStringLiteral("attempts"), attempts},
    };
}

QJsonObject verifiedKey(const KeyRecord& k, const QString& tenantName)
{
    return {
        {QStringLiteral("key_id"), k.id},
        {QStringLiteral("owner"), ownerOf(k)},
        {QStringLiteral("tenant"),
         QJsonObject {{QStringLiteral("id"), k.tenantId}, {QStringLiteral("name"), tenantName}}},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopeNames(k.scopes))},
        {QStringLiteral("expires_at"), Timestamps::toJson(k.expiresAt)},
        {QStringLiteral("kind"), kindName(k.kind)},
    };
}

void appendVerifyFragment(QByteArray& out, const KeyRecord& k, const QString& tenantName)
{
    // QJsonObject's order: members sorted by name.
    JsonWriter json(out);
    json.key("expires_at", true);
    appendTime(json, k.expiresAt);
    json.key("key_id");
    json.string(k.id);
    json.key("kind");
    json.raw(k.kind == KeyKind::AuthenticationKey ? "\"authentication_key\"" : "\"api_key\"");
    json.key("owner");
    appendOwner(json, k);
    json.key("scopes");
    appendScopes(json, k.scopes);
    json.key("tenant");
    json.raw("{");
    json.key("id", true);
    json.string(k.tenantId);
    json.key("name");
    json.string(tenantName);
    json.raw("}");
}

QByteArray verifyFragment(const KeyRecord& k, const QString& tenantName)
{
    const QByteArray json = QJsonDocument(verifiedKey(k, tenantName)).toJson(QJsonDocument::Compact);
    return json.mid(1, json.size() - 2);
}

} // namespace Keyward::Views
