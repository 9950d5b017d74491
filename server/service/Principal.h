#pragma once

#include "core/Role.h"
#include "core/Scopes.h"
#include "server/storage/Records.h"

#include <QString>

namespace Keyward {

// Who is calling, once the credentials were checked: the user, their role, and what the credential allows.
struct Principal
{
    enum class Via { Session, AuthenticationKey, ApiKey };

    QString userId;
    QString tenantId;
    QString email;
    Role role = Role::User;
    Scopes scopes;
    Via via = Via::Session;
    QString sessionId; // set for sessions
    SessionOrigin sessionOrigin = SessionOrigin::Refresh; // for sessions: how it was opened
    qint64 sessionCreatedAt = 0;
    QString keyId; // set for keys, and for sessions opened with a key
    bool secretInGrace = false; // the key was presented with a rotated-out secret that is still in its grace period
    QString clientAddress;

    bool isAdmin() const { return role == Role::Admin; }
    bool seesTenant() const { return role == Role::Admin || role == Role::Support; }
};

} // namespace Keyward
