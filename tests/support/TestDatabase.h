#pragma once

#include <QByteArrayList>
#include <QString>
#include <QVariantList>

namespace Keyward::Test {

// Reads and writes a keywardd SQLite file directly, beside the running server (WAL lets both in): to check what was
// stored, and to seed more keys than the API could create in a test's time. Its own connection, closed at the end.
class TestDatabase
{
public:
    explicit TestDatabase(const QString& path);
    ~TestDatabase();
    bool isOpen() const;

    // Runs one statement; false on failure. For changes that keywardd cannot be made to produce on cue.
    bool exec(const QString& sql, const QVariantList& binds = {});
    // The first column of the first row, as a number; -1 on failure.
    qint64 number(const QString& sql, const QVariantList& binds = {});
    // api_keys.last_used_at of a key (ms since the epoch), 0 when never written, -1 when there is no such key.
    qint64 lastUsedAt(const QString& keyId);
    // Adds `count` live API keys (read scope, no rate limit, a year to live) to this user (empty: the first one), in
    // one transaction; returns their secrets (only the hashes are stored, as keywardd stores them), empty on failure.
    QByteArrayList addKeys(int count, qint64 now, const QString& userId = {});

private:
    QString m_connection;
};

} // namespace Keyward::Test
