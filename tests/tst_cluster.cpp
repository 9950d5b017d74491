// Several keywardd on one database (issue 8): started at the same moment on an empty database, they set it up once
// (migrations and the first tenant and admin under a setup lock, the server key published whole), and every one of
// them then serves the same tenant, admin and keys; behind a load balancer, X-Forwarded-For is believed only from the
// operator's trusted proxies. Run on SQLite (server) and on PostgreSQL (postgres).

#include "tests/support/TestServer.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Test;

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
