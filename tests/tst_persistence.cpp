// What keywardd acknowledged survives a graceful restart on the same SQLite file (users, keys and their status,
// secrets, the authentication key, sessions, tenant settings, and key usage that was still only in memory when the
// server was stopped), and the operator commands (tenant add, user add) on the same database, with tenant isolation.

#include "tests/support/TestDatabase.h"
#include "tests/support/TestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Test;

namespace {

constexpr char UserPassword[] = "quiet-harbor-lamp-7";

QJsonObject byId(const QJsonArray& keys)
{
    QJsonObject map;
    for (const QJsonValue& key : keys)
        map.insert(key.toObject().value(QStringLiteral("id")).toString(), key);
    return map;
}

} // namespace

class TestPersistence : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_server.start()); }
    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void restartKeepsEverythingAcknowledged()
    {
        // Before: users, keys (one revoked), an authentication key, a tenant setting, sessions, key usage.
        QByteArray admin = m_server.loginAdmin();
        const QString carolId = m_server.createUser(admin, QStringLiteral("carol@acme.test"), QStringLiteral("user"));
        const QString daveId = m_server.createUser(admin, QStringLiteral("dave@acme.test"), QStringLiteral("support"));
        QVERIFY(!carolId.isEmpty());
        QVERIFY(!daveId.isEmpty());
        const QByteArray carol = m_server.login(QStringLiteral("carol@acme.test"), QLatin1String(UserPassword));
        const QJsonObject active = m_server.createKey(
            carol,
            {{QStringLiteral("name"), QStringLiteral("carol-active")},
             {QStringLiteral("description"), QStringLiteral("survives restarts")},
             {QStringLiteral("expires_in_days"), 90},
             {QStringLiteral("scopes"), QJsonArray {QStringLiteral("read"), QStringLiteral("write")}}});
        const QJsonObject revoked = m_server.createKey(
            carol,
            {{QStringLiteral("name"), QStringLiteral("carol-revoked")}, {QStringLiteral("expires_in_days"), 30}});
        const QJsonObject limited = m_server.createKey(admin,
                                                       {{QStringLiteral("name"), QStringLiteral("admin-limited")},
                                                        {QStringLiteral("expires_in_days"), 7},
                                                        {QStringLiteral("rate_limit"), 100}});
        const QByteArray activeSecret = secret(active);
        const QByteArray revokedSecret = secret(revoked);
        QVERIFY(activeSecret.startsWith("kw_key_"));
        QVERIFY(revokedSecret.startsWith("kw_key_"));
        QVERIFY(!secret(limited).isEmpty());
        QCOMPARE(http()
                     .post(QStringLiteral("v1/api-keys/") + id(revoked) + QStringLiteral("/revoke"), {}, session(carol))
                     .status,
                 200);
        const HttpResponse authKey = http().post(QStringLiteral("v1/me/auth-key"), {}, session(carol));
        QCOMPARE(authKey.status, 201);
        const QByteArray authSecret = authKey.response().value(QStringLiteral("secret")).toString().toLatin1();
        QCOMPARE(http()
                     .patchJson(QStringLiteral("v1/tenant"), {{QStringLiteral("max_key_lifetime_days"), 120}},
                                session(admin))
                     .status,
                 200);
        const HttpResponse carolLogin = http().postJson(QStringLiteral("v1/auth/login"),
                                                        {{QStringLiteral("email"), QStringLiteral("carol@acme.test")},
                                                         {QStringLiteral("password"), QLatin1String(UserPassword)}});
        QCOMPARE(carolLogin.status, 200);
        const QByteArray carolSession = carolLogin.header("x-auth-token");
        const QString carolRefresh = carolLogin.response().value(QStringLiteral("refresh_token")).toString();
        const HttpResponse keySessionLogin
            = http().postJson(QStringLiteral("v1/auth/login/token"),
                              {{QStringLiteral("personal-access-token"), QString::fromLatin1(authSecret)}});
        QCOMPARE(keySessionLogin.status, 200);
        const QByteArray keySession = keySessionLogin.header("x-auth-token");

        // Used right before the stop: the usage is still only in memory (it is flushed about once a second), so
        // only the shutdown's flush can save it.
        QCOMPARE(http().get(QStringLiteral("v1/me"), bearer(activeSecret)).status, 200);
        const HttpResponse activeBefore = http().get(QStringLiteral("v1/api-keys/") + id(active), session(admin));
        const QJsonValue lastUsed = activeBefore.response().value(QStringLiteral("last_used_at"));
        QVERIFY2(lastUsed.isString(), activeBefore.body.constData());
        const HttpResponse listBefore = http().get(QStringLiteral("v1/api-keys?limit=1000"), session(admin));
        QCOMPARE(listBefore.status, 200);
        const QJsonArray keysBefore = listBefore.response().value(QStringLiteral("keys")).toArray();
        QCOMPARE(keysBefore.size(), 3);
        const HttpResponse usersBefore = http().get(QStringLiteral("v1/users"), session(admin));
        QCOMPARE(usersBefore.status, 200);

        QVERIFY(m_server.stop());
        QCOMPARE(http().get(QStringLiteral("v1/health")).status, 0); // really down
        QVERIFY(m_server.start());
        QCOMPARE(http().get(QStringLiteral("v1/health")).status, 200);

        // Sessions made before the restart are still valid, with their refresh tokens.
        QCOMPARE(http()
                     .get(QStringLiteral("v1/me"), session(carolSession))
                     .response()
                     .value(QStringLiteral("id"))
                     .toString(),
                 carolId);
        QCOMPARE(http().get(QStringLiteral("v1/me"), session(keySession)).status, 200);
        admin = m_server.loginAdmin();
        QVERIFY(!admin.isEmpty());
        QCOMPARE(http().get(QStringLiteral("v1/me"), session(admin)).status, 200);
        const HttpResponse refreshed = http().get(QStringLiteral("v1/auth/refresh/") + carolRefresh);
        QCOMPARE(refreshed.status, 200);
        QVERIFY(refreshed.header("x-auth-token").startsWith("kw_ses_"));

        // Users and their passwords.
        const HttpResponse usersAfter = http().get(QStringLiteral("v1/users"), session(admin));
        QCOMPARE(usersAfter.response().value(QStringLiteral("users")),
                 usersBefore.response().value(QStringLiteral("users")));
        QVERIFY(!m_server.login(QStringLiteral("dave@acme.test"), QLatin1String(UserPassword)).isEmpty());

        // The keys, listed the same, with the same status and the usage recorded before the stop.
        const HttpResponse listAfter = http().get(QStringLiteral("v1/api-keys?limit=1000"), session(admin));
        QCOMPARE(listAfter.status, 200);
        const QJsonObject before = byId(keysBefore);
        const QJsonObject after = byId(listAfter.response().value(QStringLiteral("keys")).toArray());
        QCOMPARE(after.keys(), before.keys());
        for (const QString& keyId : before.keys())
            QCOMPARE(after.value(keyId).toObject(), before.value(keyId).toObject());
        QCOMPARE(after.value(id(revoked)).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("inactive"));
        QCOMPARE(after.value(id(active)).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));
        QCOMPARE(after.value(id(active)).toObject().value(QStringLiteral("last_used_at")), lastUsed);
        QCOMPARE(after.value(id(active)).toObject().value(QStringLiteral("last_used_address")).toString(),
                 QStringLiteral("127.0.0.1"));
        QCOMPARE(after.value(id(limited)).toObject().value(QStringLiteral("rate_limit")).toInt(), 100);

        // The secrets: the live one verifies, the revoked one is still refused.
        const HttpResponse verified = verify(activeSecret);
        QCOMPARE(verified.response().value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(verified.response().value(QStringLiteral("key_id")).toString(), id(active));
        QCOMPARE(verified.response().value(QStringLiteral("scopes")).toArray(),
                 QJsonArray({QStringLiteral("read"), QStringLiteral("write")}));
        QCOMPARE(http().get(QStringLiteral("v1/me"), bearer(activeSecret)).status, 200);
        QCOMPARE(verify(revokedSecret).response().value(QStringLiteral("valid")).toBool(true), false);
        const HttpResponse revokedUse = http().get(QStringLiteral("v1/me"), bearer(revokedSecret));
        QCOMPARE(revokedUse.status, 401);
        QCOMPARE(revokedUse.errorCode(), QStringLiteral("INVALID_API_KEY"));
        QCOMPARE(verify(secret(limited)).header("x-ratelimit-limit"), QByteArray("100"));

        // The authentication key still signs in; the tenant setting is kept and enforced.
        QCOMPARE(http().get(QStringLiteral("v1/me"), bearer(authSecret)).status, 200);
        QCOMPARE(http()
                     .postJson(QStringLiteral("v1/auth/login/token"),
                               {{QStringLiteral("personal-access-token"), QString::fromLatin1(authSecret)}})
                     .status,
                 200);
        const HttpResponse tenant = http().get(QStringLiteral("v1/tenant"), session(admin));
        QCOMPARE(tenant.response().value(QStringLiteral("max_key_lifetime_days")).toInt(), 120);
        const QDateTime tooFar = QDateTime::currentDateTimeUtc().addDays(125);
        const HttpResponse capped = http().postJson(QStringLiteral("v1/api-keys"),
                                                    {{QStringLiteral("name"), QStringLiteral("too far")},
                                                     {QStringLiteral("expires_at"), tooFar.toString(Qt::ISODate)}},
                                                    session(admin));
        QCOMPARE(capped.status, 400);
        QCOMPARE(capped.errorCode(), QStringLiteral("VALIDATION_FAILED"));

        // The revoked key can still be re-activated after the restart, and then works.
        QCOMPARE(
            http()
                .post(QStringLiteral("v1/api-keys/") + id(revoked) + QStringLiteral("/reactivate"), {}, session(admin))
                .status,
            200);
        QCOMPARE(http().get(QStringLiteral("v1/me"), bearer(revokedSecret)).status, 200);

        m_acmeKeyIds = before.keys();
        m_acmeUserId = carolId;
    }

    void usageFlushedAtShutdownSurvivesASecondRestart()
    {
        const QByteArray admin = m_server.loginAdmin();
        const QJsonObject key = m_server.createKey(
            admin,
            {{QStringLiteral("name"), QStringLiteral("used then stopped")}, {QStringLiteral("expires_in_days"), 30}});
        QVERIFY(key.value(QStringLiteral("last_used_at")).isNull());
        QCOMPARE(verify(secret(key)).response().value(QStringLiteral("valid")).toBool(), true);
        const QJsonValue lastUsed = http()
                                        .get(QStringLiteral("v1/api-keys/") + id(key), session(admin))
                                        .response()
                                        .value(QStringLiteral("last_used_at"));
        QVERIFY(lastUsed.isString());
        QVERIFY(m_server.restart());
        const HttpResponse after = http().get(QStringLiteral("v1/api-keys/") + id(key), session(m_server.loginAdmin()));
        QCOMPARE(after.status, 200);
        QCOMPARE(after.response().value(QStringLiteral("last_used_at")), lastUsed);
        QCOMPARE(after.response().value(QStringLiteral("last_used_address")).toString(), QStringLiteral("127.0.0.1"));
    }

    // Uses are written at a bounded rate and a key is queued again only when its use is a minute newer than the one
    // written: a stop writes what is newer still, so the stored time is exact after a graceful restart.
    void aUseWithinTheResolutionIsWrittenAtStop()
    {
        const QByteArray admin = m_server.loginAdmin();
        const QJsonObject key = m_server.createKey(
            admin, {{QStringLiteral("name"), QStringLiteral("used twice")}, {QStringLiteral("expires_in_days"), 30}});
        const QString path = QStringLiteral("v1/api-keys/") + id(key);
        QCOMPARE(verify(secret(key)).response().value(QStringLiteral("valid")).toBool(), true);
        const QDateTime first = usedAt(path);
        QVERIFY(first.isValid());
        // Written by the usage thread within its next flush (a second); then a use 20 s later, inside the resolution.
        TestDatabase stored(m_server.databasePath());
        QVERIFY(QTest::qWaitFor([&] { return stored.lastUsedAt(id(key)) > 0; }, 10000));
        m_server.advanceClock(20);
        QCOMPARE(verify(secret(key)).response().value(QStringLiteral("valid")).toBool(), true);
        const QDateTime second = usedAt(path);
        QVERIFY2(first.secsTo(second) >= 19, qPrintable(second.toString(Qt::ISODate)));
        QVERIFY(m_server.restart());
        QCOMPARE(usedAt(path), second);
    }

    void cliAddsATenantWithItsAdmin()
    {
        QByteArray out;
        const int code = m_server.runCommand({QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("globex"),
                                              QStringLiteral("--admin-email"), QStringLiteral("boss@globex.test")},
                                             "globex-password-1\n", &out);
        QVERIFY2(code == 0, out.constData());
        QVERIFY2(out.contains("globex"), out.constData());
        QVERIFY2(!out.contains("globex-password-1"), "a password given on stdin is not echoed");
        QVERIFY(!out.contains("shown once"));

        const QByteArray boss = m_server.login(QStringLiteral("boss@globex.test"), QStringLiteral("globex-password-1"));
        QVERIFY(!boss.isEmpty());
        const HttpResponse me = http().get(QStringLiteral("v1/me"), session(boss));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.response().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        QCOMPARE(me.response().value(QStringLiteral("tenant")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("globex"));
        // A wrong password does not work for the new admin.
        QCOMPARE(http()
                     .postJson(QStringLiteral("v1/auth/login"),
                               {{QStringLiteral("email"), QStringLiteral("boss@globex.test")},
                                {QStringLiteral("password"), QStringLiteral("globex-password-2")}})
                     .status,
                 401);
    }

    void cliRefusesADuplicateTenant_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("same admin") << "boss@globex.test";
        QTest::newRow("other admin") << "other-boss@globex.test";
    }
    void cliRefusesADuplicateTenant()
    {
        QFETCH(QString, email);
        QByteArray out;
        const int code = m_server.runCommand({QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("globex"),
                                              QStringLiteral("--admin-email"), email},
                                             "another-password-1\n", &out);
        QVERIFY2(code != 0, out.constData());
        QVERIFY2(out.contains("already exists"), out.constData());
        // The first admin is unchanged and no second admin appeared.
        QVERIFY(!m_server.login(QStringLiteral("boss@globex.test"), QStringLiteral("globex-password-1")).isEmpty());
        QCOMPARE(http()
                     .postJson(QStringLiteral("v1/auth/login"),
                               {{QStringLiteral("email"), email},
                                {QStringLiteral("password"), QStringLiteral("another-password-1")}})
                     .status,
                 401);
    }

    void cliAddsAUserWithAGeneratedPassword()
    {
        QByteArray out;
        const int code
            = m_server.runCommand({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--tenant"),
                                   QStringLiteral("globex"), QStringLiteral("--email"), QStringLiteral("u@globex.test"),
                                   QStringLiteral("--role"), QStringLiteral("support")},
                                  "", &out);
        QVERIFY2(code == 0, out.constData());
        QVERIFY2(out.contains("Password (shown once"), out.constData());
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("Password \\(shown once[^)]*\\):\\s*(\\S+)"))
                  .match(QString::fromUtf8(out));
        QVERIFY2(match.hasMatch(), out.constData());
        const QString password = match.captured(1);
        QVERIFY(password.size() >= 12);

        const QByteArray token = m_server.login(QStringLiteral("u@globex.test"), password);
        QVERIFY(!token.isEmpty());
        const HttpResponse me = http().get(QStringLiteral("v1/me"), session(token));
        QCOMPARE(me.response().value(QStringLiteral("role")).toString(), QStringLiteral("support"));
        QCOMPARE(me.response().value(QStringLiteral("tenant")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("globex"));
        // The globex admin sees the new user.
        const HttpResponse users = http().get(
            QStringLiteral("v1/users"),
            session(m_server.login(QStringLiteral("boss@globex.test"), QStringLiteral("globex-password-1"))));
        QCOMPARE(users.status, 200);
        QVERIFY(users.body.contains("u@globex.test"));

        // The same e-mail again, and an unknown tenant, are refused.
        QByteArray again;
        QVERIFY(m_server.runCommand({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--tenant"),
                                     QStringLiteral("globex"), QStringLiteral("--email"),
                                     QStringLiteral("u@globex.test"), QStringLiteral("--role"), QStringLiteral("user")},
                                    "", &again)
                != 0);
        QByteArray unknown;
        QVERIFY(
            m_server.runCommand({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--tenant"),
                                 QStringLiteral("initech"), QStringLiteral("--email"), QStringLiteral("x@initech.test"),
                                 QStringLiteral("--role"), QStringLiteral("user")},
                                "", &unknown)
            != 0);
        QVERIFY(m_server.login(QStringLiteral("u@globex.test"), password).size() > 0);
    }

    void tenantsAreIsolated()
    {
        QVERIFY(!m_acmeKeyIds.isEmpty());
        const QByteArray boss = m_server.login(QStringLiteral("boss@globex.test"), QStringLiteral("globex-password-1"));
        QVERIFY(!boss.isEmpty());
        for (const QString& keyId : std::as_const(m_acmeKeyIds)) {
            const QString path = QStringLiteral("v1/api-keys/") + keyId;
            const HttpResponse get = http().get(path, session(boss));
            QCOMPARE(get.status, 404);
            QCOMPARE(get.errorCode(), QStringLiteral("NOT_FOUND"));
            QCOMPARE(
                http().patchJson(path, {{QStringLiteral("name"), QStringLiteral("taken over")}}, session(boss)).status,
                404);
            QCOMPARE(http().post(path + QStringLiteral("/revoke"), {}, session(boss)).status, 404);
            QCOMPARE(http().post(path + QStringLiteral("/rotate"), {}, session(boss)).status, 404);
            QCOMPARE(http().del(path, session(boss)).status, 404);
        }
        const HttpResponse list = http().get(QStringLiteral("v1/api-keys?limit=1000"), session(boss));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.response().value(QStringLiteral("keys")).toArray().size(), 0);
        const HttpResponse listForAcmeUser
            = http().get(QStringLiteral("v1/api-keys?limit=1000&user=") + m_acmeUserId, session(boss));
        QCOMPARE(listForAcmeUser.response().value(QStringLiteral("keys")).toArray().size(), 0);
        const HttpResponse users = http().get(QStringLiteral("v1/users"), session(boss));
        QVERIFY(!users.body.contains("acme.test"));
        const HttpResponse forAcmeUser = http().postJson(QStringLiteral("v1/api-keys"),
                                                         {{QStringLiteral("name"), QStringLiteral("for acme")},
                                                          {QStringLiteral("expires_in_days"), 30},
                                                          {QStringLiteral("user_id"), m_acmeUserId}},
                                                         session(boss));
        QCOMPARE(forAcmeUser.status, 404);
        const HttpResponse patchAcmeUser = http().patchJson(QStringLiteral("v1/users/") + m_acmeUserId,
                                                            {{QStringLiteral("disabled"), true}}, session(boss));
        QCOMPARE(patchAcmeUser.status, 404);
        const HttpResponse audit = http().get(QStringLiteral("v1/audit?limit=1000"), session(boss));
        QCOMPARE(audit.status, 200);
        QVERIFY(!audit.body.contains("acme.test"));
        // The globex tenant's cap is its own (acme set 120 days).
        QCOMPARE(http()
                     .get(QStringLiteral("v1/tenant"), session(boss))
                     .response()
                     .value(QStringLiteral("max_key_lifetime_days"))
                     .toInt(),
                 0);

        // acme's keys are all still there, untouched.
        const QByteArray admin = m_server.loginAdmin();
        for (const QString& keyId : std::as_const(m_acmeKeyIds)) {
            const HttpResponse get = http().get(QStringLiteral("v1/api-keys/") + keyId, session(admin));
            QCOMPARE(get.status, 200);
            QVERIFY(get.response().value(QStringLiteral("name")).toString() != QLatin1String("taken over"));
            QCOMPARE(get.response().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        }
        QVERIFY(!m_server.login(QStringLiteral("carol@acme.test"), QLatin1String(UserPassword)).isEmpty());
    }

    void cliWorksWhileTheServerIsStopped()
    {
        QVERIFY(m_server.stop());
        QByteArray out;
        const int code = m_server.runCommand({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--tenant"),
                                              QStringLiteral("acme"), QStringLiteral("--email"),
                                              QStringLiteral("offline@acme.test"), QStringLiteral("--role"),
                                              QStringLiteral("user")},
                                             "silver-offline-anchor-3\n", &out);
        QVERIFY2(code == 0, out.constData());
        QVERIFY(!out.contains("silver-offline-anchor-3"));
        QVERIFY(m_server.start());
        QVERIFY(
            !m_server.login(QStringLiteral("offline@acme.test"), QStringLiteral("silver-offline-anchor-3")).isEmpty());
        // The server started on an existing database: no second first-start bootstrap.
        QVERIFY(!m_server.output().contains("First start"));
    }

private:
    HttpClient& http() { return m_server.http(); }
    static QString id(const QJsonObject& key) { return key.value(QStringLiteral("id")).toString(); }
    static QByteArray secret(const QJsonObject& key)
    {
        return key.value(QStringLiteral("secret")).toString().toLatin1();
    }
    QDateTime usedAt(const QString& path)
    {
        return QDateTime::fromString(http()
                                         .get(path, session(m_server.loginAdmin()))
                                         .response()
                                         .value(QStringLiteral("last_used_at"))
                                         .toString(),
                                     Qt::ISODateWithMs);
    }
    HttpResponse verify(const QByteArray& key)
    {
        return http().postJson(QStringLiteral("v1/keys/verify"), {{QStringLiteral("key"), QString::fromLatin1(key)}});
    }

    TestServer m_server;
    QStringList m_acmeKeyIds;
    QString m_acmeUserId;
};

QTEST_GUILESS_MAIN(TestPersistence)
#include "tst_persistence.moc"
