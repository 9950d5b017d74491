#pragma once

#include "server/service/UserService.h"

#include <QStringList>

namespace Keyward {

// The operator's side of keywardd: first-start bootstrap and the "tenant add" / "user add" commands.
namespace AdminCommands {
// On an empty database, creates the tenant and admin from KEYWARD_TENANT, KEYWARD_ADMIN_EMAIL and
// KEYWARD_ADMIN_PASSWORD (a generated password is printed once). False if that fails.
bool bootstrap(ServiceContext& context, UserService& users);
// Runs "tenant add NAME --admin-email E" or "user add --tenant NAME --email E --role R"; returns the exit code.
int run(const QStringList& arguments, const QHash<QString, QString>& options, ServiceContext& context,
        UserService& users);
QString generatePassword();
} // namespace AdminCommands

} // namespace Keyward
