#include "tests/support/TestServer.h"

#include "tests/support/TestPostgres.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace Keyward::Test {

TestServer::TestServer()
    : m_http(std::make_unique<HttpClient>())
{
    if (TestPostgres::wanted()) {
        m_databaseUrl = TestPostgres::instance().createDatabase();
        if (m_databaseUrl.isEmpty())
            qFatal("KEYWARD_TEST_BACKEND=postgres, but the test PostgreSQL did not start (see the warnings above)");
    }
}

TestServer::~TestServer()
{
    stop();
}

bool TestServer::launch(const QStringList& extraArguments)
{
    m_lastArguments = extraArguments;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(environment());
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args {QStringLiteral("--db"),        databasePath(),
                      QStringLiteral("--listen"),    QStringLiteral("127.0.0.1:0"),
                      QStringLiteral("--argon2"),    QStringLiteral("minimum"),
                      QStringLiteral("--test-clock")};
    args += extraArguments;
    m_process->start(QStringLiteral(KEYWARDD_PATH), args);
    return m_process->waitForStarted(10000);
}

bool TestServer::waitListening()
{
    static const QRegularExpression listening(QStringLiteral("listening on (https?://[0-9.]+:[0-9]+)"));
    QDeadlineTimer deadline(15000);
    m_output.clear();
    while (!deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(200) && m_process->state() != QProcess::Running)
            break;
        m_output += m_process->readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1) + QLatin1Char('/'));
            m_http->setBase(m_url);
            return true;
        }
    }
    m_output += m_process->readAllStandardError(); // why it did not start
    qWarning() << "keywardd did not start:" << m_output;
    return false;
}

bool TestServer::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return true;
    m_process->terminate();
    const bool finished = m_process->waitForFinished(15000);
    m_output += m_process->readAllStandardOutput();
    if (!finished) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    return finished && m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
}

QByteArray TestServer::log()
{
    if (m_process)
        m_log += m_process->readAllStandardError();
    return m_log;
}

bool TestServer::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return false;
    m_process->kill();
    const bool finished = m_process->waitForFinished(5000);
    m_output += m_process->readAllStandardOutput();
    return finished && m_process->exitStatus() == QProcess::CrashExit;
}

QProcessEnvironment TestServer::environment() const
{
    // HOME and XDG_DATA_HOME in the temporary folder: the server's secret key file lands there, never in the
    // real home.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KEYWARD_TENANT"), QLatin1String(Tenant));
    env.insert(QStringLiteral("KEYWARD_ADMIN_EMAIL"), QLatin1String(AdminEmail));
    env.insert(QStringLiteral("KEYWARD_ADMIN_PASSWORD"), QLatin1String(AdminPassword));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    return env;
}

int TestServer::runCommand(const QStringList& arguments, const QByteArray& stdinData, QByteArray* output)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args {QStringLiteral("--db"), databasePath(), QStringLiteral("--argon2"), QStringLiteral("minimum")};
    args += arguments;
    process.start(QStringLiteral(KEYWARDD_PATH), args);
    process.waitForStarted(10000);
    process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QByteArray TestServer::login(const QString& email, const QString& password)
{
    const HttpResponse r = m_http->postJson(QStringLiteral("v1/auth/login"),
                                            {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    if (r.status != 200)
        qWarning() << "login failed" << r.status << r.body;
    return r.header("x-auth-token");
}

QString TestServer::createUser(const QByteArray& adminToken, const QString& email, const QString& role,
                               const QString& password)
{
    const HttpResponse r = m_http->postJson(QStringLiteral("v1/users"),
                                            {{QStringLiteral("email"), email},
                                             {QStringLiteral("role"), role},
                                             {QStringLiteral("password"), password},
                                             {QStringLiteral("name"), email.section(QLatin1Char('@'), 0, 0)}},
                                            session(adminToken));
    if (r.status != 201)
        qWarning() << "create user failed" << r.status << r.body;
    return r.response().value(QStringLiteral("id")).toString();
}

QJsonObject TestServer::createKey(const QByteArray& token, const QJsonObject& body)
{
    const HttpResponse r = m_http->postJson(QStringLiteral("v1/api-keys"), body, session(token));
    if (r.status != 201)
        qWarning() << "create key failed" << r.status << r.body;
    return r.response();
}

void TestServer::advanceClock(qint64 seconds)
{
    const HttpResponse r
        = m_http->postJson(QStringLiteral("v1/test/clock"), {{QStringLiteral("advance_seconds"), seconds}});
    if (r.status != 200)
        qWarning() << "clock did not move" << r.status << r.body;
}

qint64 TestServer::serverSeconds()
{
    const HttpResponse r = m_http->postJson(QStringLiteral("v1/test/clock"), {{QStringLiteral("advance_seconds"), 0}});
    return QDateTime::currentSecsSinceEpoch() + r.response().value(QStringLiteral("offset_seconds")).toInteger();
}

} // namespace Keyward::Test
