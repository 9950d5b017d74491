// The key index (issue 7): every live secret in memory, kept current by invalidation events, not by a timer. Two real
// keywardd processes share one SQLite file: a change made through one (create, revoke, re-activate, rotate, edit,
// delete, owner disabled) reaches the other's verification within a second, through the key_events table; health
// says when the index is ready.

#include "core/KeySecret.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestPostgres.h"
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

    // On PostgreSQL a transaction can commit after one that drew a higher event number: a reader that has already
    // passed that number must still apply the event. Made here by writing the two events directly, the lower last.
    void anEventCommittedLateIsStillApplied()
    {
        const auto make = [&](const QString& name) {
            return m_first.createKey(m_admin,
                                     {{QStringLiteral("name"), name}, {QStringLiteral("expires_in_days"), 30}});
        };
        const QJsonObject early = make(QStringLiteral("committed late"));
        const QJsonObject passed = make(QStringLiteral("committed first"));
        const QString earlySecret = early.value(QStringLiteral("secret")).toString();
        const QString passedSecret = passed.value(QStringLiteral("secret")).toString();
        expectOnSecond(earlySecret, QStringLiteral("VALID"));
        expectOnSecond(passedSecret, QStringLiteral("VALID"));

        TestDatabase db(m_first.databasePath());
        QVERIFY(db.isOpen());
        const qint64 top = db.number(QStringLiteral("SELECT MAX(seq) FROM key_events"));
        QVERIFY(top > 0);
        const auto revokeWithEvent = [&](const QJsonObject& key, qint64 seq) {
            const QString id = key.value(QStringLiteral("id")).toString();
            return db.exec(QStringLiteral("UPDATE api_keys SET revoked = 1 WHERE id = ?"), {id})
                && db.exec(QStringLiteral("INSERT INTO key_events (seq, subject, ref, origin, at) VALUES (?, 'key', ?, "
                                          "'test', ?)"),
                           {seq, id, m_second.serverSeconds() * 1000})
                // As keywardd's own writes do on PostgreSQL: tell the listening instances.
                && (!TestPostgres::wanted()
                    || db.exec(QStringLiteral("SELECT pg_notify('keyward_key_events', 'test')")));
        };
        // The higher number first; once the second instance answers it, its position is past the lower one.
        QVERIFY(revokeWithEvent(passed, top + 10));
        expectOnSecond(passedSecret, QStringLiteral("INVALID_API_KEY"));
        QVERIFY(revokeWithEvent(early, top + 5));
        expectOnSecond(earlySecret, QStringLiteral("INVALID_API_KEY"));
    }

    // Every cause of change is answered correctly by the instance that made it, in the very next request: the index
    // is invalidated by the change itself, never by a timer.
    void everyChangeIsAnsweredAtOnce()
    {
        TestServer& here = m_first;
        const QString userId = here.createUser(m_admin, QStringLiteral("changes@acme.test"), QStringLiteral("user"));
        QByteArray token = here.login(QStringLiteral("changes@acme.test"), QStringLiteral("quiet-harbor-lamp-7"));
        const QJsonObject key = here.createKey(token,
                                               {{QStringLiteral("name"), QStringLiteral("changing")},
                                                {QStringLiteral("expires_in_days"), 7},
                                                {QStringLiteral("scopes"), QJsonArray {QStringLiteral("read")}}});
        const QString id = key.value(QStringLiteral("id")).toString();
        const QString path = QStringLiteral("v1/api-keys/") + id;
        QString secret = key.value(QStringLiteral("secret")).toString();
        QCOMPARE(code(here, secret), QStringLiteral("VALID"));

        QCOMPARE(here.http().post(path + QStringLiteral("/revoke"), {}, session(token)).status, 200);
        QCOMPARE(verifyOn(here, secret).response().value(QStringLiteral("message")).toString(),
                 QStringLiteral("The provided API key has been revoked"));
        QCOMPARE(here.http().post(path + QStringLiteral("/reactivate"), {}, session(token)).status, 200);
        QCOMPARE(code(here, secret), QStringLiteral("VALID"));

        // Scopes and rate limit, edited: the next answer carries them.
        QCOMPARE(
            here.http()
                .patchJson(path,
                           {{QStringLiteral("scopes"), QJsonArray {QStringLiteral("read"), QStringLiteral("write")}},
                            {QStringLiteral("rate_limit"), 3}},
                           session(token))
                .status,
            200);
        const HttpResponse limited = verifyOn(here, secret);
        QCOMPARE(limited.response().value(QStringLiteral("scopes")).toArray(),
                 (QJsonArray {QStringLiteral("read"), QStringLiteral("write")}));
        QCOMPARE(limited.header("x-ratelimit-limit"), QByteArray("3"));
        QCOMPARE(code(here, secret), QStringLiteral("VALID"));
        QCOMPARE(code(here, secret), QStringLiteral("VALID"));
        QCOMPARE(verifyOn(here, secret).status, 429);
        QCOMPARE(here.http().patchJson(path, {{QStringLiteral("rate_limit"), 0}}, session(token)).status, 200);
        QCOMPARE(code(here, secret), QStringLiteral("VALID"));

        // Rotation without grace: the old secret is refused and the new one accepted at once.
        const HttpResponse rotated = here.http().postJson(path + QStringLiteral("/rotate"),
                                                          {{QStringLiteral("grace_seconds"), 0}}, session(token));
        QCOMPARE(rotated.status, 200);
        QCOMPARE(code(here, secret), QStringLiteral("INVALID_API_KEY"));
        secret = rotated.response().value(QStringLiteral("secret")).toString();
        QCOMPARE(code(here, secret), QStringLiteral("VALID"));

        // The owner's e-mail (in the answer) and the owner disabled.
        QCOMPARE(here.http()
                     .patchJson(QStringLiteral("v1/me"), {{QStringLiteral("email"), QStringLiteral("moved@acme.test")}},
                                session(token))
                     .status,
                 200);
        QCOMPARE(verifyOn(here, secret)
                     .response()
                     .value(QStringLiteral("owner"))
                     .toObject()
                     .value(QStringLiteral("email"))
                     .toString(),
                 QStringLiteral("moved@acme.test"));
        QCOMPARE(
            here.http()
                .patchJson(QStringLiteral("v1/users/") + userId, {{QStringLiteral("disabled"), true}}, session(m_admin))
                .status,
            200);
        QCOMPARE(verifyOn(here, secret).response().value(QStringLiteral("message")).toString(),
                 QStringLiteral("The owner of this key is disabled"));
        QCOMPARE(here.http()
                     .patchJson(QStringLiteral("v1/users/") + userId, {{QStringLiteral("disabled"), false}},
                                session(m_admin))
                     .status,
                 200);
        QCOMPARE(code(here, secret), QStringLiteral("VALID"));

        // A key that is deleted, and one that expires (the clock moves past its end; nothing is refreshed).
        const QJsonObject other = here.createKey(
            m_admin, {{QStringLiteral("name"), QStringLiteral("deleted")}, {QStringLiteral("expires_in_days"), 30}});
        const QString otherSecret = other.value(QStringLiteral("secret")).toString();
        QCOMPARE(code(here, otherSecret), QStringLiteral("VALID"));
        QCOMPARE(
            here.http()
                .del(QStringLiteral("v1/api-keys/") + other.value(QStringLiteral("id")).toString(), session(m_admin))
                .status,
            200);
        QCOMPARE(code(here, otherSecret), QStringLiteral("INVALID_API_KEY"));
        here.advanceClock(8 * 24 * 60 * 60); // last in this suite: sessions of this instance end with it
        QCOMPARE(code(here, secret), QStringLiteral("EXPIRED_API_KEY"));
    }

    // The index has no capacity limit: with more keys than the cache it replaced ever held (200,000), every key is in
    // memory after a restart, any of them verifies, and none of those verifications reaches the database. Their owner
    // disabled and enabled again is answered for all of them at once (one owner record, not 250,000 refreshes).
    void moreKeysThanTheOldCacheHeld()
    {
        constexpr int Keys = 250000;
        TestServer bulk;
        QVERIFY(bulk.start());
        const qint64 now = bulk.serverSeconds() * 1000;
        const QByteArray admin = bulk.loginAdmin();
        const QString ownerId = bulk.createUser(admin, QStringLiteral("service@acme.test"), QStringLiteral("user"));
        QVERIFY(!ownerId.isEmpty());
        QVERIFY(bulk.stop());
        QByteArrayList added;
        {
            TestDatabase db(bulk.databasePath());
            QVERIFY(db.isOpen());
            added = db.addKeys(Keys, now, ownerId);
        }
        QCOMPARE(added.size(), Keys);
        QVERIFY(bulk.start({}));
        QVERIFY(waitFor([&] { return health(bulk).value(QStringLiteral("ready")).toBool(); }, 60000));
        QCOMPARE(health(bulk).value(QStringLiteral("secrets")).toInt(), Keys);
        const qint64 lookups = health(bulk).value(QStringLiteral("database_lookups")).toInteger();
        // Every 97th key, the first and the last: spread over the whole load order.
        for (int i = 0; i < Keys; i += 97)
            QCOMPARE(code(bulk, QString::fromLatin1(added.at(i))), QStringLiteral("VALID"));
        QCOMPARE(code(bulk, QString::fromLatin1(added.constLast())), QStringLiteral("VALID"));
        QCOMPARE(health(bulk).value(QStringLiteral("database_lookups")).toInteger(), lookups);
        QCOMPARE(health(bulk).value(QStringLiteral("secrets")).toInt(), Keys);

        const QByteArray again = bulk.loginAdmin();
        const auto setDisabled = [&](bool disabled) {
            return bulk.http()
                .patchJson(QStringLiteral("v1/users/") + ownerId, {{QStringLiteral("disabled"), disabled}},
                           session(again))
                .status;
        };
        QCOMPARE(setDisabled(true), 200);
        for (int i = 0; i < Keys; i += 25013)
            QCOMPARE(
                verifyOn(bulk, QString::fromLatin1(added.at(i))).response().value(QStringLiteral("message")).toString(),
                QStringLiteral("The owner of this key is disabled"));
        QCOMPARE(setDisabled(false), 200);
        for (int i = 0; i < Keys; i += 25013)
            QCOMPARE(code(bulk, QString::fromLatin1(added.at(i))), QStringLiteral("VALID"));
        QVERIFY(bulk.stop());
    }

private:
    static QString code(TestServer& server, const QString& secret)
    {
        return verifyOn(server, secret).response().value(QStringLiteral("code")).toString();
    }
    static QJsonObject health(TestServer& server)
    {
        return server.http().get(QStringLiteral("v1/health")).response().value(QStringLiteral("key_index")).toObject();
    }
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
