// Every curl example and wire promise of the seed documents (/work/shared/seeds), adapted to keywardd and run against
// a real server: VNTANA's authentication key login, CloudTower's raw Authorization header and keys that outlive 2FA,
// the generic AI API's Bearer keys, error envelopes and permissions, Togai's long-lived secret and short-lived token,
// and Palette's key management, ApiKey query parameter and header, 15-minute tokens and refresh.
// The server's clock is never moved here: it runs on real time, which the TOTP codes and the short expiries rely on.

#include "tests/support/TestServer.h"
#include "tests/support/TotpCode.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Keyward::Test;

namespace {
constexpr qint64 Day = 24 * 60 * 60;
constexpr char UserEmail[] = "palette-user@acme.test";
constexpr char UserPassword[] = "quiet-harbor-lamp-7";

QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QDateTime fromIso(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}

Headers raw(const QByteArray& name, const QByteArray& value)
{
    return {{name, value}};
}

QJsonObject errorOf(const HttpResponse& r)
{
    return r.json.value(QStringLiteral("error")).toObject();
}
} // namespace

class TestSeeds : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { QVERIFY(m_server.stop()); }
    void totpHelperMatchesRfc6238_data();
    void totpHelperMatchesRfc6238();

    // VNTANA: Generate Authentication Key
    void vntanaLoginWithAuthenticationKey();
    void vntanaLoginErrors_data();
    void vntanaLoginErrors();
    void vntanaOneKeyPerUserAndRegeneratingInvalidatesTheOld();

    // CloudTower: API key authentication
    void cloudTowerKeyInRawAuthorizationHeader();
    void cloudTowerKeyKeepsWorkingWithTwoFactor();

    // Generic AI API: Authentication
    void aiBearerKeyOnPost();
    void aiErrorEnvelopes_data();
    void aiErrorEnvelopes();
    void aiPermissions_data();
    void aiPermissions();
    void aiScopeRules_data();
    void aiScopeRules();
    void aiRotatingKeys();

    // Togai: Authentication
    void togaiLongLivedSecretAsBearer();
    void togaiShortLivedTokenFromSecret();
    void togaiSecretIsRetrievableOnlyOnce();

    // Palette: User Authentication
    void paletteAdminCreatesKeyForAUser();
    void paletteUsersCreateKeysForThemselves();
    void paletteExpiryPresets_data();
    void paletteExpiryPresets();
    void paletteExpiryErrors_data();
    void paletteExpiryErrors();
    void paletteEditNameDescriptionAndExpiry();
    void paletteRevokeReactivateDelete();
    void paletteReactivateOnlyBeforeExpiry();
    void paletteQueryParameterAndHeader_data();
    void paletteQueryParameterAndHeader();
    void paletteTokenIsValidForFifteenMinutes();
    void paletteRefreshToken();
    void paletteFilterKeysByUser();

private:
    HttpClient& http() { return m_server.http(); }
    QJsonObject newKey(const QByteArray& token, const QString& name, const QStringList& scopes = {},
                       const QString& userId = {});
    void waitForExpiry();

    TestServer m_server;
    QByteArray m_adminToken;
    QByteArray m_userToken;
    QString m_adminId;
    QString m_userId;
    // Keys created at the start that expire a few seconds later, so the expiry tests wait only once.
    QJsonObject m_expiring;
    QJsonObject m_expiringRevoked;
    QDateTime m_expiresAt;
    int m_counter = 0;
};

QJsonObject TestSeeds::newKey(const QByteArray& token, const QString& name, const QStringList& scopes,
                              const QString& userId)
{
    QJsonObject body {{QStringLiteral("name"), name}, {QStringLiteral("expires_in_days"), 30}};
    if (!scopes.isEmpty())
        body.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    if (!userId.isEmpty())
        body.insert(QStringLiteral("user_id"), userId);
    return m_server.createKey(token, body);
}

void TestSeeds::waitForExpiry()
{
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt) + 1200;
    if (left > 0)
        QTest::qWait(static_cast<int>(left));
    QVERIFY(QDateTime::currentDateTimeUtc() > m_expiresAt);
}

void TestSeeds::initTestCase()
{
    QVERIFY(m_server.start());
    m_adminToken = m_server.loginAdmin();
    QVERIFY(!m_adminToken.isEmpty());
    m_adminId
        = http().get(QStringLiteral("v1/me"), session(m_adminToken)).response().value(QStringLiteral("id")).toString();
    m_userId = m_server.createUser(m_adminToken, QLatin1String(UserEmail), QStringLiteral("user"));
    QVERIFY(!m_userId.isEmpty());
    m_userToken = m_server.login(QLatin1String(UserEmail), QLatin1String(UserPassword));
    QVERIFY(!m_userToken.isEmpty());

    // A custom expiry a few seconds ahead (whole seconds: the wire carries seconds).
    m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(4);
    m_expiresAt.setTime(QTime(m_expiresAt.time().hour(), m_expiresAt.time().minute(), m_expiresAt.time().second()));
    for (QJsonObject* key : {&m_expiring, &m_expiringRevoked}) {
        const HttpResponse r = http().postJson(
            QStringLiteral("v1/api-keys"),
            {{QStringLiteral("name"), QStringLiteral("short-lived")}, {QStringLiteral("expires_at"), iso(m_expiresAt)}},
            session(m_adminToken));
        QCOMPARE(r.status, 201);
        *key = r.response();
        QCOMPARE(key->value(QStringLiteral("expires_at")).toString(), iso(m_expiresAt));
    }
    QCOMPARE(
        http()
            .post(QStringLiteral("v1/api-keys/%1/revoke").arg(m_expiringRevoked.value(QStringLiteral("id")).toString()),
                  {}, session(m_adminToken))
            .status,
        200);
}

void TestSeeds::totpHelperMatchesRfc6238_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("code");
    // RFC 6238 appendix B, SHA-1 secret "12345678901234567890", last six of the eight digits.
    QTest::newRow("59") << qint64(59) << "287082";
    QTest::newRow("1111111109") << qint64(1111111109) << "081804";
    QTest::newRow("1234567890") << qint64(1234567890) << "005924";
    QTest::newRow("2000000000") << qint64(2000000000) << "279037";
}

void TestSeeds::totpHelperMatchesRfc6238()
{
    QFETCH(qint64, time);
    QFETCH(QString, code);
    QCOMPARE(totpCodeFromBase32(QByteArrayLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), time), code);
}

