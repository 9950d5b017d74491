// Webhook endpoint management (issue 10, first slice) against a real keywardd: the secret shown once and stored
// sealed, list/get/patch/delete, the secret rotation with its 24 h overlap, the event types, the URL policy (on a
// server without --webhook-allow-private), who may (admins and webhook-scoped keys change; support reads), tenant
// isolation, the audit trail and the per-tenant limit.

#include "tests/support/TestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Keyward::Test;

namespace {
constexpr char GlobexAdmin[] = "boss@globex.test";
constexpr char GlobexPassword[] = "globex-password-1";
constexpr char UserPassword[] = "quiet-harbor-lamp-7";
constexpr qint64 DaySeconds = 24 * 60 * 60;

const QStringList AllEvents {
    QStringLiteral("key.created"),        QStringLiteral("key.updated"),  QStringLiteral("key.revoked"),
    QStringLiteral("key.reactivated"),    QStringLiteral("key.rotated"),  QStringLiteral("key.deleted"),
    QStringLiteral("key.expiring"),       QStringLiteral("key.expired"),  QStringLiteral("key.leaked"),
    QStringLiteral("auth_key.generated"), QStringLiteral("webhook.test"),
};

bool onPostgres()
{
    return qEnvironmentVariable("KEYWARD_TEST_BACKEND") == QLatin1String("postgres");
}

QJsonObject hook(const QString& url, const QJsonObject& more = {})
{
    QJsonObject body = more;
    body.insert(QStringLiteral("url"), url);
    return body;
}

QString fieldOf(const HttpResponse& r)
{
    return r.json.value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("details"))
        .toObject()
        .value(QStringLiteral("field"))
        .toString();
}

QString messageOf(const HttpResponse& r)
{
    return r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

QStringList idsOf(const HttpResponse& list)
{
    QStringList ids;
    const QJsonArray webhooks = list.response().value(QStringLiteral("webhooks")).toArray();
    for (const QJsonValue& w : webhooks)
        ids.append(w.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

qint64 isoSeconds(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate).toSecsSinceEpoch();
}
} // namespace

class TestWebhooks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void createShowsTheSecretOnceAndStoresItSealed();
    void listGetPatchDelete();
    void patchRefusesBadRequestsAndChangesNothing();
    void unknownEventTypeIsRefusedAndNothingStored_data();
    void unknownEventTypeIsRefusedAndNothingStored();
    void urlPolicy_data();
    void urlPolicy();
    void allowPrivateAcceptsHttpAndLoopback();
    void whoMay_data();
    void whoMay();
    void webhookScopedKeyManagesWebhooks();
    void otherTenantSeesNothing();
    void auditTrailNamesTheUrlAndNeverTheSecret();
    void tenantLimit();
    void rotateSecretKeepsThePreviousFor24Hours();

private:
    HttpClient& http() { return m_server.http(); }
    QJsonObject create(const QString& url, const QJsonObject& more = {});
    QByteArray keySecret(const QByteArray& token, const QString& name, const QStringList& scopes);

    TestServer m_server; // --webhook-allow-private
    TestServer m_strict; // the URL policy as in production
    QByteArray m_adminToken;
    QByteArray m_strictToken;
    QByteArray m_userToken;
    QByteArray m_supportToken;
    QByteArray m_otherToken;
    QHash<QString, Headers> m_callers;
    QStringList m_secretsSeen; // every secret handed out: none may appear anywhere afterwards
};

QJsonObject TestWebhooks::create(const QString& url, const QJsonObject& more)
{
    const HttpResponse r = http().postJson(QStringLiteral("v1/webhooks"), hook(url, more), session(m_adminToken));
    if (r.status != 201) {
        qWarning() << "could not create a webhook" << r.status << r.body;
        return {};
    }
    m_secretsSeen.append(r.response().value(QStringLiteral("secret")).toString());
    return r.response();
}

QByteArray TestWebhooks::keySecret(const QByteArray& token, const QString& name, const QStringList& scopes)
{
    return m_server
        .createKey(token,
                   {{QStringLiteral("name"), name},
                    {QStringLiteral("expires_in_days"), 30},
                    {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}})
        .value(QStringLiteral("secret"))
        .toString()
        .toLatin1();
}

