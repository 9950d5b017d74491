#include "server/service/KeyVerifier.h"

#include "core/KeySecret.h"
#include "core/Timestamps.h"
#include "server/service/Views.h"

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

KeyVerifier::Outcome KeyVerifier::verifyHash(const QByteArray& hash, const QString& clientAddress)
{
    Outcome out;
    const qint64 now = m_ctx.clock.now();
    KeyCache::EntryPtr cached = m_ctx.cache.find(hash, now);
    if (!cached) {
        const std::optional<KeyRecord> key = m_ctx.storage.keyBySecretHash(hash, now);
        if (!key) {
            out.error = invalidKey(QStringLiteral("The provided API key is invalid"));
            return out;
        }
        auto entry = std::make_shared<KeyCache::Entry>();
        entry->key = *key;
        entry->secretValidUntil = key->secretValidUntil;
        entry->loadedAt = now;
        if (const auto tenant = m_ctx.storage.tenantById(key->tenantId))
            entry->tenantName = tenant->name;
        entry->verifyFragment = Views::verifyFragment(entry->key, entry->tenantName);
        cached = entry;
        m_ctx.cache.insert(hash, cached);
    }
    out.found = true;
    out.entry = cached;
    const KeyRecord& key = cached->key;
    if (cached->secretValidUntil != 0 && cached->secretValidUntil <= now) {
        out.error = invalidKey(QStringLiteral("This key was rotated and its grace period has ended"), key.id);
        return out;
    }
    if (key.ownerDisabled) {
        out.error = invalidKey(QStringLiteral("The owner of this key is disabled"), key.id);
        return out;
    }
    if (key.revoked) {
        m_ctx.audit.keyUsedAfterRevoke(key.tenantId, key.id, key.userId, clientAddress);
        out.error = invalidKey(QStringLiteral("The provided API key has been revoked"), key.id);
        return out;
    }
    if (key.expiresAt > 0 && key.expiresAt <= now) {
        out.error = {401, QLatin1String(ErrorCode::ExpiredApiKey), QStringLiteral("The API key has expired"),
                     QJsonObject {{QStringLiteral("expired_at"), Timestamps::toIso(key.expiresAt)},
                                  {QStringLiteral("key_id"), key.id}}};
        return out;
    }
    out.rate = m_ctx.rateLimiter.take(key.id, key.rateLimitPerMinute, now);
    if (!out.rate.allowed) {
        out.error = {429, QLatin1String(ErrorCode::RateLimited),
                     QStringLiteral("This key has made more than %1 requests this minute").arg(out.rate.limit),
                     QJsonObject {{QStringLiteral("key_id"), key.id}}};
        return out;
    }
    m_ctx.usage.note(key.id, now, clientAddress);
    return out;
}

} // namespace Keyward