// curl -X POST /v1/auth/login/token -H "Content-Type: application/json" -d '{"personal-access-token": "..."}' -D -
void TestSeeds::vntanaLoginWithAuthenticationKey()
{
    const HttpResponse generated = http().post(QStringLiteral("v1/me/auth-key"), {}, session(m_adminToken));
    QCOMPARE(generated.status, 201);
    const QByteArray key = generated.response().value(QStringLiteral("secret")).toString().toLatin1();
    QVERIFY(key.startsWith("kw_pat_"));

    const HttpResponse r
        = http().request("POST", QStringLiteral("v1/auth/login/token"),
                         R"({"personal-access-token": ")" + key + R"("})", raw("Content-Type", "application/json"));
    QCOMPARE(r.status, 200);
    const QByteArray token = r.header("x-auth-token");
    QVERIFY(token.startsWith("kw_ses_"));
    // The body is the seed's response plus the session's end (as POST /v1/auth/login gives it), nothing more.
    const QString expiresAt = r.response().value(QStringLiteral("expires_at")).toString();
    const QDateTime end = QDateTime::fromString(expiresAt, Qt::ISODate);
    QVERIFY2(end.isValid() && end > QDateTime::currentDateTimeUtc(), qPrintable(expiresAt));
    const QJsonObject expected {{QStringLiteral("success"), true},
                                {QStringLiteral("errors"), QJsonArray()},
                                {QStringLiteral("response"),
                                 QJsonObject {{QStringLiteral("email"), QLatin1String(TestServer::AdminEmail)},
                                              {QStringLiteral("expires_at"), expiresAt}}}};
    QCOMPARE(QJsonDocument::fromJson(r.body).object(), expected);
    QVERIFY(!r.body.contains(key));
    QVERIFY(!r.body.contains(token));

    // The x-auth-token is what subsequent requests use.
    const HttpResponse me = http().get(QStringLiteral("v1/me"), session(token));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.response().value(QStringLiteral("email")).toString(), QLatin1String(TestServer::AdminEmail));

    // The Authentication Key tab shows the key exists, never the key itself.
    const HttpResponse tab = http().get(QStringLiteral("v1/me/auth-key"), session(m_adminToken));
    QCOMPARE(tab.status, 200);
    QCOMPARE(tab.response().value(QStringLiteral("exists")).toBool(), true);
    QCOMPARE(tab.response().value(QStringLiteral("id")), generated.response().value(QStringLiteral("id")));
    QVERIFY(!tab.body.contains(key));
}

void TestSeeds::vntanaLoginErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("malformed json") << QByteArray(R"({"personal-access-token": )") << 400 << "MALFORMED_REQUEST";
    QTest::newRow("not json at all") << QByteArray("personal-access-token=abc") << 400 << "MALFORMED_REQUEST";
    QTest::newRow("empty body") << QByteArray() << 400 << "MALFORMED_REQUEST";
    QTest::newRow("field missing") << QByteArray("{}") << 400 << "MALFORMED_REQUEST";
    QTest::newRow("field misspelt") << QByteArray(R"({"personal_access_token": "kw_pat_x"})") << 400
                                    << "MALFORMED_REQUEST";
    QTest::newRow("seed placeholder") << QByteArray(R"({"personal-access-token": "your-auth-key-here"})") << 401
                                      << "INVALID_API_KEY";
    QTest::newRow("well-formed unknown key")
        << QByteArray(R"({"personal-access-token": "kw_pat_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa000000"})") << 401
        << "INVALID_API_KEY";
}

void TestSeeds::vntanaLoginErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const HttpResponse r
        = http().request("POST", QStringLiteral("v1/auth/login/token"), body, raw("Content-Type", "application/json"));
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), code);
    QCOMPARE(r.json.value(QStringLiteral("success")).toBool(true), false);
    QVERIFY(r.header("x-auth-token").isEmpty());
}

// "Lost token: re-generate it; the old token will be invalidated. One token per user."
void TestSeeds::vntanaOneKeyPerUserAndRegeneratingInvalidatesTheOld()
{
    const QByteArray first = http()
                                 .post(QStringLiteral("v1/me/auth-key"), {}, session(m_userToken))
                                 .response()
                                 .value(QStringLiteral("secret"))
                                 .toString()
                                 .toLatin1();
    QVERIFY(!first.isEmpty());
    const QJsonObject body {{QStringLiteral("personal-access-token"), QString::fromLatin1(first)}};
    const HttpResponse login = http().postJson(QStringLiteral("v1/auth/login/token"), body);
    QCOMPARE(login.status, 200);
    const QByteArray oldSession = login.header("x-auth-token");

    const HttpResponse again = http().post(QStringLiteral("v1/me/auth-key"), {}, session(m_userToken));
    QCOMPARE(again.status, 201);
    QCOMPARE(again.response().value(QStringLiteral("replaced")).toBool(), true);
    const QByteArray second = again.response().value(QStringLiteral("secret")).toString().toLatin1();
    QVERIFY(second != first);

    const HttpResponse stale = http().postJson(QStringLiteral("v1/auth/login/token"), body);
    QCOMPARE(stale.status, 401);
    QCOMPARE(stale.errorCode(), QStringLiteral("INVALID_API_KEY"));
    QCOMPARE(http().get(QStringLiteral("v1/me"), session(oldSession)).status, 401);
    QCOMPARE(http()
                 .postJson(QStringLiteral("v1/auth/login/token"),
                           {{QStringLiteral("personal-access-token"), QString::fromLatin1(second)}})
                 .status,
             200);
}

