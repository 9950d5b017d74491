#include "server/service/AuditTrail.h"

#include <QJsonDocument>

namespace Keyward {

AuditTrail::AuditTrail(Storage& storage, const Clock& clock)
    : m_storage(storage)
    , m_clock(clock)
{ }

void AuditTrail::record(const Entry& e)
{
    AuditRecord r;
    r.tenantId = e.tenantId;
    r.at = m_clock.now();
    r.actorId = e.actorId;
    r.actorEmail = e.actorEmail;
    r.subjectUserId = e.subjectUserId;
    r.action = e.action;
    r.targetType = e.targetType;
    r.targetId = e.targetId;
    r.targetName = e.targetName;
    r.outcome = e.outcome;
    r.clientAddress = e.clientAddress;
    if (!e.details.isEmpty())
        r.detailsJson = QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
    m_storage.appendAudit(r);
}

void AuditTrail::byUser(const UserRecord& user, const QString& action, const QString& outcome, const QString& address,
                        const QJsonObject& details)
{
    Entry e;
    e.tenantId = user.tenantId;
    e.actorId = user.id;
    e.actorEmail = user.email;
    e.subjectUserId = user.id;
    e.action = action;
    e.targetType = QStringLiteral("user");
    e.targetId = user.id;
    e.targetName = user.email;
    e.outcome = outcome;
    e.clientAddress = address;
    e.details = details;
    record(e);
}

void AuditTrail::byPrincipal(const Principal& actor, const QString& action, const QString& subjectUserId,
                             const QString& targetType, const QString& targetId, const QString& targetName,
                             const QJsonObject& details)
{
    Entry e;
    e.tenantId = actor.tenantId;
    e.actorId = actor.userId;
    e.actorEmail = actor.email;
    e.subjectUserId = subjectUserId;
    e.action = action;
    e.targetType = targetType;
    e.targetId = targetId;
    e.targetName = targetName;
    e.clientAddress = actor.clientAddress;
    e.details = details;
    // Which key acted (directly or through a session opened with it), so that what a leaked key did can be traced.
    if (!actor.keyId.isEmpty())
        e.details.insert(QStringLiteral("via_key"), actor.keyId);
    record(e);
}

void AuditTrail::keyUsedAfterRevoke(const QString& tenantId, const QString& keyId, const QString& ownerId,
                                    const QString& address)
{
    const qint64 now = m_clock.now();
    {
        QMutexLocker lock(&m_mutex);
        const qint64 last = m_lastRevokedUse.value(keyId, 0);
        if (last != 0 && now - last < 60000)
            return;
        m_lastRevokedUse.insert(keyId, now);
    }
    Entry e;
    e.tenantId = tenantId;
    e.subjectUserId = ownerId;
    e.action = QStringLiteral("key.used_after_revoke");
    e.targetType = QStringLiteral("key");
    e.targetId = keyId;
    if (const std::optional<KeyRecord> key = m_storage.keyById(keyId))
        e.targetName = key->name;
    e.outcome = QStringLiteral("denied");
    e.clientAddress = address;
    record(e);
}

} // namespace Keyward
