// Several keywardd on one database (issue 8): started at the same moment on an empty database, they set it up once
// (migrations and the first tenant and admin under a setup lock, the server key published whole), and every one of
// them then serves the same tenant, admin and keys; behind a load balancer, X-Forwarded-For is believed only from the
// operator's trusted proxies. Run on SQLite (server) and on PostgreSQL (postgres).

#include "tests/support/TestServer.h"
#include "tests/support/WebhookReceiver.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Test;

namespace {
// Instances on one database (the first one's) and one server key, started at the same moment.
struct Cluster
{
    static constexpr int Size = 3;
    TestServer servers[Size];
    QStringList shared {QStringLiteral("--db"), servers[0].databasePath(), QStringLiteral("--secret-key-file"),
                        servers[0].secretKeyPath()};

    bool start()
    {
        for (TestServer& server : servers) {
            if (!server.launch(shared))
                return false;
        }
        for (TestServer& server : servers) {
            if (!server.waitListening())
                return false;
        }
        return true;
    }
    bool stop()
    {
        bool stopped = true;
        for (TestServer& server : servers)
            stopped = server.stop() && stopped;
        return stopped;
    }
};

HttpResponse verifyOn(TestServer& server, const QString& secret)
{
    return server.http().postJson(QStringLiteral("v1/keys/verify"), {{QStringLiteral("key"), secret}});
}
} // namespace