// curl -H "Authorization: $TOKEN" (issue) ... -H "Authorization: $KEY" (use) ... deleteApiKey.
void TestSeeds::cloudTowerKeyInRawAuthorizationHeader()
{
    // Issuing needs a token, here in the raw Authorization header as in the seed.
    const HttpResponse issued
        = http().postJson(QStringLiteral("v1/api-keys"),
                          {{QStringLiteral("name"), QStringLiteral("cloudtower")},
                           {QStringLiteral("expires_in_days"), 30},
                           {QStringLiteral("scopes"), QJsonArray {QStringLiteral("read"), QStringLiteral("write")}}},
                          raw("Authorization", m_adminToken));
    QCOMPARE(issued.status, 201);
    const QByteArray key = issued.response().value(QStringLiteral("secret")).toString().toLatin1();
    const QString id = issued.response().value(QStringLiteral("id")).toString();
    QVERIFY(key.startsWith("kw_key_"));

    // Used the same way as a token: same caller, and a POST with a JSON body works.
    const HttpResponse viaKey = http().get(QStringLiteral("v1/me"), raw("Authorization", key));
    const HttpResponse viaToken = http().get(QStringLiteral("v1/me"), raw("Authorization", m_adminToken));
    QCOMPARE(viaKey.status, 200);
    QCOMPARE(viaToken.status, 200);
    QCOMPARE(viaKey.response().value(QStringLiteral("id")), viaToken.response().value(QStringLiteral("id")));
    QCOMPARE(viaKey.response().value(QStringLiteral("email")).toString(), QLatin1String(TestServer::AdminEmail));
    const HttpResponse post = http().postJson(
        QStringLiteral("v1/api-keys"),
        {{QStringLiteral("name"), QStringLiteral("made by a key")}, {QStringLiteral("expires_in_days"), 7}},
        raw("Authorization", key));
    QCOMPARE(post.status, 201);

    // It can be released at any time; afterwards it is rejected.
    QCOMPARE(http().del(QStringLiteral("v1/api-keys/") + id, raw("Authorization", m_adminToken)).status, 200);
    const HttpResponse after = http().get(QStringLiteral("v1/me"), raw("Authorization", key));
    QCOMPARE(after.status, 401);
    QCOMPARE(after.errorCode(), QStringLiteral("INVALID_API_KEY"));
    QCOMPARE(http()
                 .postJson(QStringLiteral("v1/api-keys"), {{QStringLiteral("name"), QStringLiteral("x")}},
                           raw("Authorization", key))
                 .status,
             401);
    // The token it was issued with still works: deleting a key never ends the user's sessions.
    QCOMPARE(http().get(QStringLiteral("v1/me"), raw("Authorization", m_adminToken)).status, 200);
}

// "When two-factor authentication is enabled, you cannot obtain a token using only your username and password ...
// an API Key replaces the token."
void TestSeeds::cloudTowerKeyKeepsWorkingWithTwoFactor()
{
    const QString email = QStringLiteral("ops@acme.test");
    QVERIFY(!m_server.createUser(m_adminToken, email, QStringLiteral("user")).isEmpty());
    const QByteArray token = m_server.login(email, QLatin1String(UserPassword));
    QVERIFY(!token.isEmpty());
    const QByteArray key
        = newKey(token, QStringLiteral("automation"), {QStringLiteral("read"), QStringLiteral("write")})
              .value(QStringLiteral("secret"))
              .toString()
              .toLatin1();
    QVERIFY(!key.isEmpty());

    const HttpResponse enrol = http().post(QStringLiteral("v1/me/2fa"), {}, session(token));
    QCOMPARE(enrol.status, 200);
    const QByteArray secret = enrol.response().value(QStringLiteral("secret")).toString().toLatin1();
    QVERIFY(secret.size() >= 16);
    QVERIFY(
        enrol.response().value(QStringLiteral("otpauth_uri")).toString().startsWith(QLatin1String("otpauth://totp/")));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString code = totpCodeFromBase32(secret, now);
    const QString wrong = QStringLiteral("%1").arg((code.toInt() + 500000) % 1000000, 6, 10, QLatin1Char('0'));
    const HttpResponse refused
        = http().postJson(QStringLiteral("v1/me/2fa/confirm"), {{QStringLiteral("code"), wrong}}, session(token));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), QStringLiteral("INVALID_OTP"));
    const HttpResponse confirmed
        = http().postJson(QStringLiteral("v1/me/2fa/confirm"), {{QStringLiteral("code"), code}}, session(token));
    QCOMPARE(confirmed.status, 200);
    QCOMPARE(confirmed.response().value(QStringLiteral("two_factor_enabled")).toBool(), true);

    // Username and password alone no longer give a token.
    const HttpResponse login = http().postJson(
        QStringLiteral("v1/auth/login"),
        {{QStringLiteral("email"), email}, {QStringLiteral("password"), QLatin1String(UserPassword)}});
    QCOMPARE(login.status, 401);
    QCOMPARE(login.errorCode(), QStringLiteral("OTP_REQUIRED"));
    QVERIFY(login.header("x-auth-token").isEmpty());

    // The API key still works, reads and writes, without any second factor.
    const HttpResponse me = http().get(QStringLiteral("v1/me"), raw("Authorization", key));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.response().value(QStringLiteral("email")).toString(), email);
    QCOMPARE(me.response().value(QStringLiteral("two_factor_enabled")).toBool(), true);
    QCOMPARE(http()
                 .postJson(QStringLiteral("v1/api-keys"),
                           {{QStringLiteral("name"), QStringLiteral("from automation")},
                            {QStringLiteral("expires_in_days"), 7}},
                           raw("Authorization", key))
                 .status,
             201);
    // But a key is not the account: it cannot switch the second factor off.
    const HttpResponse disable = http().request(
        "DELETE", QStringLiteral("v1/me/2fa"),
        R"({"code":")" + totpCodeFromBase32(secret, now + 30).toLatin1() + R"("})", raw("Authorization", key));
    QCOMPARE(disable.status, 403);
    QCOMPARE(disable.errorCode(), QStringLiteral("FORBIDDEN"));
}

// curl -X POST .../v1/generate -H "Authorization: Bearer YOUR_API_KEY" -H "Content-Type: application/json" -d ...
void TestSeeds::aiBearerKeyOnPost()
{
    const QByteArray key
        = newKey(m_adminToken, QStringLiteral("production"), {QStringLiteral("read"), QStringLiteral("write")})
              .value(QStringLiteral("secret"))
              .toString()
              .toLatin1();
    Headers headers = bearer(key);
    headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    const HttpResponse created = http().request("POST", QStringLiteral("v1/api-keys"),
                                                R"({"name": "Hello, world!", "expires_in_days": 30})", headers);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.response().value(QStringLiteral("name")).toString(), QStringLiteral("Hello, world!"));
    QCOMPARE(created.response().value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toString(),
             m_adminId);
    // The scheme is case-insensitive, as HTTP says.
    QCOMPARE(http().get(QStringLiteral("v1/me"), raw("Authorization", "bearer " + key)).status, 200);
    // The verify route takes the same header.
    const HttpResponse verified = http().request("POST", QStringLiteral("v1/keys/verify"), {}, headers);
    QCOMPARE(verified.status, 200);
    QCOMPARE(verified.response().value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(verified.response().value(QStringLiteral("scopes")).toArray(),
             QJsonArray({QStringLiteral("read"), QStringLiteral("write")}));
}

