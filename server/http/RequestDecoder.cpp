#include "server/http/RequestDecoder.h"

#include "core/JsonReader.h"
#include "core/KeyStatus.h"
#include "core/Policy.h"
#include "core/Timestamps.h"
#include "server/http/CredentialReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <tuple>

namespace Keyward::RequestDecoder {

namespace {
// The largest page any listing hands out (keys: Policy::MaxKeysPerPage; the audit log the same).
constexpr int MaxPageSize = 1000;
static_assert(MaxPageSize == Policy::MaxKeysPerPage);

// An optional JSON body: empty is {}.
QByteArray orEmptyObject(const QByteArray& body)
{
    return body.trimmed().isEmpty() ? QByteArrayLiteral("{}") : body;
}

IdentityCheck::Proof readProof(JsonReader& reader)
{
    return {reader.optionalString("password", {}, 1024), reader.optionalString("otp", {}, 16)};
}

// expires_in_days / expires_at, their types checked here and their values by the service.
ExpiryRequest readExpiry(JsonReader& reader)
{
    ExpiryRequest expiry;
    expiry.mentioned = reader.has("expires_in_days") || reader.has("expires_at");
    expiry.days = reader.optionalInteger("expires_in_days");
    const QString at = reader.optionalString("expires_at");
    if (reader.has("expires_at") && !reader.isNull("expires_at"))
        expiry.at = at;
    return expiry;
}

// ?limit= of a listing: 1 to MaxPageSize.
ApiError readLimit(const QUrlQuery& query, std::optional<int>* limit)
{
    if (!query.hasQueryItem(QStringLiteral("limit")))
        return {};
    bool ok = false;
    *limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || **limit < 1 || **limit > MaxPageSize)
        return ApiError::validation(QStringLiteral("limit"), QStringLiteral("limit must be 1 to %1").arg(MaxPageSize));
    return {};
}

Outcome<Role> readRole(const QString& name)
{
    const std::optional<Role> role = roleFromName(name);
    if (!role)
        return ApiError::validation(QStringLiteral("role"), QStringLiteral("role must be user, support or admin"));
    return *role;
}

// The verify hot path's body is almost always exactly {"key":"kw_..."}: read that without a JSON parser. Anything
// else (spaces, escapes, other fields) goes through the strict JsonReader.
QByteArray quickKeyField(const QByteArray& body)
{
    static const QByteArray open = QByteArrayLiteral(R"({"key":")");
    static const QByteArray close = QByteArrayLiteral(R"("})");
    if (body.size() <= open.size() + close.size() || !body.startsWith(open) || !body.endsWith(close))
        return {};
    const QByteArray value = body.mid(open.size(), body.size() - open.size() - close.size());
    for (const char c : value) {
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'))
            return {};
    }
    return value;
}
} // namespace

Outcome<ListKeysQuery> listKeys(const QUrlQuery& query)
{
    ListKeysQuery q;
    q.user = query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
    q.status = query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
    if (!q.status.isEmpty() && !keyStatusFromName(q.status))
        return ApiError::validation(QStringLiteral("status"),
                                    QStringLiteral("status must be active, inactive, expired or leaked"));
    if (q.status == QLatin1String("revoked"))
        q.status = QStringLiteral("inactive");
    q.text = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).left(200);
    if (query.hasQueryItem(QStringLiteral("expiring_within_days"))) {
        bool ok = false;
        q.expiringWithinDays = query.queryItemValue(QStringLiteral("expiring_within_days")).toInt(&ok);
        if (!ok || q.expiringWithinDays < 0 || q.expiringWithinDays > 3650)
            return ApiError::validation(QStringLiteral("expiring_within_days"),
                                        QStringLiteral("expiring_within_days must be 0 to 3650"));
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
        return ApiError::validation(
            QStringLiteral("sort"),
            QStringLiteral("sort must be created_at, name or expires_at (prefix - for descending)"));
    }
    if (const ApiError e = readLimit(query, &q.limit); !e.isNull())
        return e;
    q.cursor = query.queryItemValue(QStringLiteral("cursor"));
    return q;
}

Outcome<CreateKeyCommand> createKey(const QByteArray& body)
{
    JsonReader reader(body,
                      {"name", "description", "expires_in_days", "expires_at", "scopes", "user_id", "rate_limit"});
    CreateKeyCommand command;
    command.name = reader.requiredString("name", Policy::MaxKeyNameLength).trimmed();
    command.description = reader.optionalString("description", {}, Policy::MaxKeyDescriptionLength);
    command.scopes = reader.optionalStringList("scopes").value_or(QStringList {QStringLiteral("read")});
    command.userId = reader.optionalString("user_id", {}, 40);
    command.rateLimit = reader.optionalInteger("rate_limit").value_or(0);
    command.expiry = readExpiry(reader);
    if (!reader.ok())
        return reader.error();
    return command;
}

