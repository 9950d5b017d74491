#pragma once

#include "core/ApiTypes.h"
#include "core/Role.h"

#include <QString>

namespace Keyward {

// Who is signed in, as GET /v1/me describes it: what the tabs need to decide what to offer.
struct SessionInfo
{
    QString server;
    QString userId;
    QString email;
    QString name;
    Role role = Role::User;
    QString tenantId;
    QString tenantName;
    int maxKeyLifetimeDays = 0; // 0: no cap
    bool twoFactorEnabled = false;
    int recoveryCodesRemaining = 0; // with two-factor authentication on

    bool isValid() const { return !userId.isEmpty(); }
    bool isAdmin() const { return role == Role::Admin; }
    bool seesTenant() const { return role == Role::Admin || role == Role::Support; }

    static SessionInfo fromMe(const QString& server, const Api::Me& me)
    {
        SessionInfo info;
        info.server = server;
        info.userId = me.user.id;
        info.email = me.user.email;
        info.name = me.user.name;
        info.role = me.user.role;
        info.tenantId = me.tenant.id;
        info.tenantName = me.tenant.name;
        info.maxKeyLifetimeDays = me.tenant.maxKeyLifetimeDays;
        info.twoFactorEnabled = me.user.twoFactorEnabled;
        info.recoveryCodesRemaining = me.recoveryCodesRemaining.value_or(0);
        return info;
    }
};

} // namespace Keyward