void TestWebhooks::initTestCase()
{
    QVERIFY(m_server.launch({QStringLiteral("--webhook-allow-private")}));
    QVERIFY(m_strict.launch());
    QVERIFY(m_server.waitListening());
    QVERIFY(m_strict.waitListening());
    m_adminToken = m_server.loginAdmin();
    m_strictToken = m_strict.loginAdmin();
    QVERIFY(!m_adminToken.isEmpty());
    QVERIFY(!m_strictToken.isEmpty());

    QVERIFY(!m_server.createUser(m_adminToken, QStringLiteral("user@acme.test"), QStringLiteral("user")).isEmpty());
    QVERIFY(
        !m_server.createUser(m_adminToken, QStringLiteral("support@acme.test"), QStringLiteral("support")).isEmpty());
    m_userToken = m_server.login(QStringLiteral("user@acme.test"), QLatin1String(UserPassword));
    m_supportToken = m_server.login(QStringLiteral("support@acme.test"), QLatin1String(UserPassword));
    QVERIFY(!m_userToken.isEmpty());
    QVERIFY(!m_supportToken.isEmpty());

    QByteArray out;
    QCOMPARE(m_server.runCommand({QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("globex"),
                                  QStringLiteral("--admin-email"), QLatin1String(GlobexAdmin)},
                                 QByteArray(GlobexPassword) + '\n', &out),
             0);
    m_otherToken = m_server.login(QLatin1String(GlobexAdmin), QLatin1String(GlobexPassword));
    QVERIFY2(!m_otherToken.isEmpty(), out.constData());

    const QByteArray readWrite
        = keySecret(m_adminToken, QStringLiteral("read-write"), {QStringLiteral("read"), QStringLiteral("write")});
    const QByteArray adminScope = keySecret(m_adminToken, QStringLiteral("admin scope"),
                                            {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("admin")});
    const QByteArray userWebhook = keySecret(m_userToken, QStringLiteral("user webhook"), {QStringLiteral("webhook")});
    QVERIFY(!readWrite.isEmpty());
    QVERIFY(!adminScope.isEmpty());
    QVERIFY(!userWebhook.isEmpty());
    m_callers.insert(QStringLiteral("admin"), session(m_adminToken));
    m_callers.insert(QStringLiteral("support"), session(m_supportToken));
    m_callers.insert(QStringLiteral("user"), session(m_userToken));
    m_callers.insert(QStringLiteral("admin read-write key"), bearer(readWrite));
    m_callers.insert(QStringLiteral("admin admin-scope key"), bearer(adminScope));
    m_callers.insert(QStringLiteral("user webhook key"), bearer(userWebhook));
    m_callers.insert(QStringLiteral("nobody"), Headers {});
}

void TestWebhooks::cleanupTestCase()
{
    // Whatever happened, no secret handed out was ever written to the log.
    const QByteArray log = m_server.log() + m_strict.log();
    for (const QString& secret : std::as_const(m_secretsSeen))
        QVERIFY2(!secret.isEmpty() && !log.contains(secret.toLatin1()), "a webhook secret was logged");
    QVERIFY(m_server.stop());
    QVERIFY(m_strict.stop());
}

void TestWebhooks::createShowsTheSecretOnceAndStoresItSealed()
{
    const HttpResponse r = http().postJson(
        QStringLiteral("v1/webhooks"),
        hook(QStringLiteral("http://127.0.0.1:1/hooks"), {{QStringLiteral("description"), QStringLiteral("billing")}}),
        session(m_adminToken));
    QCOMPARE(r.status, 201);
    const QJsonObject created = r.response();
    const QString id = created.value(QStringLiteral("id")).toString();
    QVERIFY2(id.startsWith(QLatin1String("whk_")), qPrintable(id));
    QCOMPARE(created.value(QStringLiteral("url")).toString(), QStringLiteral("http://127.0.0.1:1/hooks"));
    QCOMPARE(created.value(QStringLiteral("description")).toString(), QStringLiteral("billing"));
    QCOMPARE(created.value(QStringLiteral("enabled")), QJsonValue(true));
    QCOMPARE(created.value(QStringLiteral("events")).toVariant().toStringList(), AllEvents); // default: all
    QVERIFY(created.value(QStringLiteral("previous_secret_expires_at")).isNull());
    QVERIFY(!created.value(QStringLiteral("created_at")).toString().isEmpty());

    const QString secret = created.value(QStringLiteral("secret")).toString();
    m_secretsSeen.append(secret);
    QVERIFY2(QRegularExpression(QStringLiteral("^whsec_[A-Za-z0-9+/]{43}=$")).match(secret).hasMatch(),
             qPrintable(secret));
    const auto decoded
        = QByteArray::fromBase64Encoding(secret.mid(6).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    const QByteArray raw = *decoded;
    QCOMPARE(raw.size(), 32);

    // Never again: not in the object, the list, or the audit log.
    const HttpResponse one = http().get(QStringLiteral("v1/webhooks/") + id, session(m_adminToken));
    QCOMPARE(one.status, 200);
    QVERIFY(!one.response().contains(QStringLiteral("secret")));
    QJsonObject withoutSecret = created;
    withoutSecret.remove(QStringLiteral("secret"));
    QCOMPARE(one.response(), withoutSecret);
    const HttpResponse list = http().get(QStringLiteral("v1/webhooks"), session(m_adminToken));
    QCOMPARE(list.status, 200);
    QVERIFY(idsOf(list).contains(id));
    const HttpResponse audit = http().get(QStringLiteral("v1/audit"), session(m_adminToken));
    QCOMPARE(audit.status, 200);
    for (const HttpResponse* answer : {&one, &list, &audit}) {
        QVERIFY(!answer->body.contains(secret.toLatin1()));
        QVERIFY(!answer->body.contains(secret.mid(6).toLatin1()));
    }

    // Sealed at rest: neither the text nor the bytes are in the database file or its WAL.
    if (!onPostgres()) {
        QByteArray stored;
        for (const QString& path : {m_server.databasePath(), m_server.databasePath() + QStringLiteral("-wal")}) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                stored += file.readAll();
        }
        QVERIFY(stored.contains(id.toLatin1())); // the row is there (the check below could not pass by accident)
        QVERIFY(!stored.contains(secret.mid(6).toLatin1()));
        QVERIFY(!stored.contains(raw));
    }
}

