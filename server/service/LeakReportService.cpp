#include "server/service/LeakReportService.h"

#include "core/KeySecret.h"
#include "core/KeyStatus.h"
#include "core/Timestamps.h"
#include "server/service/Views.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLeaks, "keyward.service.leaks")

namespace Keyward {

namespace {
constexpr char MissingSignature[] = "MISSING_SIGNATURE";
constexpr char UnknownKeyIdentifier[] = "UNKNOWN_KEY_IDENTIFIER";
constexpr char InvalidSignature[] = "INVALID_SIGNATURE";
constexpr char IdentifierHeader[] = "Github-Public-Key-Identifier";
constexpr char SignatureHeader[] = "Github-Public-Key-Signature";
// Who the audit log says acted: no user of the tenant did.
constexpr char Reporter[] = "GitHub secret scanning";

ApiError unauthorized(const char* code, const QString& message, const QJsonObject& details = {})
{
    return {401, QLatin1String(code), message, details};
}

QJsonObject leakDetails(const KeyLeak& leak)
{
    return {{QStringLiteral("url"), leak.url}, {QStringLiteral("source"), leak.source}};
}
} // namespace

LeakReportService::LeakReportService(ServiceContext& context, std::optional<GithubScanningKeys> keys)
    : m_ctx(context)
    , m_keys(std::move(keys))
{ }

ApiError LeakReportService::checkSignature(const QByteArray& identifier, const QByteArray& signature,
                                           const QByteArray& body) const
{
    if (!m_keys)
        return {404,
                QLatin1String(ErrorCode::NotFound),
                QStringLiteral("GitHub secret scanning is not set up on this server (keywardd "
                               "--github-scanning-keys FILE)"),
                {}};
    const auto missing = [](const char* header) {
        return unauthorized(MissingSignature,
                            QStringLiteral("A report needs GitHub's %1 header").arg(QLatin1String(header)),
                            {{QStringLiteral("header"), QLatin1String(header)}});
    };
    if (identifier.trimmed().isEmpty())
        return missing(IdentifierHeader);
    if (signature.trimmed().isEmpty())
        return missing(SignatureHeader);
    switch (m_keys->verify(identifier, signature, body)) {
    case GithubScanningKeys::Verdict::Valid:
        return {};
    case GithubScanningKeys::Verdict::UnknownKeyIdentifier:
        return unauthorized(UnknownKeyIdentifier,
                            QStringLiteral("The report is signed with a key this server does not have; update the "
                                           "--github-scanning-keys file from GitHub"),
                            {{QStringLiteral("header"), QLatin1String(IdentifierHeader)}});
    case GithubScanningKeys::Verdict::MalformedSignature:
        return unauthorized(InvalidSignature, QStringLiteral("The signature is not base64"),
                            {{QStringLiteral("header"), QLatin1String(SignatureHeader)}});
    case GithubScanningKeys::Verdict::BadSignature:
        break;
    }
    return unauthorized(InvalidSignature, QStringLiteral("The signature does not verify over the body"),
                        {{QStringLiteral("header"), QLatin1String(SignatureHeader)}});
}

Outcome<QJsonArray> LeakReportService::report(const QList<LeakReport>& reports, const QString& clientAddress)
{
    QJsonArray feedback;
    int leaked = 0;
    for (const LeakReport& report : reports) {
        const Outcome<Label> label = handle(report, clientAddress);
        if (!label.ok()) // the database failed: GitHub sends the report again, and what was done stays done
            return label.error();
        leaked += label.value() == Label::TruePositive ? 1 : 0;
        feedback.append(QJsonObject {
            {QStringLiteral("token_hash"), QString::fromLatin1(KeySecret::hash(report.token))},
            {QStringLiteral("token_type"), report.type},
            {QStringLiteral("label"),
             label.value() == Label::TruePositive ? QStringLiteral("true_positive") : QStringLiteral("false_positive")},
        });
    }
    // Counts only: a token never reaches the log.
    qCInfo(lcLeaks).noquote() << "GitHub secret scanning reported" << reports.size() << "tokens," << leaked
                              << "were live keys and are now revoked as leaked";
    return feedback;
}

Outcome<LeakReportService::Label> LeakReportService::handle(const LeakReport& report, const QString& clientAddress)
{
    KeySecret::Kind kind {};
    // The checksum first: junk costs no lookup. Session and refresh tokens are not keys.
    if (!KeySecret::isWellFormed(report.token, &kind)
        || (kind != KeySecret::Kind::ApiKey && kind != KeySecret::Kind::AuthenticationKey))
        return Label::FalsePositive;
    const qint64 now = m_ctx.clock.now();
    // By hash, as verification looks a key up: the current secret, or a rotated-out one still in its grace period.
    std::optional<KeySecretRow> live;
    if (!m_ctx.storage.scanKeySecrets(
            {KeySecretScope::Kind::Secret, QString::fromLatin1(KeySecret::hash(report.token))}, now,
            [&live](const KeySecretRow& row) { live = row; }))
        return ApiError::storageUnavailable();
    if (!live || live->revoked || (live->expiresAt > 0 && live->expiresAt <= now))
        return Label::FalsePositive;
    const std::optional<KeyRecord> key = m_ctx.storage.keyById(live->keyId);
    if (!key)
        return m_ctx.storage.unreachable() ? Outcome<Label>(ApiError::storageUnavailable()) : Label::FalsePositive;
    const KeyLeak leak {now, report.url, report.source};
    return key->kind == KeyKind::ApiKey ? leakApiKey(*key, leak, clientAddress)
                                        : leakAuthenticationKey(*key, leak, clientAddress);
}

Outcome<LeakReportService::Label> LeakReportService::leakApiKey(KeyRecord key, const KeyLeak& leak,
                                                                const QString& clientAddress)
{
    key.revoked = true;
    key.leak = leak;
    key.updatedAt = leak.reportedAt;
    if (const auto pending = m_ctx.usage.newestUse(key.id); pending && pending->at > key.lastUsedAt) {
        key.lastUsedAt = pending->at;
        key.lastUsedAddress = pending->address;
    }
    // The key as GET now shows it: status "leaked" and its "leak".
    const WebhookEvent event {key.tenantId, QStringLiteral("key.leaked"), Views::key(key, leak.reportedAt)};
    if (!m_ctx.outbox.commit([&] { return m_ctx.storage.markKeyLeaked(key.id, leak); }, event))
        return lostRace(key.id);
    m_ctx.keyEvents.keyChanged(key.id);
    m_ctx.storage.deleteSessionsOfKey(key.id);
    recordAudit(key, leak, clientAddress, QStringLiteral("api_key"));
    return Label::TruePositive;
}

Outcome<LeakReportService::Label> LeakReportService::leakAuthenticationKey(const KeyRecord& key, const KeyLeak& leak,
                                                                           const QString& clientAddress)
{
    // An authentication key has no revoked state: it goes, as DELETE /v1/me/auth-key would, and its owner
    // generates a new one.
    QJsonObject data = Views::authenticationKey(key);
    data.insert(QStringLiteral("kind"), QStringLiteral("authentication_key"));
    data.insert(QStringLiteral("owner"),
                QJsonObject {{QStringLiteral("id"), key.userId}, {QStringLiteral("email"), key.ownerEmail}});
    data.insert(QStringLiteral("deleted"), true);
    data.insert(QStringLiteral("leak"),
                QJsonObject {{QStringLiteral("url"), leak.url},
                             {QStringLiteral("source"), leak.source},
                             {QStringLiteral("reported_at"), Timestamps::toJson(leak.reportedAt)}});
    const WebhookEvent event {key.tenantId, QStringLiteral("key.leaked"), data};
    if (!m_ctx.outbox.commit([&] { return m_ctx.storage.deleteKey(key.id); }, event))
        return lostRace(key.id);
    m_ctx.keyEvents.keyChanged(key.id);
    m_ctx.storage.deleteSessionsOfKey(key.id);
    recordAudit(key, leak, clientAddress, QStringLiteral("authentication_key"));
    return Label::TruePositive;
}

Outcome<LeakReportService::Label> LeakReportService::lostRace(const QString& keyId)
{
    if (m_ctx.storage.unreachable())
        return ApiError::storageUnavailable();
    const std::optional<KeyRecord> now = m_ctx.storage.keyById(keyId);
    if (m_ctx.storage.unreachable())
        return ApiError::storageUnavailable();
    // Gone, revoked or leaked by a request that came first: this report changed nothing.
    if (!now || now->revoked || now->leak.isReported()
        || keyStatusAt(now->revoked, now->expiresAt, m_ctx.clock.now()) != KeyStatus::Active)
        return Label::FalsePositive;
    return ApiError::internal();
}

void LeakReportService::recordAudit(const KeyRecord& key, const KeyLeak& leak, const QString& clientAddress,
                                    const QString& kind)
{
    AuditTrail::Entry entry;
    entry.tenantId = key.tenantId;
    entry.actorEmail = QLatin1String(Reporter);
    entry.subjectUserId = key.userId;
    entry.action = QStringLiteral("key.leaked");
    entry.targetType = QStringLiteral("key");
    entry.targetId = key.id;
    entry.targetName = key.name;
    entry.clientAddress = clientAddress;
    entry.details = leakDetails(leak);
    entry.details.insert(QStringLiteral("kind"), kind);
    m_ctx.audit.record(entry);
}

} // namespace Keyward
