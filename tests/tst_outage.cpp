// The database stopped and started again under a running keywardd (issue 8), on the real PostgreSQL of the harness
// (ctest -L postgres only: the outage is PostgreSQL's pg_ctl stop -m fast, which ends every connection as a restart
// or a failover does). While it is away, routes that need it answer 503 STORAGE_UNAVAILABLE with Retry-After — never
// 401, never "wrong password", never counted as a failed sign-in — and keys already known keep verifying from memory.
// When it is back, keywardd recovers by itself within seconds: the first request on each dead connection reconnects
// and retries, and nothing acknowledged is lost (a key made before, the last-used times noted during the outage).

#include "tests/support/TestDatabase.h"
#include "tests/support/TestPostgres.h"
#include "tests/support/TestServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Test;

namespace {
constexpr int LockoutAttempts = 5; // LoginThrottle's per-account limit: more tries than that must not lock anyone out
}

class TestOutage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(TestPostgres::wanted(), "this suite needs KEYWARD_TEST_BACKEND=postgres (ctest -L postgres)");
        QVERIFY(TestPostgres::instance().isRunning());
        QVERIFY(m_server.start());
    }
    void cleanupTestCase()
    {
        if (!TestPostgres::instance().isRunning())
            TestPostgres::instance().start();
        QVERIFY(m_server.stop());
    }

    void aDatabaseRestartIsToldTruthfullyAndSurvived()
    {
        const HttpResponse login = signIn();
        QCOMPARE(login.status, 200);
        const QByteArray admin = login.header("x-auth-token");
        const QString refreshToken = login.response().value(QStringLiteral("refresh_token")).toString();
        const QJsonObject key = m_server.createKey(
            admin, {{QStringLiteral("name"), QStringLiteral("made before")}, {QStringLiteral("expires_in_days"), 30}});
        const QString keyId = key.value(QStringLiteral("id")).toString();
        const QString secret = key.value(QStringLiteral("secret")).toString();
        QVERIFY(!secret.isEmpty());
        QVERIFY(
            QTest::qWaitFor([&] { return verify(secret).response().value(QStringLiteral("valid")).toBool(); }, 5000));

        QVERIFY(TestPostgres::instance().stop());
        const qint64 outageStartedMs = QDateTime::currentMSecsSinceEpoch();

        // The right password, more times than the lockout allows: each a 503, none counted.
        for (int i = 0; i <= LockoutAttempts; ++i) {
            const HttpResponse refused = signIn();
            QCOMPARE(refused.status, 503);
            QCOMPARE(refused.errorCode(), QStringLiteral("STORAGE_UNAVAILABLE"));
            QVERIFY(refused.header("Retry-After").toInt() > 0);
        }
        // A session is not "unknown" because it cannot be looked up: the console must not sign its user out.
        const HttpResponse me = m_server.http().get(QStringLiteral("v1/me"), session(admin));
        QCOMPARE(me.status, 503);
        QCOMPARE(me.errorCode(), QStringLiteral("STORAGE_UNAVAILABLE"));
        // Nor is a refresh token "already used": its family must not end.
        const HttpResponse renewed = refresh(refreshToken);
        QCOMPARE(renewed.status, 503);
        QCOMPARE(renewed.errorCode(), QStringLiteral("STORAGE_UNAVAILABLE"));
        // A write is refused whole.
        const HttpResponse create = m_server.http().postJson(
            QStringLiteral("v1/api-keys"),
            {{QStringLiteral("name"), QStringLiteral("during")}, {QStringLiteral("expires_in_days"), 30}},
            session(admin));
        QCOMPARE(create.status, 503);
        QCOMPARE(create.errorCode(), QStringLiteral("STORAGE_UNAVAILABLE"));
        // Keys already known verify from memory, and their use is kept for later.
        for (int i = 0; i < 20; ++i) {
            const HttpResponse verified = verify(secret);
            QCOMPARE(verified.status, 200);
            QVERIFY(verified.response().value(QStringLiteral("valid")).toBool());
        }

        QVERIFY(TestPostgres::instance().start());
        QElapsedTimer recovery;
        recovery.start();
        // The first sign-in after the restart already works: a dead connection is replaced and the statement retried.
        const HttpResponse first = signIn();
        QVERIFY2(first.status == 200, (first.body + m_server.log()).constData());
        qInfo("first sign-in after the database came back: %lld ms", recovery.elapsed());
        // Not locked out, and the same for every route: each thread's dead connection recovers on its first use.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(signIn().status, 200);
        QCOMPARE(m_server.http().get(QStringLiteral("v1/me"), session(admin)).status, 200);
        const HttpResponse renewedAfter = refresh(refreshToken);
        QVERIFY2(renewedAfter.status == 200, renewedAfter.body.constData());
        QCOMPARE(m_server.http().get(QStringLiteral("v1/api-keys/") + keyId, session(admin)).status, 200);
        QVERIFY(recovery.elapsed() < 5000);

        // Nothing acknowledged is lost: the last-used time noted during the outage reaches the database.
        TestDatabase db(m_server.databasePath());
        QVERIFY(QTest::qWaitFor([&] { return db.lastUsedAt(keyId) >= outageStartedMs; }, 10000));
        // The key index still follows changes: a revocation now is seen at once.
        QCOMPARE(m_server.http()
                     .post(QStringLiteral("v1/api-keys/%1/revoke").arg(keyId), QByteArrayLiteral("{}"), session(admin))
                     .status,
                 200);
        QCOMPARE(verify(secret).response().value(QStringLiteral("valid")).toBool(true), false);
    }

    // Other instances' changes are pushed (LISTEN/NOTIFY) on a connection of its own. When the database ends that
    // connection, the instance assumes it missed notifications: it listens again by itself and reads every event
    // since its position. After a database restart it is pushed changes again.
    void keyEventsAreHeardAgainAfterTheListeningConnectionBreaks()
    {
        TestServer other;
        QVERIFY(other.start({QStringLiteral("--db"), m_server.databasePath(), QStringLiteral("--secret-key-file"),
                             m_server.secretKeyPath()}));
        QVERIFY(QTest::qWaitFor([&] { return listening(other); }, 5000));
        const QByteArray admin = m_server.loginAdmin();
        const QJsonObject key = m_server.createKey(
            admin, {{QStringLiteral("name"), QStringLiteral("heard")}, {QStringLiteral("expires_in_days"), 30}});
        const QString secret = key.value(QStringLiteral("secret")).toString();
        const QString path = QStringLiteral("v1/api-keys/") + key.value(QStringLiteral("id")).toString();
        const auto validOnOther = [&] { return verify(other, secret).response().value(QStringLiteral("valid")); };
        QVERIFY(QTest::qWaitFor([&] { return validOnOther() == QJsonValue(true); }, 2000));

        // The listening connections end, and a key is revoked at that moment: its notification reaches no one.
        TestDatabase db(m_server.databasePath());
        QVERIFY(db.number(QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                                         "application_name = 'keywardd-key-events'"))
                == 2);
        QCOMPARE(m_server.http().post(path + QStringLiteral("/revoke"), "{}", session(admin)).status, 200);
        QElapsedTimer caughtUp;
        caughtUp.start();
        // Found by the next check of the connection (every second), which reads what was missed.
        QVERIFY(QTest::qWaitFor([&] { return validOnOther() == QJsonValue(false); }, 3000));
        QVERIFY2(caughtUp.elapsed() < 2500, QByteArray::number(caughtUp.elapsed()).constData());
        QVERIFY(QTest::qWaitFor([&] { return listening(other); }, 3000));

        // A restart of the database: listening again by itself, and changes pushed again (the fallback poll while
        // listening runs every 5 s; three changes each seen within a second are not its doing).
        QVERIFY(TestPostgres::instance().stop());
        QVERIFY(TestPostgres::instance().start());
        QVERIFY(QTest::qWaitFor(
            [&] { return m_server.http().get(QStringLiteral("v1/me"), session(admin)).status == 200; }, 5000));
        TestDatabase afterRestart(m_server.databasePath()); // the test's own connection ended with the restart too
        QVERIFY(QTest::qWaitFor(
            [&] {
                return listening(other)
                    && afterRestart.number(
                           QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = "
                                          "'keywardd-key-events'"))
                    == 2;
            },
            5000));
        for (int i = 0; i < 3; ++i) {
            const bool revoke = i % 2 == 1;
            QCOMPARE(m_server.http()
                         .post(path + (revoke ? QStringLiteral("/revoke") : QStringLiteral("/reactivate")), "{}",
                               session(admin))
                         .status,
                     200);
            QElapsedTimer pushed;
            pushed.start();
            QVERIFY(QTest::qWaitFor([&] { return validOnOther() == QJsonValue(!revoke); }, 3000));
            QVERIFY2(pushed.elapsed() < 1000, QByteArray::number(pushed.elapsed()).constData());
        }
        QVERIFY(other.stop());
    }

private:
    HttpResponse signIn()
    {
        return m_server.http().postJson(QStringLiteral("v1/auth/login"),
                                        {{QStringLiteral("email"), QLatin1String(TestServer::AdminEmail)},
                                         {QStringLiteral("password"), QLatin1String(TestServer::AdminPassword)}});
    }
    HttpResponse refresh(const QString& token)
    {
        return m_server.http().postJson(QStringLiteral("v1/auth/refresh"), {{QStringLiteral("refresh_token"), token}});
    }
    HttpResponse verify(const QString& secret) { return verify(m_server, secret); }
    static HttpResponse verify(TestServer& server, const QString& secret)
    {
        return server.http().postJson(QStringLiteral("v1/keys/verify"), {{QStringLiteral("key"), secret}});
    }
    static bool listening(TestServer& server)
    {
        return server.http()
            .get(QStringLiteral("v1/health"))
            .response()
            .value(QStringLiteral("key_events"))
            .toObject()
            .value(QStringLiteral("listening"))
            .toBool();
    }

    TestServer m_server;
};

QTEST_GUILESS_MAIN(TestOutage)
#include "tst_outage.moc"