void TestSeeds::aiErrorEnvelopes_data()
{
    QTest::addColumn<QString>("credential");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message"); // empty: not fixed by the seed

    QTest::newRow("missing") << ""
                             << "MISSING_API_KEY"
                             << "API key is required";
    QTest::newRow("seed placeholder") << "YOUR_API_KEY"
                                      << "INVALID_API_KEY"
                                      << "The provided API key is invalid";
    QTest::newRow("well-formed unknown") << "kw_key_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa000000"
                                         << "INVALID_API_KEY"
                                         << "The provided API key is invalid";
    QTest::newRow("revoked") << "revoked"
                             << "INVALID_API_KEY"
                             << "";
    QTest::newRow("expired") << "expired"
                             << "EXPIRED_API_KEY"
                             << "The API key has expired";
}

void TestSeeds::aiErrorEnvelopes()
{
    QFETCH(QString, credential);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QByteArray key = credential.toLatin1();
    if (credential == QLatin1String("revoked")) {
        const QJsonObject created = newKey(m_adminToken, QStringLiteral("to revoke"));
        key = created.value(QStringLiteral("secret")).toString().toLatin1();
        QCOMPARE(http().get(QStringLiteral("v1/me"), bearer(key)).status, 200);
        QCOMPARE(http()
                     .post(QStringLiteral("v1/api-keys/%1/revoke").arg(created.value(QStringLiteral("id")).toString()),
                           {}, session(m_adminToken))
                     .status,
                 200);
    } else if (credential == QLatin1String("expired")) {
        key = m_expiring.value(QStringLiteral("secret")).toString().toLatin1();
        waitForExpiry();
    }
    const Headers headers = key.isEmpty() ? Headers() : bearer(key);
    const HttpResponse r
        = http().request("POST", QStringLiteral("v1/api-keys"), R"({"name":"x","expires_in_days":7})", headers);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json.value(QStringLiteral("success")), QJsonValue(false));
    const QJsonObject error = errorOf(r);
    QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
    if (!message.isEmpty())
        QCOMPARE(error.value(QStringLiteral("message")).toString(), message);
    const QJsonObject details = error.value(QStringLiteral("details")).toObject();
    if (credential.isEmpty()) {
        // Exactly the seed's details.
        QCOMPARE(details, QJsonObject({{QStringLiteral("header"), QStringLiteral("Authorization")}}));
    } else if (credential == QLatin1String("revoked")) {
        QVERIFY(details.value(QStringLiteral("key_id")).toString().startsWith(QLatin1String("key_")));
    } else if (credential == QLatin1String("expired")) {
        const QString expiredAt = details.value(QStringLiteral("expired_at")).toString();
        QCOMPARE(expiredAt, m_expiring.value(QStringLiteral("expires_at")).toString());
        // The seed's form: "2024-01-01T00:00:00Z".
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                     .match(expiredAt)
                     .hasMatch(),
                 qPrintable(expiredAt));
        QCOMPARE(details.value(QStringLiteral("key_id")), m_expiring.value(QStringLiteral("id")));
    }
    // Nothing was created by a refused request.
    QVERIFY(
        !http().get(QStringLiteral("v1/api-keys?limit=1000"), session(m_adminToken)).body.contains(R"("name":"x")"));
}

void TestSeeds::aiPermissions_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("requiredScope");

    const QByteArray create = R"({"name":"by scope","expires_in_days":7})";
    const QStringList read {QStringLiteral("read")};
    const QStringList write {QStringLiteral("write")};
    const QStringList admin {QStringLiteral("read"), QStringLiteral("admin")};
    const QStringList webhook {QStringLiteral("webhook")};
    QTest::newRow("read: can read") << read << QByteArray("GET") << "v1/api-keys" << QByteArray() << 200 << "";
    QTest::newRow("read: cannot create") << read << QByteArray("POST") << "v1/api-keys" << create << 403 << "write";
    QTest::newRow("read: no user management")
        << read << QByteArray("GET") << "v1/users" << QByteArray() << 403 << "admin";
    // A key mints keys no stronger than itself (a key's default scope is read, which a write-only key lacks).
    const QByteArray createWrite = R"({"name":"by scope","expires_in_days":7,"scopes":["write"]})";
    QTest::newRow("write: can create") << write << QByteArray("POST") << "v1/api-keys" << createWrite << 201 << "";
    QTest::newRow("write: cannot mint a stronger key")
        << write << QByteArray("POST") << "v1/api-keys" << create << 403 << "";
    QTest::newRow("write: cannot read") << write << QByteArray("GET") << "v1/api-keys" << QByteArray() << 403 << "read";
    QTest::newRow("write: no user management")
        << write << QByteArray("GET") << "v1/users" << QByteArray() << 403 << "admin";
    QTest::newRow("admin: user management") << admin << QByteArray("GET") << "v1/users" << QByteArray() << 200 << "";
    QTest::newRow("admin: tenant settings")
        << admin << QByteArray("PATCH") << "v1/tenant" << QByteArray(R"({"max_key_lifetime_days":0})") << 200 << "";
    QTest::newRow("webhook: cannot read") << webhook << QByteArray("GET") << "v1/me" << QByteArray() << 403 << "read";
    QTest::newRow("webhook: cannot write")
        << webhook << QByteArray("POST") << "v1/api-keys" << create << 403 << "write";
}

void TestSeeds::aiPermissions()
{
    QFETCH(QStringList, scopes);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, requiredScope);
    const QJsonObject key = newKey(m_adminToken, QStringLiteral("scoped"), scopes);
    QCOMPARE(key.value(QStringLiteral("scopes")).toArray(), QJsonArray::fromStringList(scopes));
    const HttpResponse r
        = http().request(method, path, body, bearer(key.value(QStringLiteral("secret")).toString().toLatin1()));
    QCOMPARE(r.status, status);
    if (status == 403) {
        QCOMPARE(r.errorCode(), QStringLiteral("FORBIDDEN"));
        if (!requiredScope.isEmpty())
            QCOMPARE(errorOf(r)
                         .value(QStringLiteral("details"))
                         .toObject()
                         .value(QStringLiteral("required_scope"))
                         .toString(),
                     requiredScope);
    }
}

