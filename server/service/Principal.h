#pragma once

#include "core/Role.h"
#include "core/Scopes.h"

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
    QString keyId; // set for keys, and for sessions opened with a key
    QString clientAddress;

    bool isAdmin() const { return role == Role::Admin; }
    bool seesTenant() const { return role == Role::Admin || role == Role::Support; }
};

} // namespace Keyward