void TestWebhooks::listGetPatchDelete()
{
    const QJsonObject first = create(QStringLiteral("https://hooks.example.com/a"));
    const QJsonObject second = create(
        QStringLiteral("https://hooks.example.com/b"),
        {{QStringLiteral("events"), QJsonArray {QStringLiteral("key.revoked"), QStringLiteral("key.created")}}});
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    const QString a = first.value(QStringLiteral("id")).toString();
    const QString b = second.value(QStringLiteral("id")).toString();
    // Kept in the canonical order, whatever order was asked for.
    QCOMPARE(second.value(QStringLiteral("events")).toVariant().toStringList(),
             QStringList({QStringLiteral("key.created"), QStringLiteral("key.revoked")}));

    const QStringList ids = idsOf(http().get(QStringLiteral("v1/webhooks"), session(m_adminToken)));
    QVERIFY(ids.indexOf(b) >= 0 && ids.indexOf(a) > ids.indexOf(b)); // newest first

    HttpResponse r = http().patchJson(QStringLiteral("v1/webhooks/") + a,
                                      {{QStringLiteral("enabled"), false},
                                       {QStringLiteral("description"), QStringLiteral("paused")},
                                       {QStringLiteral("events"), QJsonArray {QStringLiteral("webhook.test")}},
                                       {QStringLiteral("url"), QStringLiteral("https://hooks.example.com/a2")}},
                                      session(m_adminToken));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.response().value(QStringLiteral("enabled")), QJsonValue(false));
    QCOMPARE(r.response().value(QStringLiteral("description")).toString(), QStringLiteral("paused"));
    QCOMPARE(r.response().value(QStringLiteral("url")).toString(), QStringLiteral("https://hooks.example.com/a2"));
    QCOMPARE(r.response().value(QStringLiteral("events")).toVariant().toStringList(),
             QStringList {QStringLiteral("webhook.test")});
    QVERIFY(!r.response().contains(QStringLiteral("secret")));
    QCOMPARE(http().get(QStringLiteral("v1/webhooks/") + a, session(m_adminToken)).response(), r.response());

    r = http().del(QStringLiteral("v1/webhooks/") + a, session(m_adminToken));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.response(), QJsonObject({{QStringLiteral("deleted"), true}, {QStringLiteral("id"), a}}));
    QCOMPARE(http().get(QStringLiteral("v1/webhooks/") + a, session(m_adminToken)).status, 404);
    QCOMPARE(http().del(QStringLiteral("v1/webhooks/") + a, session(m_adminToken)).status, 404);
    QCOMPARE(
        http()
            .patchJson(QStringLiteral("v1/webhooks/") + a, {{QStringLiteral("enabled"), true}}, session(m_adminToken))
            .status,
        404);
    const QStringList after = idsOf(http().get(QStringLiteral("v1/webhooks"), session(m_adminToken)));
    QVERIFY(!after.contains(a));
    QVERIFY(after.contains(b));
}

