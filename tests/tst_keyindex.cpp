// The key index (issue 7): every live secret in memory, kept current by invalidation events, not by a timer. Two real
// keywardd processes share one SQLite file: a change made through one (create, revoke, re-activate, rotate, edit,
// delete, owner disabled) reaches the other's verification within a second, through the key_events table; health
// says when the index is ready.

#include "core/KeySecret.h"
#include "tests/support/TestServer.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Test;

namespace {
constexpr int PropagationBudgetMs = 1000; // the "under a second" (KeyEventPollMs is 500)
}

class TestKeyIndex : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_first.start());
        // The second instance: the same database and server key, its own port and process.
        QVERIFY(m_second.start({QStringLiteral("--db"), m_first.databasePath(), QStringLiteral("--secret-key-file"),
                                m_first.secretKeyPath()}));
        QVERIFY(waitReady(m_first));
        QVERIFY(waitReady(m_second));
        m_admin = m_first.loginAdmin();
        QVERIFY(!m_admin.isEmpty());
    }
    void cleanupTestCase()
    {
        QVERIFY(m_second.stop());
        QVERIFY(m_first.stop());
    }

    void changesReachTheOtherInstanceWithinASecond()
    {
        const QJsonObject key = m_first.createKey(
            m_admin, {{QStringLiteral("name"), QStringLiteral("shared")}, {QStringLiteral("expires_in_days"), 30}});
        const QString id = key.value(QStringLiteral("id")).toString();
        const QString secret = key.value(QStringLiteral("secret")).toString();
        QVERIFY(secret.startsWith(QLatin1String("kw_key_")));
        expectOnSecond(secret, QStringLiteral("VALID"));

        QCOMPARE(m_first.http().post(QStringLiteral("v1/api-keys/%1/revoke").arg(id), {}, session(m_admin)).status,
                 200);
        expectOnSecond(secret, QStringLiteral("INVALID_API_KEY"));
        QCOMPARE(m_first.http().post(QStringLiteral("v1/api-keys/%1/reactivate").arg(id), {}, session(m_admin)).status,
                 200);
        expectOnSecond(secret, QStringLiteral("VALID"));

        // An edit changes what verification answers (the expiry).
        const HttpResponse edited = m_first.http().patchJson(
            QStringLiteral("v1/api-keys/") + id, {{QStringLiteral("expires_in_days"), 7}}, session(m_admin));
        QCOMPARE(edited.status, 200);
        const QString newExpiry = edited.response().value(QStringLiteral("expires_at")).toString();
        QVERIFY(waitFor([&] {
            return verifyOn(m_second, secret).response().value(QStringLiteral("expires_at")).toString() == newExpiry;
        }));

        const HttpResponse rotated
            = m_first.http().postJson(QStringLiteral("v1/api-keys/%1/rotate").arg(id), {}, session(m_admin));
        QCOMPARE(rotated.status, 200);
        const QString next = rotated.response().value(QStringLiteral("secret")).toString();
        expectOnSecond(secret, QStringLiteral("INVALID_API_KEY"));
        expectOnSecond(next, QStringLiteral("VALID"));

        QCOMPARE(m_first.http().del(QStringLiteral("v1/api-keys/") + id, session(m_admin)).status, 200);
        expectOnSecond(next, QStringLiteral("INVALID_API_KEY"));
    }

    void aDisabledOwnerReachesTheOtherInstance()
    {
        const QString userId = m_first.createUser(m_admin, QStringLiteral("leaver@acme.test"), QStringLiteral("user"));
        const QByteArray token
            = m_first.login(QStringLiteral("leaver@acme.test"), QStringLiteral("quiet-harbor-lamp-7"));
        const QString secret = m_first
                                   .createKey(token,
                                              {{QStringLiteral("name"), QStringLiteral("leaver's")},
                                               {QStringLiteral("expires_in_days"), 30}})
                                   .value(QStringLiteral("secret"))
                                   .toString();
        expectOnSecond(secret, QStringLiteral("VALID"));
        QCOMPARE(
            m_first.http()
                .patchJson(QStringLiteral("v1/users/") + userId, {{QStringLiteral("disabled"), true}}, session(m_admin))
                .status,
            200);
        expectOnSecond(secret, QStringLiteral("INVALID_API_KEY"));
        QCOMPARE(verifyOn(m_second, secret).response().value(QStringLiteral("message")).toString(),
                 QStringLiteral("The owner of this key is disabled"));
    }

    // Unknown keys (well-formed, valid checksum) are refused from memory, and both indexes hold the same secrets.
    void unknownKeysAndHealth()
    {
        // Well-formed, with a valid checksum (anyone can compute one), and in no database.
        const HttpResponse unknown
            = verifyOn(m_second, QString::fromLatin1(KeySecret::generate(KeySecret::Kind::ApiKey)));
        QCOMPARE(unknown.status, 200);
        QCOMPARE(unknown.response().value(QStringLiteral("valid")).toBool(true), false);
        QCOMPARE(unknown.response().value(QStringLiteral("code")).toString(), QStringLiteral("INVALID_API_KEY"));
        QVERIFY(waitFor([&] { return secrets(m_first) == secrets(m_second) && secrets(m_first) > 0; }));
    }

private:
    static HttpResponse verifyOn(TestServer& server, const QString& secret)
    {
        return server.http().postJson(QStringLiteral("v1/keys/verify"), {{QStringLiteral("key"), secret}});
    }
    static int secrets(TestServer& server)
    {
        return server.http()
            .get(QStringLiteral("v1/health"))
            .response()
            .value(QStringLiteral("key_index"))
            .toObject()
            .value(QStringLiteral("secrets"))
            .toInt(-1);
    }
    static bool waitReady(TestServer& server)
    {
        return waitFor([&] {
            return server.http()
                .get(QStringLiteral("v1/health"))
                .response()
                .value(QStringLiteral("key_index"))
                .toObject()
                .value(QStringLiteral("ready"))
                .toBool();
        });
    }
    static bool waitFor(const std::function<bool()>& condition, int deadlineMs = 10000)
    {
        const QDeadlineTimer deadline(deadlineMs);
        while (!deadline.hasExpired()) {
            if (condition())
                return true;
            QTest::qWait(20);
        }
        return condition();
    }
    // The second instance answers `code` for the secret, and within the budget.
    void expectOnSecond(const QString& secret, const QString& code)
    {
        QElapsedTimer took;
        took.start();
        const bool reached = waitFor(
            [&] { return verifyOn(m_second, secret).response().value(QStringLiteral("code")).toString() == code; },
            5000);
        QVERIFY2(reached, qPrintable(QStringLiteral("still not %1 after 5 s").arg(code)));
        QVERIFY2(took.elapsed() < PropagationBudgetMs, qPrintable(QStringLiteral("took %1 ms").arg(took.elapsed())));
    }

    TestServer m_first;
    TestServer m_second;
    QByteArray m_admin;
};

QTEST_GUILESS_MAIN(TestKeyIndex)
#include "tst_keyindex.moc"