Outcome<UpdateKeyCommand> updateKey(const QByteArray& body)
{
    JsonReader reader(body, {"name", "description", "expires_in_days", "expires_at", "scopes", "rate_limit"});
    UpdateKeyCommand command;
    const bool hasName = reader.has("name");
    const QString name = reader.optionalString("name", {}, Policy::MaxKeyNameLength).trimmed();
    if (hasName)
        command.name = name;
    const bool hasDescription = reader.has("description");
    const QString description = reader.optionalString("description", {}, Policy::MaxKeyDescriptionLength);
    if (hasDescription)
        command.description = description;
    command.scopes = reader.optionalStringList("scopes");
    command.rateLimit = reader.optionalInteger("rate_limit");
    command.expiry = readExpiry(reader);
    if (!reader.ok())
        return reader.error();
    return command;
}

Outcome<RotateKeyCommand> rotateKey(const QByteArray& body)
{
    JsonReader reader(orEmptyObject(body), {"grace_seconds"});
    const qint64 grace = reader.optionalInteger("grace_seconds").value_or(0);
    if (!reader.ok())
        return reader.error();
    return RotateKeyCommand {grace};
}

Outcome<QByteArray> verifiedKey(const ApiRequest& request)
{
    QByteArray key = quickKeyField(request.body);
    if (key.isEmpty() && !request.body.trimmed().isEmpty()) {
        JsonReader reader(request.body, {"key"});
        key = reader.optionalString("key", {}, 256).toLatin1();
        if (!reader.ok())
            return reader.error();
    }
    if (key.isEmpty()) {
        const Credential presented = readCredential(request);
        if (presented.kind == Credential::Kind::Key)
            key = presented.value;
    }
    if (key.isEmpty())
        return ApiError {401, QLatin1String(ErrorCode::MissingApiKey), QStringLiteral("API key is required"),
                         QJsonObject {{QStringLiteral("header"), QStringLiteral("Authorization")}}};
    return key;
}

Outcome<LoginCommand> login(const QByteArray& body)
{
    JsonReader reader(body, {"email", "password", "otp", "recovery_code"});
    LoginCommand command;
    command.email = reader.requiredString("email", 320).trimmed().toLower();
    command.password = reader.requiredString("password", 1024);
    command.otp = reader.optionalString("otp", {}, 16);
    command.recoveryCode = reader.optionalString("recovery_code", {}, 64);
    if (!reader.ok())
        return reader.error();
    return command;
}

Outcome<QString> keyLogin(const QByteArray& body)
{
    JsonReader reader(body, {"personal-access-token"});
    const QString key = reader.requiredString("personal-access-token", 256);
    if (!reader.ok())
        return reader.error();
    return key;
}

Outcome<QByteArray> refreshToken(const QByteArray& body)
{
    JsonReader reader(body, {"refresh_token"});
    const QString token = reader.requiredString("refresh_token", 256);
    if (!reader.ok())
        return reader.error();
    return token.toLatin1();
}

Outcome<UpdateMeCommand> updateMe(const QByteArray& body)
{
    JsonReader reader(body, {"name", "email", "password", "otp"});
    UpdateMeCommand command;
    const bool hasName = reader.has("name");
    const QString name = reader.optionalString("name", {}, 200).trimmed();
    if (hasName)
        command.name = name;
    const bool hasEmail = reader.has("email");
    const QString email = reader.optionalString("email", {}, 320).trimmed().toLower();
    if (hasEmail)
        command.email = email;
    command.proof = readProof(reader);
    if (!reader.ok())
        return reader.error();
    return command;
}

Outcome<PasswordChangeCommand> passwordChange(const QByteArray& body)
{
    JsonReader reader(body, {"current_password", "new_password", "otp", "revoke_keys"});
    PasswordChangeCommand command;
    command.currentPassword = reader.requiredString("current_password", 1024);
    command.newPassword = reader.requiredString("new_password", 1024);
    command.otp = reader.optionalString("otp", {}, 16);
    command.revokeKeys = reader.optionalBool("revoke_keys").value_or(false);
    if (!reader.ok())
        return reader.error();
    return command;
}

Outcome<IdentityCheck::Proof> stepUpProof(const QByteArray& body)
{
    JsonReader reader(orEmptyObject(body), {"password", "otp"});
    const IdentityCheck::Proof proof = readProof(reader);
    if (!reader.ok())
        return reader.error();
    return proof;
}

