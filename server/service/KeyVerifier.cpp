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

KeyIndex::EntryPtr KeyVerifier::lookUp(const QByteArray& hash, qint64 now)
{
    const KeyIndex::Result indexed = m_ctx.keyIndex.find(hash);
    if (indexed.lookup != KeyIndex::Lookup::NotLoaded)
        return indexed.entry; // known, or definitely unknown: no database
    // Only while the index loads at start.
    m_ctx.keyIndex.noteDatabaseLookup();
    const std::optional<KeyRecord> key = m_ctx.storage.keyBySecretHash(hash, now);
    if (!key)
        return nullptr;
    auto entry = std::make_shared<KeyIndex::Entry>();
    entry->keyId = key->id;
    entry->tenantId = key->tenantId;
    entry->userId = key->userId;
    entry->ownerEmail = key->ownerEmail;
    if (const auto tenant = m_ctx.storage.tenantById(key->tenantId))
        entry->tenantName = tenant->name;
    entry->kind = key->kind;
    entry->scopes = key->scopes;
    entry->rateLimitPerMinute = key->rateLimitPerMinute;
    entry->revoked = key->revoked;
    entry->ownerDisabled = key->ownerDisabled;
    entry->expiresAt = key->expiresAt;
    entry->secretValidUntil = key->secretValidUntil;
    return entry;
}

KeyVerifier::Outcome KeyVerifier::verifyHash(const QByteArray& hash, const QString& clientAddress)
{
    Outcome out;
    const qint64 now = m_ctx.clock.now();
    KeyIndex::EntryPtr cached = lookUp(hash, now);
    if (!cached) {
        out.error = invalidKey(QStringLiteral("The provided API key is invalid"));
        return out;
    }
    out.found = true;
    out.entry = cached;
    const KeyIndex::Entry& key = *cached;
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
    m_ctx.usage.note(key.keyId, now, clientAddress);
    return out;
}

} // namespace Keyward
