#pragma once

#include "server/service/Clock.h"
#include "server/service/Principal.h"
#include "server/storage/Storage.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>

namespace Keyward {

// Writes audit entries: who (actor), what (action, outcome), about whom (subject), which object, when, from where.
class AuditTrail
{
public:
    AuditTrail(Storage& storage, const Clock& clock);

    struct Entry
    {
        QString tenantId;
        QString actorId;
        QString actorEmail;
        QString subjectUserId;
        QString action;
        QString targetType;
        QString targetId;
        QString outcome = QStringLiteral("ok");
        QString clientAddress;
        QJsonObject details;
    };

    void record(const Entry& entry);
    // Convenience for an action by an authenticated principal on one of a user's objects.
    void byPrincipal(const Principal& actor, const QString& action, const QString& subjectUserId,
                     const QString& targetType, const QString& targetId, const QJsonObject& details = {});
    // Something the user did to their own account without a principal yet (sign-in, a proof of identity).
    void byUser(const UserRecord& user, const QString& action, const QString& outcome, const QString& address,
                const QJsonObject& details = {});
    // A revoked or deleted key presented again: recorded at most once a minute per key, so a hammering client
    // cannot flood the log.
    void keyUsedAfterRevoke(const QString& tenantId, const QString& keyId, const QString& ownerId,
                            const QString& address);

private:
    Storage& m_storage;
    const Clock& m_clock;
    QMutex m_mutex;
    QHash<QString, qint64> m_lastRevokedUse;
};

} // namespace Keyward
