// The signed-in user's own account against a real keywardd: profile (GET/PATCH /v1/me), password change, the VNTANA
// authentication key (generate, regenerate, delete), two-factor authentication with TOTP codes computed here
// (RFC 6238), and what an API key may not do to the account.

#include "tests/support/TestServer.h"
#include "tests/support/TotpCode.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Test;

namespace {

constexpr char UserPassword[] = "quiet-harbor-lamp-7";

QJsonObject loginBody(const QString& email, const QString& password, const QString& otp = {})
{
    QJsonObject body {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    if (!otp.isEmpty())
        body.insert(QStringLiteral("otp"), otp);
    return body;
}

} // namespace

class TestAccount : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        const QByteArray admin = m_server.loginAdmin();
        QVERIFY(!admin.isEmpty());
        for (const char* email : {"otp@acme.test", "me@acme.test", "pw@acme.test", "pat@acme.test", "scoped@acme.test"})
            QVERIFY(!m_server.createUser(admin, QLatin1String(email), QStringLiteral("user")).isEmpty());
    }
    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    // The test's own TOTP against the RFC 6238 SHA-1 vectors (the last six digits of the eight given there).
    void totpHelperMatchesRfc6238_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("code");
        QTest::newRow("59") << qint64(59) << "287082";
        QTest::newRow("1111111109") << qint64(1111111109) << "081804";
        QTest::newRow("1111111111") << qint64(1111111111) << "050471";
        QTest::newRow("1234567890") << qint64(1234567890) << "005924";
        QTest::newRow("2000000000") << qint64(2000000000) << "279037";
        QTest::newRow("20000000000") << qint64(20000000000) << "353130";
    }
    void totpHelperMatchesRfc6238()
    {
        QFETCH(qint64, time);
        QFETCH(QString, code);
        const QByteArray key = base32Decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        QCOMPARE(key, QByteArray("12345678901234567890"));
        QCOMPARE(totpCode(key, time), code);
    }

    // First, while the server's clock has not been moved by other tests (the codes are computed for the server's
    // time in any case).
    void twoFactorAuthentication()
    {
        const QString email = QStringLiteral("otp@acme.test");
        const QByteArray token = m_server.login(email, QLatin1String(UserPassword));
        QVERIFY(!token.isEmpty());
        // A key made before 2FA is turned on.
        const QJsonObject key = m_server.createKey(
            token, {{QStringLiteral("name"), QStringLiteral("service")}, {QStringLiteral("expires_in_days"), 30}});
        const QByteArray keySecret = key.value(QStringLiteral("secret")).toString().toLatin1();
        QVERIFY(keySecret.startsWith("kw_key_"));

        const HttpResponse enrol = http().post(QStringLiteral("v1/me/2fa"), {}, session(token));
        QCOMPARE(enrol.status, 200);
        const QString secret = enrol.response().value(QStringLiteral("secret")).toString();
        const QString uri = enrol.response().value(QStringLiteral("otpauth_uri")).toString();
        QVERIFY(secret.size() >= 16);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z2-7]+=*$")).match(secret).hasMatch());
        QVERIFY2(uri.startsWith(QLatin1String("otpauth://totp/")), qPrintable(uri));
        QVERIFY(uri.contains(QStringLiteral("secret=") + secret));
        const QByteArray otpKey = base32Decode(secret.toLatin1());
        QCOMPARE(otpKey.size(), 20);

        // Not on until confirmed: a password alone still signs in.
        QCOMPARE(me(token).value(QStringLiteral("two_factor_enabled")).toBool(true), false);
        QCOMPARE(http().postJson(QStringLiteral("v1/auth/login"), loginBody(email, QLatin1String(UserPassword))).status,
                 200);

        const HttpResponse wrongConfirm = http().postJson(
            QStringLiteral("v1/me/2fa/confirm"), {{QStringLiteral("code"), wrongCode(otpKey)}}, session(token));
        QCOMPARE(wrongConfirm.status, 400);
        QCOMPARE(wrongConfirm.errorCode(), QStringLiteral("INVALID_OTP"));
        QCOMPARE(me(token).value(QStringLiteral("two_factor_enabled")).toBool(true), false);

        const HttpResponse confirmed = http().postJson(QStringLiteral("v1/me/2fa/confirm"),
                                                       {{QStringLiteral("code"), codeNow(otpKey)}}, session(token));
        QCOMPARE(confirmed.status, 200);
        QCOMPARE(confirmed.response().value(QStringLiteral("two_factor_enabled")).toBool(), true);
        QCOMPARE(me(token).value(QStringLiteral("two_factor_enabled")).toBool(), true);
        const HttpResponse again = http().post(QStringLiteral("v1/me/2fa"), {}, session(token));
        QCOMPARE(again.status, 409);

        const HttpResponse withoutOtp
            = http().postJson(QStringLiteral("v1/auth/login"), loginBody(email, QLatin1String(UserPassword)));
        QCOMPARE(withoutOtp.status, 401);
        QCOMPARE(withoutOtp.errorCode(), QStringLiteral("OTP_REQUIRED"));
        QVERIFY(withoutOtp.header("x-auth-token").isEmpty());
        const HttpResponse wrongOtp = http().postJson(QStringLiteral("v1/auth/login"),
                                                      loginBody(email, QLatin1String(UserPassword), wrongCode(otpKey)));
        QCOMPARE(wrongOtp.status, 401);
        QCOMPARE(wrongOtp.errorCode(), QStringLiteral("INVALID_OTP"));
        QVERIFY(wrongOtp.header("x-auth-token").isEmpty());
        const HttpResponse wrongPassword = http().postJson(
            QStringLiteral("v1/auth/login"), loginBody(email, QStringLiteral("not-the-password"), codeNow(otpKey)));
        QCOMPARE(wrongPassword.status, 401);
        QCOMPARE(wrongPassword.errorCode(), QStringLiteral("INVALID_CREDENTIALS"));

        // The confirmation used this step's code; the next step brings a fresh one.
        advance(30);
        const QString code = codeNow(otpKey);
        const HttpResponse withOtp
            = http().postJson(QStringLiteral("v1/auth/login"), loginBody(email, QLatin1String(UserPassword), code));
        QCOMPARE(withOtp.status, 200);
        const QByteArray otpSession = withOtp.header("x-auth-token");
        QVERIFY(otpSession.startsWith("kw_ses_"));
        QCOMPARE(me(otpSession).value(QStringLiteral("email")).toString(), email);
        // A code works once.
        const HttpResponse replay
            = http().postJson(QStringLiteral("v1/auth/login"), loginBody(email, QLatin1String(UserPassword), code));
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.errorCode(), QStringLiteral("INVALID_OTP"));

        // The CloudTower seed: API keys keep working under 2FA.
        const HttpResponse byKey = http().get(QStringLiteral("v1/me"), bearer(keySecret));
        QCOMPARE(byKey.status, 200);
        QCOMPARE(byKey.response().value(QStringLiteral("email")).toString(), email);
        const HttpResponse verified = http().postJson(QStringLiteral("v1/keys/verify"),
                                                      {{QStringLiteral("key"), QString::fromLatin1(keySecret)}});
        QCOMPARE(verified.response().value(QStringLiteral("valid")).toBool(), true);

        advance(30);
        const HttpResponse wrongDisable
            = http().request("DELETE", QStringLiteral("v1/me/2fa"),
                             QByteArray(R"({"code":")") + wrongCode(otpKey).toLatin1() + "\"}", session(otpSession));
        QCOMPARE(wrongDisable.status, 400);
        QCOMPARE(wrongDisable.errorCode(), QStringLiteral("INVALID_OTP"));
        QCOMPARE(me(otpSession).value(QStringLiteral("two_factor_enabled")).toBool(), true);
        const HttpResponse disabled
            = http().request("DELETE", QStringLiteral("v1/me/2fa"),
                             QByteArray(R"({"code":")") + codeNow(otpKey).toLatin1() + "\"}", session(otpSession));
        QCOMPARE(disabled.status, 200);
        QCOMPARE(disabled.response().value(QStringLiteral("two_factor_enabled")).toBool(true), false);
        QCOMPARE(me(otpSession).value(QStringLiteral("two_factor_enabled")).toBool(true), false);
        QCOMPARE(http().postJson(QStringLiteral("v1/auth/login"), loginBody(email, QLatin1String(UserPassword))).status,
                 200);
        const HttpResponse disableAgain = http().request("DELETE", QStringLiteral("v1/me/2fa"),
                                                         QByteArray(R"({"code":"123456"})"), session(otpSession));
        QCOMPARE(disableAgain.status, 409);
    }

    void showAndRenameMe()
    {
        const QByteArray token = m_server.login(QStringLiteral("me@acme.test"), QLatin1String(UserPassword));
        const QJsonObject shown = me(token);
        QCOMPARE(shown.value(QStringLiteral("email")).toString(), QStringLiteral("me@acme.test"));
        QCOMPARE(shown.value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        QCOMPARE(shown.value(QStringLiteral("name")).toString(), QStringLiteral("me"));
        QCOMPARE(shown.value(QStringLiteral("two_factor_enabled")).toBool(true), false);
        QCOMPARE(shown.value(QStringLiteral("tenant")).toObject().value(QStringLiteral("name")).toString(),
                 QLatin1String(TestServer::Tenant));
        QVERIFY(!shown.contains(QStringLiteral("password_hash")));

        const HttpResponse renamed = http().patchJson(
            QStringLiteral("v1/me"), {{QStringLiteral("name"), QStringLiteral("Maria Example")}}, session(token));
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.response().value(QStringLiteral("name")).toString(), QStringLiteral("Maria Example"));
        QCOMPARE(me(token).value(QStringLiteral("name")).toString(), QStringLiteral("Maria Example"));
        QCOMPARE(me(token).value(QStringLiteral("email")).toString(), QStringLiteral("me@acme.test"));
    }

    void badProfileUpdatesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("malformed json") << QByteArray(R"({"name":)") << 400 << "MALFORMED_REQUEST";
        QTest::newRow("not an object") << QByteArray(R"("Eve")") << 400 << "MALFORMED_REQUEST";
        QTest::newRow("name is a number") << QByteArray(R"({"name":5})") << 400 << "MALFORMED_REQUEST";
        QTest::newRow("nothing to change") << QByteArray("{}") << 400 << "VALIDATION_FAILED";
        QTest::newRow("role smuggled in")
            << QByteArray(R"({"name":"Eve","role":"admin"})") << 400 << "MALFORMED_REQUEST";
        QTest::newRow("email not an address")
            << QByteArray(R"({"name":"Eve","email":"eve at acme"})") << 400 << "VALIDATION_FAILED";
        QTest::newRow("name too long") << (QByteArray(R"({"name":")") + QByteArray(201, 'e') + "\"}") << 400
                                       << "MALFORMED_REQUEST";
    }
    void badProfileUpdatesChangeNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QByteArray token = m_server.login(QStringLiteral("me@acme.test"), QLatin1String(UserPassword));
        const QJsonObject before = me(token);
        const HttpResponse r = http().request("PATCH", QStringLiteral("v1/me"), body, session(token));
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(me(token), before);
    }

    void changePasswordRefusals_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong current password")
            << QJsonObject {{QStringLiteral("current_password"), QStringLiteral("not-my-password")},
                            {QStringLiteral("new_password"), QStringLiteral("brand-new-password")}}
            << 403 << "INVALID_CREDENTIALS";
        QTest::newRow("new password too short")
            << QJsonObject {{QStringLiteral("current_password"), QLatin1String(UserPassword)},
                            {QStringLiteral("new_password"), QStringLiteral("short")}}
            << 400 << "VALIDATION_FAILED";
        QTest::newRow("new password of nine")
            << QJsonObject {{QStringLiteral("current_password"), QLatin1String(UserPassword)},
                            {QStringLiteral("new_password"), QStringLiteral("123456789")}}
            << 400 << "VALIDATION_FAILED";
        QTest::newRow("new equals current")
            << QJsonObject {{QStringLiteral("current_password"), QLatin1String(UserPassword)},
                            {QStringLiteral("new_password"), QLatin1String(UserPassword)}}
            << 400 << "VALIDATION_FAILED";
        QTest::newRow("new password missing")
            << QJsonObject {{QStringLiteral("current_password"), QLatin1String(UserPassword)}} << 400
            << "MALFORMED_REQUEST";
        QTest::newRow("unknown field")
            << QJsonObject {{QStringLiteral("current_password"), QLatin1String(UserPassword)},
                            {QStringLiteral("new_password"), QStringLiteral("brand-new-password")},
                            {QStringLiteral("confirm"), QStringLiteral("brand-new-password")}}
            << 400 << "MALFORMED_REQUEST";
    }
    void changePasswordRefusals()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QString email = QStringLiteral("me@acme.test");
        const QByteArray token = m_server.login(email, QLatin1String(UserPassword));
        const QByteArray other = m_server.login(email, QLatin1String(UserPassword));
        const HttpResponse r = http().postJson(QStringLiteral("v1/me/password"), body, session(token));
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        // Nothing changed: the password still signs in, the new one does not, other sessions live on.
        QCOMPARE(http().get(QStringLiteral("v1/me"), session(other)).status, 200);
        QCOMPARE(http().postJson(QStringLiteral("v1/auth/login"), loginBody(email, QLatin1String(UserPassword))).status,
                 200);
        const QString attempted = body.value(QStringLiteral("new_password")).toString();
        if (!attempted.isEmpty() && attempted != QLatin1String(UserPassword)) {
            const HttpResponse withNew = http().postJson(QStringLiteral("v1/auth/login"), loginBody(email, attempted));
            QCOMPARE(withNew.status, 401);
        }
    }

    void changePasswordEndsOtherSessions()
    {
        const QString email = QStringLiteral("pw@acme.test");
        const QString newPassword = QStringLiteral("a-much-better-password");
        const QByteArray current = m_server.login(email, QLatin1String(UserPassword));
        const HttpResponse otherLogin
            = http().postJson(QStringLiteral("v1/auth/login"), loginBody(email, QLatin1String(UserPassword)));
        QCOMPARE(otherLogin.status, 200);
        const QByteArray other = otherLogin.header("x-auth-token");
        const QString otherRefresh = otherLogin.response().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(otherRefresh.startsWith(QLatin1String("kw_ref_")));
        // A session opened with the authentication key ends too.
        const HttpResponse generated = http().post(QStringLiteral("v1/me/auth-key"), {}, session(current));
        QCOMPARE(generated.status, 201);
        const HttpResponse keyLogin = http().postJson(
            QStringLiteral("v1/auth/login/token"),
            {{QStringLiteral("personal-access-token"), generated.response().value(QStringLiteral("secret"))}});
        QCOMPARE(keyLogin.status, 200);
        const QByteArray keySession = keyLogin.header("x-auth-token");
        // Another user's session is not touched.
        const QByteArray bystander = m_server.login(QStringLiteral("me@acme.test"), QLatin1String(UserPassword));
        for (const QByteArray& token : {current, other, keySession, bystander})
            QCOMPARE(http().get(QStringLiteral("v1/me"), session(token)).status, 200);

        const HttpResponse changed = http().postJson(QStringLiteral("v1/me/password"),
                                                     {{QStringLiteral("current_password"), QLatin1String(UserPassword)},
                                                      {QStringLiteral("new_password"), newPassword}},
                                                     session(current));
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.response().value(QStringLiteral("changed")).toBool(), true);
        QVERIFY(!changed.body.contains(newPassword.toUtf8()));

        QCOMPARE(http().get(QStringLiteral("v1/me"), session(current)).status, 200);
        QCOMPARE(http().get(QStringLiteral("v1/me"), session(bystander)).status, 200);
        for (const QByteArray& token : {other, keySession}) {
            const HttpResponse ended = http().get(QStringLiteral("v1/me"), session(token));
            QCOMPARE(ended.status, 401);
            QCOMPARE(ended.errorCode(), QStringLiteral("INVALID_TOKEN"));
        }
        QCOMPARE(http().get(QStringLiteral("v1/auth/refresh/") + otherRefresh).status, 401);

        const HttpResponse oldPassword
            = http().postJson(QStringLiteral("v1/auth/login"), loginBody(email, QLatin1String(UserPassword)));
        QCOMPARE(oldPassword.status, 401);
        QCOMPARE(oldPassword.errorCode(), QStringLiteral("INVALID_CREDENTIALS"));
        const HttpResponse newLogin = http().postJson(QStringLiteral("v1/auth/login"), loginBody(email, newPassword));
        QCOMPARE(newLogin.status, 200);
        QVERIFY(newLogin.header("x-auth-token").startsWith("kw_ses_"));
        // The password change is audited, without the password.
        const HttpResponse audit
            = http().get(QStringLiteral("v1/audit?action=password.changed"), session(m_server.loginAdmin()));
        QCOMPARE(audit.status, 200);
        QVERIFY(!audit.response().value(QStringLiteral("entries")).toArray().isEmpty());
        QVERIFY(!audit.body.contains(newPassword.toUtf8()));
    }

    void authenticationKeyLifecycle()
    {
        const QString email = QStringLiteral("pat@acme.test");
        const QByteArray token = m_server.login(email, QLatin1String(UserPassword));
        const HttpResponse none = http().get(QStringLiteral("v1/me/auth-key"), session(token));
        QCOMPARE(none.status, 200);
        QCOMPARE(none.response(), QJsonObject({{QStringLiteral("exists"), false}}));

        const HttpResponse first = http().post(QStringLiteral("v1/me/auth-key"), {}, session(token));
        QCOMPARE(first.status, 201);
        const QByteArray oldKey = first.response().value(QStringLiteral("secret")).toString().toLatin1();
        QVERIFY(oldKey.startsWith("kw_pat_"));
        QCOMPARE(first.response().value(QStringLiteral("replaced")).toBool(true), false);
        const QString oldPrefix = first.response().value(QStringLiteral("prefix")).toString();
        QVERIFY(oldPrefix.startsWith(QLatin1String("kw_pat_")));
        QVERIFY(oldKey.startsWith(oldPrefix.toLatin1()));
        QVERIFY(oldPrefix.size() < oldKey.size());

        const HttpResponse shown = http().get(QStringLiteral("v1/me/auth-key"), session(token));
        QCOMPARE(shown.status, 200);
        QCOMPARE(shown.response().value(QStringLiteral("exists")).toBool(), true);
        QCOMPARE(shown.response().value(QStringLiteral("prefix")).toString(), oldPrefix);
        QCOMPARE(shown.response().value(QStringLiteral("id")), first.response().value(QStringLiteral("id")));
        QVERIFY(QDateTime::fromString(shown.response().value(QStringLiteral("created_at")).toString(), Qt::ISODate)
                    .isValid());
        QVERIFY(!shown.response().contains(QStringLiteral("secret")));
        QVERIFY(!shown.body.contains(oldKey));
        // It is not an API key: it does not show up among them.
        const HttpResponse apiKeys = http().get(QStringLiteral("v1/api-keys?limit=1000"), session(token));
        QVERIFY(!apiKeys.body.contains(first.response().value(QStringLiteral("id")).toString().toLatin1()));

        QCOMPARE(
            http().get(QStringLiteral("v1/me"), bearer(oldKey)).response().value(QStringLiteral("email")).toString(),
            email);
        const HttpResponse oldLogin = loginWithKey(oldKey);
        QCOMPARE(oldLogin.status, 200);
        const QByteArray oldKeySession = oldLogin.header("x-auth-token");
        QCOMPARE(http().get(QStringLiteral("v1/me"), session(oldKeySession)).status, 200);

        const HttpResponse second = http().post(QStringLiteral("v1/me/auth-key"), {}, session(token));
        QCOMPARE(second.status, 201);
        QCOMPARE(second.response().value(QStringLiteral("replaced")).toBool(), true);
        const QByteArray newKey = second.response().value(QStringLiteral("secret")).toString().toLatin1();
        QVERIFY(newKey.startsWith("kw_pat_"));
        QVERIFY(newKey != oldKey);

        // The old key is dead at once, for the API and for signing in, and so are the sessions it opened.
        const HttpResponse oldUse = http().get(QStringLiteral("v1/me"), bearer(oldKey));
        QCOMPARE(oldUse.status, 401);
        QCOMPARE(oldUse.errorCode(), QStringLiteral("INVALID_API_KEY"));
        const HttpResponse oldAgain = loginWithKey(oldKey);
        QCOMPARE(oldAgain.status, 401);
        QCOMPARE(oldAgain.errorCode(), QStringLiteral("INVALID_API_KEY"));
        QVERIFY(oldAgain.header("x-auth-token").isEmpty());
        QCOMPARE(http().get(QStringLiteral("v1/me"), session(oldKeySession)).status, 401);

        QCOMPARE(http().get(QStringLiteral("v1/me"), bearer(newKey)).status, 200);
        const HttpResponse newLogin = loginWithKey(newKey);
        QCOMPARE(newLogin.status, 200);
        QCOMPARE(newLogin.response().value(QStringLiteral("email")).toString(), email);
        const HttpResponse reshown = http().get(QStringLiteral("v1/me/auth-key"), session(token));
        QCOMPARE(reshown.response().value(QStringLiteral("prefix")), second.response().value(QStringLiteral("prefix")));
        QVERIFY(!reshown.body.contains(newKey));

        const HttpResponse deleted = http().del(QStringLiteral("v1/me/auth-key"), session(token));
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.response().value(QStringLiteral("deleted")).toBool(), true);
        QCOMPARE(http().get(QStringLiteral("v1/me/auth-key"), session(token)).response(),
                 QJsonObject({{QStringLiteral("exists"), false}}));
        QCOMPARE(http().get(QStringLiteral("v1/me"), bearer(newKey)).status, 401);
        QCOMPARE(loginWithKey(newKey).status, 401);
        QCOMPARE(http().get(QStringLiteral("v1/me"), session(newLogin.header("x-auth-token"))).status, 401);
        const HttpResponse deleteAgain = http().del(QStringLiteral("v1/me/auth-key"), session(token));
        QCOMPARE(deleteAgain.status, 404);
        QCOMPARE(deleteAgain.errorCode(), QStringLiteral("NOT_FOUND"));
    }

    void apiKeyCannotManageTheAccount_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("generate the authentication key") << QByteArray("POST") << "v1/me/auth-key" << QByteArray();
        QTest::newRow("delete the authentication key") << QByteArray("DELETE") << "v1/me/auth-key" << QByteArray();
        QTest::newRow("change the password")
            << QByteArray("POST") << "v1/me/password"
            << QByteArray(R"({"current_password":"quiet-harbor-lamp-7","new_password":"stolen-password-1"})");
        QTest::newRow("start 2FA enrolment") << QByteArray("POST") << "v1/me/2fa" << QByteArray();
        QTest::newRow("turn 2FA off") << QByteArray("DELETE") << "v1/me/2fa" << QByteArray(R"({"code":"123456"})");
    }
    void apiKeyCannotManageTheAccount()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const QString email = QStringLiteral("scoped@acme.test");
        const QByteArray token = m_server.login(email, QLatin1String(UserPassword));
        if (m_scopedKey.isEmpty()) {
            // Every scope a plain user's key may carry.
            m_scopedKey
                = m_server
                      .createKey(
                          token,
                          {{QStringLiteral("name"), QStringLiteral("everything allowed")},
                           {QStringLiteral("expires_in_days"), 30},
                           {QStringLiteral("scopes"),
                            QJsonArray {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("webhook")}}})
                      .value(QStringLiteral("secret"))
                      .toString()
                      .toLatin1();
            QVERIFY(m_scopedKey.startsWith("kw_key_"));
            QCOMPARE(http().post(QStringLiteral("v1/me/auth-key"), {}, session(token)).status, 201);
        }
        const HttpResponse authKeyBefore = http().get(QStringLiteral("v1/me/auth-key"), session(token));
        QCOMPARE(authKeyBefore.response().value(QStringLiteral("exists")).toBool(), true);

        const HttpResponse r = http().request(method, path, body, bearer(m_scopedKey));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("FORBIDDEN"));
        QVERIFY(!r.body.contains("kw_pat_"));

        // Nothing changed.
        QCOMPARE(http().get(QStringLiteral("v1/me/auth-key"), session(token)).response(), authKeyBefore.response());
        QCOMPARE(me(token).value(QStringLiteral("two_factor_enabled")).toBool(true), false);
        QCOMPARE(http().postJson(QStringLiteral("v1/auth/login"), loginBody(email, QLatin1String(UserPassword))).status,
                 200);
        // The key itself is fine for what it is for.
        QCOMPARE(http().get(QStringLiteral("v1/me"), bearer(m_scopedKey)).status, 200);
    }

    // The TOTP seed is the one secret the server must read back: it is sealed with a key kept outside the
    // database, so the database files never contain it, and it still works after a restart.
    void totpSeedIsEncryptedAtRest()
    {
        const QString email = QStringLiteral("sealed@acme.test");
        QVERIFY(!m_server.createUser(m_server.loginAdmin(), email, QStringLiteral("user")).isEmpty());
        const QByteArray token = m_server.login(email, QLatin1String(UserPassword));
        const HttpResponse enrol = http().post(QStringLiteral("v1/me/2fa"), {}, session(token));
        QCOMPARE(enrol.status, 200);
        const QByteArray secret = enrol.response().value(QStringLiteral("secret")).toString().toLatin1();
        const QByteArray otpKey = base32Decode(secret);
        QCOMPARE(http()
                     .postJson(QStringLiteral("v1/me/2fa/confirm"), {{QStringLiteral("code"), codeNow(otpKey)}},
                               session(token))
                     .status,
                 200);

        QByteArray stored;
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(m_server.databasePath() + suffix);
            if (file.open(QIODevice::ReadOnly))
                stored += file.readAll();
        }
        QVERIFY(stored.size() > 4096);
        QVERIFY(stored.contains(email.toLatin1())); // the reading works: the user row is there
        QVERIFY(!stored.contains(secret));
        QVERIFY(!stored.contains(otpKey));

        QFileInfo keyFile(m_server.secretKeyPath());
        QVERIFY2(keyFile.exists(), qPrintable(keyFile.filePath()));
        QCOMPARE(
            keyFile.permissions()
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
            QFileDevice::Permissions());

        const qint64 before = serverSeconds();
        QVERIFY(m_server.restart());
        // The restarted server's test clock starts from real time again, before the confirm's step (which is stored):
        // move it to a fresh 30 s step after that one.
        m_server.advanceClock(std::max<qint64>(0, before - serverSeconds()) + 30);
        const HttpResponse login = http().postJson(QStringLiteral("v1/auth/login"),
                                                   loginBody(email, QLatin1String(UserPassword), codeNow(otpKey)));
        QCOMPARE(login.status, 200);
    }

private:
    HttpClient& http() { return m_server.http(); }

    QJsonObject me(const QByteArray& token)
    {
        const HttpResponse r = http().get(QStringLiteral("v1/me"), session(token));
        if (r.status != 200)
            return QJsonObject {{QStringLiteral("http_status"), r.status}};
        return r.response();
    }

    HttpResponse loginWithKey(const QByteArray& key)
    {
        return http().postJson(QStringLiteral("v1/auth/login/token"),
                               {{QStringLiteral("personal-access-token"), QString::fromLatin1(key)}});
    }

    qint64 serverSeconds() { return m_server.serverSeconds(); }
    void advance(qint64 seconds) { m_server.advanceClock(seconds); }

    QString codeNow(const QByteArray& key) { return totpCode(key, serverSeconds()); }

    QString wrongCode(const QByteArray& key) { return wrongTotpCode(key, serverSeconds()); }

    TestServer m_server;
    QByteArray m_scopedKey;
};

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
