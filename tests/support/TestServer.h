#pragma once

#include "tests/support/HttpClient.h"

#include <QProcess>
#include <QTemporaryDir>
#include <memory>

namespace Keyward::Test {

// A real keywardd process on an ephemeral loopback port, with its own SQLite file in a temporary folder.
// Started with --test-clock (the clock moves by POST /v1/test/clock) and the minimum argon2 cost for speed.
class TestServer
{
public:
    static constexpr char AdminEmail[] = "admin@acme.test";
    static constexpr char AdminPassword[] = "hollow-admin-lantern-1";
    static constexpr char Tenant[] = "acme";

    TestServer();
    ~TestServer();

    bool start(const QStringList& extraArguments = {}) { return launch(extraArguments) && waitListening(); }
    // start() in two halves, so that several servers can be started at the same moment.
    bool launch(const QStringList& extraArguments = {});
    bool waitListening();
    // SIGTERM and wait: the graceful path (in-flight requests finish, usage is flushed, the database closed).
    bool stop();
    bool restart() { return stop() && start(m_lastArguments); }
    // SIGKILL: the instance dies mid-flight, as in a crash or an OOM kill; nothing graceful runs.
    bool kill();

    QUrl url() const { return m_url; }
    // What --db gets: the SQLite file in the temporary folder, or with KEYWARD_TEST_BACKEND=postgres a database of
    // its own on the test PostgreSQL (TestPostgres).
    QString databasePath() const
    {
        return m_databaseUrl.isEmpty() ? m_dir.filePath(QStringLiteral("keyward.db")) : m_databaseUrl;
    }
    QString dataDir() const { return m_dir.path(); }
    QByteArray output() const { return m_output; }
    // What the server has logged on stderr so far (the access log included): for a failure's message.
    QByteArray log();
    HttpClient& http() { return *m_http; }

    // Runs keywardd with these arguments against the same database and returns its exit code and output.
    int runCommand(const QStringList& arguments, const QByteArray& stdinData, QByteArray* output);

    // Conveniences used by most tests.
    QByteArray login(const QString& email, const QString& password);
    QByteArray loginAdmin() { return login(QLatin1String(AdminEmail), QLatin1String(AdminPassword)); }
    // Creates a user in the admin's tenant; returns its id.
    QString createUser(const QByteArray& adminToken, const QString& email, const QString& role,
                       const QString& password = QStringLiteral("quiet-harbor-lamp-7"));
    // Creates an API key and returns the full response object (with "secret").
    QJsonObject createKey(const QByteArray& token, const QJsonObject& body);
    void advanceClock(qint64 seconds);
    // The server's clock in Unix seconds: the real time plus what the tests moved it by.
    qint64 serverSeconds();

    // Where the server keeps its TOTP encryption key (secret.key in its data folder).
    QString secretKeyPath() const { return m_dir.filePath(QStringLiteral("data/keywardd/secret.key")); }

private:
    QProcessEnvironment environment() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<HttpClient> m_http;
    QUrl m_url;
    QByteArray m_output;
    QByteArray m_log;
    QStringList m_lastArguments;
    QString m_databaseUrl;
};

} // namespace Keyward::Test