void TestWebhooks::patchRefusesBadRequestsAndChangesNothing()
{
    const QJsonObject created = create(QStringLiteral("https://hooks.example.com/patch"));
    const QString id = created.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const QJsonObject before = http().get(QStringLiteral("v1/webhooks/") + id, session(m_adminToken)).response();
    const QString path = QStringLiteral("v1/webhooks/") + id;

    HttpResponse r = http().patchJson(path, {}, session(m_adminToken));
    QCOMPARE(r.status, 400); // at least one member
    r = http().patchJson(path, {{QStringLiteral("secret"), QStringLiteral("mine")}}, session(m_adminToken));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("MALFORMED_REQUEST")); // unknown members are refused
    r = http().patchJson(path,
                         {{QStringLiteral("url"), QStringLiteral("ftp://hooks.example.com/")},
                          {QStringLiteral("description"), QStringLiteral("must not stick")}},
                         session(m_adminToken));
    QCOMPARE(r.status, 400);
    QCOMPARE(fieldOf(r), QStringLiteral("url"));
    r = http().patchJson(
        path, {{QStringLiteral("events"), QJsonArray {QStringLiteral("key.nope")}}, {QStringLiteral("enabled"), false}},
        session(m_adminToken));
    QCOMPARE(r.status, 400);
    QCOMPARE(fieldOf(r), QStringLiteral("events"));
    r = http().patchJson(path, {{QStringLiteral("enabled"), QStringLiteral("no")}}, session(m_adminToken));
    QCOMPARE(r.status, 400);
    QCOMPARE(http().get(path, session(m_adminToken)).response(), before);
}

void TestWebhooks::unknownEventTypeIsRefusedAndNothingStored_data()
{
    QTest::addColumn<QJsonValue>("events");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown type") << QJsonValue(
        QJsonArray {QStringLiteral("key.created"), QStringLiteral("key.exploded")})
                                  << "VALIDATION_FAILED";
    QTest::newRow("empty list") << QJsonValue(QJsonArray {}) << "VALIDATION_FAILED";
    QTest::newRow("not strings") << QJsonValue(QJsonArray {1, 2}) << "MALFORMED_REQUEST";
    QTest::newRow("not a list") << QJsonValue(QStringLiteral("key.created")) << "MALFORMED_REQUEST";
}

void TestWebhooks::unknownEventTypeIsRefusedAndNothingStored()
{
    QFETCH(QJsonValue, events);
    QFETCH(QString, code);
    const QStringList before = idsOf(http().get(QStringLiteral("v1/webhooks"), session(m_adminToken)));
    const HttpResponse r = http().postJson(
        QStringLiteral("v1/webhooks"),
        hook(QStringLiteral("https://hooks.example.com/events"), {{QStringLiteral("events"), events}}),
        session(m_adminToken));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), code);
    QCOMPARE(fieldOf(r), QStringLiteral("events"));
    QVERIFY(!r.body.contains("whsec_"));
    QCOMPARE(idsOf(http().get(QStringLiteral("v1/webhooks"), session(m_adminToken))), before);
}

