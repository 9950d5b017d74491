// Request bodies held to RFC 8259 against a real keywardd: raw control characters in strings, duplicate member names
// (compared after unescaping), invalid UTF-8, lone surrogates and deep nesting answer 400 MALFORMED_REQUEST on every
// route that reads a body (verify, create key, PATCH key, PATCH me, login), and nothing is stored; the same texts
// made valid are accepted and stored exactly, so each refusal is the check's doing.

#include "tests/support/TestServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace Keyward::Test;

namespace {

// A byte string with its NULs: the literal's length, not strlen.
template<size_t N> QByteArray raw(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

// Bodies that QJsonDocument alone would take. Each is refused with 400 MALFORMED_REQUEST. "@" is where the route's
// string field goes, e.g. {"name":@}.
struct Bad
{
    const char* name;
    QByteArray value; // replaces @ in the route's template
};

QList<Bad> badValues()
{
    return {
        {"raw NUL", raw("\"\0Renamed By Corpus\"")},
        {"raw NUL at the end", raw("\"Renamed\0\"")},
        {"raw U+0001", "\"a\x01z\""},
        {"raw U+001F", "\"a\x1fz\""},
        {"raw tab", "\"a\tz\""},
        {"raw line feed", "\"a\nz\""},
        {"raw carriage return", "\"a\rz\""},
        {"invalid UTF-8 byte", "\"caf\xff\""},
        {"UTF-8 continuation alone", "\"caf\x80\""},
        {"overlong UTF-8 slash", "\"a\xc0\xafz\""},
        {"overlong 3-byte", "\"a\xe0\x80\xafz\""},
        {"UTF-8 encoded surrogate", "\"a\xed\xa0\x80z\""},
        {"truncated UTF-8", "\"a\xe2\x82\""},
        {"UTF-8 beyond U+10FFFF", "\"a\xf4\x90\x80\x80z\""},
        {"lone high surrogate", R"("a\ud800z")"},
        {"lone high surrogate at the end", R"("a\uD83D")"},
        {"lone low surrogate", R"("a\udc00z")"},
        {"high surrogate then a letter", R"("a\ud800\u0041")"},
        {"two high surrogates", R"("a\ud800\ud800")"},
        {"nested 65 deep", QByteArray(65, '[') + QByteArray(65, ']')},
    };
}

// The same kind of content, valid: accepted and stored as sent.
struct Good
{
    const char* name;
    QByteArray value;
    QString stored;
};

QList<Good> goodValues()
{
    return {
        {"escaped control characters", R"("tab\tnew\nline")", QStringLiteral("tab\tnew\nline")},
        {"UTF-8 and a surrogate pair", "\"caf\xc3\xa9 \xe2\x82\xac \\ud83d\\ude00\"",
         QStringLiteral("caf\u00e9 \u20ac \U0001F600")},
        {"4-byte UTF-8", "\"\xf0\x9f\x98\x80 \xf4\x8f\xbf\xbf\"", QStringLiteral("\U0001F600 \U0010FFFF")},
    };
}

QByteArray fill(const char* pattern, const QByteArray& value)
{
    QByteArray body(pattern);
    body.replace("@", value);
    return body;
}

} // namespace

class TestHardeningInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_token = m_server.loginAdmin();
        QVERIFY(!m_token.isEmpty());
        const QJsonObject key = m_server.createKey(
            m_token, {{QStringLiteral("name"), QStringLiteral("original")}, {QStringLiteral("expires_in_days"), 30}});
        m_keyId = key.value(QStringLiteral("id")).toString();
        m_secret = key.value(QStringLiteral("secret")).toString().toLatin1();
        QVERIFY(!m_keyId.isEmpty());
        QVERIFY(!m_secret.isEmpty());
    }
    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void badStringIsRefusedAndNothingStored_data();
    void badStringIsRefusedAndNothingStored();
    void validStringIsStoredExactly_data();
    void validStringIsStoredExactly();
    void duplicateMembersAreRefused_data();
    void duplicateMembersAreRefused();
    void duplicatePasswordDoesNotSignIn();
    void verifyRefusesNearMissesOfItsFastPath_data();
    void verifyRefusesNearMissesOfItsFastPath();
    void manyMembersStayFast();

private:
    HttpClient& http() { return m_server.http(); }
    QByteArray state(const QString& route);
    HttpResponse send(const QString& route, const QByteArray& body);

    TestServer m_server;
    QByteArray m_token;
    QString m_keyId;
    QByteArray m_secret;
};

