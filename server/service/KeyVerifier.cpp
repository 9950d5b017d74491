#include "server/service/KeyVerifier.h"

#include "core/KeySecret.h"
#include "core/Timestamps.h"

namespace Keyward {

namespace {
ApiError invalidKey(const QString& message, const QString& keyId = {})
{
    QJsonObject details;
    if (!keyId.isEmpty())
        details.insert(QStringLiteral("key_id"), keyId);
    return {401, QLatin1String(ErrorCode::InvalidApiKey), message, details};
}
} // namespace

KeyVerifier::KeyVerifier(ServiceContext& context)
    : m_ctx(context)
{ }

KeyVerifier::Outcome KeyVerifier::verify(const QByteArray& secret, const QString& clientAddress)
{
    Outcome out;
    KeySecret::Kind kind;
    if (!KeySecret::isWellFormed(secret, &kind)
        || (kind != KeySecret::Kind::ApiKey && kind != KeySecret::Kind::AuthenticationKey)) {
        out.error = invalidKey(QStringLiteral("The provided API key is invalid"));
        return out;
    }
    return verifyHash(KeySecret::hash(secret), clientAddress);
}

std::optional<KeyIndex::Entry> KeyVerifier::lookUp(const QByteArray& hash, qint64 now)
{
    KeyIndex::Result indexed = m_ctx.keyIndex.find(hash);
    if (indexed.lookup != KeyIndex::Lookup::NotLoaded)
        return std::move(indexed.entry); // known, or definitely unknown: no database
    // Only while the index loads at start.
    m_ctx.keyIndex.noteDatabaseLookup();
    std::optional<KeyIndex::Entry> entry;
    m_ctx.storage.scanKeySecrets({KeySecretScope::Kind::Secret, QString::fromLatin1(hash)}, now,
                                 [&entry](const KeySecretRow& row) { entry = KeyIndex::Entry::from(row); });
    return entry;
}

KeyVerifier::Outcome KeyVerifier::verifyHash(const QByteArray& hash, const QString& clientAddress)
{
    Outcome out;
    const qint64 now = m_ctx.clock.now();
    std::optional<KeyIndex::Entry> cached = lookUp(hash, now);
    if (!cached) {
        out.error = invalidKey(QStringLiteral("The provided API key is invalid"));
        return out;
    }
    out.found = true;
    out.entry = std::move(cached);
    const KeyIndex::Entry& key = *out.entry;
    if (key.secretValidUntil != 0 && key.secretValidUntil <= now) {
        out.error = invalidKey(QStringLiteral("This key was rotated and its grace period has ended"), key.keyId);
        return out;
    }
    if (key.ownerDisabled) {
        out.error = invalidKey(QStringLiteral("The owner of this key is disabled"), key.keyId);
        return out;
    }
    if (key.revoked) {
        m_ctx.audit.keyUsedAfterRevoke(key.tenantId, key.keyId, key.userId, clientAddress);
        out.error = invalidKey(QStringLiteral("The provided API key has been revoked"), key.keyId);
        return out;
    }
    if (key.expiresAt > 0 && key.expiresAt <= now) {
        out.error = {401, QLatin1String(ErrorCode::ExpiredApiKey), QStringLiteral("The API key has expired"),
                     QJsonObject {{QStringLiteral("expired_at"), Timestamps::toIso(key.expiresAt)},
                                  {QStringLiteral("key_id"), key.keyId}}};
        return out;
    }
    out.rate = m_ctx.rateLimiter.take(key.keyId, key.rateLimitPerMinute, now);
    if (!out.rate.allowed) {
        out.error = {429, QLatin1String(ErrorCode::RateLimited),
                     QStringLiteral("This key has made more than %1 requests this minute").arg(out.rate.limit),
                     QJsonObject {{QStringLiteral("key_id"), key.keyId}}};
        return out;
    }
    m_ctx.usage.note(key.keyId, hash, now, clientAddress);
    return out;
}

} // namespace Keyward