void TestWebhooks::urlPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("why"); // a part of the message

    QTest::newRow("http") << "http://hooks.example.com/"
                          << "must use https";
    QTest::newRow("ftp") << "ftp://hooks.example.com/"
                         << "must use https";
    QTest::newRow("loopback") << "https://127.0.0.1/"
                              << "127.0.0.1 is a loopback address";
    QTest::newRow("loopback, decimal") << "https://2130706433/"
                                       << "127.0.0.1 is a loopback address";
    QTest::newRow("loopback, short") << "https://127.1:8443/"
                                     << "127.0.0.1 is a loopback address";
    QTest::newRow("10/8") << "https://10.0.0.5/hooks"
                          << "10.0.0.5 is in a private range";
    QTest::newRow("172.16/12") << "https://172.20.1.1/"
                               << "172.20.1.1 is in a private range";
    QTest::newRow("192.168/16") << "https://192.168.1.20/"
                                << "192.168.1.20 is in a private range";
    QTest::newRow("link-local") << "https://169.254.169.254/latest/meta-data"
                                << "169.254.169.254 is link-local";
    QTest::newRow("CGNAT") << "https://100.64.0.1/"
                           << "100.64.0.1 is in the shared (CGNAT) range";
    QTest::newRow("0/8") << "https://0.0.0.0/"
                         << "0.0.0.0 is unspecified";
    QTest::newRow("multicast") << "https://224.0.0.251/"
                               << "is multicast";
    QTest::newRow("reserved") << "https://255.255.255.255/"
                              << "is reserved";
    QTest::newRow("IPv6 loopback") << "https://[::1]/"
                                   << "::1 is a loopback address";
    QTest::newRow("IPv6 unspecified") << "https://[::]/"
                                      << "is unspecified";
    QTest::newRow("IPv6 link-local") << "https://[fe80::1]/"
                                     << "fe80::1 is link-local";
    QTest::newRow("IPv6 unique local") << "https://[fd00::5]/"
                                       << "is in a private (unique local) range";
    QTest::newRow("IPv6 multicast") << "https://[ff02::1]/"
                                    << "is multicast";
    QTest::newRow("IPv4-mapped private") << "https://[::ffff:10.0.0.1]/"
                                         << "is in a private range";
    QTest::newRow("IPv4-mapped loopback") << "https://[::ffff:127.0.0.1]/"
                                          << "is a loopback address";
    QTest::newRow("localhost") << "https://localhost/"
                               << "localhost is a local name";
    QTest::newRow("localhost.") << "https://LOCALHOST./"
                                << "localhost is a local name";
    QTest::newRow("*.localhost") << "https://api.localhost/"
                                 << "is a local name";
    QTest::newRow("*.internal") << "https://a.internal/"
                                << "a.internal is a local name";
    QTest::newRow("*.local") << "https://printer.local/"
                             << "is a local name";
    QTest::newRow("user-info") << "https://user:pass@hooks.example.com/"
                               << "user name or password";
    QTest::newRow("user only") << "https://user@hooks.example.com/"
                               << "user name or password";
    QTest::newRow("no host") << "https:///hooks"
                             << "has no host";
    QTest::newRow("relative") << "hooks.example.com/hooks"
                              << "absolute URL";
    QTest::newRow("not a URL") << "https://exa mple.com/"
                               << "not a valid URL";
    QTest::newRow("empty") << ""
                           << "not a valid URL";
    QTest::newRow("too long") << QStringLiteral("https://hooks.example.com/") + QString(2048, QLatin1Char('a'))
                              << "longer than 2048 characters";
}

void TestWebhooks::urlPolicy()
{
    QFETCH(QString, url);
    QFETCH(QString, why);
    HttpClient& strict = m_strict.http();
    const QStringList before = idsOf(strict.get(QStringLiteral("v1/webhooks"), session(m_strictToken)));
    const HttpResponse r = strict.postJson(QStringLiteral("v1/webhooks"), hook(url), session(m_strictToken));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_FAILED"));
    QCOMPARE(fieldOf(r), QStringLiteral("url"));
    QVERIFY2(messageOf(r).contains(why), qPrintable(messageOf(r)));
    QCOMPARE(idsOf(strict.get(QStringLiteral("v1/webhooks"), session(m_strictToken))), before); // nothing stored

    // A public https address is fine (and so is its IP literal).
    for (const QString& good : {QStringLiteral("https://example.com/hooks"), QStringLiteral("https://93.184.216.34/"),
                                QStringLiteral("https://[2001:db8::1]:8443/x")}) {
        const HttpResponse ok = strict.postJson(QStringLiteral("v1/webhooks"), hook(good), session(m_strictToken));
        QCOMPARE(ok.status, 201);
        m_secretsSeen.append(ok.response().value(QStringLiteral("secret")).toString());
        QCOMPARE(strict
                     .del(QStringLiteral("v1/webhooks/") + ok.response().value(QStringLiteral("id")).toString(),
                          session(m_strictToken))
                     .status,
                 200);
    }
}

void TestWebhooks::allowPrivateAcceptsHttpAndLoopback()
{
    // Refused by the strict server, accepted by the one started with --webhook-allow-private.
    const QString url = QStringLiteral("http://127.0.0.1:1/");
    QCOMPARE(m_strict.http().postJson(QStringLiteral("v1/webhooks"), hook(url), session(m_strictToken)).status, 400);
    for (const QString& allowed :
         {url, QStringLiteral("http://10.0.0.5:8080/in"), QStringLiteral("http://localhost/")}) {
        const QJsonObject created = create(allowed);
        QCOMPARE(created.value(QStringLiteral("url")).toString(), allowed);
    }
    // Still a URL with a host, and no other scheme.
    const HttpResponse r = http().postJson(QStringLiteral("v1/webhooks"), hook(QStringLiteral("ftp://127.0.0.1/")),
                                           session(m_adminToken));
    QCOMPARE(r.status, 400);
    QCOMPARE(fieldOf(r), QStringLiteral("url"));
}