Outcome<AuthKeyCommand> authKey(const QByteArray& body)
{
    JsonReader reader(orEmptyObject(body), {"password", "otp", "grace_seconds"});
    AuthKeyCommand command;
    command.proof = readProof(reader);
    command.graceSeconds = reader.optionalInteger("grace_seconds").value_or(0);
    if (!reader.ok())
        return reader.error();
    return command;
}

Outcome<QString> totpConfirmation(const QByteArray& body)
{
    JsonReader reader(body, {"code"});
    const QString code = reader.requiredString("code", 16);
    if (!reader.ok())
        return reader.error();
    return code;
}

Outcome<TotpDisableCommand> totpDisable(const QByteArray& body)
{
    JsonReader reader(body, {"code", "password"});
    TotpDisableCommand command;
    command.code = reader.requiredString("code", 16);
    command.password = reader.optionalString("password", {}, 1024);
    if (!reader.ok())
        return reader.error();
    return command;
}

Outcome<CreateUserCommand> createUser(const QByteArray& body)
{
    JsonReader reader(body, {"email", "name", "role", "password"});
    CreateUserCommand command;
    command.email = reader.requiredString("email", 320);
    command.name = reader.optionalString("name", {}, 200);
    const QString role = reader.optionalString("role", QStringLiteral("user"), 16);
    command.password = reader.requiredString("password", 1024);
    if (!reader.ok())
        return reader.error();
    const Outcome<Role> known = readRole(role);
    if (!known.ok())
        return known.error();
    command.role = known.value();
    return command;
}

Outcome<UpdateUserCommand> updateUser(const QByteArray& body)
{
    JsonReader reader(body, {"role", "disabled", "name"});
    UpdateUserCommand command;
    const QString role = reader.optionalString("role", {}, 16);
    command.disabled = reader.optionalBool("disabled");
    const bool hasName = reader.has("name");
    const QString name = reader.optionalString("name", {}, 200);
    if (hasName)
        command.name = name;
    if (!reader.ok())
        return reader.error();
    if (!role.isEmpty()) { // "" or null: the role stays
        const Outcome<Role> known = readRole(role);
        if (!known.ok())
            return known.error();
        command.role = known.value();
    }
    return command;
}

Outcome<UpdateTenantCommand> updateTenant(const QByteArray& body)
{
    JsonReader reader(body, {"max_key_lifetime_days", "session_chain_days", "expiry_notice_days"});
    UpdateTenantCommand command;
    command.maxKeyLifetimeDays = reader.optionalInteger("max_key_lifetime_days");
    command.sessionChainDays = reader.optionalInteger("session_chain_days");
    command.expiryNoticeDays = reader.optionalIntegerList("expiry_notice_days");
    if (!reader.ok())
        return reader.error();
    return command;
}

// A URL is read whole (the body's 64 KiB bound it) so that WebhookUrlPolicy, not the reader, says what is wrong with
// it.
constexpr int WebhookUrlReadLength = 64 * 1024;

Outcome<CreateWebhookCommand> createWebhook(const QByteArray& body)
{
    JsonReader reader(body, {"url", "events", "description", "enabled"});
    CreateWebhookCommand command;
    command.enabled = reader.optionalBool("enabled").value_or(true);
    command.url = reader.requiredString("url", WebhookUrlReadLength).trimmed();
    command.events = reader.optionalStringList("events");
    command.description
        = reader.optionalString("description", {}, CreateWebhookCommand::MaxDescriptionLength).trimmed();
    if (!reader.ok())
        return reader.error();
    return command;
}

Outcome<UpdateWebhookCommand> updateWebhook(const QByteArray& body)
{
    JsonReader reader(body, {"url", "events", "description", "enabled"});
    UpdateWebhookCommand command;
    const bool hasUrl = reader.has("url");
    const QString url = reader.optionalString("url", {}, WebhookUrlReadLength).trimmed();
    if (hasUrl)
        command.url = url;
    command.events = reader.optionalStringList("events");
    const bool hasDescription = reader.has("description");
    const QString description
        = reader.optionalString("description", {}, CreateWebhookCommand::MaxDescriptionLength).trimmed();
    if (hasDescription)
        command.description = description;
    command.enabled = reader.optionalBool("enabled");
    if (!reader.ok())
        return reader.error();
    if (!command.url && !command.events && !command.description && !command.enabled)
        return ApiError::malformed(QStringLiteral("Give at least one of url, events, description, enabled to change"));
    return command;
}