void TestSeeds::aiScopeRules_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QJsonValue>("scopes");
    QTest::addColumn<int>("status");

    QTest::newRow("all four") << "admin"
                              << QJsonValue(QJsonArray {QStringLiteral("read"), QStringLiteral("write"),
                                                        QStringLiteral("admin"), QStringLiteral("webhook")})
                              << 201;
    QTest::newRow("default is read") << "admin" << QJsonValue(QJsonValue::Undefined) << 201;
    QTest::newRow("unknown permission") << "admin" << QJsonValue(QJsonArray {QStringLiteral("superuser")}) << 400;
    QTest::newRow("empty list") << "admin" << QJsonValue(QJsonArray()) << 400;
    QTest::newRow("admin scope needs an admin") << "user" << QJsonValue(QJsonArray {QStringLiteral("admin")}) << 400;
    QTest::newRow("user may hold webhook") << "user" << QJsonValue(QJsonArray {QStringLiteral("webhook")}) << 201;
}

void TestSeeds::aiScopeRules()
{
    QFETCH(QString, owner);
    QFETCH(QJsonValue, scopes);
    QFETCH(int, status);
    QJsonObject body {{QStringLiteral("name"), QStringLiteral("scope rule %1").arg(++m_counter)},
                      {QStringLiteral("expires_in_days"), 7}};
    if (!scopes.isUndefined())
        body.insert(QStringLiteral("scopes"), scopes);
    const HttpResponse r = http().postJson(QStringLiteral("v1/api-keys"), body,
                                           session(owner == QLatin1String("admin") ? m_adminToken : m_userToken));
    QCOMPARE(r.status, status);
    if (status == 201) {
        const QJsonArray expected = scopes.isUndefined() ? QJsonArray {QStringLiteral("read")} : scopes.toArray();
        QCOMPARE(r.response().value(QStringLiteral("scopes")).toArray(), expected);
    } else {
        QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_FAILED"));
        QCOMPARE(errorOf(r).value(QStringLiteral("details")).toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("scopes"));
    }
}

// "Create a new API key, update your applications, test, delete the old key" - and the server's own rotate.
void TestSeeds::aiRotatingKeys()
{
    const QJsonObject old = newKey(m_adminToken, QStringLiteral("old"));
    const QJsonObject next = newKey(m_adminToken, QStringLiteral("new"));
    const QByteArray oldKey = old.value(QStringLiteral("secret")).toString().toLatin1();
    const QByteArray newKeySecret = next.value(QStringLiteral("secret")).toString().toLatin1();
    QCOMPARE(http().get(QStringLiteral("v1/me"), bearer(newKeySecret)).status, 200);
    QCOMPARE(
        http()
            .del(QStringLiteral("v1/api-keys/") + old.value(QStringLiteral("id")).toString(), session(m_adminToken))
            .status,
        200);
    QCOMPARE(http().get(QStringLiteral("v1/me"), bearer(oldKey)).status, 401);
    QCOMPARE(http().get(QStringLiteral("v1/me"), bearer(newKeySecret)).status, 200);

    // Rotating in place: a new secret for the same key; without a grace period the old secret dies at once.
    const HttpResponse rotated
        = http().post(QStringLiteral("v1/api-keys/%1/rotate").arg(next.value(QStringLiteral("id")).toString()), {},
                      session(m_adminToken));
    QCOMPARE(rotated.status, 200);
    const QByteArray rotatedSecret = rotated.response().value(QStringLiteral("secret")).toString().toLatin1();
    QVERIFY(rotatedSecret.startsWith("kw_key_"));
    QVERIFY(rotatedSecret != newKeySecret);
    QCOMPARE(rotated.response().value(QStringLiteral("id")), next.value(QStringLiteral("id")));
    QCOMPARE(http().get(QStringLiteral("v1/me"), bearer(rotatedSecret)).status, 200);
    const HttpResponse stale = http().get(QStringLiteral("v1/me"), bearer(newKeySecret));
    QCOMPARE(stale.status, 401);
    QCOMPARE(stale.errorCode(), QStringLiteral("INVALID_API_KEY"));
}

void TestSeeds::togaiLongLivedSecretAsBearer()
{
    const QJsonObject key = newKey(m_userToken, QStringLiteral("togai secret"));
    const QByteArray secret = key.value(QStringLiteral("secret")).toString().toLatin1();
    const HttpResponse me = http().get(QStringLiteral("v1/me"), bearer(secret));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.response().value(QStringLiteral("email")).toString(), QLatin1String(UserEmail));
    QCOMPARE(me.response().value(QStringLiteral("scopes")).toArray(), QJsonArray {QStringLiteral("read")});
    // Long-lived: it carries a real expiry, 30 days here.
    const QDateTime expires = fromIso(key.value(QStringLiteral("expires_at")).toString());
    QCOMPARE(fromIso(key.value(QStringLiteral("created_at")).toString()).secsTo(expires), 30 * Day);
}

// A short-lived token obtained from the long-lived secret: it carries the key's permissions and ends with the key.
void TestSeeds::togaiShortLivedTokenFromSecret()
{
    const QJsonObject key = newKey(m_userToken, QStringLiteral("ingest"), {QStringLiteral("read")});
    const QString secret = key.value(QStringLiteral("secret")).toString();
    const HttpResponse r
        = http().postJson(QStringLiteral("v1/auth/login/token"), {{QStringLiteral("personal-access-token"), secret}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.response().value(QStringLiteral("email")).toString(), QLatin1String(UserEmail));
    const QByteArray token = r.header("x-auth-token");
    QVERIFY(token.startsWith("kw_ses_"));
    QVERIFY(token != secret.toLatin1());

    // Used as a Bearer token too.
    const HttpResponse me = http().get(QStringLiteral("v1/me"), bearer(token));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.response().value(QStringLiteral("email")).toString(), QLatin1String(UserEmail));
    QCOMPARE(http().get(QStringLiteral("v1/api-keys"), session(token)).status, 200);
    // No more than the key may do.
    const HttpResponse write = http().postJson(
        QStringLiteral("v1/api-keys"),
        {{QStringLiteral("name"), QStringLiteral("escalate")}, {QStringLiteral("expires_in_days"), 7}}, session(token));
    QCOMPARE(write.status, 403);
    QCOMPARE(write.errorCode(), QStringLiteral("FORBIDDEN"));

    // Revoking the secret ends the tokens made from it.
    QCOMPARE(http()
                 .post(QStringLiteral("v1/api-keys/%1/revoke").arg(key.value(QStringLiteral("id")).toString()), {},
                       session(m_userToken))
                 .status,
             200);
    QCOMPARE(http().get(QStringLiteral("v1/me"), session(token)).status, 401);
    const HttpResponse again
        = http().postJson(QStringLiteral("v1/auth/login/token"), {{QStringLiteral("personal-access-token"), secret}});
    QCOMPARE(again.status, 401);
    QCOMPARE(again.errorCode(), QStringLiteral("INVALID_API_KEY"));
}

