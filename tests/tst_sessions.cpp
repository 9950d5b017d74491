// Sessions and the keys behind them (issue 11, items 4, 5, 8), against a real keywardd: a replayed refresh token
// ends its whole family (RFC 9700 §4.14.2); a chain ends a fixed time after its sign-in (the tenant's
// session_chain_days); tokens never in the URL; a session opened with a key counts against the key's rate limit,
// records its use and ends when the key is rotated; a rotated-out secret cannot rotate its own key; and every file
// keywardd creates is the owner's only.

#include "tests/support/TestServer.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Test;

namespace {
constexpr char Password[] = "quiet-harbor-lamp-7";
constexpr qint64 Day = 24 * 60 * 60;

QDateTime isoTime(const HttpResponse& r, const char* member)
{
    return QDateTime::fromString(r.response().value(QLatin1String(member)).toString(), Qt::ISODate);
}

constexpr QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
// QFileInfo reports ReadUser etc. beside ReadOwner for the owner; compare only owner/group/other bits.
QFileDevice::Permissions modeOf(const QString& path)
{
    const QFileDevice::Permissions all = QFileInfo(path).permissions();
    return all
        & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
           | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
           | QFileDevice::ExeOther);
}
} // namespace

class TestSessions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(!m_server.createUser(m_server.loginAdmin(), QStringLiteral("owner@acme.test"), QStringLiteral("user"))
                     .isEmpty());
    }
    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void aReplayedRefreshTokenEndsItsFamily()
    {
        const HttpResponse login = signIn();
        QCOMPARE(login.status, 200);
        const HttpResponse other = signIn(); // another sign-in: another family
        const HttpResponse second = refresh(login.response().value(QStringLiteral("refresh_token")).toString());
        QCOMPARE(second.status, 200);
        const HttpResponse third = refresh(second.response().value(QStringLiteral("refresh_token")).toString());
        QCOMPARE(third.status, 200);
        QCOMPARE(me(third.header("x-auth-token")), 200);

        // The thief replays the first token (already used): 401, and every session of the family ends.
        const HttpResponse replay = refresh(login.response().value(QStringLiteral("refresh_token")).toString());
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.errorCode(), QStringLiteral("INVALID_TOKEN"));
        QVERIFY(replay.header("x-auth-token").isEmpty());
        for (const HttpResponse* r : {&login, &second, &third})
            QCOMPARE(me(r->header("x-auth-token")), 401);
        QCOMPARE(refresh(third.response().value(QStringLiteral("refresh_token")).toString()).status, 401);
        // The other sign-in is untouched.
        QCOMPARE(me(other.header("x-auth-token")), 200);
        QCOMPARE(refresh(other.response().value(QStringLiteral("refresh_token")).toString()).status, 200);

        const QJsonArray entries
            = http()
                  .get(QStringLiteral("v1/audit?action=session.refresh_replayed"), session(m_server.loginAdmin()))
                  .response()
                  .value(QStringLiteral("entries"))
                  .toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("denied"));
        QCOMPARE(entries.at(0)
                     .toObject()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("sessions_ended"))
                     .toInt(),
                 3);
    }

    void theChainEndsThirtyDaysAfterTheSignIn()
    {
        const HttpResponse login = signIn();
        const QDateTime chainEnd = isoTime(login, "refresh_expires_at");
        QVERIFY(chainEnd.isValid());
        QVERIFY(qAbs(QDateTime::fromSecsSinceEpoch(m_server.serverSeconds()).secsTo(chainEnd) - 30 * Day) < 120);
        m_server.advanceClock(29 * Day);
        const HttpResponse refreshed = refresh(login.response().value(QStringLiteral("refresh_token")).toString());
        QCOMPARE(refreshed.status, 200);
        // Refreshing does not move the end; the new session does not outlive it.
        QCOMPARE(isoTime(refreshed, "refresh_expires_at"), chainEnd);
        QVERIFY(isoTime(refreshed, "expires_at") <= chainEnd);
        m_server.advanceClock(Day + 60);
        const HttpResponse ended = refresh(refreshed.response().value(QStringLiteral("refresh_token")).toString());
        QCOMPARE(ended.status, 401);
        QCOMPARE(ended.errorCode(), QStringLiteral("INVALID_TOKEN"));
    }

    void theTenantChoosesTheChainLifetime_data()
    {
        QTest::addColumn<QJsonValue>("days");
        QTest::addColumn<int>("status");
        QTest::newRow("zero") << QJsonValue(0) << 400;
        QTest::newRow("more than 90") << QJsonValue(91) << 400;
        QTest::newRow("a string") << QJsonValue(QStringLiteral("7")) << 400;
        QTest::newRow("one day") << QJsonValue(1) << 200;
        QTest::newRow("ninety days") << QJsonValue(90) << 200;
    }
    void theTenantChoosesTheChainLifetime()
    {
        QFETCH(QJsonValue, days);
        QFETCH(int, status);
        const QByteArray admin = m_server.loginAdmin();
        const int before = http()
                               .get(QStringLiteral("v1/tenant"), session(admin))
                               .response()
                               .value(QStringLiteral("session_chain_days"))
                               .toInt();
        const HttpResponse r = http().patchJson(QStringLiteral("v1/tenant"),
                                                {{QStringLiteral("session_chain_days"), days}}, session(admin));
        QCOMPARE(r.status, status);
        const int after = http()
                              .get(QStringLiteral("v1/tenant"), session(admin))
                              .response()
                              .value(QStringLiteral("session_chain_days"))
                              .toInt();
        if (status != 200) {
            QCOMPARE(after, before);
            return;
        }
        QCOMPARE(after, days.toInt());
        const HttpResponse login = signIn();
        const qint64 lifetime
            = QDateTime::fromSecsSinceEpoch(m_server.serverSeconds()).secsTo(isoTime(login, "refresh_expires_at"));
        QVERIFY2(qAbs(lifetime - days.toInt() * Day) < 120, qPrintable(QString::number(lifetime)));
    }

    void refreshTakesTheTokenInTheBodyAndNeverASessionInTheUrl()
    {
        const HttpResponse login = signIn();
        const HttpResponse missing = http().postJson(QStringLiteral("v1/auth/refresh"), {});
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.errorCode(), QStringLiteral("MALFORMED_REQUEST"));
        const HttpResponse garbage = http().postJson(QStringLiteral("v1/auth/refresh"),
                                                     {{QStringLiteral("refresh_token"), QStringLiteral("x")}});
        QCOMPARE(garbage.status, 401);
        QCOMPARE(garbage.errorCode(), QStringLiteral("INVALID_TOKEN"));
        const HttpResponse fresh = refresh(login.response().value(QStringLiteral("refresh_token")).toString());
        QCOMPARE(fresh.status, 200);
        const QByteArray token = fresh.header("x-auth-token");
        const HttpResponse inUrl = http().get(QStringLiteral("v1/me?ApiKey=") + QString::fromLatin1(token));
        QCOMPARE(inUrl.status, 401);
        QCOMPARE(inUrl.errorCode(), QStringLiteral("INVALID_TOKEN"));
        QCOMPARE(me(token), 200); // the token itself is fine, in its header
    }

    void aKeySessionCountsAgainstTheKeysRateLimitAndRecordsUse()
    {
        const QByteArray owner = m_server.login(QStringLiteral("owner@acme.test"), QLatin1String(Password));
        const QJsonObject key = m_server.createKey(owner,
                                                   {{QStringLiteral("name"), QStringLiteral("limited")},
                                                    {QStringLiteral("expires_in_days"), 30},
                                                    {QStringLiteral("rate_limit"), 3}});
        const QString id = key.value(QStringLiteral("id")).toString();
        m_server.advanceClock(61); // a fresh minute window
        const HttpResponse opened = loginWithKey(key.value(QStringLiteral("secret")).toString());
        QCOMPARE(opened.status, 200); // one use
        const QByteArray token = opened.header("x-auth-token");
        QCOMPARE(me(token), 200); // two
        QCOMPARE(me(token), 200); // three
        const HttpResponse limited = http().get(QStringLiteral("v1/me"), session(token));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("RATE_LIMITED"));
        QVERIFY(limited.header("retry-after").toInt() > 0);
        QCOMPARE(limited.header("x-ratelimit-limit"), QByteArray("3"));
        // A new minute: the session's request is the key's last use.
        m_server.advanceClock(61);
        const qint64 before = m_server.serverSeconds();
        QCOMPARE(me(token), 200);
        const HttpResponse shown = http().get(QStringLiteral("v1/api-keys/") + id, session(owner));
        const QDateTime lastUsed = isoTime(shown, "last_used_at");
        QVERIFY2(lastUsed.isValid() && lastUsed.toSecsSinceEpoch() >= before - 1, shown.body.constData());
    }

    // A session opened with an API key has the key's scopes as they are now: narrowing the key narrows the session at
    // once, and widening it never widens the session beyond what it was opened with.
    void narrowingAKeyNarrowsItsSessionsAtOnce()
    {
        const QByteArray owner = m_server.login(QStringLiteral("owner@acme.test"), QLatin1String(Password));
        const QJsonObject key = m_server.createKey(
            owner,
            {{QStringLiteral("name"), QStringLiteral("writer")},
             {QStringLiteral("expires_in_days"), 30},
             {QStringLiteral("scopes"), QJsonArray {QStringLiteral("read"), QStringLiteral("write")}}});
        const QString path = QStringLiteral("v1/api-keys/") + key.value(QStringLiteral("id")).toString();
        const QByteArray token = loginWithKey(key.value(QStringLiteral("secret")).toString()).header("x-auth-token");
        QVERIFY(!token.isEmpty());
        const QJsonObject rename {{QStringLiteral("description"), QStringLiteral("renamed by its own session")}};
        QCOMPARE(http().patchJson(path, rename, session(token)).status, 200);

        QCOMPARE(http()
                     .patchJson(path, {{QStringLiteral("scopes"), QJsonArray {QStringLiteral("read")}}}, session(owner))
                     .status,
                 200);
        const HttpResponse refused = http().patchJson(path, rename, session(token));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("required_scope"))
                     .toString(),
                 QStringLiteral("write"));
        QCOMPARE(http().get(path, session(token)).status, 200); // read stays
    }

    void rotationEndsTheSessionsOfTheOldSecret()
    {
        const QByteArray owner = m_server.login(QStringLiteral("owner@acme.test"), QLatin1String(Password));
        const QJsonObject key = m_server.createKey(
            owner,
            {{QStringLiteral("name"), QStringLiteral("rotated")},
             {QStringLiteral("expires_in_days"), 30},
             {QStringLiteral("scopes"), QJsonArray {QStringLiteral("read"), QStringLiteral("write")}}});
        const QString id = key.value(QStringLiteral("id")).toString();
        const QString oldSecret = key.value(QStringLiteral("secret")).toString();
        const QByteArray stolenSession = loginWithKey(oldSecret).header("x-auth-token");
        QCOMPARE(me(stolenSession), 200);

        const HttpResponse rotated = http().postJson(QStringLiteral("v1/api-keys/%1/rotate").arg(id),
                                                     {{QStringLiteral("grace_seconds"), 3600}}, session(owner));
        QCOMPARE(rotated.status, 200);
        const QString newSecret = rotated.response().value(QStringLiteral("secret")).toString();
        QCOMPARE(me(stolenSession), 401);
        QCOMPARE(
            http()
                .postJson(QStringLiteral("v1/api-keys"),
                          {{QStringLiteral("name"), QStringLiteral("thief's")}, {QStringLiteral("expires_in_days"), 7}},
                          session(stolenSession))
                .status,
            401);
        // The grace period keeps the old secret verifying for the services that still use it...
        QVERIFY(valid(oldSecret));
        QVERIFY(valid(newSecret));
        // ...but neither it nor a session opened with it can rotate the key and keep the only live secret.
        const HttpResponse byOld
            = http().postJson(QStringLiteral("v1/api-keys/%1/rotate").arg(id), {}, bearer(oldSecret.toLatin1()));
        QCOMPARE(byOld.status, 403);
        QCOMPARE(byOld.errorCode(), QStringLiteral("FORBIDDEN"));
        QVERIFY(!byOld.body.contains("kw_key_"));
        // Nor mint a fresh key that would outlive the rotation.
        const int keysBefore = keyCount(owner);
        const HttpResponse minted = http().postJson(
            QStringLiteral("v1/api-keys"),
            {{QStringLiteral("name"), QStringLiteral("thief's spare")}, {QStringLiteral("expires_in_days"), 90}},
            bearer(oldSecret.toLatin1()));
        QCOMPARE(minted.status, 403);
        QCOMPARE(minted.errorCode(), QStringLiteral("FORBIDDEN"));
        QCOMPARE(keyCount(owner), keysBefore);
        const HttpResponse graceSession = loginWithKey(oldSecret);
        QCOMPARE(graceSession.status, 200);
        QVERIFY(isoTime(graceSession, "expires_at") <= isoTime(rotated, "previous_valid_until"));
        QCOMPARE(http()
                     .postJson(QStringLiteral("v1/api-keys/%1/rotate").arg(id), {},
                               session(graceSession.header("x-auth-token")))
                     .status,
                 403);
        // Nothing changed: the new secret is still the key's, and it may rotate.
        QVERIFY(valid(newSecret));
        QCOMPARE(http()
                     .get(QStringLiteral("v1/api-keys/") + id, session(owner))
                     .response()
                     .value(QStringLiteral("prefix"))
                     .toString(),
                 rotated.response().value(QStringLiteral("prefix")).toString());
        QCOMPARE(
            http().postJson(QStringLiteral("v1/api-keys/%1/rotate").arg(id), {}, bearer(newSecret.toLatin1())).status,
            200);
    }

    // Issue 12: regenerating the authentication key with a grace period keeps the old secret working until the grace
    // ends (on the API and for signing in with it), while the sessions it opened end at once, as for a rotation.
    void theAuthenticationKeyKeepsItsOldSecretForAGracePeriod()
    {
        const QString email = QStringLiteral("graceful@acme.test");
        QVERIFY(!m_server.createUser(m_server.loginAdmin(), email, QStringLiteral("user")).isEmpty());
        const QByteArray owner = m_server.login(email, QLatin1String(Password));
        // The first key replaces nothing: a grace has nothing to keep.
        const HttpResponse first = http().postJson(QStringLiteral("v1/me/auth-key"),
                                                   {{QStringLiteral("grace_seconds"), 600}}, session(owner));
        QCOMPARE(first.status, 201);
        QCOMPARE(first.response().value(QStringLiteral("replaced")).toBool(true), false);
        QVERIFY(first.response().value(QStringLiteral("previous_valid_until")).isNull());
        const QString id = first.response().value(QStringLiteral("id")).toString();
        const QString oldSecret = first.response().value(QStringLiteral("secret")).toString();
        QVERIFY(oldSecret.startsWith(QLatin1String("kw_pat_")));
        const QByteArray oldSession = loginWithKey(oldSecret).header("x-auth-token");
        QCOMPARE(me(oldSession), 200);

        const qint64 before = m_server.serverSeconds();
        const HttpResponse second = http().postJson(QStringLiteral("v1/me/auth-key"),
                                                    {{QStringLiteral("grace_seconds"), 600}}, session(owner));
        QCOMPARE(second.status, 201);
        QCOMPARE(second.response().value(QStringLiteral("replaced")).toBool(), true);
        const QString newSecret = second.response().value(QStringLiteral("secret")).toString();
        QVERIFY(newSecret.startsWith(QLatin1String("kw_pat_")));
        QVERIFY(newSecret != oldSecret);
        QCOMPARE(second.response().value(QStringLiteral("id")).toString(), id); // renewed in place
        const QDateTime graceEnd = isoTime(second, "previous_valid_until");
        QVERIFY(graceEnd.isValid());
        QVERIFY(qAbs(graceEnd.toSecsSinceEpoch() - (before + 600)) <= 5);

        // The sessions of the old secret end now; the old secret itself still works, and so does the new one.
        QCOMPARE(me(oldSession), 401);
        QCOMPARE(http().get(QStringLiteral("v1/me"), bearer(oldSecret.toLatin1())).status, 200);
        QVERIFY(valid(oldSecret));
        QCOMPARE(http().get(QStringLiteral("v1/me"), bearer(newSecret.toLatin1())).status, 200);
        QVERIFY(valid(newSecret));
        const HttpResponse graceLogin = loginWithKey(oldSecret);
        QCOMPARE(graceLogin.status, 200);
        QVERIFY(isoTime(graceLogin, "expires_at") <= graceEnd);
        const QByteArray graceSession = graceLogin.header("x-auth-token");
        QCOMPARE(me(graceSession), 200);
        const HttpResponse shown = http().get(QStringLiteral("v1/me/auth-key"), session(owner));
        QCOMPARE(shown.status, 200);
        QCOMPARE(shown.response().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(shown.response().value(QStringLiteral("prefix")), second.response().value(QStringLiteral("prefix")));
        QCOMPARE(shown.response().value(QStringLiteral("previous_valid_until")),
                 second.response().value(QStringLiteral("previous_valid_until")));

        // The old secret, or a session opened with it, cannot mint the next key and keep the only live one.
        for (const Headers& thief : {bearer(oldSecret.toLatin1()), session(graceSession)}) {
            const HttpResponse minted = http().postJson(QStringLiteral("v1/me/auth-key"),
                                                        {{QStringLiteral("password"), QLatin1String(Password)}}, thief);
            QCOMPARE(minted.status, 403);
            QCOMPARE(minted.errorCode(), QStringLiteral("FORBIDDEN"));
            QVERIFY(!minted.body.contains("kw_pat_"));
        }
        QCOMPARE(
            http().get(QStringLiteral("v1/me/auth-key"), session(owner)).response().value(QStringLiteral("prefix")),
            second.response().value(QStringLiteral("prefix")));

        // Audited with its grace, under the key's name.
        const QJsonArray trail = http()
                                     .get(QStringLiteral("v1/audit?target=%1&action=auth_key.regenerated").arg(id),
                                          session(m_server.loginAdmin()))
                                     .response()
                                     .value(QStringLiteral("entries"))
                                     .toArray();
        QCOMPARE(trail.size(), 1);
        const QJsonObject entry = trail.first().toObject();
        QCOMPARE(entry.value(QStringLiteral("details")).toObject().value(QStringLiteral("grace_seconds")).toInt(), 600);
        QCOMPARE(entry.value(QStringLiteral("target_name")).toString(), QStringLiteral("Authentication key"));

        // Once the grace is over the old secret is dead everywhere; the new one lives on.
        m_server.advanceClock(601);
        const HttpResponse late = http().get(QStringLiteral("v1/me"), bearer(oldSecret.toLatin1()));
        QCOMPARE(late.status, 401);
        QCOMPARE(late.errorCode(), QStringLiteral("INVALID_API_KEY"));
        QVERIFY(!valid(oldSecret));
        const HttpResponse lateLogin = loginWithKey(oldSecret);
        QCOMPARE(lateLogin.status, 401);
        QVERIFY(lateLogin.header("x-auth-token").isEmpty());
        QCOMPARE(me(graceSession), 401);
        QCOMPARE(http().get(QStringLiteral("v1/me"), bearer(newSecret.toLatin1())).status, 200);
        QVERIFY(valid(newSecret));
        QCOMPARE(loginWithKey(newSecret).status, 200);
        const HttpResponse after = http().get(QStringLiteral("v1/me/auth-key"), bearer(newSecret.toLatin1()));
        QCOMPARE(after.status, 200);
        QVERIFY(after.response().contains(QStringLiteral("previous_valid_until")));
        QVERIFY(after.response().value(QStringLiteral("previous_valid_until")).isNull());
    }

    void withoutAGraceTheOldAuthenticationKeyDiesAtOnce_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no body") << QByteArray();
        QTest::newRow("grace 0") << QByteArray(R"({"grace_seconds":0})");
        QTest::newRow("grace null") << QByteArray(R"({"grace_seconds":null})");
    }
    void withoutAGraceTheOldAuthenticationKeyDiesAtOnce()
    {
        QFETCH(QByteArray, body);
        const QString email = QStringLiteral("abrupt-%1@acme.test").arg(++m_users);
        QVERIFY(!m_server.createUser(m_server.loginAdmin(), email, QStringLiteral("user")).isEmpty());
        const QByteArray owner = m_server.login(email, QLatin1String(Password));
        const HttpResponse first = http().post(QStringLiteral("v1/me/auth-key"), {}, session(owner));
        QCOMPARE(first.status, 201);
        const QString oldSecret = first.response().value(QStringLiteral("secret")).toString();
        QCOMPARE(http().get(QStringLiteral("v1/me"), bearer(oldSecret.toLatin1())).status, 200);

        const HttpResponse second = http().post(QStringLiteral("v1/me/auth-key"), body, session(owner));
        QCOMPARE(second.status, 201);
        QCOMPARE(second.response().value(QStringLiteral("replaced")).toBool(), true);
        QVERIFY(second.response().contains(QStringLiteral("previous_valid_until")));
        QVERIFY(second.response().value(QStringLiteral("previous_valid_until")).isNull());
        const QString newSecret = second.response().value(QStringLiteral("secret")).toString();
        const HttpResponse dead = http().get(QStringLiteral("v1/me"), bearer(oldSecret.toLatin1()));
        QCOMPARE(dead.status, 401);
        QCOMPARE(dead.errorCode(), QStringLiteral("INVALID_API_KEY"));
        QVERIFY(!valid(oldSecret));
        QCOMPARE(loginWithKey(oldSecret).status, 401);
        QCOMPARE(http().get(QStringLiteral("v1/me"), bearer(newSecret.toLatin1())).status, 200);
        QVERIFY(http()
                    .get(QStringLiteral("v1/me/auth-key"), session(owner))
                    .response()
                    .value(QStringLiteral("previous_valid_until"))
                    .isNull());
    }

    void badGracePeriodsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("negative") << QByteArray(R"({"grace_seconds":-1})") << "VALIDATION_FAILED"
                                  << "grace_seconds";
        QTest::newRow("over a week") << QByteArray(R"({"grace_seconds":604801})") << "VALIDATION_FAILED"
                                     << "grace_seconds";
        QTest::newRow("text") << QByteArray(R"({"grace_seconds":"600"})") << "MALFORMED_REQUEST"
                              << "grace_seconds";
        QTest::newRow("fraction") << QByteArray(R"({"grace_seconds":1.5})") << "MALFORMED_REQUEST"
                                  << "grace_seconds";
        QTest::newRow("unknown member") << QByteArray(R"({"grace":600})") << "MALFORMED_REQUEST"
                                        << "";
    }
    void badGracePeriodsChangeNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const QString email = QStringLiteral("graceless-%1@acme.test").arg(++m_users);
        QVERIFY(!m_server.createUser(m_server.loginAdmin(), email, QStringLiteral("user")).isEmpty());
        const QByteArray owner = m_server.login(email, QLatin1String(Password));
        const HttpResponse first = http().post(QStringLiteral("v1/me/auth-key"), {}, session(owner));
        QCOMPARE(first.status, 201);
        const QByteArray secret = first.response().value(QStringLiteral("secret")).toString().toLatin1();
        const auto identity = [&] {
            const QJsonObject k = http().get(QStringLiteral("v1/me/auth-key"), session(owner)).response();
            return QStringList {k.value(QStringLiteral("id")).toString(), k.value(QStringLiteral("prefix")).toString(),
                                k.value(QStringLiteral("previous_valid_until")).toVariant().toString()};
        };
        const QStringList before = identity();

        const HttpResponse refused = http().post(QStringLiteral("v1/me/auth-key"), body, session(owner));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), code);
        QCOMPARE(refused.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 field);
        QVERIFY(!refused.body.contains("kw_pat_"));
        QCOMPARE(identity(), before);
        QCOMPARE(http().get(QStringLiteral("v1/me"), bearer(secret)).status, 200);
        QVERIFY(valid(QString::fromLatin1(secret)));
    }

    // Item 8: umask 077 at start; files 0600 and folders 0700 from the first byte.
    void everyFileIsTheOwnersOnly()
    {
        TestServer fresh;
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("state/keyward"));
        QVERIFY(fresh.start({QStringLiteral("--db"), folder + QStringLiteral("/keyward.db")}));
        QVERIFY(!fresh.loginAdmin().isEmpty()); // a write: the WAL and shm exist
        const QStringList files {folder + QStringLiteral("/keyward.db"), folder + QStringLiteral("/keyward.db-wal"),
                                 folder + QStringLiteral("/keyward.db-shm"), fresh.secretKeyPath()};
        for (const QString& file : files) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(modeOf(file), OwnerOnlyFile);
        }
        for (const QString& created :
             {folder, dir.filePath(QStringLiteral("state")), QFileInfo(fresh.secretKeyPath()).path()})
            QCOMPARE(modeOf(created), OwnerOnlyFolder);
        QVERIFY(fresh.stop());
    }

    // Without the key file the sealed 2FA seeds are unreadable: keywardd refuses to start (and never makes a new key
    // over them) until the file is back.
    void aMissingSecretKeyStopsTheStart()
    {
        TestServer server;
        QVERIFY(server.start());
        const QByteArray admin = server.loginAdmin();
        QCOMPARE(server.http().post(QStringLiteral("v1/me/2fa"), {}, session(admin)).status, 200); // a sealed seed
        QVERIFY(server.stop());
        QFile key(server.secretKeyPath());
        const QString aside = server.secretKeyPath() + QStringLiteral(".aside");
        QVERIFY(key.rename(aside));
        QVERIFY(!server.start());
        QVERIFY2(server.output().contains("secret key file"), server.output().constData());
        QVERIFY(!QFileInfo::exists(server.secretKeyPath())); // no new key was written
        QVERIFY(QFile::rename(aside, server.secretKeyPath()));
        QVERIFY(server.start());
        QVERIFY(!server.loginAdmin().isEmpty());
        QVERIFY(server.stop());
    }

