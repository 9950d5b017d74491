#include "tests/support/TestPostgres.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QtDebug>
#include <pwd.h>
#include <unistd.h>

namespace Keyward::Test {

namespace {
constexpr char Superuser[] = "keyward";

QString binary(const QString& name)
{
    // Debian keeps the server programs out of PATH, per major version.
    const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                     .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString& version : versions) {
        const QString path = QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(version, name);
        if (QFile::exists(path))
            return path;
    }
    return name;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

bool TestPostgres::wanted()
{
    return qEnvironmentVariable("KEYWARD_TEST_BACKEND") == QLatin1String("postgres");
}

TestPostgres& TestPostgres::instance()
{
    static TestPostgres postgres;
    return postgres;
}

bool TestPostgres::run(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (::geteuid() == 0)
        process.start(QStringLiteral("runuser"),
                      QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program}
                          + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning().noquote() << program << "failed:" << process.readAll();
        return false;
    }
    return true;
}

TestPostgres::TestPostgres()
{
    if (!m_dir.isValid())
        return;
    if (::geteuid() == 0) {
        // The folder is root's: the postgres user must own it to run the server in it.
        const passwd* pg = ::getpwnam("postgres");
        if (!pg || ::chown(QFile::encodeName(m_dir.path()).constData(), pg->pw_uid, pg->pw_gid) != 0) {
            qWarning() << "no postgres user to run PostgreSQL as";
            return;
        }
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!run(binary(QStringLiteral("initdb")),
             {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
              QLatin1String(Superuser), QStringLiteral("--no-sync")}))
        return;
    m_port = freePort();
    // fsync off: a test database need not survive a power cut, and the suites run faster.
    m_options = QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300")
                    .arg(m_dir.path())
                    .arg(m_port);
    start();
}

bool TestPostgres::start()
{
    m_running = run(binary(QStringLiteral("pg_ctl")),
                    {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-o"), m_options,
                     QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                     QStringLiteral("start")});
    return m_running;
}

bool TestPostgres::stop()
{
    if (!run(binary(QStringLiteral("pg_ctl")),
             {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
              QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")}))
        return false;
    m_running = false;
    return true;
}

TestPostgres::~TestPostgres()
{
    if (m_running)
        run(binary(QStringLiteral("pg_ctl")),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
}

QString TestPostgres::createDatabase()
{
    if (!m_running)
        return {};
    const QString name = QStringLiteral("keyward_%1_%2").arg(::getpid()).arg(++m_databases);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test-postgres-admin"));
        admin.setHostName(QStringLiteral("127.0.0.1"));
        admin.setPort(m_port);
        admin.setUserName(QLatin1String(Superuser));
        admin.setDatabaseName(QStringLiteral("postgres"));
        bool created = admin.open();
        if (created) {
            QSqlQuery create(admin);
            created = create.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
            if (!created)
                qWarning() << "CREATE DATABASE failed:" << create.lastError().text();
        } else {
            qWarning() << "cannot reach the test PostgreSQL:" << admin.lastError().text();
        }
        admin.close();
        if (!created) {
            admin = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("test-postgres-admin"));
            return {};
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-postgres-admin"));
    return QStringLiteral("postgres://%1@127.0.0.1:%2/%3").arg(QLatin1String(Superuser)).arg(m_port).arg(name);
}

} // namespace Keyward::Test
