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
        // What the target was called at the time (a key's name, a user's e-mail, a tenant's name): the entry keeps it
        // after the target is renamed or deleted.
        QString targetName;
        QString outcome = QStringLiteral("ok");
        QString clientAddress;
        QJsonObject details;
    };

    void record(const Entry& entry);
    // Convenience for an action by an authenticated principal on one of a user's objects, named `targetName`.
    void byPrincipal(const Principal& actor, const QString& action, const QString& subjectUserId,
                     const QString& targetType, const QString& targetId, const QString& targetName,
                     const QJsonObject& details = {});
    // Something the user did to their own account without a principal yet (sign-in, a proof of identity); the target
    // is the user, named by their e-mail.
    void byUser(const UserRecord& user, const QString& action, const QString& outcome, const QString& address,
                const QJsonObject& details = {});
    // A revoked or deleted key presented again: recorded at most once a minute per key, so a hammering client
    // cannot flood the log. The key's name is read then (a lookup at most once a minute per key).
    void keyUsedAfterRevoke(const QString& tenantId, const QString& keyId, const QString& ownerId,
                            const QString& address);

private:
    Storage& m_storage;
    const Clock& m_clock;
    QMutex m_mutex;
    QHash<QString, qint64> m_lastRevokedUse;
};

} // namespace Keyward