// route name -> the stored state a refusal must leave alone
QByteArray TestHardeningInput::state(const QString& route)
{
    if (route == QLatin1String("patch me"))
        return http().get(QStringLiteral("v1/me"), session(m_token)).body;
    if (route == QLatin1String("patch key"))
        return http().get(QStringLiteral("v1/api-keys/") + m_keyId, session(m_token)).body;
    // create key: the list of keys; verify: the key's usage count does not move on a refused request
    const HttpResponse list = http().get(QStringLiteral("v1/api-keys?limit=1000"), session(m_token));
    QByteArray names;
    for (const QJsonValue& key : list.response().value(QStringLiteral("keys")).toArray())
        names += key.toObject().value(QStringLiteral("name")).toString().toUtf8() + '\n';
    return names;
}

HttpResponse TestHardeningInput::send(const QString& route, const QByteArray& body)
{
    if (route == QLatin1String("verify"))
        return http().post(QStringLiteral("v1/keys/verify"), body);
    if (route == QLatin1String("create key"))
        return http().post(QStringLiteral("v1/api-keys"), body, session(m_token));
    if (route == QLatin1String("patch key"))
        return http().request("PATCH", QStringLiteral("v1/api-keys/") + m_keyId, body, session(m_token));
    return http().request("PATCH", QStringLiteral("v1/me"), body, session(m_token));
}

void TestHardeningInput::badStringIsRefusedAndNothingStored_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QByteArray>("body");
    const QList<QPair<const char*, const char*>> routes = {
        {"verify", R"({"key":@})"},
        {"create key", R"({"name":@,"expires_in_days":30})"},
        {"patch key", R"({"name":@})"},
        {"patch me", R"({"name":@})"},
    };
    for (const auto& [route, pattern] : routes) {
        for (const Bad& bad : badValues())
            QTest::addRow("%s: %s", route, bad.name) << QString::fromLatin1(route) << fill(pattern, bad.value);
    }
}

void TestHardeningInput::badStringIsRefusedAndNothingStored()
{
    QFETCH(QString, route);
    QFETCH(QByteArray, body);
    const QByteArray before = state(route);
    QVERIFY(!before.isEmpty());
    const HttpResponse r = send(route, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("MALFORMED_REQUEST"));
    QVERIFY2(r.json.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(QLatin1String("not valid JSON")),
             r.body.constData());
    QCOMPARE(state(route), before);
}

void TestHardeningInput::validStringIsStoredExactly_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("stored");
    for (const char* route : {"create key", "patch key", "patch me"}) {
        for (const Good& good : goodValues())
            QTest::addRow("%s: %s", route, good.name) << QString::fromLatin1(route) << good.value << good.stored;
    }
}

void TestHardeningInput::validStringIsStoredExactly()
{
    QFETCH(QString, route);
    QFETCH(QByteArray, value);
    QFETCH(QString, stored);
    const QByteArray body = route == QLatin1String("create key") ? fill(R"({"name":@,"expires_in_days":30})", value)
                                                                 : fill(R"({"name":@})", value);
    const HttpResponse r = send(route, body);
    QVERIFY2(r.status == 200 || r.status == 201, r.body.constData());
    QString name;
    if (route == QLatin1String("patch me")) {
        name
            = http().get(QStringLiteral("v1/me"), session(m_token)).response().value(QStringLiteral("name")).toString();
    } else {
        const QString id
            = route == QLatin1String("patch key") ? m_keyId : r.response().value(QStringLiteral("id")).toString();
        name = http()
                   .get(QStringLiteral("v1/api-keys/") + id, session(m_token))
                   .response()
                   .value(QStringLiteral("name"))
                   .toString();
    }
    QCOMPARE(name, stored);
}

void TestHardeningInput::duplicateMembersAreRefused_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("create key: name twice")
        << "create key" << QByteArray(R"({"name":"first","name":"second","expires_in_days":30})");
    QTest::newRow("create key: expiry twice")
        << "create key" << QByteArray(R"({"name":"dup expiry","expires_in_days":30,"expires_in_days":3000})");
    QTest::newRow("patch key: name twice") << "patch key" << QByteArray(R"({"name":"first","name":"second"})");
    QTest::newRow("patch key: same name, escaped")
        << "patch key" << QByteArray(R"({"name":"first","n\u0061me":"second"})");
    QTest::newRow("patch key: same name, escaped slash")
        << "patch key" << QByteArray(R"({"description":"a","descr\u0069ption":"b","name":"x"})");
    QTest::newRow("patch me: name twice") << "patch me" << QByteArray(R"({"name":"first","name":"second"})");
    QTest::newRow("patch me: same value twice") << "patch me" << QByteArray(R"({"name":"same","name":"same"})");
    QTest::newRow("verify: key twice") << "verify" << QByteArray(R"({"key":"kw_key_x","key":"@"})");
    QTest::newRow("create key: nested object, duplicate inside")
        << "create key" << QByteArray(R"({"name":"n","expires_in_days":30,"scopes":[{"a":1,"a":2}]})");
    QTest::newRow("create key: 20 members then a duplicate")
        << "create key"
        << QByteArray(R"({"a0":0,"a1":1,"a2":2,"a3":3,"a4":4,"a5":5,"a6":6,"a7":7,"a8":8,"a9":9,"b0":0,"b1":1,)"
                      R"("b2":2,"b3":3,"b4":4,"b5":5,"b6":6,"b7":7,"b8":8,"b9":9,"a4":4})");
}

