#pragma once

#include "core/Role.h"

#include <QJsonObject>
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

    bool isValid() const { return !userId.isEmpty(); }
    bool isAdmin() const { return role == Role::Admin; }
    bool seesTenant() const { return role == Role::Admin || role == Role::Support; }

    static SessionInfo fromMe(const QString& server, const QJsonObject& me)
    {
        SessionInfo info;
        info.server = server;
        info.userId = me.value(QStringLiteral("id")).toString();
        info.email = me.value(QStringLiteral("email")).toString();
        info.name = me.value(QStringLiteral("name")).toString();
        info.role = roleFromName(me.value(QStringLiteral("role")).toString()).value_or(Role::User);
        const QJsonObject tenant = me.value(QStringLiteral("tenant")).toObject();
        info.tenantId = tenant.value(QStringLiteral("id")).toString();
        info.tenantName = tenant.value(QStringLiteral("name")).toString();
        info.maxKeyLifetimeDays = tenant.value(QStringLiteral("max_key_lifetime_days")).toInt();
        info.twoFactorEnabled = me.value(QStringLiteral("two_factor_enabled")).toBool();
        return info;
    }
};

} // namespace Keyward
