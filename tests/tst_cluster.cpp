// Several keywardd on one database (issue 8): started at the same moment on an empty database, they set it up once
// (migrations and the first tenant and admin under a setup lock, the server key published whole), and every one of
// them then serves the same tenant, admin and keys. Run on SQLite (server) and on PostgreSQL (postgres).

#include "tests/support/TestServer.h"

#include <QJsonArray>
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
};

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
