// The API key lifecycle against a real keywardd (the Palette seed): expiry presets and custom dates, the tenant's
// lifetime cap, the secret shown once, scopes, the four ways to present a key, revoke/re-activate, expiry on the
// server's clock, delete, rotation with and without a grace period, the verify route with its rate limit, usage
// tracking, listing filters and cursor pagination, visibility for plain users, the audit trail, and bad bodies that
// must leave the stored keys unchanged.

#include "core/Timestamps.h"
#include "tests/support/TestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Test;

namespace {

constexpr qint64 Day = 24 * 60 * 60;

QDateTime timeOf(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QString iso(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QStringList namesOf(const QJsonArray& keys)
{
    QStringList names;
    for (const QJsonValue& key : keys)
        names.append(key.toObject().value(QStringLiteral("name")).toString());
    return names;
}

QStringList idsOf(const QJsonArray& keys)
{
    QStringList ids;
    for (const QJsonValue& key : keys)
        ids.append(key.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

QJsonObject errorDetails(const HttpResponse& r)
{
    return r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("details")).toObject();
}

// The four ways a client may present a key (README: Bearer, bare Authorization, ApiKey header, ?ApiKey=).
enum class Presentation { Bearer, BareAuthorization, ApiKeyHeader, Query };

QString pathWith(const QString& path, Presentation way, const QByteArray& key)
{
    if (way != Presentation::Query)
        return path;
    return path + (path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + QStringLiteral("ApiKey=")
        + QString::fromLatin1(key);
}

Headers headersFor(Presentation way, const QByteArray& key)
{
    switch (way) {
    case Presentation::Bearer:
        return bearer(key);
    case Presentation::BareAuthorization:
        return {{QByteArrayLiteral("Authorization"), key}};
    case Presentation::ApiKeyHeader:
        return {{QByteArrayLiteral("ApiKey"), key}};
    case Presentation::Query:
        break;
    }
    return {};
}

} // namespace

class TestApiKeys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        const QByteArray admin = m_server.loginAdmin();
        QVERIFY(!admin.isEmpty());
        m_aliceId = m_server.createUser(admin, QStringLiteral("alice@acme.test"), QStringLiteral("user"));
        m_bobId = m_server.createUser(admin, QStringLiteral("bob@acme.test"), QStringLiteral("user"));
        m_listerId = m_server.createUser(admin, QStringLiteral("lister@acme.test"), QStringLiteral("user"));
        m_pagerId = m_server.createUser(admin, QStringLiteral("pager@acme.test"), QStringLiteral("user"));
        QVERIFY(!m_aliceId.isEmpty());
        QVERIFY(!m_bobId.isEmpty());
        QVERIFY(!m_listerId.isEmpty());
        QVERIFY(!m_pagerId.isEmpty());
        const HttpResponse me = http().get(QStringLiteral("v1/me"), session(admin));
        QCOMPARE(me.status, 200);
        m_adminId = me.response().value(QStringLiteral("id")).toString();
        QVERIFY(!m_adminId.isEmpty());
    }
    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void createWithExpiryPreset_data()
    {
        QTest::addColumn<int>("days");
        QTest::newRow("7 days") << 7;
        QTest::newRow("30 days") << 30;
        QTest::newRow("60 days") << 60;
        QTest::newRow("90 days") << 90;
    }
    void createWithExpiryPreset()
    {
        QFETCH(int, days);
        const QByteArray admin = m_server.loginAdmin();
        const QDateTime now = serverNow();
        const HttpResponse r = http().postJson(QStringLiteral("v1/api-keys"),
                                               {{QStringLiteral("name"), QStringLiteral("preset-%1").arg(days)},
                                                {QStringLiteral("expires_in_days"), days}},
                                               session(admin));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QStringLiteral("success")).toBool(), true);
        const QJsonObject key = r.response();
        QCOMPARE(key.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(key.value(QStringLiteral("name")).toString(), QStringLiteral("preset-%1").arg(days));
        QCOMPARE(key.value(QStringLiteral("scopes")).toArray(), QJsonArray {QStringLiteral("read")});
        const QDateTime expiresAt = timeOf(key.value(QStringLiteral("expires_at")));
        QVERIFY2(expiresAt.isValid(), qPrintable(key.value(QStringLiteral("expires_at")).toString()));
        QVERIFY2(qAbs(expiresAt.secsTo(now.addSecs(days * Day))) <= 60, qPrintable(iso(expiresAt)));
        const QDateTime createdAt = timeOf(key.value(QStringLiteral("created_at")));
        QVERIFY(qAbs(createdAt.secsTo(now)) <= 60);
        // The stored key reads back with the same expiry.
        const HttpResponse stored = http().get(QStringLiteral("v1/api-keys/") + id(key), session(admin));
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.response().value(QStringLiteral("expires_at")), key.value(QStringLiteral("expires_at")));
    }

