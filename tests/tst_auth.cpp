// Sign-in flows against a real keywardd: password login, the VNTANA personal-access-token login, refresh with
// rotating refresh tokens, session expiry on the server's clock, logout, throttling of failed logins.

#include "server/service/LoginThrottle.h"
#include "tests/support/TestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Test;

class TestAuth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_server.start()); }
    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void loginReturnsSessionHeaderAndRefreshToken()
    {
        const HttpResponse r
            = m_server.http().postJson(QStringLiteral("v1/auth/login"),
                                       {{QStringLiteral("email"), QLatin1String(TestServer::AdminEmail)},
                                        {QStringLiteral("password"), QLatin1String(TestServer::AdminPassword)}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("x-auth-token").startsWith("kw_ses_"));
        QCOMPARE(r.json.value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(r.json.value(QStringLiteral("errors")).toArray().size(), 0);
        QCOMPARE(r.response().value(QStringLiteral("email")).toString(), QLatin1String(TestServer::AdminEmail));
        QVERIFY(r.response().value(QStringLiteral("refresh_token")).toString().startsWith(QLatin1String("kw_ref_")));
        QVERIFY(!r.body.contains("password"));
        const HttpResponse me = m_server.http().get(QStringLiteral("v1/me"), session(r.header("x-auth-token")));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.response().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    }

    void emailIsCaseInsensitive()
    {
        QVERIFY(!m_server.login(QStringLiteral("ADMIN@Acme.Test"), QLatin1String(TestServer::AdminPassword)).isEmpty());
    }

    void badLoginsAreRejected_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong password") << QByteArray(R"({"email":"admin@acme.test","password":"nope-nope-nope"})")
                                        << 401 << "INVALID_CREDENTIALS";
        QTest::newRow("unknown user") << QByteArray(R"({"email":"ghost@acme.test","password":"whatever-123"})") << 401
                                      << "INVALID_CREDENTIALS";
        QTest::newRow("malformed json") << QByteArray(R"({"email":)") << 400 << "MALFORMED_REQUEST";
        QTest::newRow("not an object") << QByteArray(R"(["admin@acme.test"])") << 400 << "MALFORMED_REQUEST";
        QTest::newRow("wrong type") << QByteArray(R"({"email":"admin@acme.test","password":12345})") << 400
                                    << "MALFORMED_REQUEST";
        QTest::newRow("missing password") << QByteArray(R"({"email":"admin@acme.test"})") << 400 << "MALFORMED_REQUEST";
        QTest::newRow("unknown field") << QByteArray(R"({"email":"a@b.c","password":"x","admin":true})") << 400
                                       << "MALFORMED_REQUEST";
    }
    void badLoginsAreRejected()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpResponse r = m_server.http().post(QStringLiteral("v1/auth/login"), body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(r.json.value(QStringLiteral("success")).toBool(true), false);
        QVERIFY(r.header("x-auth-token").isEmpty());
    }

    void unknownFieldIsNamed()
    {
        const HttpResponse r
            = m_server.http().post(QStringLiteral("v1/auth/login"), R"({"email":"a@b.c","password":"x","admin":true})");
        QVERIFY(r.json.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("admin")));
    }

    // The VNTANA seed: POST /v1/auth/login/token with {"personal-access-token": K} -> x-auth-token header and
    // {"success":true,"errors":[],"response":{"email":...}}.
    void personalAccessTokenLogin()
    {
        const QByteArray admin = m_server.loginAdmin();
        const HttpResponse generated = m_server.http().post(QStringLiteral("v1/me/auth-key"), {}, session(admin));
        QCOMPARE(generated.status, 201);
        const QString key = generated.response().value(QStringLiteral("secret")).toString();
        QVERIFY(key.startsWith(QLatin1String("kw_pat_")));
        const HttpResponse r = m_server.http().postJson(QStringLiteral("v1/auth/login/token"),
                                                        {{QStringLiteral("personal-access-token"), key}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("x-auth-token").startsWith("kw_ses_"));
        QCOMPARE(r.json.value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(r.json.value(QStringLiteral("errors")).toArray(), QJsonArray());
        QCOMPARE(r.response().value(QStringLiteral("email")).toString(), QLatin1String(TestServer::AdminEmail));
        // The session's end, as POST /v1/auth/login tells it: 15 minutes from now (the key itself never expires).
        const QDateTime end
            = QDateTime::fromString(r.response().value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
        QVERIFY(end.isValid());
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(end) - 15 * 60) < 120);
        QCOMPARE(m_server.http().get(QStringLiteral("v1/me"), session(r.header("x-auth-token"))).status, 200);
    }

    void personalAccessTokenLoginErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("malformed") << QByteArray("{not json") << 400 << "MALFORMED_REQUEST";
        QTest::newRow("field missing") << QByteArray("{}") << 400 << "MALFORMED_REQUEST";
        QTest::newRow("wrong type") << QByteArray(R"({"personal-access-token": 42})") << 400 << "MALFORMED_REQUEST";
        QTest::newRow("invalid key") << QByteArray(R"({"personal-access-token": "your-auth-key-here"})") << 401
                                     << "INVALID_API_KEY";
        QTest::newRow("bad checksum") << QByteArray(
            R"({"personal-access-token": "kw_pat_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa000000"})")
                                      << 401 << "INVALID_API_KEY";
    }
    void personalAccessTokenLoginErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpResponse r = m_server.http().post(QStringLiteral("v1/auth/login/token"), body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
    }

    void refreshRotatesAndAUsedRefreshTokenIsDead()
    {
        const HttpResponse login
            = m_server.http().postJson(QStringLiteral("v1/auth/login"),
                                       {{QStringLiteral("email"), QLatin1String(TestServer::AdminEmail)},
                                        {QStringLiteral("password"), QLatin1String(TestServer::AdminPassword)}});
        const QString refresh = login.response().value(QStringLiteral("refresh_token")).toString();
        const HttpResponse first = m_server.http().get(QStringLiteral("v1/auth/refresh/") + refresh);
        QCOMPARE(first.status, 200);
        const QByteArray newToken = first.header("x-auth-token");
        QVERIFY(newToken.startsWith("kw_ses_"));
        QVERIFY(newToken != login.header("x-auth-token"));
        const QString nextRefresh = first.response().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(nextRefresh != refresh);
        QCOMPARE(m_server.http().get(QStringLiteral("v1/me"), session(newToken)).status, 200);
        // The used token comes back (it was copied): the whole family ends, the live branch included (RFC 9700).
        const HttpResponse replay = m_server.http().get(QStringLiteral("v1/auth/refresh/") + refresh);
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.errorCode(), QStringLiteral("INVALID_TOKEN"));
        QCOMPARE(m_server.http().get(QStringLiteral("v1/auth/refresh/") + nextRefresh).status, 401);
        QCOMPARE(m_server.http().get(QStringLiteral("v1/me"), session(newToken)).status, 401);
        QCOMPARE(m_server.http().get(QStringLiteral("v1/auth/refresh/garbage")).status, 401);
    }

    void sessionsLastFifteenMinutes()
    {
        const QByteArray token = m_server.loginAdmin();
        m_server.advanceClock(14 * 60);
        QCOMPARE(m_server.http().get(QStringLiteral("v1/me"), session(token)).status, 200);
        m_server.advanceClock(61);
        const HttpResponse expired = m_server.http().get(QStringLiteral("v1/me"), session(token));
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), QStringLiteral("EXPIRED_TOKEN"));
    }

    void logoutEndsTheSession()
    {
        const QByteArray token = m_server.loginAdmin();
        QCOMPARE(m_server.http().post(QStringLiteral("v1/auth/logout"), {}, session(token)).status, 200);
        const HttpResponse after = m_server.http().get(QStringLiteral("v1/me"), session(token));
        QCOMPARE(after.status, 401);
        QCOMPARE(after.errorCode(), QStringLiteral("INVALID_TOKEN"));
    }

    void missingCredentials()
    {
        const HttpResponse r = m_server.http().get(QStringLiteral("v1/me"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("MISSING_API_KEY"));
        QCOMPARE(r.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("header")),
                 QJsonValue(QStringLiteral("Authorization")));
    }

    // Five wrong passwords from one address stop that address for the window (tst_throttle has the rest).
    void failedLoginsAreThrottledPerAccount()
    {
        const QByteArray admin = m_server.loginAdmin();
        m_server.createUser(admin, QStringLiteral("victim@acme.test"), QStringLiteral("user"));
        const QJsonObject wrong {{QStringLiteral("email"), QStringLiteral("victim@acme.test")},
                                 {QStringLiteral("password"), QStringLiteral("guess-guess-1")}};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(m_server.http().postJson(QStringLiteral("v1/auth/login"), wrong).status, 401);
            m_server.advanceClock(
                LoginThrottle::MaxSoftDelaySeconds); // past the account's soft delay, inside the window
        }
        const HttpResponse limited = m_server.http().postJson(QStringLiteral("v1/auth/login"), wrong);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("RATE_LIMITED"));
        QVERIFY(limited.header("retry-after").toInt() > 0);
        // Even the right password waits until the window has passed.
        const QJsonObject right {{QStringLiteral("email"), QStringLiteral("victim@acme.test")},
                                 {QStringLiteral("password"), QStringLiteral("quiet-harbor-lamp-7")}};
        QCOMPARE(m_server.http().postJson(QStringLiteral("v1/auth/login"), right).status, 429);
        m_server.advanceClock(15 * 60 + 1);
        QCOMPARE(m_server.http().postJson(QStringLiteral("v1/auth/login"), right).status, 200);
    }

    void failedLoginsAreAudited()
    {
        const QByteArray admin = m_server.loginAdmin();
        m_server.http().postJson(QStringLiteral("v1/auth/login"),
                                 {{QStringLiteral("email"), QLatin1String(TestServer::AdminEmail)},
                                  {QStringLiteral("password"), QStringLiteral("not-the-password")}});
        const HttpResponse audit
            = m_server.http().get(QStringLiteral("v1/audit?action=login"), session(m_server.loginAdmin()));
        QCOMPARE(audit.status, 200);
        const QJsonArray entries = audit.response().value(QStringLiteral("entries")).toArray();
        bool failed = false;
        bool ok = false;
        for (const QJsonValue& entry : entries) {
            const QString outcome = entry.toObject().value(QStringLiteral("outcome")).toString();
            failed = failed || outcome == QLatin1String("failed");
            ok = ok || outcome == QLatin1String("ok");
            QCOMPARE(entry.toObject().value(QStringLiteral("client_address")).toString(), QStringLiteral("127.0.0.1"));
        }
        QVERIFY(failed);
        QVERIFY(ok);
        QVERIFY(!audit.body.contains("not-the-password"));
    }

private:
    TestServer m_server;
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