Outcome<ListAuditQuery> listAudit(const QUrlQuery& query)
{
    ListAuditQuery q;
    q.user = query.queryItemValue(QStringLiteral("user"));
    q.action = query.queryItemValue(QStringLiteral("action"));
    q.target = query.queryItemValue(QStringLiteral("target"));
    if (query.hasQueryItem(QStringLiteral("before"))) {
        bool ok = false;
        q.beforeId = query.queryItemValue(QStringLiteral("before")).toLongLong(&ok);
        if (!ok || q.beforeId < 1)
            return ApiError::validation(QStringLiteral("before"), QStringLiteral("before must be an entry id"));
    }
    // A date range: since inclusive, until exclusive, each an ISO 8601 time.
    for (const auto& [name, bound] :
         {std::pair {QStringLiteral("since"), &q.sinceMs}, std::pair {QStringLiteral("until"), &q.untilMs}}) {
        if (!query.hasQueryItem(name))
            continue;
        const std::optional<qint64> at = Timestamps::fromIso(query.queryItemValue(name, QUrl::FullyDecoded));
        if (!at || *at <= 0)
            return ApiError::validation(name, QStringLiteral("%1 must be an ISO 8601 time").arg(name));
        *bound = *at;
    }
    if (q.sinceMs > 0 && q.untilMs > 0 && q.untilMs <= q.sinceMs)
        return ApiError::validation(QStringLiteral("until"), QStringLiteral("until must be later than since"));
    if (const ApiError e = readLimit(query, &q.limit); !e.isNull())
        return e;
    return q;
}

Outcome<ListDeliveriesQuery> listDeliveries(const QUrlQuery& query)
{
    ListDeliveriesQuery q;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        q.limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || q.limit < 1 || q.limit > ListDeliveriesQuery::MaxLimit)
            return ApiError::validation(QStringLiteral("limit"),
                                        QStringLiteral("limit must be 1 to %1").arg(ListDeliveriesQuery::MaxLimit));
    }
    q.cursor = query.queryItemValue(QStringLiteral("cursor"));
    return q;
}

Outcome<QList<LeakReport>> leakReports(const QByteArray& body)
{
    QString problem;
    qsizetype offset = 0;
    if (!JsonReader::checkSyntax(body, &problem, &offset))
        return ApiError::malformed(
            QStringLiteral("The body is not valid JSON: %1 at offset %2").arg(problem).arg(offset),
            QJsonObject {{QStringLiteral("offset"), offset}});
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isArray())
        return ApiError::malformed(
            QStringLiteral("The body must be a JSON array of {\"token\", \"type\", \"url\", \"source\"}"));
    const QJsonArray items = document.array();
    if (items.size() > LeakReport::MaxItems)
        return ApiError::malformed(QStringLiteral("A report holds at most %1 tokens").arg(LeakReport::MaxItems),
                                   QJsonObject {{QStringLiteral("max_items"), LeakReport::MaxItems}});
    QList<LeakReport> reports;
    reports.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        // Errors name the item and the member, never a value: the token must not travel back or into a log.
        const auto bad = [i](const QString& field, const QString& message) {
            return ApiError::malformed(QStringLiteral("Item %1: %2").arg(i).arg(message),
                                       QJsonObject {{QStringLiteral("index"), i}, {QStringLiteral("field"), field}});
        };
        if (!items.at(i).isObject())
            return bad({}, QStringLiteral("each item must be an object"));
        const QJsonObject item = items.at(i).toObject();
        if (!item.value(QStringLiteral("token")).isString())
            return bad(QStringLiteral("token"), QStringLiteral("\"token\" must be a string"));
        LeakReport report;
        report.token = item.value(QStringLiteral("token")).toString().toUtf8();
        for (const auto& [name, limit, value] :
             {std::tuple {QStringLiteral("type"), LeakReport::MaxTypeLength, &report.type},
              std::tuple {QStringLiteral("url"), LeakReport::MaxUrlLength, &report.url},
              std::tuple {QStringLiteral("source"), LeakReport::MaxSourceLength, &report.source}}) {
            const QJsonValue member = item.value(name);
            if (member.isUndefined() || member.isNull())
                continue;
            if (!member.isString())
                return bad(name, QStringLiteral("\"%1\" must be a string").arg(name));
            if (member.toString().size() > limit)
                return bad(name, QStringLiteral("\"%1\" is longer than %2 characters").arg(name).arg(limit));
            *value = member.toString();
        }
        reports.append(std::move(report));
    }
    return reports;
}

Outcome<qint64> clockAdvance(const QByteArray& body)
{
    JsonReader reader(body, {"advance_seconds"});
    const qint64 seconds = reader.optionalInteger("advance_seconds").value_or(0);
    if (!reader.ok())
        return reader.error();
    if (seconds < 0 || seconds > 100LL * 365 * 24 * 3600)
        return ApiError::validation(QStringLiteral("advance_seconds"),
                                    QStringLiteral("The clock only moves forward, at most 100 years"));
    return seconds;
}

} // namespace Keyward::RequestDecoder