// "Each Secret Key can be retrieved only once when it is being created."
void TestSeeds::togaiSecretIsRetrievableOnlyOnce()
{
    const HttpResponse created = http().postJson(QStringLiteral("v1/api-keys"),
                                                 {{QStringLiteral("name"), QStringLiteral("shown once")},
                                                  {QStringLiteral("description"), QStringLiteral("togai")},
                                                  {QStringLiteral("expires_in_days"), 30}},
                                                 session(m_adminToken));
    QCOMPARE(created.status, 201);
    const QByteArray secret = created.response().value(QStringLiteral("secret")).toString().toLatin1();
    const QString id = created.response().value(QStringLiteral("id")).toString();
    QVERIFY(secret.startsWith("kw_key_"));
    // The display prefix is a proper prefix of the secret, never all of it.
    const QString prefix = created.response().value(QStringLiteral("prefix")).toString();
    QVERIFY(!prefix.isEmpty());
    QVERIFY(prefix.size() < secret.size());

    const QList<HttpResponse> later {
        http().get(QStringLiteral("v1/api-keys/") + id, session(m_adminToken)),
        http().get(QStringLiteral("v1/api-keys?limit=1000"), session(m_adminToken)),
        http().patchJson(QStringLiteral("v1/api-keys/") + id,
                         {{QStringLiteral("description"), QStringLiteral("edited")}}, session(m_adminToken)),
        http().post(QStringLiteral("v1/api-keys/%1/revoke").arg(id), {}, session(m_adminToken)),
        http().post(QStringLiteral("v1/api-keys/%1/reactivate").arg(id), {}, session(m_adminToken)),
        http().get(QStringLiteral("v1/audit?limit=1000"), session(m_adminToken)),
        http().request("POST", QStringLiteral("v1/keys/verify"), {}, bearer(secret)),
    };
    for (const HttpResponse& r : later) {
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains(secret));
        QVERIFY(!r.body.contains(secret.right(12)));
        QVERIFY(!r.response().contains(QStringLiteral("secret")));
    }
    QCOMPARE(later.at(0).response().value(QStringLiteral("prefix")).toString(), prefix);
}

void TestSeeds::paletteAdminCreatesKeyForAUser()
{
    const HttpResponse r = http().postJson(QStringLiteral("v1/api-keys"),
                                           {{QStringLiteral("name"), QStringLiteral("for the user")},
                                            {QStringLiteral("description"), QStringLiteral("created by the admin")},
                                            {QStringLiteral("user_id"), m_userId},
                                            {QStringLiteral("expires_in_days"), 30}},
                                           session(m_adminToken));
    QCOMPARE(r.status, 201);
    const QJsonObject key = r.response();
    QCOMPARE(key.value(QStringLiteral("owner")).toObject(),
             QJsonObject({{QStringLiteral("id"), m_userId}, {QStringLiteral("email"), QLatin1String(UserEmail)}}));
    QCOMPARE(key.value(QStringLiteral("created_by")).toString(), m_adminId);
    QCOMPARE(key.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(key.value(QStringLiteral("description")).toString(), QStringLiteral("created by the admin"));
    // The key is the user's: the user sees it and it acts for the user.
    QCOMPARE(http()
                 .get(QStringLiteral("v1/api-keys/") + key.value(QStringLiteral("id")).toString(), session(m_userToken))
                 .status,
             200);
    const HttpResponse me
        = http().get(QStringLiteral("v1/me"), raw("ApiKey", key.value(QStringLiteral("secret")).toString().toLatin1()));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.response().value(QStringLiteral("id")).toString(), m_userId);
}

void TestSeeds::paletteUsersCreateKeysForThemselves()
{
    const QJsonObject own = newKey(m_userToken, QStringLiteral("mine"));
    QCOMPARE(own.value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toString(), m_userId);
    QCOMPARE(own.value(QStringLiteral("created_by")).toString(), m_userId);
    const HttpResponse forAdmin = http().postJson(QStringLiteral("v1/api-keys"),
                                                  {{QStringLiteral("name"), QStringLiteral("not mine")},
                                                   {QStringLiteral("user_id"), m_adminId},
                                                   {QStringLiteral("expires_in_days"), 30}},
                                                  session(m_userToken));
    QCOMPARE(forAdmin.status, 403);
    QCOMPARE(forAdmin.errorCode(), QStringLiteral("FORBIDDEN"));
    QVERIFY(!http().get(QStringLiteral("v1/api-keys?limit=1000"), session(m_adminToken)).body.contains("not mine"));
}

void TestSeeds::paletteExpiryPresets_data()
{
    QTest::addColumn<int>("days");
    QTest::newRow("7 days") << 7;
    QTest::newRow("30 days") << 30;
    QTest::newRow("60 days") << 60;
    QTest::newRow("90 days") << 90;
    QTest::newRow("custom") << 0;
}