    void createWithCustomExpiry()
    {
        const QByteArray admin = m_server.loginAdmin();
        const QDateTime wanted = serverNow().addSecs(45 * Day + 3600);
        const HttpResponse r = http().postJson(
            QStringLiteral("v1/api-keys"),
            {{QStringLiteral("name"), QStringLiteral("custom")}, {QStringLiteral("expires_at"), iso(wanted)}},
            session(admin));
        QCOMPARE(r.status, 201);
        QCOMPARE(timeOf(r.response().value(QStringLiteral("expires_at"))), wanted);
        QCOMPARE(r.response().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    }

    void createRejectsBadExpiry_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QJsonValue name = QStringLiteral("refused");
        const QDateTime now = serverNow();
        QTest::newRow("preset 15") << QJsonObject {{QStringLiteral("name"), name},
                                                   {QStringLiteral("expires_in_days"), 15}}
                                   << 400 << "VALIDATION_FAILED";
        QTest::newRow("preset 0") << QJsonObject {{QStringLiteral("name"), name},
                                                  {QStringLiteral("expires_in_days"), 0}}
                                  << 400 << "VALIDATION_FAILED";
        QTest::newRow("preset 365") << QJsonObject {{QStringLiteral("name"), name},
                                                    {QStringLiteral("expires_in_days"), 365}}
                                    << 400 << "VALIDATION_FAILED";
        QTest::newRow("preset as text") << QJsonObject {{QStringLiteral("name"), name},
                                                        {QStringLiteral("expires_in_days"), QStringLiteral("30")}}
                                        << 400 << "MALFORMED_REQUEST";
        QTest::newRow("past date") << QJsonObject {{QStringLiteral("name"), name},
                                                   {QStringLiteral("expires_at"), iso(now.addSecs(-Day))}}
                                   << 400 << "VALIDATION_FAILED";
        QTest::newRow("long past date") << QJsonObject {{QStringLiteral("name"), name},
                                                        {QStringLiteral("expires_at"),
                                                         QStringLiteral("2001-01-01T00:00:00Z")}}
                                        << 400 << "VALIDATION_FAILED";
        QTest::newRow("not a date") << QJsonObject {{QStringLiteral("name"), name},
                                                    {QStringLiteral("expires_at"), QStringLiteral("next tuesday")}}
                                    << 400 << "VALIDATION_FAILED";
        QTest::newRow("both given") << QJsonObject {{QStringLiteral("name"), name},
                                                    {QStringLiteral("expires_in_days"), 30},
                                                    {QStringLiteral("expires_at"), iso(now.addSecs(10 * Day))}}
                                    << 400 << "VALIDATION_FAILED";
        QTest::newRow("no expiry") << QJsonObject {{QStringLiteral("name"), name}} << 400 << "VALIDATION_FAILED";
    }
    void createRejectsBadExpiry()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QByteArray admin = m_server.loginAdmin();
        const HttpResponse before = http().get(QStringLiteral("v1/api-keys?user=me&limit=1000"), session(admin));
        QCOMPARE(before.status, 200);
        const HttpResponse r = http().postJson(QStringLiteral("v1/api-keys"), body, session(admin));
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(r.json.value(QStringLiteral("success")).toBool(true), false);
        QVERIFY(!r.body.contains("kw_key_"));
        const HttpResponse after = http().get(QStringLiteral("v1/api-keys?user=me&limit=1000"), session(admin));
        QCOMPARE(idsOf(after.response().value(QStringLiteral("keys")).toArray()),
                 idsOf(before.response().value(QStringLiteral("keys")).toArray()));
    }

    void tenantCapLimitsKeyLifetime()
    {
        const QByteArray admin = m_server.loginAdmin();
        const auto reset = qScopeGuard([this] {
            http().patchJson(QStringLiteral("v1/tenant"), {{QStringLiteral("max_key_lifetime_days"), 0}},
                             session(m_server.loginAdmin()));
        });
        const HttpResponse capped = http().patchJson(QStringLiteral("v1/tenant"),
                                                     {{QStringLiteral("max_key_lifetime_days"), 30}}, session(admin));
        QCOMPARE(capped.status, 200);
        QCOMPARE(capped.response().value(QStringLiteral("max_key_lifetime_days")).toInt(), 30);
        QCOMPARE(http()
                     .get(QStringLiteral("v1/tenant"), session(admin))
                     .response()
                     .value(QStringLiteral("max_key_lifetime_days")),
                 QJsonValue(30));

        const HttpResponse tooLong = http().postJson(
            QStringLiteral("v1/api-keys"),
            {{QStringLiteral("name"), QStringLiteral("too long")}, {QStringLiteral("expires_in_days"), 60}},
            session(admin));
        QCOMPARE(tooLong.status, 400);
        QCOMPARE(tooLong.errorCode(), QStringLiteral("VALIDATION_FAILED"));
        QCOMPARE(errorDetails(tooLong).value(QStringLiteral("max_key_lifetime_days")).toInt(), 30);

        const HttpResponse customTooLong
            = http().postJson(QStringLiteral("v1/api-keys"),
                              {{QStringLiteral("name"), QStringLiteral("too long")},
                               {QStringLiteral("expires_at"), iso(serverNow().addSecs(31 * Day))}},
                              session(admin));
        QCOMPARE(customTooLong.status, 400);
        QCOMPARE(customTooLong.errorCode(), QStringLiteral("VALIDATION_FAILED"));

        const HttpResponse withinCap = http().postJson(
            QStringLiteral("v1/api-keys"),
            {{QStringLiteral("name"), QStringLiteral("within cap")}, {QStringLiteral("expires_in_days"), 30}},
            session(admin));
        QCOMPARE(withinCap.status, 201);

        // Extending an existing key beyond the cap is refused as well.
        const HttpResponse extend = http().patchJson(QStringLiteral("v1/api-keys/") + id(withinCap.response()),
                                                     {{QStringLiteral("expires_in_days"), 90}}, session(admin));
        QCOMPARE(extend.status, 400);
        QCOMPARE(extend.errorCode(), QStringLiteral("VALIDATION_FAILED"));

        const HttpResponse uncapped = http().patchJson(QStringLiteral("v1/tenant"),
                                                       {{QStringLiteral("max_key_lifetime_days"), 0}}, session(admin));
        QCOMPARE(uncapped.status, 200);
        QCOMPARE(uncapped.response().value(QStringLiteral("max_key_lifetime_days")).toInt(), 0);
        const HttpResponse longAgain = http().postJson(
            QStringLiteral("v1/api-keys"),
            {{QStringLiteral("name"), QStringLiteral("long again")}, {QStringLiteral("expires_in_days"), 90}},
            session(admin));
        QCOMPARE(longAgain.status, 201);
    }

    void secretIsShownOnce()
    {
        const QByteArray admin = m_server.loginAdmin();
        const HttpResponse created = http().postJson(
            QStringLiteral("v1/api-keys"),
            {{QStringLiteral("name"), QStringLiteral("shown once")}, {QStringLiteral("expires_in_days"), 30}},
            session(admin));
        QCOMPARE(created.status, 201);
        const QString secret = created.response().value(QStringLiteral("secret")).toString();
        const QString prefix = created.response().value(QStringLiteral("prefix")).toString();
        QVERIFY(secret.startsWith(QLatin1String("kw_key_")));
        QVERIFY(prefix.startsWith(QLatin1String("kw_key_")));
        QVERIFY(prefix.size() > 7);
        QVERIFY(prefix.size() < secret.size());
        QVERIFY(secret.startsWith(prefix));

        const HttpResponse get = http().get(QStringLiteral("v1/api-keys/") + id(created.response()), session(admin));
        QCOMPARE(get.status, 200);
        QVERIFY(!get.response().contains(QStringLiteral("secret")));
        QVERIFY(!get.body.contains(secret.toLatin1()));
        QCOMPARE(get.response().value(QStringLiteral("prefix")).toString(), prefix);

        const HttpResponse list = http().get(QStringLiteral("v1/api-keys?limit=1000"), session(admin));
        QCOMPARE(list.status, 200);
        QVERIFY(idsOf(list.response().value(QStringLiteral("keys")).toArray()).contains(id(created.response())));
        QVERIFY(!list.body.contains(secret.toLatin1()));
        for (const QJsonValue& key : list.response().value(QStringLiteral("keys")).toArray())
            QVERIFY(!key.toObject().contains(QStringLiteral("secret")));
    }

    void scopesAreValidated_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QJsonValue name = QStringLiteral("scoped");
        QTest::newRow("unknown scope") << "admin"
                                       << QJsonObject {{QStringLiteral("name"), name},
                                                       {QStringLiteral("expires_in_days"), 30},
                                                       {QStringLiteral("scopes"),
                                                        QJsonArray {QStringLiteral("read"), QStringLiteral("delete")}}}
                                       << 400 << "VALIDATION_FAILED";
        QTest::newRow("empty scopes") << "admin"
                                      << QJsonObject {{QStringLiteral("name"), name},
                                                      {QStringLiteral("expires_in_days"), 30},
                                                      {QStringLiteral("scopes"), QJsonArray()}}
                                      << 400 << "VALIDATION_FAILED";
        QTest::newRow("scopes not a list") << "admin"
                                           << QJsonObject {{QStringLiteral("name"), name},
                                                           {QStringLiteral("expires_in_days"), 30},
                                                           {QStringLiteral("scopes"), QStringLiteral("read")}}
                                           << 400 << "MALFORMED_REQUEST";
        QTest::newRow("admin scope, user's own key")
            << "alice"
            << QJsonObject {{QStringLiteral("name"), name},
                            {QStringLiteral("expires_in_days"), 30},
                            {QStringLiteral("scopes"), QJsonArray {QStringLiteral("read"), QStringLiteral("admin")}}}
            << 400 << "VALIDATION_FAILED";
        QTest::newRow("admin scope, admin creates for a user")
            << "admin"
            << QJsonObject {{QStringLiteral("name"), name},
                            {QStringLiteral("expires_in_days"), 30},
                            {QStringLiteral("user_id"), m_aliceId},
                            {QStringLiteral("scopes"), QJsonArray {QStringLiteral("admin")}}}
            << 400 << "VALIDATION_FAILED";
        QTest::newRow("user creates for another user") << "alice"
                                                       << QJsonObject {{QStringLiteral("name"), name},
                                                                       {QStringLiteral("expires_in_days"), 30},
                                                                       {QStringLiteral("user_id"), m_bobId}}
                                                       << 403 << "FORBIDDEN";
        QTest::newRow("admin scope, admin's own key")
            << "admin"
            << QJsonObject {{QStringLiteral("name"), name},
                            {QStringLiteral("expires_in_days"), 30},
                            {QStringLiteral("scopes"), QJsonArray {QStringLiteral("read"), QStringLiteral("admin")}}}
            << 201 << "";
        QTest::newRow("webhook, read and write for a user")
            << "alice"
            << QJsonObject {{QStringLiteral("name"), name},
                            {QStringLiteral("expires_in_days"), 30},
                            {QStringLiteral("scopes"),
                             QJsonArray {QStringLiteral("webhook"), QStringLiteral("read"), QStringLiteral("write")}}}
            << 201 << "";
    }
    void scopesAreValidated()
    {
        QFETCH(QString, caller);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QByteArray token = caller == QLatin1String("admin") ? m_server.loginAdmin() : loginAs(caller);
        const HttpResponse r = http().postJson(QStringLiteral("v1/api-keys"), body, session(token));
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        if (status == 201) {
            QStringList expected;
            for (const QJsonValue& scope : body.value(QStringLiteral("scopes")).toArray())
                expected.append(scope.toString());
            QStringList actual;
            for (const QJsonValue& scope : r.response().value(QStringLiteral("scopes")).toArray())
                actual.append(scope.toString());
            expected.sort();
            actual.sort();
            QCOMPARE(actual, expected);
            // The verify route reports the same scopes.
            const HttpResponse verified = verify(secretOf(r.response()));
            QCOMPARE(verified.response().value(QStringLiteral("valid")).toBool(), true);
            QStringList verifiedScopes;
            for (const QJsonValue& scope : verified.response().value(QStringLiteral("scopes")).toArray())
                verifiedScopes.append(scope.toString());
            verifiedScopes.sort();
            QCOMPARE(verifiedScopes, expected);
        } else {
            QVERIFY(!r.body.contains("kw_key_"));
        }
    }

    void readOnlyKeyCannotWrite()
    {
        const QByteArray admin = m_server.loginAdmin();
        const QJsonObject key = m_server.createKey(admin,
                                                   {{QStringLiteral("name"), QStringLiteral("reader")},
                                                    {QStringLiteral("expires_in_days"), 30},
                                                    {QStringLiteral("scopes"), QJsonArray {QStringLiteral("read")}}});
        const QByteArray secret = secretOf(key);
        QVERIFY(!secret.isEmpty());
        const HttpResponse write = http().postJson(
            QStringLiteral("v1/api-keys"),
            {{QStringLiteral("name"), QStringLiteral("from a reader")}, {QStringLiteral("expires_in_days"), 7}},
            bearer(secret));
        QCOMPARE(write.status, 403);
        QCOMPARE(write.errorCode(), QStringLiteral("FORBIDDEN"));
        const HttpResponse revokeOther
            = http().post(QStringLiteral("v1/api-keys/") + id(key) + QStringLiteral("/revoke"), {}, bearer(secret));
        QCOMPARE(revokeOther.status, 403);
        QCOMPARE(revokeOther.errorCode(), QStringLiteral("FORBIDDEN"));
        // Admin-only routes need the admin scope even though the owner is an admin.
        QCOMPARE(http().get(QStringLiteral("v1/users"), bearer(secret)).status, 403);

        const HttpResponse read = http().get(QStringLiteral("v1/api-keys"), bearer(secret));
        QCOMPARE(read.status, 200);
        QVERIFY(!idsOf(read.response().value(QStringLiteral("keys")).toArray()).isEmpty());
        QCOMPARE(http().get(QStringLiteral("v1/api-keys/") + id(key), bearer(secret)).status, 200);
        const HttpResponse me = http().get(QStringLiteral("v1/me"), bearer(secret));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.response().value(QStringLiteral("scopes")).toArray(), QJsonArray {QStringLiteral("read")});
        // Nothing was created and the key is still active.
        const HttpResponse stored = http().get(QStringLiteral("v1/api-keys/") + id(key), session(admin));
        QCOMPARE(stored.response().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        const HttpResponse named = http().get(QStringLiteral("v1/api-keys?q=from%20a%20reader"), session(admin));
        QCOMPARE(named.response().value(QStringLiteral("keys")).toArray().size(), 0);
    }

    void keyPresentation_data()
    {
        QTest::addColumn<int>("way");
        QTest::newRow("Authorization: Bearer K") << int(Presentation::Bearer);
        QTest::newRow("Authorization: K") << int(Presentation::BareAuthorization);
        QTest::newRow("ApiKey: K") << int(Presentation::ApiKeyHeader);
        QTest::newRow("?ApiKey=K") << int(Presentation::Query);
    }
    void keyPresentation()
    {
        QFETCH(int, way);
        const Presentation presentation = Presentation(way);
        const QJsonObject key = m_server.createKey(
            loginAs(QStringLiteral("alice")),
            {{QStringLiteral("name"), QStringLiteral("presented")}, {QStringLiteral("expires_in_days"), 30}});
        const QByteArray secret = secretOf(key);
        QVERIFY(secret.startsWith("kw_key_"));
        const HttpResponse me
            = http().get(pathWith(QStringLiteral("v1/me"), presentation, secret), headersFor(presentation, secret));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.response().value(QStringLiteral("email")).toString(), QStringLiteral("alice@acme.test"));
        QCOMPARE(me.response().value(QStringLiteral("id")).toString(), m_aliceId);

        // A wrong key presented the same way is refused.
        QByteArray wrong = secret;
        wrong[10] = wrong[10] == 'A' ? 'B' : 'A';
        const HttpResponse refused
            = http().get(pathWith(QStringLiteral("v1/me"), presentation, wrong), headersFor(presentation, wrong));
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.errorCode(), QStringLiteral("INVALID_API_KEY"));
    }

    void revokeAndReactivate()
    {
        const QByteArray admin = m_server.loginAdmin();
        const QJsonObject key = m_server.createKey(
            admin, {{QStringLiteral("name"), QStringLiteral("revocable")}, {QStringLiteral("expires_in_days"), 30}});
        const QByteArray secret = secretOf(key);
        QCOMPARE(use(secret).status, 200);

        const HttpResponse revoked
            = http().post(QStringLiteral("v1/api-keys/") + id(key) + QStringLiteral("/revoke"), {}, session(admin));
        QCOMPARE(revoked.status, 200);
        QCOMPARE(revoked.response().value(QStringLiteral("status")).toString(), QStringLiteral("inactive"));

        const HttpResponse used = use(secret);
        QCOMPARE(used.status, 401);
        QCOMPARE(used.errorCode(), QStringLiteral("INVALID_API_KEY"));
        const HttpResponse verified = verify(secret);
        QCOMPARE(verified.status, 200);
        QCOMPARE(verified.response().value(QStringLiteral("valid")).toBool(true), false);
        QCOMPARE(verified.response().value(QStringLiteral("code")).toString(), QStringLiteral("INVALID_API_KEY"));

        const HttpResponse stored = http().get(QStringLiteral("v1/api-keys/") + id(key), session(admin));
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.response().value(QStringLiteral("status")).toString(), QStringLiteral("inactive"));
        const HttpResponse listed = http().get(QStringLiteral("v1/api-keys?limit=1000"), session(admin));
        QVERIFY(idsOf(listed.response().value(QStringLiteral("keys")).toArray()).contains(id(key)));
        const HttpResponse inactive
            = http().get(QStringLiteral("v1/api-keys?status=inactive&limit=1000"), session(admin));
        QVERIFY(idsOf(inactive.response().value(QStringLiteral("keys")).toArray()).contains(id(key)));
        const HttpResponse active = http().get(QStringLiteral("v1/api-keys?status=active&limit=1000"), session(admin));
        QVERIFY(!idsOf(active.response().value(QStringLiteral("keys")).toArray()).contains(id(key)));

        const HttpResponse reactivated
            = http().post(QStringLiteral("v1/api-keys/") + id(key) + QStringLiteral("/reactivate"), {}, session(admin));
        QCOMPARE(reactivated.status, 200);
        QCOMPARE(reactivated.response().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(use(secret).status, 200);
        QCOMPARE(verify(secret).response().value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(http()
                     .get(QStringLiteral("v1/api-keys/") + id(key), session(admin))
                     .response()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("active"));
    }

    void expiredKeyIsRefusedAndFinal()
    {
        QByteArray admin = m_server.loginAdmin();
        const QJsonObject key = m_server.createKey(
            admin, {{QStringLiteral("name"), QStringLiteral("short-lived")}, {QStringLiteral("expires_in_days"), 7}});
        const QJsonObject revokedKey = m_server.createKey(
            admin,
            {{QStringLiteral("name"), QStringLiteral("short-lived revoked")}, {QStringLiteral("expires_in_days"), 7}});
        const QByteArray secret = secretOf(key);
        QCOMPARE(use(secret).status, 200);
        QCOMPARE(
            http()
                .post(QStringLiteral("v1/api-keys/") + id(revokedKey) + QStringLiteral("/revoke"), {}, session(admin))
                .status,
            200);

        m_server.advanceClock(7 * Day - 120);
        QCOMPARE(use(secret).status, 200);
        m_server.advanceClock(121);

        const HttpResponse used = use(secret);
        QCOMPARE(used.status, 401);
        QCOMPARE(used.errorCode(), QStringLiteral("EXPIRED_API_KEY"));
        QCOMPARE(timeOf(errorDetails(used).value(QStringLiteral("expired_at"))),
                 timeOf(key.value(QStringLiteral("expires_at"))));
        const HttpResponse verified = verify(secret);
        QCOMPARE(verified.response().value(QStringLiteral("valid")).toBool(true), false);
        QCOMPARE(verified.response().value(QStringLiteral("code")).toString(), QStringLiteral("EXPIRED_API_KEY"));

        admin = m_server.loginAdmin(); // the earlier session ended long ago on the server's clock
        const HttpResponse stored = http().get(QStringLiteral("v1/api-keys/") + id(key), session(admin));
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.response().value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
        QCOMPARE(http()
                     .get(QStringLiteral("v1/api-keys/") + id(revokedKey), session(admin))
                     .response()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("expired"));
        const HttpResponse expiredList
            = http().get(QStringLiteral("v1/api-keys?status=expired&limit=1000"), session(admin));
        QVERIFY(idsOf(expiredList.response().value(QStringLiteral("keys")).toArray()).contains(id(key)));

        for (const QJsonObject& target : {key, revokedKey}) {
            const HttpResponse reactivate = http().post(
                QStringLiteral("v1/api-keys/") + id(target) + QStringLiteral("/reactivate"), {}, session(admin));
            QCOMPARE(reactivate.status, 409);
            QCOMPARE(reactivate.errorCode(), QStringLiteral("KEY_EXPIRED"));
        }
        const HttpResponse extendPreset = http().patchJson(QStringLiteral("v1/api-keys/") + id(key),
                                                           {{QStringLiteral("expires_in_days"), 30}}, session(admin));
        QCOMPARE(extendPreset.status, 409);
        QCOMPARE(extendPreset.errorCode(), QStringLiteral("KEY_EXPIRED"));
        const HttpResponse extendDate
            = http().patchJson(QStringLiteral("v1/api-keys/") + id(key),
                               {{QStringLiteral("expires_at"), iso(serverNow().addSecs(10 * Day))}}, session(admin));
        QCOMPARE(extendDate.status, 409);
        QCOMPARE(extendDate.errorCode(), QStringLiteral("KEY_EXPIRED"));
        const HttpResponse rotate
            = http().postJson(QStringLiteral("v1/api-keys/") + id(key) + QStringLiteral("/rotate"),
                              {{QStringLiteral("grace_seconds"), 0}}, session(admin));
        QCOMPARE(rotate.status, 409);
        QCOMPARE(rotate.errorCode(), QStringLiteral("KEY_EXPIRED"));
        QVERIFY(!rotate.body.contains("kw_key_"));

        // Still expired and still refused after all those attempts.
        const HttpResponse after = http().get(QStringLiteral("v1/api-keys/") + id(key), session(admin));
        QCOMPARE(after.response().value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
        QCOMPARE(after.response().value(QStringLiteral("expires_at")), key.value(QStringLiteral("expires_at")));
        QCOMPARE(use(secret).errorCode(), QStringLiteral("EXPIRED_API_KEY"));
    }

    void deleteKey()
    {
        const QByteArray admin = m_server.loginAdmin();
        const QJsonObject key = m_server.createKey(
            admin, {{QStringLiteral("name"), QStringLiteral("deletable")}, {QStringLiteral("expires_in_days"), 30}});
        const QByteArray secret = secretOf(key);
        QCOMPARE(use(secret).status, 200);
        const HttpResponse deleted = http().del(QStringLiteral("v1/api-keys/") + id(key), session(admin));
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.response().value(QStringLiteral("deleted")).toBool(), true);

        const HttpResponse get = http().get(QStringLiteral("v1/api-keys/") + id(key), session(admin));
        QCOMPARE(get.status, 404);
        QCOMPARE(get.errorCode(), QStringLiteral("NOT_FOUND"));
        const HttpResponse used = use(secret);
        QCOMPARE(used.status, 401);
        QCOMPARE(used.errorCode(), QStringLiteral("INVALID_API_KEY"));
        QCOMPARE(verify(secret).response().value(QStringLiteral("valid")).toBool(true), false);
        const HttpResponse listed = http().get(QStringLiteral("v1/api-keys?limit=1000"), session(admin));
        QVERIFY(!idsOf(listed.response().value(QStringLiteral("keys")).toArray()).contains(id(key)));
        QCOMPARE(http().del(QStringLiteral("v1/api-keys/") + id(key), session(admin)).status, 404);
        QCOMPARE(http()
                     .post(QStringLiteral("v1/api-keys/") + id(key) + QStringLiteral("/reactivate"), {}, session(admin))
                     .status,
                 404);
    }

    void rotateWithoutGrace()
    {
        const QByteArray admin = m_server.loginAdmin();
        const QJsonObject key = m_server.createKey(
            admin, {{QStringLiteral("name"), QStringLiteral("rotated now")}, {QStringLiteral("expires_in_days"), 30}});
        const QByteArray oldSecret = secretOf(key);
        QCOMPARE(use(oldSecret).status, 200);
        const HttpResponse rotated
            = http().postJson(QStringLiteral("v1/api-keys/") + id(key) + QStringLiteral("/rotate"),
                              {{QStringLiteral("grace_seconds"), 0}}, session(admin));
        QCOMPARE(rotated.status, 200);
        const QByteArray newSecret = secretOf(rotated.response());
        QVERIFY(newSecret.startsWith("kw_key_"));
        QVERIFY(newSecret != oldSecret);
        QCOMPARE(id(rotated.response()), id(key));
        QVERIFY(newSecret.startsWith(rotated.response().value(QStringLiteral("prefix")).toString().toLatin1()));
        QVERIFY(rotated.response().value(QStringLiteral("previous_valid_until")).isNull());

        const HttpResponse old = use(oldSecret);
        QCOMPARE(old.status, 401);
        QCOMPARE(old.errorCode(), QStringLiteral("INVALID_API_KEY"));
        QCOMPARE(verify(oldSecret).response().value(QStringLiteral("valid")).toBool(true), false);
        QCOMPARE(use(newSecret).status, 200);
        const HttpResponse stored = http().get(QStringLiteral("v1/api-keys/") + id(key), session(admin));
        QCOMPARE(stored.response().value(QStringLiteral("prefix")), rotated.response().value(QStringLiteral("prefix")));
        QCOMPARE(stored.response().value(QStringLiteral("expires_at")), key.value(QStringLiteral("expires_at")));
        QVERIFY(!stored.body.contains(newSecret));
    }

    void rotateWithGrace()
    {
        const QByteArray admin = m_server.loginAdmin();
        const QJsonObject key = m_server.createKey(
            admin,
            {{QStringLiteral("name"), QStringLiteral("rotated gently")}, {QStringLiteral("expires_in_days"), 30}});
        const QByteArray oldSecret = secretOf(key);
        QCOMPARE(use(oldSecret).status, 200);
        const QDateTime now = serverNow();
        const HttpResponse rotated
            = http().postJson(QStringLiteral("v1/api-keys/") + id(key) + QStringLiteral("/rotate"),
                              {{QStringLiteral("grace_seconds"), 300}}, session(admin));
        QCOMPARE(rotated.status, 200);
        const QByteArray newSecret = secretOf(rotated.response());
        QVERIFY(newSecret.startsWith("kw_key_"));
        QVERIFY(newSecret != oldSecret);
        const QDateTime graceEnd = timeOf(rotated.response().value(QStringLiteral("previous_valid_until")));
        QVERIFY(graceEnd.isValid());
        QVERIFY(qAbs(graceEnd.secsTo(now.addSecs(300))) <= 60);

        QCOMPARE(use(oldSecret).status, 200);
        QCOMPARE(use(newSecret).status, 200);
        QCOMPARE(verify(oldSecret).response().value(QStringLiteral("valid")).toBool(), true);

        m_server.advanceClock(301);
        const HttpResponse old = use(oldSecret);
        QCOMPARE(old.status, 401);
        QCOMPARE(old.errorCode(), QStringLiteral("INVALID_API_KEY"));
        QCOMPARE(verify(oldSecret).response().value(QStringLiteral("valid")).toBool(true), false);
        QCOMPARE(use(newSecret).status, 200);
    }

    void rotateRefusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("revokeFirst");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("negative grace") << QByteArray(R"({"grace_seconds":-1})") << false << 400 << "VALIDATION_FAILED";
        QTest::newRow("grace over a week")
            << QByteArray(R"({"grace_seconds":604801})") << false << 400 << "VALIDATION_FAILED";
        QTest::newRow("grace as text") << QByteArray(R"({"grace_seconds":"300"})") << false << 400
                                       << "MALFORMED_REQUEST";
        QTest::newRow("unknown field") << QByteArray(R"({"grace":300})") << false << 400 << "MALFORMED_REQUEST";
        QTest::newRow("revoked key") << QByteArray(R"({"grace_seconds":0})") << true << 409 << "CONFLICT";
    }
    void rotateRefusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, revokeFirst);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QByteArray admin = m_server.loginAdmin();
        const QJsonObject key = m_server.createKey(
            admin, {{QStringLiteral("name"), QStringLiteral("not rotated")}, {QStringLiteral("expires_in_days"), 30}});
        if (revokeFirst)
            QCOMPARE(http()
                         .post(QStringLiteral("v1/api-keys/") + id(key) + QStringLiteral("/revoke"), {}, session(admin))
                         .status,
                     200);
        const HttpResponse r
            = http().post(QStringLiteral("v1/api-keys/") + id(key) + QStringLiteral("/rotate"), body, session(admin));
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QVERIFY(!r.body.contains("kw_key_"));
        const HttpResponse stored = http().get(QStringLiteral("v1/api-keys/") + id(key), session(admin));
        QCOMPARE(stored.response().value(QStringLiteral("prefix")), key.value(QStringLiteral("prefix")));
        if (!revokeFirst)
            QCOMPARE(use(secretOf(key)).status, 200);
    }

    void updateKey()
    {
        const QByteArray admin = m_server.loginAdmin();
        const QJsonObject key = m_server.createKey(admin,
                                                   {{QStringLiteral("name"), QStringLiteral("before")},
                                                    {QStringLiteral("description"), QStringLiteral("old text")},
                                                    {QStringLiteral("expires_in_days"), 30}});
        const QString path = QStringLiteral("v1/api-keys/") + id(key);

        const HttpResponse renamed = http().patchJson(path,
                                                      {{QStringLiteral("name"), QStringLiteral("after")},
                                                       {QStringLiteral("description"), QStringLiteral("new text")}},
                                                      session(admin));
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.response().value(QStringLiteral("name")).toString(), QStringLiteral("after"));
        QCOMPARE(renamed.response().value(QStringLiteral("description")).toString(), QStringLiteral("new text"));
        QCOMPARE(renamed.response().value(QStringLiteral("expires_at")), key.value(QStringLiteral("expires_at")));
        const HttpResponse stored = http().get(path, session(admin));
        QCOMPARE(stored.response().value(QStringLiteral("name")).toString(), QStringLiteral("after"));
        QCOMPARE(stored.response().value(QStringLiteral("description")).toString(), QStringLiteral("new text"));

        const QDateTime now = serverNow();
        const HttpResponse preset = http().patchJson(path, {{QStringLiteral("expires_in_days"), 60}}, session(admin));
        QCOMPARE(preset.status, 200);
        QVERIFY(qAbs(timeOf(preset.response().value(QStringLiteral("expires_at"))).secsTo(now.addSecs(60 * Day)))
                <= 60);
        QCOMPARE(preset.response().value(QStringLiteral("name")).toString(), QStringLiteral("after"));

        const QDateTime custom = serverNow().addSecs(12 * Day + 7);
        const HttpResponse dated
            = http().patchJson(path, {{QStringLiteral("expires_at"), iso(custom)}}, session(admin));
        QCOMPARE(dated.status, 200);
        QCOMPARE(timeOf(dated.response().value(QStringLiteral("expires_at"))), custom);
        QCOMPARE(timeOf(http().get(path, session(admin)).response().value(QStringLiteral("expires_at"))), custom);

        const HttpResponse emptyName
            = http().patchJson(path, {{QStringLiteral("name"), QStringLiteral("  ")}}, session(admin));
        QCOMPARE(emptyName.status, 400);
        QCOMPARE(emptyName.errorCode(), QStringLiteral("VALIDATION_FAILED"));
        const HttpResponse badPreset
            = http().patchJson(path, {{QStringLiteral("expires_in_days"), 15}}, session(admin));
        QCOMPARE(badPreset.status, 400);
        QCOMPARE(badPreset.errorCode(), QStringLiteral("VALIDATION_FAILED"));
        const HttpResponse pastDate
            = http().patchJson(path, {{QStringLiteral("expires_at"), iso(serverNow().addSecs(-60))}}, session(admin));
        QCOMPARE(pastDate.status, 400);
        QCOMPARE(pastDate.errorCode(), QStringLiteral("VALIDATION_FAILED"));

        const HttpResponse last = http().get(path, session(admin));
        QCOMPARE(last.response().value(QStringLiteral("name")).toString(), QStringLiteral("after"));
        QCOMPARE(timeOf(last.response().value(QStringLiteral("expires_at"))), custom);
        QCOMPARE(use(secretOf(key)).status, 200);
    }

    void userCannotChangeAnotherUsersKey()
    {
        const QJsonObject bobs = m_server.createKey(
            loginAs(QStringLiteral("bob")),
            {{QStringLiteral("name"), QStringLiteral("bob's key")}, {QStringLiteral("expires_in_days"), 30}});
        const QByteArray alice = loginAs(QStringLiteral("alice"));
        const QString path = QStringLiteral("v1/api-keys/") + id(bobs);
        QCOMPARE(http().get(path, session(alice)).status, 404);
        QCOMPARE(http().patchJson(path, {{QStringLiteral("name"), QStringLiteral("mine now")}}, session(alice)).status,
                 404);
        QCOMPARE(http().post(path + QStringLiteral("/revoke"), {}, session(alice)).status, 404);
        QCOMPARE(http().post(path + QStringLiteral("/rotate"), {}, session(alice)).status, 404);
        QCOMPARE(http().del(path, session(alice)).status, 404);
        const HttpResponse stored = http().get(path, session(loginAs(QStringLiteral("bob"))));
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.response().value(QStringLiteral("name")).toString(), QStringLiteral("bob's key"));
        QCOMPARE(stored.response().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(use(secretOf(bobs)).status, 200);
    }

    void verifyRoute_data()
    {
        QTest::addColumn<int>("way");
        QTest::addColumn<bool>("inBody");
        QTest::newRow("body {\"key\": K}") << int(Presentation::Bearer) << true;
        QTest::newRow("Authorization: Bearer K") << int(Presentation::Bearer) << false;
        QTest::newRow("Authorization: K") << int(Presentation::BareAuthorization) << false;
        QTest::newRow("ApiKey: K") << int(Presentation::ApiKeyHeader) << false;
        QTest::newRow("?ApiKey=K") << int(Presentation::Query) << false;
    }
    void verifyRoute()
    {
        QFETCH(int, way);
        QFETCH(bool, inBody);
        const QJsonObject key = m_server.createKey(
            loginAs(QStringLiteral("alice")),
            {{QStringLiteral("name"), QStringLiteral("verified")},
             {QStringLiteral("expires_in_days"), 60},
             {QStringLiteral("scopes"), QJsonArray {QStringLiteral("read"), QStringLiteral("write")}}});
        const QByteArray secret = secretOf(key);
        HttpResponse r;
        if (inBody) {
            r = verify(secret);
        } else {
            const Presentation presentation = Presentation(way);
            r = http().post(pathWith(QStringLiteral("v1/keys/verify"), presentation, secret), {},
                            headersFor(presentation, secret));
        }
        QCOMPARE(r.status, 200);
        const QJsonObject result = r.response();
        QCOMPARE(result.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("key_id")).toString(), id(key));
        QCOMPARE(result.value(QStringLiteral("owner")).toObject().value(QStringLiteral("email")).toString(),
                 QStringLiteral("alice@acme.test"));
        QCOMPARE(result.value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toString(), m_aliceId);
        QCOMPARE(result.value(QStringLiteral("tenant")).toObject().value(QStringLiteral("name")).toString(),
                 QLatin1String(TestServer::Tenant));
        QCOMPARE(result.value(QStringLiteral("scopes")).toArray(),
                 QJsonArray({QStringLiteral("read"), QStringLiteral("write")}));
        QCOMPARE(timeOf(result.value(QStringLiteral("expires_at"))), timeOf(key.value(QStringLiteral("expires_at"))));
        QVERIFY(!r.body.contains(secret));
    }

    void verifyRouteRefusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("no body, no header") << QByteArray() << 401 << "MISSING_API_KEY";
        QTest::newRow("empty object") << QByteArray("{}") << 401 << "MISSING_API_KEY";
        QTest::newRow("empty key") << QByteArray(R"({"key":""})") << 401 << "MISSING_API_KEY";
        QTest::newRow("malformed json") << QByteArray(R"({"key":)") << 400 << "MALFORMED_REQUEST";
        QTest::newRow("key not a string") << QByteArray(R"({"key":42})") << 400 << "MALFORMED_REQUEST";
        QTest::newRow("unknown field") << QByteArray(R"({"key":"x","scope":"read"})") << 400 << "MALFORMED_REQUEST";
    }
    void verifyRouteRefusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpResponse r = http().post(QStringLiteral("v1/keys/verify"), body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
    }

    void verifyRouteUnknownKey_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("garbage") << QByteArray("not-a-key");
        QTest::newRow("bad checksum") << QByteArray("kw_key_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa000000");
        QTest::newRow("session token") << QByteArray("kw_ses_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa000000");
    }
    void verifyRouteUnknownKey()
    {
        QFETCH(QByteArray, key);
        const HttpResponse r = verify(key);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.response().value(QStringLiteral("valid")).toBool(true), false);
        QCOMPARE(r.response().value(QStringLiteral("code")).toString(), QStringLiteral("INVALID_API_KEY"));
        QVERIFY(!r.response().contains(QStringLiteral("key_id")));
        QVERIFY(!r.response().contains(QStringLiteral("owner")));
    }

    void rateLimit()
    {
        const QByteArray admin = m_server.loginAdmin();
        const HttpResponse created = http().postJson(QStringLiteral("v1/api-keys"),
                                                     {{QStringLiteral("name"), QStringLiteral("limited")},
                                                      {QStringLiteral("expires_in_days"), 30},
                                                      {QStringLiteral("rate_limit"), 3}},
                                                     session(admin));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.response().value(QStringLiteral("rate_limit")).toInt(), 3);
        const QByteArray secret = secretOf(created.response());
        // The limit counts per one-minute window of the server's clock: start just after a minute begins so that
        // the four requests share one window.
        m_server.advanceClock(61 - serverNow().time().second());
        for (int i = 1; i <= 3; ++i) {
            const HttpResponse ok = verify(secret);
            QCOMPARE(ok.status, 200);
            QCOMPARE(ok.response().value(QStringLiteral("valid")).toBool(), true);
            QCOMPARE(ok.header("x-ratelimit-limit"), QByteArray("3"));
            QCOMPARE(ok.header("x-ratelimit-remaining"), QByteArray::number(3 - i));
            QVERIFY(ok.header("x-ratelimit-reset").toLongLong() > 0);
        }
        const QDateTime now = serverNow();
        const HttpResponse limited = verify(secret);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("RATE_LIMITED"));
        const int retryAfter = limited.header("retry-after").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.header("retry-after").constData());
        QCOMPARE(limited.header("x-ratelimit-limit"), QByteArray("3"));
        QCOMPARE(limited.header("x-ratelimit-remaining"), QByteArray("0"));
        const qint64 reset = limited.header("x-ratelimit-reset").toLongLong();
        QVERIFY(reset > now.toSecsSinceEpoch() - 5);
        QVERIFY(reset <= now.toSecsSinceEpoch() + 61);
        // The same budget applies when the key calls the API itself.
        const HttpResponse limitedUse = use(secret);
        QCOMPARE(limitedUse.status, 429);
        QCOMPARE(limitedUse.errorCode(), QStringLiteral("RATE_LIMITED"));
        // Retry-After counts the seconds to the end of the same window on both paths.
        QVERIFY(qAbs(limitedUse.header("retry-after").toInt() - retryAfter) <= 1);

        m_server.advanceClock(60);
        const HttpResponse again = verify(secret);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.response().value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(again.header("x-ratelimit-remaining"), QByteArray("2"));

        // A key without a limit carries no rate-limit headers.
        const QJsonObject unlimited = m_server.createKey(
            m_server.loginAdmin(),
            {{QStringLiteral("name"), QStringLiteral("unlimited")}, {QStringLiteral("expires_in_days"), 30}});
        for (int i = 0; i < 5; ++i)
            QCOMPARE(verify(secretOf(unlimited)).status, 200);
        QVERIFY(verify(secretOf(unlimited)).header("x-ratelimit-limit").isEmpty());
    }

    void lastUseIsRecorded()
    {
        const QByteArray admin = m_server.loginAdmin();
        const QJsonObject key = m_server.createKey(
            admin, {{QStringLiteral("name"), QStringLiteral("tracked")}, {QStringLiteral("expires_in_days"), 30}});
        QVERIFY(key.value(QStringLiteral("last_used_at")).isNull());
        QVERIFY(key.value(QStringLiteral("last_used_address")).isNull());
        const QString path = QStringLiteral("v1/api-keys/") + id(key);
        QVERIFY(http().get(path, session(admin)).response().value(QStringLiteral("last_used_at")).isNull());

        m_server.advanceClock(5);
        const QDateTime now = serverNow();
        QCOMPARE(use(secretOf(key)).status, 200);
        const HttpResponse stored = http().get(path, session(admin));
        const QDateTime lastUsed = timeOf(stored.response().value(QStringLiteral("last_used_at")));
        QVERIFY2(lastUsed.isValid(), stored.body.constData());
        QVERIFY(qAbs(lastUsed.secsTo(now)) <= 60);
        QCOMPARE(stored.response().value(QStringLiteral("last_used_address")).toString(), QStringLiteral("127.0.0.1"));

        // Listing shows the same, and a later use moves it forward.
        const HttpResponse listed = http().get(QStringLiteral("v1/api-keys?q=") + id(key), session(admin));
        QCOMPARE(listed.response().value(QStringLiteral("keys")).toArray().size(), 1);
        QCOMPARE(timeOf(listed.response()
                            .value(QStringLiteral("keys"))
                            .toArray()
                            .at(0)
                            .toObject()
                            .value(QStringLiteral("last_used_at"))),
                 lastUsed);
        m_server.advanceClock(120);
        QCOMPARE(verify(secretOf(key)).response().value(QStringLiteral("valid")).toBool(), true);
        const QDateTime later
            = timeOf(http().get(path, session(m_server.loginAdmin())).response().value(QStringLiteral("last_used_at")));
        QVERIFY(lastUsed.secsTo(later) >= 119);
    }

    void listingFilters()
    {
        const QByteArray admin = m_server.loginAdmin();
        auto create = [&](const QString& name, const QJsonObject& extra) {
            QJsonObject body {{QStringLiteral("name"), name}, {QStringLiteral("user_id"), m_listerId}};
            for (auto it = extra.begin(); it != extra.end(); ++it)
                body.insert(it.key(), it.value());
            return m_server.createKey(admin, body);
        };
        const QJsonObject alpha = create(
            QStringLiteral("alpha-active"),
            {{QStringLiteral("expires_in_days"), 90}, {QStringLiteral("description"), QStringLiteral("first key")}});
        const QJsonObject beta = create(QStringLiteral("beta-revoked"), {{QStringLiteral("expires_in_days"), 90}});
        const QJsonObject gamma = create(QStringLiteral("gamma-soon"),
                                         {{QStringLiteral("expires_in_days"), 7},
                                          {QStringLiteral("description"), QStringLiteral("rotates weekly")}});
        const QJsonObject delta
            = create(QStringLiteral("delta-expired"), {{QStringLiteral("expires_at"), iso(serverNow().addSecs(120))}});
        for (const QJsonObject& key : {alpha, beta, gamma, delta})
            QVERIFY(!id(key).isEmpty());
        QCOMPARE(http()
                     .post(QStringLiteral("v1/api-keys/") + id(beta) + QStringLiteral("/revoke"), {}, session(admin))
                     .status,
                 200);
        m_server.advanceClock(180);
        const QByteArray token = m_server.loginAdmin();
        const QString user = QStringLiteral("user=") + m_listerId;

        auto names = [&](const QString& query) {
            const HttpResponse r
                = http().get(QStringLiteral("v1/api-keys?") + user + QLatin1Char('&') + query, session(token));
            if (r.status != 200)
                return QStringList {QStringLiteral("HTTP %1").arg(r.status)};
            QStringList list = namesOf(r.response().value(QStringLiteral("keys")).toArray());
            return list;
        };
        auto sorted = [](QStringList list) {
            list.sort();
            return list;
        };

        QCOMPARE(sorted(names(QStringLiteral("limit=1000"))),
                 QStringList({QStringLiteral("alpha-active"), QStringLiteral("beta-revoked"),
                              QStringLiteral("delta-expired"), QStringLiteral("gamma-soon")}));
        QCOMPARE(sorted(names(QStringLiteral("status=active"))),
                 QStringList({QStringLiteral("alpha-active"), QStringLiteral("gamma-soon")}));
        QCOMPARE(names(QStringLiteral("status=inactive")), QStringList {QStringLiteral("beta-revoked")});
        QCOMPARE(names(QStringLiteral("status=expired")), QStringList {QStringLiteral("delta-expired")});
        QCOMPARE(names(QStringLiteral("q=GAMMA")), QStringList {QStringLiteral("gamma-soon")});
        QCOMPARE(names(QStringLiteral("q=weekly")), QStringList {QStringLiteral("gamma-soon")});
        QCOMPARE(names(QStringLiteral("q=") + alpha.value(QStringLiteral("prefix")).toString()),
                 QStringList {QStringLiteral("alpha-active")});
        QCOMPARE(names(QStringLiteral("q=%25")), QStringList());
        QCOMPARE(names(QStringLiteral("q=nothing-like-this")), QStringList());
        QCOMPARE(names(QStringLiteral("expiring_within_days=10")), QStringList {QStringLiteral("gamma-soon")});
        QCOMPARE(sorted(names(QStringLiteral("expiring_within_days=100"))),
                 QStringList({QStringLiteral("alpha-active"), QStringLiteral("gamma-soon")}));
        QCOMPARE(names(QStringLiteral("expiring_within_days=0")), QStringList());
        QCOMPARE(names(QStringLiteral("sort=name")),
                 QStringList({QStringLiteral("alpha-active"), QStringLiteral("beta-revoked"),
                              QStringLiteral("delta-expired"), QStringLiteral("gamma-soon")}));
        QCOMPARE(names(QStringLiteral("sort=-name")),
                 QStringList({QStringLiteral("gamma-soon"), QStringLiteral("delta-expired"),
                              QStringLiteral("beta-revoked"), QStringLiteral("alpha-active")}));
        QCOMPARE(names(QStringLiteral("sort=name&status=active")),
                 QStringList({QStringLiteral("alpha-active"), QStringLiteral("gamma-soon")}));
        // alpha and beta both expire in 90 days (milliseconds apart), so only the first two places are fixed.
        const QStringList byExpiry = names(QStringLiteral("sort=expires_at"));
        QCOMPARE(byExpiry.mid(0, 2), QStringList({QStringLiteral("delta-expired"), QStringLiteral("gamma-soon")}));
        QCOMPARE(sorted(byExpiry.mid(2)),
                 QStringList({QStringLiteral("alpha-active"), QStringLiteral("beta-revoked")}));
        const QStringList byExpiryDescending = names(QStringLiteral("sort=-expires_at"));
        QCOMPARE(byExpiryDescending.mid(2),
                 QStringList({QStringLiteral("gamma-soon"), QStringLiteral("delta-expired")}));

        // Admins see the user's keys; the owner lists the same set as "me".
        const HttpResponse asOwner = http().get(
            QStringLiteral("v1/api-keys?limit=1000"),
            session(m_server.login(QStringLiteral("lister@acme.test"), QStringLiteral("quiet-harbor-lamp-7"))));
        QCOMPARE(sorted(namesOf(asOwner.response().value(QStringLiteral("keys")).toArray())),
                 sorted(names(QStringLiteral("limit=1000"))));
        for (const QJsonValue& key : asOwner.response().value(QStringLiteral("keys")).toArray())
            QCOMPARE(key.toObject().value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toString(),
                     m_listerId);
    }

    void listingRejectsBadParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("unknown status") << "status=bogus";
        QTest::newRow("unknown sort") << "sort=secret";
        QTest::newRow("limit 0") << "limit=0";
        QTest::newRow("limit too big") << "limit=1001";
        QTest::newRow("limit not a number") << "limit=ten";
        QTest::newRow("negative expiring") << "expiring_within_days=-1";
        QTest::newRow("expiring not a number") << "expiring_within_days=soon";
        QTest::newRow("garbage cursor") << "cursor=!!not-a-cursor";
        QTest::newRow("cursor without an id") << "cursor=YWJj";
    }
    void listingRejectsBadParameters()
    {
        QFETCH(QString, query);
        const HttpResponse r = http().get(QStringLiteral("v1/api-keys?") + query, session(m_server.loginAdmin()));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_FAILED"));
    }

    void paginationWalksEveryKeyOnce_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::newRow("default (newest first)") << "";
        QTest::newRow("created_at") << "created_at";
        QTest::newRow("-created_at") << "-created_at";
        QTest::newRow("name") << "name";
        QTest::newRow("-name") << "-name";
        QTest::newRow("expires_at") << "expires_at";
        QTest::newRow("-expires_at") << "-expires_at";
    }
    void paginationWalksEveryKeyOnce()
    {
        QFETCH(QString, sort);
        const QByteArray admin = m_server.loginAdmin();
        if (m_pagedIds.isEmpty()) {
            // 25 keys with repeated names and repeated expiry times, so that ties must be broken by the cursor.
            const QDateTime base = serverNow().addSecs(20 * Day);
            for (int i = 0; i < 25; ++i) {
                const QJsonObject key
                    = m_server.createKey(admin,
                                         {{QStringLiteral("name"), QStringLiteral("page-%1").arg(i % 5)},
                                          {QStringLiteral("user_id"), m_pagerId},
                                          {QStringLiteral("expires_at"), iso(base.addSecs((i % 3) * Day))}});
                QVERIFY(!id(key).isEmpty());
                m_pagedIds.insert(id(key));
            }
            QCOMPARE(m_pagedIds.size(), 25);
        }
        QStringList walked;
        QList<QJsonObject> rows;
        QString cursor;
        int pages = 0;
        do {
            QString path = QStringLiteral("v1/api-keys?limit=7&user=") + m_pagerId;
            if (!sort.isEmpty())
                path += QStringLiteral("&sort=") + sort;
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + cursor;
            const HttpResponse page = http().get(path, session(admin));
            QCOMPARE(page.status, 200);
            const QJsonArray keys = page.response().value(QStringLiteral("keys")).toArray();
            QVERIFY(keys.size() <= 7);
            ++pages;
            QVERIFY2(pages <= 5, "the cursor does not end");
            for (const QJsonValue& key : keys) {
                walked.append(key.toObject().value(QStringLiteral("id")).toString());
                rows.append(key.toObject());
            }
            const QJsonValue next = page.response().value(QStringLiteral("next_cursor"));
            QVERIFY(next.isNull() || next.isString());
            cursor = next.toString();
            if (!cursor.isEmpty())
                QCOMPARE(keys.size(), 7);
        } while (!cursor.isEmpty());
        QCOMPARE(pages, 4);
        QCOMPARE(walked.size(), 25);
        const QSet<QString> unique(walked.cbegin(), walked.cend());
        QCOMPARE(unique.size(), 25);
        QCOMPARE(unique, m_pagedIds);

        // The concatenated pages are in the requested order.
        const bool descending = sort.isEmpty() || sort.startsWith(QLatin1Char('-'));
        QString field = sort.isEmpty() ? QStringLiteral("created_at") : sort;
        if (field.startsWith(QLatin1Char('-')))
            field = field.mid(1);
        for (int i = 1; i < rows.size(); ++i) {
            const QString a = rows.at(i - 1).value(field).toString();
            const QString b = rows.at(i).value(field).toString();
            // ISO timestamps of the same format and the names compare correctly as text.
            QVERIFY2(descending ? a >= b : a <= b, qPrintable(QStringLiteral("%1 then %2").arg(a, b)));
        }
    }

    void plainUserSeesOnlyOwnKeys()
    {
        const QByteArray bob = loginAs(QStringLiteral("bob"));
        const QJsonObject bobsKey = m_server.createKey(
            bob, {{QStringLiteral("name"), QStringLiteral("bob-private")}, {QStringLiteral("expires_in_days"), 30}});
        const QByteArray alice = loginAs(QStringLiteral("alice"));
        const QJsonObject alicesKey = m_server.createKey(
            alice, {{QStringLiteral("name"), QStringLiteral("alice-own")}, {QStringLiteral("expires_in_days"), 30}});
        QVERIFY(!id(bobsKey).isEmpty());
        QVERIFY(!id(alicesKey).isEmpty());

        const QStringList queries {QStringLiteral("limit=1000"), QStringLiteral("limit=1000&user=") + m_bobId,
                                   QStringLiteral("limit=1000&user=") + m_adminId,
                                   QStringLiteral("limit=1000&q=bob-private")};
        for (const QString& query : queries) {
            const HttpResponse r = http().get(QStringLiteral("v1/api-keys?") + query, session(alice));
            QCOMPARE(r.status, 200);
            const QJsonArray keys = r.response().value(QStringLiteral("keys")).toArray();
            for (const QJsonValue& key : keys)
                QCOMPARE(
                    key.toObject().value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toString(),
                    m_aliceId);
            QVERIFY(!idsOf(keys).contains(id(bobsKey)));
            if (!query.contains(QLatin1String("q=")))
                QVERIFY(idsOf(keys).contains(id(alicesKey)));
        }
        const HttpResponse asAdmin
            = http().get(QStringLiteral("v1/api-keys?limit=1000&user=") + m_bobId, session(m_server.loginAdmin()));
        QVERIFY(idsOf(asAdmin.response().value(QStringLiteral("keys")).toArray()).contains(id(bobsKey)));
        QVERIFY(!idsOf(asAdmin.response().value(QStringLiteral("keys")).toArray()).contains(id(alicesKey)));
    }

    void auditRecordsTheLifecycle()
    {
        const QByteArray admin = m_server.loginAdmin();
        const QJsonObject key = m_server.createKey(
            admin, {{QStringLiteral("name"), QStringLiteral("audited")}, {QStringLiteral("expires_in_days"), 30}});
        const QString path = QStringLiteral("v1/api-keys/") + id(key);
        const QByteArray secret = secretOf(key);
        QCOMPARE(http().post(path + QStringLiteral("/revoke"), {}, session(admin)).status, 200);
        QCOMPARE(use(secret).status, 401);
        QCOMPARE(http().post(path + QStringLiteral("/reactivate"), {}, session(admin)).status, 200);
        QCOMPARE(http()
                     .postJson(path + QStringLiteral("/rotate"), {{QStringLiteral("grace_seconds"), 0}}, session(admin))
                     .status,
                 200);
        QCOMPARE(http().del(path, session(admin)).status, 200);

        const QStringList actions {QStringLiteral("key.created"),     QStringLiteral("key.revoked"),
                                   QStringLiteral("key.reactivated"), QStringLiteral("key.rotated"),
                                   QStringLiteral("key.deleted"),     QStringLiteral("key.used_after_revoke")};
        for (const QString& action : actions) {
            const HttpResponse audit
                = http().get(QStringLiteral("v1/audit?limit=1000&action=") + action, session(admin));
            QCOMPARE(audit.status, 200);
            int found = 0;
            for (const QJsonValue& entry : audit.response().value(QStringLiteral("entries")).toArray()) {
                const QJsonObject e = entry.toObject();
                QCOMPARE(e.value(QStringLiteral("action")).toString(), action);
                if (e.value(QStringLiteral("target")).toObject().value(QStringLiteral("id")).toString() != id(key))
                    continue;
                ++found;
                QCOMPARE(e.value(QStringLiteral("client_address")).toString(), QStringLiteral("127.0.0.1"));
                QCOMPARE(e.value(QStringLiteral("subject_user_id")).toString(), m_adminId);
                if (action != QLatin1String("key.used_after_revoke"))
                    QCOMPARE(e.value(QStringLiteral("actor")).toObject().value(QStringLiteral("email")).toString(),
                             QLatin1String(TestServer::AdminEmail));
            }
            QVERIFY2(found == 1, qPrintable(QStringLiteral("%1 entries for %2").arg(found).arg(action)));
        }
        const HttpResponse all = http().get(QStringLiteral("v1/audit?limit=1000"), session(admin));
        QVERIFY(!all.body.contains(secret));

        // The key's own trail (?target=), newest first: exactly its entries, nothing of other keys.
        const HttpResponse trail = http().get(QStringLiteral("v1/audit?target=") + id(key), session(admin));
        QCOMPARE(trail.status, 200);
        QStringList trailActions;
        for (const QJsonValue& entry : trail.response().value(QStringLiteral("entries")).toArray()) {
            QCOMPARE(entry.toObject().value(QStringLiteral("target")).toObject().value(QStringLiteral("id")).toString(),
                     id(key));
            trailActions.prepend(entry.toObject().value(QStringLiteral("action")).toString());
        }
        QCOMPARE(trailActions,
                 QStringList({QStringLiteral("key.created"), QStringLiteral("key.revoked"),
                              QStringLiteral("key.used_after_revoke"), QStringLiteral("key.reactivated"),
                              QStringLiteral("key.rotated"), QStringLiteral("key.deleted")}));
        const HttpResponse none = http().get(QStringLiteral("v1/audit?target=no-such-key"), session(admin));
        QCOMPARE(none.status, 200);
        QCOMPARE(none.response().value(QStringLiteral("entries")).toArray().size(), 0);
    }

    // Issue 12: an entry names its target as it was called at the time, so the trail still reads after a rename and
    // after the key is gone; a rename also keeps the old name.
    void auditEntriesNameTheirTarget()
    {
        const QByteArray admin = m_server.loginAdmin();
        const QJsonObject key = m_server.createKey(
            admin, {{QStringLiteral("name"), QStringLiteral("alpha")}, {QStringLiteral("expires_in_days"), 30}});
        const QString path = QStringLiteral("v1/api-keys/") + id(key);
        QCOMPARE(http().patchJson(path, {{QStringLiteral("name"), QStringLiteral("beta")}}, session(admin)).status,
                 200);
        QCOMPARE(http().del(path, session(admin)).status, 200);
        QCOMPARE(http().get(path, session(admin)).status, 404);

        const QJsonArray trail = auditEntries(QStringLiteral("target=") + id(key));
        QCOMPARE(trail.size(), 3);
        QStringList actions;
        QStringList names;
        for (const QJsonValue& entry : trail) { // newest first
            actions.prepend(entry.toObject().value(QStringLiteral("action")).toString());
            names.prepend(entry.toObject().value(QStringLiteral("target_name")).toString());
        }
        QCOMPARE(
            actions,
            QStringList({QStringLiteral("key.created"), QStringLiteral("key.updated"), QStringLiteral("key.deleted")}));
        QCOMPARE(names, QStringList({QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("beta")}));
        const QJsonObject renamed = trail.at(1).toObject().value(QStringLiteral("details")).toObject();
        QCOMPARE(renamed.value(QStringLiteral("previous_name")).toString(), QStringLiteral("alpha"));
        QCOMPARE(renamed.value(QStringLiteral("fields")).toArray(), QJsonArray {QStringLiteral("name")});

        // A change that keeps the name records no previous one.
        const QJsonObject other = m_server.createKey(
            admin, {{QStringLiteral("name"), QStringLiteral("gamma")}, {QStringLiteral("expires_in_days"), 30}});
        const QString otherPath = QStringLiteral("v1/api-keys/") + id(other);
        QCOMPARE(http()
                     .patchJson(otherPath, {{QStringLiteral("description"), QStringLiteral("unchanged name")}},
                                session(admin))
                     .status,
                 200);
        // The entry written on the verify path names the key too.
        QCOMPARE(http().post(otherPath + QStringLiteral("/revoke"), {}, session(admin)).status, 200);
        QCOMPARE(use(secretOf(other)).status, 401);
        const QJsonArray otherTrail = auditEntries(QStringLiteral("target=") + id(other));
        QCOMPARE(otherTrail.size(), 4);
        for (const QJsonValue& entry : otherTrail)
            QCOMPARE(entry.toObject().value(QStringLiteral("target_name")).toString(), QStringLiteral("gamma"));
        QCOMPARE(otherTrail.first().toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("key.used_after_revoke"));
        QVERIFY(!otherTrail.at(2)
                     .toObject()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .contains(QStringLiteral("previous_name")));
    }

    // ?since= and ?until= bound the log by time (since inclusive, until exclusive); a bad bound is a 400.
    void auditDateRange()
    {
        const QByteArray admin = m_server.loginAdmin();
        const QString early = m_server
                                  .createKey(admin,
                                             {{QStringLiteral("name"), QStringLiteral("early key")},
                                              {QStringLiteral("expires_in_days"), 30}})
                                  .value(QStringLiteral("id"))
                                  .toString();
        m_server.advanceClock(3600);
        const QString middle = Timestamps::toIso(m_server.serverSeconds() * 1000 - 1800 * 1000);
        // An hour on, the session has lapsed: sign in again.
        const QString late = m_server
                                 .createKey(m_server.loginAdmin(),
                                            {{QStringLiteral("name"), QStringLiteral("late key")},
                                             {QStringLiteral("expires_in_days"), 30}})
                                 .value(QStringLiteral("id"))
                                 .toString();
        QVERIFY(!early.isEmpty() && !late.isEmpty());
        const auto createdIds = [this](const QString& range) {
            QStringList ids;
            for (const QJsonValue& entry : auditEntries(QStringLiteral("action=key.created&") + range))
                ids << entry.toObject()
                           .value(QStringLiteral("target"))
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
            return ids;
        };
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(middle));
        const QStringList after = createdIds(QStringLiteral("since=") + encoded);
        QVERIFY(after.contains(late));
        QVERIFY(!after.contains(early));
        const QStringList before = createdIds(QStringLiteral("until=") + encoded);
        QVERIFY(before.contains(early));
        QVERIFY(!before.contains(late));

        for (const QString& bad : {QStringLiteral("since=yesterday"), QStringLiteral("until=2026-13-45T00:00:00Z"),
                                   QStringLiteral("since=%1&until=%1").arg(encoded)}) {
            const HttpResponse refused = http().get(QStringLiteral("v1/audit?") + bad, session(m_server.loginAdmin()));
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.errorCode(), QStringLiteral("VALIDATION_FAILED"));
        }
    }

    void auditEntriesNameTheUser()
    {
        const QByteArray admin = m_server.loginAdmin();
        const QString email = QStringLiteral("named@acme.test");
        const QString userId = m_server.createUser(admin, email, QStringLiteral("user"));
        QVERIFY(!userId.isEmpty());
        QCOMPARE(http()
                     .patchJson(QStringLiteral("v1/users/") + userId,
                                {{QStringLiteral("role"), QStringLiteral("support")}}, session(admin))
                     .status,
                 200);
        const QJsonArray trail = auditEntries(QStringLiteral("target=") + userId);
        QStringList actions;
        for (const QJsonValue& entry : trail) {
            const QJsonObject e = entry.toObject();
            actions.prepend(e.value(QStringLiteral("action")).toString());
            QCOMPARE(e.value(QStringLiteral("target")).toObject().value(QStringLiteral("type")).toString(),
                     QStringLiteral("user"));
            QCOMPARE(e.value(QStringLiteral("target_name")).toString(), email);
        }
        QCOMPARE(actions, QStringList({QStringLiteral("user.created"), QStringLiteral("user.updated")}));
        // The user's own sign-in names them as well.
        QVERIFY(!m_server.login(email, QStringLiteral("quiet-harbor-lamp-7")).isEmpty());
        const QJsonObject login = auditEntries(QStringLiteral("action=login&user=") + userId).first().toObject();
        QCOMPARE(login.value(QStringLiteral("target_name")).toString(), email);

        // A refused creation names the address asked for.
        const HttpResponse taken
            = http().postJson(QStringLiteral("v1/users"),
                              {{QStringLiteral("email"), email.toUpper()},
                               {QStringLiteral("password"), QStringLiteral("another-long-password")}},
                              session(admin));
        QCOMPARE(taken.status, 409);
        const QJsonObject denied = auditEntries(QStringLiteral("action=user.create")).first().toObject();
        QCOMPARE(denied.value(QStringLiteral("outcome")).toString(), QStringLiteral("denied"));
        QCOMPARE(denied.value(QStringLiteral("target_name")).toString(), email);

        // The tenant by its name.
        QCOMPARE(
            http()
                .patchJson(QStringLiteral("v1/tenant"), {{QStringLiteral("session_chain_days"), 30}}, session(admin))
                .status,
            200);
        const QJsonObject tenant = auditEntries(QStringLiteral("action=tenant.updated")).first().toObject();
        QCOMPARE(tenant.value(QStringLiteral("target_name")).toString(), QLatin1String(TestServer::Tenant));
    }

    void badBodiesLeaveDataUnchanged_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray huge = QByteArray(R"({"name":"huge","expires_in_days":30,"description":")")
            + QByteArray(70 * 1024, 'x') + QByteArray(R"("})");
        for (const QByteArray& method : {QByteArrayLiteral("POST"), QByteArrayLiteral("PATCH")}) {
            const char* m = method.constData();
            QTest::addRow("%s malformed json", m)
                << method << QByteArray(R"({"name":"broken","expires_in_days":30)") << 400 << "MALFORMED_REQUEST";
            QTest::addRow("%s not an object", m)
                << method << QByteArray(R"(["name","x"])") << 400 << "MALFORMED_REQUEST";
            QTest::addRow("%s name is a number", m)
                << method << QByteArray(R"({"name":5,"expires_in_days":30})") << 400 << "MALFORMED_REQUEST";
            QTest::addRow("%s description is a list", m)
                << method << QByteArray(R"({"name":"listy","description":["a"],"expires_in_days":30})") << 400
                << "MALFORMED_REQUEST";
            QTest::addRow("%s unknown field", m)
                << method << QByteArray(R"({"name":"extra","expires_in_days":30,"owner":"me"})") << 400
                << "MALFORMED_REQUEST";
            QTest::addRow("%s revoked field", m)
                << method << QByteArray(R"({"name":"sneaky","expires_in_days":30,"revoked":false})") << 400
                << "MALFORMED_REQUEST";
            QTest::addRow("%s name too long", m)
                << method << (QByteArray(R"({"expires_in_days":30,"name":")") + QByteArray(201, 'n') + "\"}") << 400
                << "MALFORMED_REQUEST";
            QTest::addRow("%s over 64 KiB", m) << method << huge << 413 << "PAYLOAD_TOO_LARGE";
        }
    }
    void badBodiesLeaveDataUnchanged()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QByteArray admin = m_server.loginAdmin();
        if (m_target.isEmpty()) {
            m_target = id(m_server.createKey(admin,
                                             {{QStringLiteral("name"), QStringLiteral("untouchable")},
                                              {QStringLiteral("description"), QStringLiteral("as created")},
                                              {QStringLiteral("expires_in_days"), 30}}));
            QVERIFY(!m_target.isEmpty());
        }
        const QString keyPath = QStringLiteral("v1/api-keys/") + m_target;
        const QString listPath = QStringLiteral("v1/api-keys?limit=1000&user=me");
        const HttpResponse keyBefore = http().get(keyPath, session(admin));
        const HttpResponse listBefore = http().get(listPath, session(admin));
        QCOMPARE(keyBefore.status, 200);
        QCOMPARE(listBefore.status, 200);

        const HttpResponse r
            = http().request(method, method == "POST" ? QStringLiteral("v1/api-keys") : keyPath, body, session(admin));
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QVERIFY(!r.body.contains("kw_key_"));

        const HttpResponse keyAfter = http().get(keyPath, session(admin));
        const HttpResponse listAfter = http().get(listPath, session(admin));
        QCOMPARE(keyAfter.status, 200);
        QCOMPARE(keyAfter.response(), keyBefore.response());
        QCOMPARE(listAfter.response().value(QStringLiteral("keys")),
                 listBefore.response().value(QStringLiteral("keys")));
    }

