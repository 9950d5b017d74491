#pragma once

#include <QString>

namespace Keyward {

// The few places where SQLite and PostgreSQL SQL differ. Everything else is written in their common subset.
enum class SqlBackend { Sqlite, Postgres };

struct SqlDialect
{
    SqlBackend backend = SqlBackend::Sqlite;

    QString autoIncrementKey() const
    {
        return backend == SqlBackend::Sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                             : QStringLiteral("BIGSERIAL PRIMARY KEY");
    }
    // Case-insensitive LIKE: SQLite's LIKE already folds ASCII case; PostgreSQL needs ILIKE.
    QString caseInsensitiveLike() const
    {
        return backend == SqlBackend::Sqlite ? QStringLiteral("LIKE") : QStringLiteral("ILIKE");
    }
};

} // namespace Keyward
