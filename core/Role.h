#pragma once

#include <QString>
#include <optional>

namespace Keyward {

// user: own profile and keys; support: read-only view of the tenant; admin: everything in the tenant.
enum class Role { User, Support, Admin };

QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);

} // namespace Keyward
