#pragma once

#include "server/storage/SqlDialect.h"

#include <QSqlDatabase>

namespace Keyward {

// Versioned schema: each migration runs once, in its own transaction, and is recorded in schema_migrations.
class Migrations
{
public:
    static int latestVersion();
    // Brings the database to the latest version; false (with the reason logged) if any step fails.
    static bool apply(QSqlDatabase& db, const SqlDialect& dialect);
};

} // namespace Keyward