void TestHardeningInput::duplicateMembersAreRefused()
{
    QFETCH(QString, route);
    QFETCH(QByteArray, body);
    body.replace("@", m_secret);
    const QByteArray before = state(route);
    const HttpResponse r = send(route, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("MALFORMED_REQUEST"));
    QVERIFY2(r.body.contains("duplicate member name"), r.body.constData());
    QCOMPARE(state(route), before);
}

void TestHardeningInput::duplicatePasswordDoesNotSignIn()
{
    const QByteArray email = TestServer::AdminEmail;
    const QByteArray password = TestServer::AdminPassword;
    const HttpResponse twice
        = http().post(QStringLiteral("v1/auth/login"),
                      R"({"email":")" + email + R"(","password":"wrong","password":")" + password + R"("})");
    QCOMPARE(twice.status, 400);
    QCOMPARE(twice.errorCode(), QStringLiteral("MALFORMED_REQUEST"));
    QVERIFY(twice.header("x-auth-token").isEmpty());
    // The same body with the member once signs in: the refusal above was the duplicate's.
    const HttpResponse once = http().post(QStringLiteral("v1/auth/login"),
                                          R"({"email":")" + email + R"(","password":")" + password + R"("})");
    QCOMPARE(once.status, 200);
    QVERIFY(!once.header("x-auth-token").isEmpty());
}

void TestHardeningInput::verifyRefusesNearMissesOfItsFastPath_data()
{
    // The verify route reads {"key":"<alphanumerics and _>"} without a parser; everything else goes through the
    // strict reader. These are a byte away from the fast path's shape. "@" stands for the key's secret, "#" for the
    // secret without its leading "k".
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString malformed = QStringLiteral("MALFORMED_REQUEST");
    QTest::newRow("fast path") << raw(R"({"key":"@"})") << 200 << QString();
    QTest::newRow("spaces: strict reader") << raw(R"( { "key" : "@" } )") << 200 << QString();
    QTest::newRow("escaped letter: strict reader") << raw(R"({"key":"\u006b#"})") << 200 << QString();
    QTest::newRow("raw NUL before the key") << raw("{\"key\":\"\0@\"}") << 400 << malformed;
    QTest::newRow("raw NUL after the key") << raw("{\"key\":\"@\0\"}") << 400 << malformed;
    QTest::newRow("raw U+001F after the key") << raw("{\"key\":\"@\x1f\"}") << 400 << malformed;
    QTest::newRow("Latin-1 byte after the key") << raw("{\"key\":\"@\xe9\"}") << 400 << malformed;
    QTest::newRow("text after the object") << raw(R"({"key":"@"}x)") << 400 << malformed;
    QTest::newRow("key twice, same value") << raw(R"({"key":"@","key":"@"})") << 400 << malformed;
}

void TestHardeningInput::verifyRefusesNearMissesOfItsFastPath()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QVERIFY(body.contains('@') || body.contains('#'));
    body.replace("@", m_secret);
    body.replace("#", m_secret.mid(1));
    const HttpResponse r = http().post(QStringLiteral("v1/keys/verify"), body);
    QVERIFY2(r.status == status, r.body.constData());
    QCOMPARE(r.errorCode(), code);
}

void TestHardeningInput::manyMembersStayFast()
{
    // 6,000 distinct members in one object, inside the 64 KiB limit: checked with a hash set, not pair by pair.
    QByteArray body = "{";
    for (int i = 0; i < 6000; ++i)
        body += "\"m" + QByteArray::number(i) + "\":0,";
    body += R"("name":"many"})";
    QVERIFY(body.size() < 64 * 1024);
    QElapsedTimer timer;
    timer.start();
    const HttpResponse r = http().request("PATCH", QStringLiteral("v1/me"), body, session(m_token));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("MALFORMED_REQUEST"));
    QVERIFY2(r.body.contains("Unknown field"), r.body.constData()); // parsed to the end: the syntax was fine
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestHardeningInput)
#include "tst_hardening_input.moc"