void TestWebhooks::whoMay_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("list");
    QTest::addColumn<int>("get");
    QTest::addColumn<int>("change"); // POST, PATCH, DELETE, rotate-secret

    QTest::newRow("admin session") << "admin" << 200 << 200 << 0; // 0: allowed (checked in the other tests)
    QTest::newRow("support reads, never changes") << "support" << 200 << 200 << 403;
    QTest::newRow("plain user") << "user" << 403 << 403 << 403;
    QTest::newRow("admin's read/write key") << "admin read-write key" << 403 << 403 << 403;
    QTest::newRow("admin's admin-scope key") << "admin admin-scope key" << 403 << 403 << 403;
    QTest::newRow("a plain user's webhook key") << "user webhook key" << 403 << 403 << 403;
    QTest::newRow("nobody") << "nobody" << 401 << 401 << 401;
}

void TestWebhooks::whoMay()
{
    QFETCH(QString, caller);
    QFETCH(int, list);
    QFETCH(int, get);
    QFETCH(int, change);
    const Headers as = m_callers.value(caller);
    const QJsonObject target = create(QStringLiteral("https://hooks.example.com/who"));
    const QString id = target.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const QString path = QStringLiteral("v1/webhooks/") + id;
    const QJsonObject before = http().get(path, session(m_adminToken)).response();
    const QStringList idsBefore = idsOf(http().get(QStringLiteral("v1/webhooks"), session(m_adminToken)));

    QCOMPARE(http().get(QStringLiteral("v1/webhooks"), as).status, list);
    const HttpResponse one = http().get(path, as);
    QCOMPARE(one.status, get);
    if (get == 200) {
        QCOMPARE(one.response(), before);
    }
    if (change == 0)
        return;
    const QList<HttpResponse> changes {
        http().postJson(QStringLiteral("v1/webhooks"), hook(QStringLiteral("https://hooks.example.com/x")), as),
        http().patchJson(path, {{QStringLiteral("enabled"), false}}, as),
        http().post(path + QStringLiteral("/rotate-secret"), {}, as),
        http().del(path, as),
    };
    for (const HttpResponse& r : changes) {
        QCOMPARE(r.status, change);
        QVERIFY(!r.body.contains("whsec_"));
        if (change == 403)
            QCOMPARE(r.errorCode(), QStringLiteral("FORBIDDEN"));
    }
    // Refused: nothing changed.
    QCOMPARE(http().get(path, session(m_adminToken)).response(), before);
    QCOMPARE(idsOf(http().get(QStringLiteral("v1/webhooks"), session(m_adminToken))), idsBefore);
    QCOMPARE(http().del(path, session(m_adminToken)).status, 200);
}

void TestWebhooks::webhookScopedKeyManagesWebhooks()
{
    const QByteArray key = keySecret(m_adminToken, QStringLiteral("webhook manager"), {QStringLiteral("webhook")});
    QVERIFY(!key.isEmpty());
    const Headers as = bearer(key);
    HttpResponse r
        = http().postJson(QStringLiteral("v1/webhooks"), hook(QStringLiteral("https://hooks.example.com/key")), as);
    QCOMPARE(r.status, 201);
    const QString id = r.response().value(QStringLiteral("id")).toString();
    const QString secret = r.response().value(QStringLiteral("secret")).toString();
    m_secretsSeen.append(secret);
    QVERIFY(secret.startsWith(QLatin1String("whsec_")));
    const QString path = QStringLiteral("v1/webhooks/") + id;
    QVERIFY(idsOf(http().get(QStringLiteral("v1/webhooks"), as)).contains(id));
    QCOMPARE(http().get(path, as).status, 200);
    r = http().patchJson(path, {{QStringLiteral("description"), QStringLiteral("by key")}}, as);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.response().value(QStringLiteral("description")).toString(), QStringLiteral("by key"));
    r = http().post(path + QStringLiteral("/rotate-secret"), {}, as);
    QCOMPARE(r.status, 200);
    m_secretsSeen.append(r.response().value(QStringLiteral("secret")).toString());
    QCOMPARE(http().del(path, as).status, 200);
    // The key is named in the audit entry (via_key) as the one that acted.
    const HttpResponse audit = http().get(QStringLiteral("v1/audit?target=") + id, session(m_adminToken));
    QCOMPARE(audit.status, 200);
    const QJsonArray entries = audit.response().value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 4);
    for (const QJsonValue& entry : entries)
        QVERIFY(!entry.toObject()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("via_key"))
                     .toString()
                     .isEmpty());
}