void TestSeeds::paletteExpiryPresets()
{
    QFETCH(int, days);
    QJsonObject body {{QStringLiteral("name"), QStringLiteral("expiry %1").arg(days)}};
    QDateTime custom = QDateTime::currentDateTimeUtc().addDays(45);
    custom.setTime(QTime(12, 30, 0));
    if (days > 0)
        body.insert(QStringLiteral("expires_in_days"), days);
    else
        body.insert(QStringLiteral("expires_at"), iso(custom));
    const HttpResponse r = http().postJson(QStringLiteral("v1/api-keys"), body, session(m_userToken));
    QCOMPARE(r.status, 201);
    const QDateTime created = fromIso(r.response().value(QStringLiteral("created_at")).toString());
    const QDateTime expires = fromIso(r.response().value(QStringLiteral("expires_at")).toString());
    QVERIFY(created.isValid());
    QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    if (days > 0)
        QCOMPARE(created.secsTo(expires), days * Day);
    else
        QCOMPARE(expires, custom);
    QCOMPARE(r.response().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
}

void TestSeeds::paletteExpiryErrors_data()
{
    QTest::addColumn<QJsonObject>("expiry");
    QTest::addColumn<QString>("field");
    QTest::newRow("no expiry chosen") << QJsonObject() << "expires_in_days";
    QTest::newRow("not a preset") << QJsonObject {{QStringLiteral("expires_in_days"), 10}} << "expires_in_days";
    QTest::newRow("custom in the past") << QJsonObject {{QStringLiteral("expires_at"),
                                                         iso(QDateTime::currentDateTimeUtc().addDays(-1))}}
                                        << "expires_at";
    QTest::newRow("custom not a date") << QJsonObject {{QStringLiteral("expires_at"), QStringLiteral("next week")}}
                                       << "expires_at";
    QTest::newRow("both") << QJsonObject {{QStringLiteral("expires_in_days"), 7},
                                          {QStringLiteral("expires_at"),
                                           iso(QDateTime::currentDateTimeUtc().addDays(3))}}
                          << "expires_at";
}

void TestSeeds::paletteExpiryErrors()
{
    QFETCH(QJsonObject, expiry);
    QFETCH(QString, field);
    QJsonObject body = expiry;
    body.insert(QStringLiteral("name"), QStringLiteral("bad expiry"));
    const HttpResponse r = http().postJson(QStringLiteral("v1/api-keys"), body, session(m_userToken));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_FAILED"));
    QCOMPARE(errorOf(r).value(QStringLiteral("details")).toObject().value(QStringLiteral("field")).toString(), field);
    QVERIFY(!http().get(QStringLiteral("v1/api-keys?limit=1000"), session(m_userToken)).body.contains("bad expiry"));
}

void TestSeeds::paletteEditNameDescriptionAndExpiry()
{
    const QJsonObject key = newKey(m_userToken, QStringLiteral("before"));
    const QString path = QStringLiteral("v1/api-keys/") + key.value(QStringLiteral("id")).toString();
    const HttpResponse edited = http().patchJson(path,
                                                 {{QStringLiteral("name"), QStringLiteral("after")},
                                                  {QStringLiteral("description"), QStringLiteral("now described")}},
                                                 session(m_userToken));
    QCOMPARE(edited.status, 200);
    QDateTime custom = QDateTime::currentDateTimeUtc().addDays(20);
    custom.setTime(QTime(8, 0, 0));
    QCOMPARE(http().patchJson(path, {{QStringLiteral("expires_at"), iso(custom)}}, session(m_userToken)).status, 200);
    const QJsonObject now = http().get(path, session(m_userToken)).response();
    QCOMPARE(now.value(QStringLiteral("name")).toString(), QStringLiteral("after"));
    QCOMPARE(now.value(QStringLiteral("description")).toString(), QStringLiteral("now described"));
    QCOMPARE(now.value(QStringLiteral("expires_at")).toString(), iso(custom));
    // A preset again, counted from now.
    const HttpResponse preset = http().patchJson(path, {{QStringLiteral("expires_in_days"), 90}}, session(m_userToken));
    QCOMPARE(preset.status, 200);
    const QDateTime expires = fromIso(preset.response().value(QStringLiteral("expires_at")).toString());
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().addDays(90).secsTo(expires)) < 60);
    // The secret did not change with the edits.
    QCOMPARE(
        http().get(QStringLiteral("v1/me"), bearer(key.value(QStringLiteral("secret")).toString().toLatin1())).status,
        200);
    // The description is optional: clearing it is allowed.
    const HttpResponse cleared
        = http().patchJson(path, {{QStringLiteral("description"), QString()}}, session(m_userToken));
    QCOMPARE(cleared.status, 200);
    QCOMPARE(cleared.response().value(QStringLiteral("description")).toString(), QString());
}

void TestSeeds::paletteRevokeReactivateDelete()
{
    const QJsonObject key = newKey(m_adminToken, QStringLiteral("lifecycle"), {}, m_userId);
    const QString id = key.value(QStringLiteral("id")).toString();
    const QByteArray secret = key.value(QStringLiteral("secret")).toString().toLatin1();
    QCOMPARE(http().get(QStringLiteral("v1/me"), raw("ApiKey", secret)).status, 200);

    const HttpResponse revoked
        = http().post(QStringLiteral("v1/api-keys/%1/revoke").arg(id), {}, session(m_adminToken));
    QCOMPARE(revoked.status, 200);
    QCOMPARE(revoked.response().value(QStringLiteral("status")).toString(), QStringLiteral("inactive"));
    const HttpResponse refused = http().get(QStringLiteral("v1/me"), raw("ApiKey", secret));
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.errorCode(), QStringLiteral("INVALID_API_KEY"));
    QCOMPARE(http()
                 .get(QStringLiteral("v1/api-keys?status=inactive&user=") + m_userId, session(m_adminToken))
                 .body.contains(id.toLatin1()),
             true);

    const HttpResponse reactivated
        = http().post(QStringLiteral("v1/api-keys/%1/reactivate").arg(id), {}, session(m_userToken));
    QCOMPARE(reactivated.status, 200);
    QCOMPARE(reactivated.response().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(http().get(QStringLiteral("v1/me"), raw("ApiKey", secret)).status, 200);

    const HttpResponse deleted = http().del(QStringLiteral("v1/api-keys/") + id, session(m_adminToken));
    QCOMPARE(deleted.status, 200);
    QCOMPARE(http().get(QStringLiteral("v1/api-keys/") + id, session(m_adminToken)).status, 404);
    QCOMPARE(http().get(QStringLiteral("v1/me"), raw("ApiKey", secret)).status, 401);
    QVERIFY(!http().get(QStringLiteral("v1/api-keys?limit=1000"), session(m_adminToken)).body.contains(id.toLatin1()));
    // Deleted for good: it cannot be brought back.
    QCOMPARE(http().post(QStringLiteral("v1/api-keys/%1/reactivate").arg(id), {}, session(m_adminToken)).status, 404);
}