class TestCluster : public QObject
{
    Q_OBJECT
private slots:
    void instancesStartedTogetherSetTheDatabaseUpOnce()
    {
        constexpr int Instances = 3;
        TestServer servers[Instances];
        // All on the first one's database and server key, neither of which exists yet.
        const QStringList shared {QStringLiteral("--db"), servers[0].databasePath(),
                                  QStringLiteral("--secret-key-file"), servers[0].secretKeyPath()};
        for (TestServer& server : servers)
            QVERIFY(server.launch(shared));
        for (TestServer& server : servers)
            QVERIFY2(server.waitListening(), server.output().constData());

        // One tenant, one admin: each instance signs the admin in and sees the same tenant and the same users.
        QString tenantId;
        for (TestServer& server : servers) {
            const QByteArray admin = server.loginAdmin();
            QVERIFY(!admin.isEmpty());
            const HttpResponse tenant = server.http().get(QStringLiteral("v1/tenant"), session(admin));
            QCOMPARE(tenant.status, 200);
            const QString id = tenant.response().value(QStringLiteral("id")).toString();
            QVERIFY(!id.isEmpty());
            if (tenantId.isEmpty())
                tenantId = id;
            QCOMPARE(id, tenantId);
            const HttpResponse users = server.http().get(QStringLiteral("v1/users"), session(admin));
            QCOMPARE(users.response().value(QStringLiteral("users")).toArray().size(), 1);
        }
        // One server key: a key made on one instance verifies on the others (the index reads it from the events).
        const QJsonObject key = servers[0].createKey(
            servers[0].loginAdmin(),
            {{QStringLiteral("name"), QStringLiteral("shared")}, {QStringLiteral("expires_in_days"), 30}});
        const QString secret = key.value(QStringLiteral("secret")).toString();
        for (TestServer& server : servers) {
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return server.http()
                        .postJson(QStringLiteral("v1/keys/verify"), {{QStringLiteral("key"), secret}})
                        .response()
                        .value(QStringLiteral("valid"))
                        .toBool();
                },
                5000));
        }
        for (TestServer& server : servers)
            QVERIFY(server.stop());
    }

    // Webhook messages written on three instances (each wakes its own sender, and every sender polls the shared
    // outbox) are each sent by one instance, once: every webhook-id reaches the receiver exactly once and every
    // delivery shows one attempt.
    void eachWebhookMessageIsSentByOneInstance()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        Cluster cluster;
        cluster.shared << QStringLiteral("--webhook-allow-private");
        QVERIFY(cluster.start());
        QByteArray tokens[Cluster::Size];
        for (int i = 0; i < Cluster::Size; ++i) {
            tokens[i] = cluster.servers[i].loginAdmin();
            QVERIFY(!tokens[i].isEmpty());
        }
        const HttpResponse created = cluster.servers[0].http().postJson(
            QStringLiteral("v1/webhooks"),
            {{QStringLiteral("url"), receiver.url().toString()},
             {QStringLiteral("events"), QJsonArray {QStringLiteral("key.created")}}},
            session(tokens[0]));
        QCOMPARE(created.status, 201);
        const QString webhook = created.response().value(QStringLiteral("id")).toString();
        receiver.setSecrets({created.response().value(QStringLiteral("secret")).toString()});
        constexpr int Keys = 45;
        for (int i = 0; i < Keys; ++i) {
            TestServer& server = cluster.servers[i % Cluster::Size];
            QVERIFY(!server
                         .createKey(tokens[i % Cluster::Size],
                                    {{QStringLiteral("name"), QStringLiteral("spread-%1").arg(i)},
                                     {QStringLiteral("expires_in_days"), 30}})
                         .isEmpty());
        }
        QVERIFY(QTest::qWaitFor([&] { return receiver.count() >= Keys; }, 20000));
        // Every delivery recorded as delivered, with one attempt each.
        const auto delivered = [&] {
            QJsonArray all;
            QString cursor;
            do {
                const HttpResponse page = cluster.servers[1].http().get(
                    QStringLiteral("v1/webhooks/%1/deliveries?limit=100%2")
                        .arg(webhook, cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                    session(tokens[1]));
                for (const QJsonValue& d : page.response().value(QStringLiteral("deliveries")).toArray())
                    all.append(d);
                cursor = page.response().value(QStringLiteral("next_cursor")).toString();
            } while (!cursor.isEmpty());
            return all;
        };
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QJsonArray all = delivered();
                return all.size() == Keys && std::all_of(all.begin(), all.end(), [](const QJsonValue& d) {
                           return d.toObject().value(QStringLiteral("status")).toString() == QLatin1String("delivered");
                       });
            },
            10000));
        for (const QJsonValue& d : delivered())
            QCOMPARE(d.toObject().value(QStringLiteral("attempt_count")).toInt(), 1);
        QSet<QByteArray> ids;
        for (const WebhookReceiver::Request& r : receiver.requests()) {
            QVERIFY2(!ids.contains(r.id), r.id.constData());
            ids.insert(r.id);
            QCOMPARE(r.verifiedBy, QList<int> {0});
        }
        QCOMPARE(ids.size(), Keys);
        QVERIFY(cluster.stop());
    }

    // A change made through one instance reaches the others in under a second (PostgreSQL: LISTEN/NOTIFY; SQLite:
    // the poll of key_events): revocation, re-activation, scopes, rate limit, the owner disabled and enabled again,
    // rotation without grace, deletion. Each is timed from the changing request's answer to the last instance that
    // shows it.
    void changesReachEveryInstanceWithinASecond()
    {
        Cluster cluster;
        QVERIFY(cluster.start());
        TestServer& a = cluster.servers[0];
        const QByteArray admin = a.loginAdmin();
        const QString ownerId = a.createUser(admin, QStringLiteral("owner@acme.test"), QStringLiteral("user"));
        QVERIFY(!ownerId.isEmpty());
        const QJsonObject key = a.createKey(admin,
                                            {{QStringLiteral("name"), QStringLiteral("spread")},
                                             {QStringLiteral("user_id"), ownerId},
                                             {QStringLiteral("expires_in_days"), 30}});
        const QString id = key.value(QStringLiteral("id")).toString();
        QString secret = key.value(QStringLiteral("secret")).toString();
        QVERIFY(!secret.isEmpty());

        qint64 slowest = 0;
        const auto everywhere = [&](const char* what, const std::function<bool(const HttpResponse&)>& shows) {
            QElapsedTimer since;
            since.start();
            for (int i = 1; i < Cluster::Size; ++i) {
                if (!QTest::qWaitFor([&] { return shows(verifyOn(cluster.servers[i], secret)); }, 3000)) {
                    qWarning("%s: not seen by instance %d within 3 s", what, i);
                    return false;
                }
            }
            qInfo("%s: on every instance after %lld ms", what, since.elapsed());
            slowest = std::max(slowest, since.elapsed());
            return since.elapsed() < 1000;
        };
        const auto valid = [](const HttpResponse& r) { return r.response().value(QStringLiteral("valid")).toBool(); };
        const auto invalid = [](const HttpResponse& r) {
            return r.status == 200 && !r.response().value(QStringLiteral("valid")).toBool(true);
        };
        const QString path = QStringLiteral("v1/api-keys/") + id;
        QVERIFY(everywhere("created", valid));

        QCOMPARE(a.http().post(path + QStringLiteral("/revoke"), "{}", session(admin)).status, 200);
        QVERIFY(everywhere("revoked", invalid));
        QCOMPARE(a.http().post(path + QStringLiteral("/reactivate"), "{}", session(admin)).status, 200);
        QVERIFY(everywhere("re-activated", valid));

        QCOMPARE(
            a.http()
                .patchJson(path,
                           {{QStringLiteral("scopes"), QJsonArray {QStringLiteral("read"), QStringLiteral("write")}}},
                           session(admin))
                .status,
            200);
        QVERIFY(everywhere("scopes", [](const HttpResponse& r) {
            return r.response().value(QStringLiteral("scopes")).toArray().contains(QStringLiteral("write"));
        }));
        QCOMPARE(a.http().patchJson(path, {{QStringLiteral("rate_limit"), 100000}}, session(admin)).status, 200);
        QVERIFY(
            everywhere("rate limit", [](const HttpResponse& r) { return r.header("X-RateLimit-Limit") == "100000"; }));
        QCOMPARE(a.http().patchJson(path, {{QStringLiteral("rate_limit"), 0}}, session(admin)).status, 200);
        QVERIFY(everywhere("rate limit removed", [](const HttpResponse& r) {
            return r.status == 200 && r.header("X-RateLimit-Limit").isEmpty();
        }));

        const QString userPath = QStringLiteral("v1/users/") + ownerId;
        QCOMPARE(a.http().patchJson(userPath, {{QStringLiteral("disabled"), true}}, session(admin)).status, 200);
        QVERIFY(everywhere("owner disabled", invalid));
        QCOMPARE(a.http().patchJson(userPath, {{QStringLiteral("disabled"), false}}, session(admin)).status, 200);
        QVERIFY(everywhere("owner enabled", valid));

        const HttpResponse rotated = a.http().postJson(path + QStringLiteral("/rotate"),
                                                       {{QStringLiteral("grace_seconds"), 0}}, session(admin));
        QCOMPARE(rotated.status, 200);
        QString old = std::exchange(secret, rotated.response().value(QStringLiteral("secret")).toString());
        QVERIFY(everywhere("rotated: the new secret", valid));
        std::swap(secret, old);
        QVERIFY(everywhere("rotated: the old secret", invalid));
        std::swap(secret, old);

        QCOMPARE(a.http().del(path, session(admin)).status, 200);
        QVERIFY(everywhere("deleted", invalid));
        qInfo("slowest change to reach every instance: %lld ms", slowest);
        QVERIFY(cluster.stop());
    }

    // Issue 12: an authentication key regenerated with a grace period on one instance keeps its old secret on every
    // instance until the grace ends there, and the new one works everywhere; regenerated without one, the old secret
    // dies everywhere.
    void anAuthenticationKeyGraceHoldsOnEveryInstance()
    {
        Cluster cluster;
        QVERIFY(cluster.start());
        TestServer& a = cluster.servers[0];
        const QString email = QStringLiteral("graceful@acme.test");
        QVERIFY(!a.createUser(a.loginAdmin(), email, QStringLiteral("user")).isEmpty());
        const QByteArray owner = a.login(email, QStringLiteral("quiet-harbor-lamp-7"));
        const HttpResponse first = a.http().post(QStringLiteral("v1/me/auth-key"), {}, session(owner));
        QCOMPARE(first.status, 201);
        const QString oldSecret = first.response().value(QStringLiteral("secret")).toString();
        const auto validOn = [](TestServer& server, const QString& secret) {
            const HttpResponse r = verifyOn(server, secret);
            return r.status == 200 && r.response().value(QStringLiteral("valid")).toBool();
        };
        const auto seenEverywhere = [&](const QString& secret, bool valid) {
            for (TestServer& server : cluster.servers) {
                if (!QTest::qWaitFor([&] { return validOn(server, secret) == valid; }, 3000))
                    return false;
            }
            return true;
        };
        QVERIFY(seenEverywhere(oldSecret, true));

        const HttpResponse second = a.http().postJson(QStringLiteral("v1/me/auth-key"),
                                                      {{QStringLiteral("grace_seconds"), 600}}, session(owner));
        QCOMPARE(second.status, 201);
        const QString newSecret = second.response().value(QStringLiteral("secret")).toString();
        QVERIFY(seenEverywhere(newSecret, true));
        for (TestServer& server : cluster.servers) // the old one too, without waiting: it never stopped
            QVERIFY(validOn(server, oldSecret));
        for (TestServer& server : cluster.servers) {
            server.advanceClock(601);
            QVERIFY(!validOn(server, oldSecret));
            QVERIFY(validOn(server, newSecret));
        }

        const HttpResponse third = a.http().post(QStringLiteral("v1/me/auth-key"), {},
                                                 session(a.login(email, QStringLiteral("quiet-harbor-lamp-7"))));
        QCOMPARE(third.status, 201);
        QVERIFY(third.response().value(QStringLiteral("previous_valid_until")).isNull());
        QVERIFY(seenEverywhere(newSecret, false));
        QVERIFY(seenEverywhere(third.response().value(QStringLiteral("secret")).toString(), true));
        QVERIFY(cluster.stop());
    }

    // A key's rate limit is the key's, not each instance's: a burst spread over three instances is accepted up to the
    // limit and no further. Exact for small limits (blocks of one request); for larger ones at most 2% of the limit
    // per instance may go unused (RateLimiter::LeaseFraction), never more than the limit accepted.
    void rateLimitsHoldAcrossInstances()
    {
        Cluster cluster;
        QVERIFY(cluster.start());
        TestServer& a = cluster.servers[0];
        const QByteArray admin = a.loginAdmin();
        struct Limited
        {
            int limit;
            QString secret;
        };
        QList<Limited> keys;
        for (const int limit : {60, 600}) {
            const QJsonObject key = a.createKey(admin,
                                                {{QStringLiteral("name"), QStringLiteral("limited %1").arg(limit)},
                                                 {QStringLiteral("rate_limit"), limit},
                                                 {QStringLiteral("expires_in_days"), 30}});
            keys.append({limit, key.value(QStringLiteral("secret")).toString()});
        }
        // The windows are the clock's minutes: every instance's clock moves to just after the same minute's start, so
        // that each burst falls in one window.
        const qint64 toNextMinute = 61 - QDateTime::currentSecsSinceEpoch() % 60;
        for (TestServer& server : cluster.servers)
            server.advanceClock(toNextMinute);
        for (const Limited& key : std::as_const(keys)) {
            for (TestServer& server : cluster.servers)
                QVERIFY(QTest::qWaitFor(
                    [&] { return verifyOn(server, key.secret).response().value(QStringLiteral("valid")).toBool(); },
                    3000));
        }
        for (const Limited& key : std::as_const(keys)) {
            // The verifications above took one request on each instance.
            int accepted = Cluster::Size;
            int refused = 0;
            for (int i = 0; i < 3 * key.limit; ++i) {
                const HttpResponse r = verifyOn(cluster.servers[i % Cluster::Size], key.secret);
                if (r.status == 200 && r.response().value(QStringLiteral("valid")).toBool())
                    ++accepted;
                else if (r.status == 429 && r.errorCode() == QStringLiteral("RATE_LIMITED"))
                    ++refused;
                else
                    QFAIL(r.body.constData());
            }
            qInfo("limit %d over %d instances: %d accepted, %d refused", key.limit, Cluster::Size, accepted, refused);
            QVERIFY(accepted <= key.limit);
            const int mayGoUnused = Cluster::Size * std::max(1, key.limit / 50);
            QVERIFY2(accepted >= key.limit - mayGoUnused, QByteArray::number(accepted).constData());
            QCOMPARE(accepted + refused, 3 * key.limit + Cluster::Size);
        }
        QVERIFY(cluster.stop());
    }

    // One instance dies with SIGKILL (no graceful stop): the others keep serving, keep seeing each other's changes,
    // and what the dead one acknowledged before it died is there.
    void anInstanceKilledLeavesTheOthersServing()
    {
        Cluster cluster;
        QVERIFY(cluster.start());
        TestServer& victim = cluster.servers[0];
        TestServer& b = cluster.servers[1];
        TestServer& c = cluster.servers[2];
        const QByteArray admin = victim.loginAdmin();
        const QJsonObject key = victim.createKey(
            admin,
            {{QStringLiteral("name"), QStringLiteral("before the kill")}, {QStringLiteral("expires_in_days"), 30}});
        const QString secret = key.value(QStringLiteral("secret")).toString();
        QVERIFY(!secret.isEmpty());
        for (TestServer* other : {&b, &c})
            QVERIFY(QTest::qWaitFor(
                [&] { return verifyOn(*other, secret).response().value(QStringLiteral("valid")).toBool(); }, 3000));

        QVERIFY(victim.kill());
        // The survivors answer at once: for the key the dead one made, and for sign-ins and changes.
        QVERIFY(verifyOn(b, secret).response().value(QStringLiteral("valid")).toBool());
        QVERIFY(verifyOn(c, secret).response().value(QStringLiteral("valid")).toBool());
        const QByteArray onB = b.loginAdmin();
        QVERIFY(!onB.isEmpty());
        QCOMPARE(b.http()
                     .post(QStringLiteral("v1/api-keys/%1/revoke").arg(key.value(QStringLiteral("id")).toString()),
                           "{}", session(onB))
                     .status,
                 200);
        QVERIFY(QTest::qWaitFor(
            [&] { return !verifyOn(c, secret).response().value(QStringLiteral("valid")).toBool(true); }, 1000));
        // A session the dead instance opened still works on the others (sessions live in the database).
        QCOMPARE(c.http().get(QStringLiteral("v1/me"), session(admin)).status, 200);
        // And the instance comes back on the same database.
        QVERIFY(victim.start(cluster.shared));
        QVERIFY(!verifyOn(victim, secret).response().value(QStringLiteral("valid")).toBool(true));
        QVERIFY(cluster.stop());
    }

    // Behind a load balancer: X-Forwarded-For decides the client address (last-used, audit, the per-address sign-in
    // throttle) only on connections from a --trusted-proxy, read from the right past further trusted proxies.
    void forwardedForIsBelievedOnlyFromTrustedProxies()
    {
        TestServer server;
        QVERIFY(server.start({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.20"),
                              QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.1.0/24")}));
        const QByteArray admin = server.loginAdmin();
        const QJsonObject key = server.createKey(
            admin, {{QStringLiteral("name"), QStringLiteral("behind nginx")}, {QStringLiteral("expires_in_days"), 30}});
        const QByteArray body
            = QJsonDocument(QJsonObject {{QStringLiteral("key"), key.value(QStringLiteral("secret"))}})
                  .toJson(QJsonDocument::Compact);
        const QString path = QStringLiteral("v1/api-keys/") + key.value(QStringLiteral("id")).toString();
        const auto lastAddressAfter = [&](const char* from, const QByteArray& forwardedFor) {
            server.advanceClock(1); // each use newer than the one before
            Headers headers {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
            if (!forwardedFor.isEmpty())
                headers.append({QByteArrayLiteral("X-Forwarded-For"), forwardedFor});
            const HttpResponse verified = requestFrom(QHostAddress(QString::fromLatin1(from)), server.url(), "POST",
                                                      QStringLiteral("v1/keys/verify"), body, headers);
            if (!verified.response().value(QStringLiteral("valid")).toBool())
                return QStringLiteral("not verified: ") + QString::fromUtf8(verified.body);
            return server.http()
                .get(path, session(admin))
                .response()
                .value(QStringLiteral("last_used_address"))
                .toString();
        };
        QCOMPARE(lastAddressAfter("127.0.0.20", "198.51.100.7"), QStringLiteral("198.51.100.7"));
        // The client wrote the left part: what counts is the nearest address that is not a trusted proxy.
        QCOMPARE(lastAddressAfter("127.0.0.20", "203.0.113.5, 198.51.100.8, 127.0.1.9"),
                 QStringLiteral("198.51.100.8"));
        // Not an address: nothing left of it is believed.
        QCOMPARE(lastAddressAfter("127.0.0.20", "198.51.100.7, unknown"), QStringLiteral("127.0.0.20"));
        // From anyone else the header is the client's own claim, and ignored.
        QCOMPARE(lastAddressAfter("127.0.0.21", "198.51.100.7"), QStringLiteral("127.0.0.21"));
        QCOMPARE(lastAddressAfter("127.0.0.20", {}), QStringLiteral("127.0.0.20"));
        QVERIFY(server.stop());
        // A malformed CIDR is refused at start.
        QByteArray output;
        TestServer refused;
        QCOMPARE(refused.runCommand({QStringLiteral("--trusted-proxy"), QStringLiteral("10.0.0.0/99")}, {}, &output),
                 2);
        QVERIFY2(output.contains("--trusted-proxy needs an address or CIDR"), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