void TestWebhooks::otherTenantSeesNothing()
{
    const QJsonObject mine = create(QStringLiteral("https://hooks.example.com/acme"));
    const QString id = mine.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const QString path = QStringLiteral("v1/webhooks/") + id;
    const QJsonObject before = http().get(path, session(m_adminToken)).response();
    const Headers other = session(m_otherToken);

    const HttpResponse theirs = http().get(QStringLiteral("v1/webhooks"), other);
    QCOMPARE(theirs.status, 200);
    QVERIFY(idsOf(theirs).isEmpty());
    QCOMPARE(http().get(path, other).status, 404);
    QCOMPARE(http().patchJson(path, {{QStringLiteral("enabled"), false}}, other).status, 404);
    const HttpResponse rotate = http().post(path + QStringLiteral("/rotate-secret"), {}, other);
    QCOMPARE(rotate.status, 404);
    QVERIFY(!rotate.body.contains("whsec_"));
    QCOMPARE(http().del(path, other).status, 404);
    QCOMPARE(http().get(path, session(m_adminToken)).response(), before);

    // And the other way round: globex's own webhook is invisible to acme.
    const HttpResponse own
        = http().postJson(QStringLiteral("v1/webhooks"), hook(QStringLiteral("https://hooks.globex.test/")), other);
    QCOMPARE(own.status, 201);
    m_secretsSeen.append(own.response().value(QStringLiteral("secret")).toString());
    const QString globexId = own.response().value(QStringLiteral("id")).toString();
    QCOMPARE(http().get(QStringLiteral("v1/webhooks/") + globexId, session(m_adminToken)).status, 404);
    QVERIFY(!idsOf(http().get(QStringLiteral("v1/webhooks"), session(m_adminToken))).contains(globexId));
    QCOMPARE(idsOf(http().get(QStringLiteral("v1/webhooks"), other)), QStringList {globexId});
}

void TestWebhooks::auditTrailNamesTheUrlAndNeverTheSecret()
{
    const QString url = QStringLiteral("https://hooks.example.com/audited");
    const QJsonObject created = create(url);
    const QString id = created.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const QString path = QStringLiteral("v1/webhooks/") + id;
    const QString moved = QStringLiteral("https://hooks.example.com/audited-2");
    QCOMPARE(http()
                 .patchJson(path, {{QStringLiteral("url"), moved}, {QStringLiteral("enabled"), false}},
                            session(m_adminToken))
                 .status,
             200);
    const HttpResponse rotated = http().post(path + QStringLiteral("/rotate-secret"), {}, session(m_adminToken));
    QCOMPARE(rotated.status, 200);
    const QString newSecret = rotated.response().value(QStringLiteral("secret")).toString();
    m_secretsSeen.append(newSecret);
    QCOMPARE(http().del(path, session(m_adminToken)).status, 200);

    const HttpResponse audit = http().get(QStringLiteral("v1/audit?target=") + id, session(m_adminToken));
    QCOMPARE(audit.status, 200);
    const QJsonArray entries = audit.response().value(QStringLiteral("entries")).toArray(); // newest first
    QCOMPARE(entries.size(), 4);
    const QStringList actions {QStringLiteral("webhook.deleted"), QStringLiteral("webhook.secret_rotated"),
                               QStringLiteral("webhook.updated"), QStringLiteral("webhook.created")};
    const QStringList names {moved, moved, moved, url};
    for (int i = 0; i < 4; ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        QCOMPARE(entry.value(QStringLiteral("action")).toString(), actions.at(i));
        QCOMPARE(entry.value(QStringLiteral("target_name")).toString(), names.at(i));
        QCOMPARE(entry.value(QStringLiteral("target")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("webhook"));
        QCOMPARE(entry.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
    }
    QCOMPARE(entries.at(2).toObject().value(QStringLiteral("details")).toObject().value(QStringLiteral("fields")),
             QJsonValue(QJsonArray {QStringLiteral("url"), QStringLiteral("enabled")}));
    // No secret of any webhook in the whole log.
    const HttpResponse all = http().get(QStringLiteral("v1/audit?limit=1000"), session(m_adminToken));
    QCOMPARE(all.status, 200);
    for (const QString& secret : std::as_const(m_secretsSeen)) {
        QVERIFY(!all.body.contains(secret.toLatin1()));
        QVERIFY(!all.body.contains(secret.mid(6).toLatin1()));
    }
    QVERIFY(!all.body.contains("whsec_"));
}

void TestWebhooks::tenantLimit()
{
    // On the strict server, whose tenant has none left by the URL policy test.
    HttpClient& strict = m_strict.http();
    const int existing
        = static_cast<int>(idsOf(strict.get(QStringLiteral("v1/webhooks"), session(m_strictToken))).size());
    QVERIFY(existing < 20);
    for (int i = existing; i < 20; ++i) {
        const HttpResponse r
            = strict.postJson(QStringLiteral("v1/webhooks"),
                              hook(QStringLiteral("https://hooks.example.com/%1").arg(i)), session(m_strictToken));
        QCOMPARE(r.status, 201);
        m_secretsSeen.append(r.response().value(QStringLiteral("secret")).toString());
    }
    const HttpResponse refused = strict.postJson(
        QStringLiteral("v1/webhooks"), hook(QStringLiteral("https://hooks.example.com/21")), session(m_strictToken));
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), QStringLiteral("WEBHOOK_LIMIT"));
    QVERIFY(!refused.body.contains("whsec_"));
    const QStringList ids = idsOf(strict.get(QStringLiteral("v1/webhooks"), session(m_strictToken)));
    QCOMPARE(ids.size(), 20);
    // One deleted, one more fits.
    QCOMPARE(strict.del(QStringLiteral("v1/webhooks/") + ids.first(), session(m_strictToken)).status, 200);
    const HttpResponse again = strict.postJson(
        QStringLiteral("v1/webhooks"), hook(QStringLiteral("https://hooks.example.com/21")), session(m_strictToken));
    QCOMPARE(again.status, 201);
    m_secretsSeen.append(again.response().value(QStringLiteral("secret")).toString());
}