void TestSeeds::paletteReactivateOnlyBeforeExpiry()
{
    waitForExpiry();
    const QString id = m_expiringRevoked.value(QStringLiteral("id")).toString();
    const HttpResponse r = http().post(QStringLiteral("v1/api-keys/%1/reactivate").arg(id), {}, session(m_adminToken));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("KEY_EXPIRED"));
    QCOMPARE(errorOf(r).value(QStringLiteral("details")).toObject().value(QStringLiteral("expired_at")).toString(),
             iso(m_expiresAt));
    const QJsonObject now = http().get(QStringLiteral("v1/api-keys/") + id, session(m_adminToken)).response();
    QCOMPARE(now.value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
    // Nor can an edit push the expiry of an expired key back out.
    const HttpResponse extend = http().patchJson(QStringLiteral("v1/api-keys/") + id,
                                                 {{QStringLiteral("expires_in_days"), 30}}, session(m_adminToken));
    QCOMPARE(extend.status, 409);
    QCOMPARE(extend.errorCode(), QStringLiteral("KEY_EXPIRED"));
    const HttpResponse use
        = http().get(QStringLiteral("v1/me"),
                     raw("ApiKey", m_expiringRevoked.value(QStringLiteral("secret")).toString().toLatin1()));
    QCOMPARE(use.status, 401);
}

void TestSeeds::paletteQueryParameterAndHeader_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("valid");
    QTest::newRow("query parameter") << "query" << true;
    QTest::newRow("ApiKey header") << "header" << true;
    QTest::newRow("query parameter, wrong key") << "query" << false;
    QTest::newRow("ApiKey header, wrong key") << "header" << false;
}

void TestSeeds::paletteQueryParameterAndHeader()
{
    QFETCH(QString, how);
    QFETCH(bool, valid);
    QByteArray key = newKey(m_userToken, QStringLiteral("palette %1").arg(++m_counter))
                         .value(QStringLiteral("secret"))
                         .toString()
                         .toLatin1();
    if (!valid)
        key = "QMOI1ZVKVIoW6LM6uXqSWFPsjmt0juvl"; // the seed's example
    const HttpResponse r = how == QLatin1String("query")
        ? http().get(QStringLiteral("v1/api-keys?ApiKey=")
                     + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(key))))
        : http().get(QStringLiteral("v1/api-keys"), raw("ApiKey", key));
    if (!valid) {
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("INVALID_API_KEY"));
        return;
    }
    QCOMPARE(r.status, 200);
    const QJsonArray keys = r.response().value(QStringLiteral("keys")).toArray();
    QVERIFY(!keys.isEmpty());
    for (const QJsonValue& k : keys)
        QCOMPARE(k.toObject().value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toString(),
                 m_userId);
}

// "Every authorization token is valid for 15 min."
void TestSeeds::paletteTokenIsValidForFifteenMinutes()
{
    const HttpResponse login = http().postJson(QStringLiteral("v1/auth/login"),
                                               {{QStringLiteral("email"), QLatin1String(UserEmail)},
                                                {QStringLiteral("password"), QLatin1String(UserPassword)}});
    QCOMPARE(login.status, 200);
    const QDateTime expires = fromIso(login.response().value(QStringLiteral("expires_at")).toString());
    QVERIFY(expires.isValid());
    const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(expires);
    QVERIFY2(ahead > 15 * 60 - 30 && ahead <= 15 * 60 + 1, qPrintable(QString::number(ahead)));
    // The token goes in the Authorization header.
    const HttpResponse me = http().get(QStringLiteral("v1/me"), raw("Authorization", login.header("x-auth-token")));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.response().value(QStringLiteral("email")).toString(), QLatin1String(UserEmail));
}

// GET /v1/auth/refresh/{token}
void TestSeeds::paletteRefreshToken()
{
    const HttpResponse login = http().postJson(QStringLiteral("v1/auth/login"),
                                               {{QStringLiteral("email"), QLatin1String(UserEmail)},
                                                {QStringLiteral("password"), QLatin1String(UserPassword)}});
    QCOMPARE(login.status, 200);
    const QString refreshToken = login.response().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!refreshToken.isEmpty());
    const HttpResponse refreshed = http().get(QStringLiteral("v1/auth/refresh/") + refreshToken);
    QCOMPARE(refreshed.status, 200);
    const QByteArray token = refreshed.header("x-auth-token");
    QVERIFY(token.startsWith("kw_ses_"));
    QVERIFY(token != login.header("x-auth-token"));
    const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(
        fromIso(refreshed.response().value(QStringLiteral("expires_at")).toString()));
    QVERIFY2(ahead > 15 * 60 - 30 && ahead <= 15 * 60 + 1, qPrintable(QString::number(ahead)));
    const HttpResponse me = http().get(QStringLiteral("v1/me"), raw("Authorization", token));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.response().value(QStringLiteral("id")).toString(), m_userId);
    // A session token is not a refresh token.
    QCOMPARE(http().get(QStringLiteral("v1/auth/refresh/") + QString::fromLatin1(token)).status, 401);
}

// "To view all the keys assigned to a particular user, select the user's name."
void TestSeeds::paletteFilterKeysByUser()
{
    const QString userKey
        = newKey(m_adminToken, QStringLiteral("filter: user"), {}, m_userId).value(QStringLiteral("id")).toString();
    const QString adminKey
        = newKey(m_adminToken, QStringLiteral("filter: admin")).value(QStringLiteral("id")).toString();
    QVERIFY(!userKey.isEmpty());
    QVERIFY(!adminKey.isEmpty());
    const HttpResponse forUser
        = http().get(QStringLiteral("v1/api-keys?limit=1000&user=") + m_userId, session(m_adminToken));
    QCOMPARE(forUser.status, 200);
    QVERIFY(forUser.body.contains(userKey.toLatin1()));
    QVERIFY(!forUser.body.contains(adminKey.toLatin1()));
    const QJsonArray keys = forUser.response().value(QStringLiteral("keys")).toArray();
    QVERIFY(keys.size() >= 2);
    for (const QJsonValue& k : keys)
        QCOMPARE(k.toObject().value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toString(),
                 m_userId);
    const HttpResponse forAdmin
        = http().get(QStringLiteral("v1/api-keys?limit=1000&user=") + m_adminId, session(m_adminToken));
    QVERIFY(forAdmin.body.contains(adminKey.toLatin1()));
    QVERIFY(!forAdmin.body.contains(userKey.toLatin1()));
}

QTEST_GUILESS_MAIN(TestSeeds)
#include "tst_seeds.moc"
