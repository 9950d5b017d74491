#include "core/Role.h"

namespace Keyward {

QString roleName(Role role)
{
    switch (role) {
    case Role::User:
        return QStringLiteral("user");
    case Role::Support:
        return QStringLiteral("support");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    if (name == QLatin1String("user"))
        return Role::User;
    if (name == QLatin1String("support"))
        return Role::Support;
    if (name == QLatin1String("admin"))
        return Role::Admin;
    return std::nullopt;
}

} // namespace Keyward