// Last: it moves the server's clock a day on (sessions then have to be opened again).
void TestWebhooks::rotateSecretKeepsThePreviousFor24Hours()
{
    const QJsonObject created = create(QStringLiteral("https://hooks.example.com/rotate"));
    const QString id = created.value(QStringLiteral("id")).toString();
    const QString oldSecret = created.value(QStringLiteral("secret")).toString();
    QVERIFY(!id.isEmpty());
    const QString path = QStringLiteral("v1/webhooks/") + id;

    const qint64 before = m_server.serverSeconds();
    const HttpResponse r = http().post(path + QStringLiteral("/rotate-secret"), {}, session(m_adminToken));
    QCOMPARE(r.status, 200);
    const QString newSecret = r.response().value(QStringLiteral("secret")).toString();
    m_secretsSeen.append(newSecret);
    QVERIFY(newSecret.startsWith(QLatin1String("whsec_")));
    QCOMPARE(QByteArray::fromBase64(newSecret.mid(6).toLatin1()).size(), 32);
    QVERIFY(newSecret != oldSecret);
    const qint64 previousUntil = isoSeconds(r.response().value(QStringLiteral("previous_secret_expires_at")));
    QVERIFY2(previousUntil >= before + DaySeconds - 5 && previousUntil <= m_server.serverSeconds() + DaySeconds + 5,
             qPrintable(r.response().value(QStringLiteral("previous_secret_expires_at")).toString()));
    QCOMPARE(r.response().value(QStringLiteral("url")).toString(), QStringLiteral("https://hooks.example.com/rotate"));

    const HttpResponse shown = http().get(path, session(m_adminToken));
    QCOMPARE(shown.response().value(QStringLiteral("previous_secret_expires_at")),
             r.response().value(QStringLiteral("previous_secret_expires_at")));
    QVERIFY(!shown.body.contains(newSecret.toLatin1()));
    QVERIFY(!shown.body.contains(oldSecret.toLatin1()));

    if (!onPostgres()) {
        QByteArray stored;
        for (const QString& file : {m_server.databasePath(), m_server.databasePath() + QStringLiteral("-wal")}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                stored += f.readAll();
        }
        for (const QString& secret : {oldSecret, newSecret}) {
            QVERIFY(!stored.contains(secret.mid(6).toLatin1()));
            QVERIFY(!stored.contains(QByteArray::fromBase64(secret.mid(6).toLatin1())));
        }
    }

    // A day later the previous secret no longer signs.
    m_server.advanceClock(DaySeconds + 60);
    const QByteArray token = m_server.loginAdmin();
    QVERIFY(!token.isEmpty());
    m_adminToken = token;
    const HttpResponse later = http().get(path, session(token));
    QCOMPARE(later.status, 200);
    QVERIFY(later.response().value(QStringLiteral("previous_secret_expires_at")).isNull());
}

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