private:
    HttpClient& http() { return m_server.http(); }
    int keyCount(const QByteArray& token)
    {
        return static_cast<int>(http()
                                    .get(QStringLiteral("v1/api-keys?limit=1000"), session(token))
                                    .response()
                                    .value(QStringLiteral("keys"))
                                    .toArray()
                                    .size());
    }
    int me(const QByteArray& token) { return http().get(QStringLiteral("v1/me"), session(token)).status; }
    // The verify answer's "valid" (verify answers 200 with valid:false for a dead key).
    bool valid(const QString& secret)
    {
        const HttpResponse r = http().postJson(QStringLiteral("v1/keys/verify"), {{QStringLiteral("key"), secret}});
        return r.status == 200 && r.response().value(QStringLiteral("valid")).toBool();
    }
    HttpResponse signIn()
    {
        return http().postJson(QStringLiteral("v1/auth/login"),
                               {{QStringLiteral("email"), QStringLiteral("owner@acme.test")},
                                {QStringLiteral("password"), QLatin1String(Password)}});
    }
    HttpResponse refresh(const QString& token)
    {
        return http().postJson(QStringLiteral("v1/auth/refresh"), {{QStringLiteral("refresh_token"), token}});
    }
    HttpResponse loginWithKey(const QString& secret)
    {
        return http().postJson(QStringLiteral("v1/auth/login/token"),
                               {{QStringLiteral("personal-access-token"), secret}});
    }

    TestServer m_server;
    int m_users = 0;
};

QTEST_GUILESS_MAIN(TestSessions)
#include "tst_sessions.moc"
