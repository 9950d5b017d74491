#pragma once

#include <QString>
#include <QTemporaryDir>

namespace Keyward::Test {

// A real PostgreSQL for the suites run with KEYWARD_TEST_BACKEND=postgres (ctest -L postgres): one server per test
// process, in a temporary folder, on a free port, started by initdb and pg_ctl as the postgres user when the tests
// run as root (PostgreSQL refuses to run as root), stopped when the process ends. Each TestServer gets a database of
// its own.
class TestPostgres
{
public:
    static bool wanted(); // KEYWARD_TEST_BACKEND=postgres
    static TestPostgres& instance();
    ~TestPostgres();

    bool isRunning() const { return m_running; }
    // The database going away and coming back under the servers using it: pg_ctl stop -m fast (connections are
    // ended, as a restart or failover does), and start again on the same port and data.
    bool stop();
    bool start();
    // A new, empty database; its postgres:// URL for keywardd --db, empty on failure.
    QString createDatabase();

private:
    TestPostgres();
    bool run(const QString& program, const QStringList& arguments, int timeoutMs = 60000);

    QTemporaryDir m_dir;
    QString m_options; // postgres's command line
    quint16 m_port = 0;
    bool m_running = false;
    int m_databases = 0;
};

} // namespace Keyward::Test