private:
    HttpClient& http() { return m_server.http(); }

    static QString id(const QJsonObject& key) { return key.value(QStringLiteral("id")).toString(); }
    static QByteArray secretOf(const QJsonObject& key)
    {
        return key.value(QStringLiteral("secret")).toString().toLatin1();
    }

    QByteArray loginAs(const QString& name)
    {
        return m_server.login(name + QStringLiteral("@acme.test"), QStringLiteral("quiet-harbor-lamp-7"));
    }

    // The server's "now": the real time plus how far the tests have moved its clock.
    QDateTime serverNow()
    {
        const HttpResponse r
            = http().postJson(QStringLiteral("v1/test/clock"), {{QStringLiteral("advance_seconds"), 0}});
        const qint64 offset = r.response().value(QStringLiteral("offset_seconds")).toInteger();
        // Whole seconds: the API's timestamps carry no milliseconds.
        return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + offset, Qt::UTC);
    }

    HttpResponse use(const QByteArray& secret) { return http().get(QStringLiteral("v1/me"), bearer(secret)); }
    QJsonArray auditEntries(const QString& query)
    {
        const HttpResponse r
            = http().get(QStringLiteral("v1/audit?limit=1000&") + query, session(m_server.loginAdmin()));
        return r.status == 200 ? r.response().value(QStringLiteral("entries")).toArray() : QJsonArray();
    }
    HttpResponse verify(const QByteArray& secret)
    {
        return http().postJson(QStringLiteral("v1/keys/verify"),
                               {{QStringLiteral("key"), QString::fromLatin1(secret)}});
    }

    TestServer m_server;
    QString m_adminId;
    QString m_aliceId;
    QString m_bobId;
    QString m_listerId;
    QString m_pagerId;
    QSet<QString> m_pagedIds;
    QString m_target;
};

QTEST_GUILESS_MAIN(TestApiKeys)
#include "tst_apikeys.moc"
