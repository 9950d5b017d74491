// Two-factor recovery codes (issue 12), against a real keywardd: confirming 2FA shows ten one-time codes (80 random
// bits each, lowercase base32 in four groups of four) that are stored only as hashes; a code signs in once in place of
// the TOTP code, however it is typed and however many requests race for it; wrong or used codes are refused, counted
// with wrong TOTP codes and audited; a step-up makes a new set that replaces the old one; turning 2FA off or an
// admin's reset deletes them. Runs on SQLite and (recoverycodes_postgres) PostgreSQL.

#include "tests/support/TestServer.h"
#include "tests/support/TotpCode.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimer>

using namespace Keyward::Test;

namespace {
constexpr char Password[] = "quiet-harbor-lamp-7";
constexpr int Codes = 10;
constexpr int MaxCodeFailures = 5; // LoginThrottle::MaxCodeFailures
constexpr qint64 ThrottleWindowSeconds = 15 * 60; // LoginThrottle::WindowMs
constexpr qint64 StepUpWindowSeconds = 10 * 60; // ServicePolicy::stepUpWindowMs

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list.append(v.toString());
    return list;
}

QString errorField(const HttpResponse& r)
{
    return r.json.value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("details"))
        .toObject()
        .value(QStringLiteral("field"))
        .toString();
}
} // namespace

class TestRecoveryCodes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(!m_server.loginAdmin().isEmpty());
    }
    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void confirmingTwoFactorShowsTenCodes()
    {
        const QString email = QStringLiteral("codes@acme.test");
        QVERIFY(!newUser(email).isEmpty());
        const QByteArray token = m_server.login(email, QLatin1String(Password));
        // Without 2FA there are none, and /v1/me says nothing of them.
        QVERIFY(!me(token).contains(QStringLiteral("recovery_codes_remaining")));

        const Enrolment enrolment = enableTwoFactor(email);
        QVERIFY(!enrolment.seed.isEmpty());
        const QStringList& codes = enrolment.codes;
        QCOMPARE(codes.size(), Codes);
        QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), Codes); // distinct
        const QRegularExpression format(QStringLiteral("^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$"));
        for (const QString& code : codes) {
            QVERIFY2(format.match(code).hasMatch(), qPrintable(code));
            // 16 base32 characters are exactly 80 bits.
            QCOMPARE(base32Decode(code.toUpper().remove(QLatin1Char('-')).toLatin1()).size(), 10);
        }
        const QJsonObject shown = me(token);
        QCOMPARE(shown.value(QStringLiteral("two_factor_enabled")).toBool(), true);
        QCOMPARE(shown.value(QStringLiteral("recovery_codes_remaining")).toInt(-1), Codes);

        // Shown once: no other answer carries them, the audit log included.
        const HttpResponse meAgain = http().get(QStringLiteral("v1/me"), session(token));
        const HttpResponse audit = http().get(QStringLiteral("v1/audit?limit=1000"), session(m_server.loginAdmin()));
        QCOMPARE(audit.status, 200);
        for (const QString& code : codes) {
            QVERIFY(!meAgain.body.contains(code.toLatin1()));
            QVERIFY(!audit.body.contains(code.toLatin1()));
            QVERIFY(!audit.body.contains(code.toLatin1().replace('-', "")));
        }
        const QJsonObject enabled = lastAudit(QStringLiteral("2fa.enabled"));
        QCOMPARE(enabled.value(QStringLiteral("target_name")).toString(), email);
        QCOMPARE(enabled.value(QStringLiteral("details")).toObject().value(QStringLiteral("recovery_codes")).toInt(),
                 Codes);
    }

    // Only their hashes are kept: the database files hold none of the codes, in any spelling.
    void codesAreStoredOnlyAsHashes()
    {
        if (m_server.databasePath().startsWith(QLatin1String("postgres")))
            QSKIP("reads the SQLite file; the PostgreSQL variant shares the code path");
        const QString email = QStringLiteral("at-rest@acme.test");
        QVERIFY(!newUser(email).isEmpty());
        const Enrolment enrolment = enableTwoFactor(email);
        QCOMPARE(enrolment.codes.size(), Codes);
        QByteArray stored;
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(m_server.databasePath() + suffix);
            if (file.open(QIODevice::ReadOnly))
                stored += file.readAll();
        }
        QVERIFY(stored.size() > 4096);
        QVERIFY(stored.contains(email.toLatin1())); // the reading works: the user row is there
        for (const QString& code : enrolment.codes) {
            const QByteArray dashed = code.toLatin1();
            const QByteArray plain = QByteArray(dashed).replace('-', "");
            for (const QByteArray& form : {dashed, plain, dashed.toUpper(), plain.toUpper()})
                QVERIFY2(!stored.contains(form), form.constData());
        }
    }

    void aCodeSignsInOnceHoweverItIsTyped()
    {
        const QString email = QStringLiteral("traveller@acme.test");
        QVERIFY(!newUser(email).isEmpty());
        const Enrolment enrolment = enableTwoFactor(email);
        QCOMPARE(enrolment.codes.size(), Codes);
        const QString code = enrolment.codes.at(3);
        // Upper case, with spaces for the dashes: the same code.
        const QString typed = code.toUpper().replace(QLatin1Char('-'), QLatin1Char(' '));
        const HttpResponse used = loginWithRecoveryCode(email, typed);
        QCOMPARE(used.status, 200);
        const QByteArray token = used.header("x-auth-token");
        QVERIFY(token.startsWith("kw_ses_"));
        QCOMPARE(used.response().value(QStringLiteral("recovery_codes_remaining")).toInt(-1), Codes - 1);
        QCOMPARE(me(token).value(QStringLiteral("recovery_codes_remaining")).toInt(-1), Codes - 1);
        // A sign-in with the TOTP code does not say it.
        m_server.advanceClock(30);
        const HttpResponse byTotp = login(email, {{QStringLiteral("otp"), codeNow(enrolment.seed)}});
        QCOMPARE(byTotp.status, 200);
        QVERIFY(!byTotp.response().contains(QStringLiteral("recovery_codes_remaining")));

        const QJsonObject audited = lastAudit(QStringLiteral("2fa.recovery_code_used"));
        QCOMPARE(audited.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
        QCOMPARE(audited.value(QStringLiteral("actor")).toObject().value(QStringLiteral("email")).toString(), email);
        QCOMPARE(audited.value(QStringLiteral("target_name")).toString(), email);
        QCOMPARE(audited.value(QStringLiteral("details")).toObject().value(QStringLiteral("remaining")).toInt(-1),
                 Codes - 1);

        // Used up, in whatever spelling.
        for (const QString& again : {code, typed, QString(code).remove(QLatin1Char('-'))}) {
            const HttpResponse replay = loginWithRecoveryCode(email, again);
            QCOMPARE(replay.status, 401);
            QCOMPARE(replay.errorCode(), QStringLiteral("INVALID_OTP"));
            QCOMPARE(errorField(replay), QStringLiteral("recovery_code"));
            QVERIFY(replay.header("x-auth-token").isEmpty());
        }
        QCOMPARE(me(token).value(QStringLiteral("recovery_codes_remaining")).toInt(-1), Codes - 1);
        QVERIFY(
            auditHas(QStringLiteral("2fa.code"), QStringLiteral("failed"), email, QStringLiteral("bad_recovery_code")));
        // The others still work, each once.
        const HttpResponse next = loginWithRecoveryCode(email, enrolment.codes.at(0));
        QCOMPARE(next.status, 200);
        QCOMPARE(next.response().value(QStringLiteral("recovery_codes_remaining")).toInt(-1), Codes - 2);
    }

    void wrongCodesAreRefused_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("well formed, not theirs") << "abcd-efgh-ijkl-mnop";
        QTest::newRow("too short") << "abcd-efgh-ijkl";
        QTest::newRow("too long") << "abcd-efgh-ijkl-mnop-q";
        QTest::newRow("outside the alphabet") << "abc1-efgh-ijkl-mno0";
        QTest::newRow("a TOTP code in the wrong field") << "123456";
    }
    void wrongCodesAreRefused()
    {
        QFETCH(QString, code);
        const QString email = QStringLiteral("wrong-%1@acme.test").arg(++m_users);
        QVERIFY(!newUser(email).isEmpty());
        const Enrolment enrolment = enableTwoFactor(email);
        QCOMPARE(enrolment.codes.size(), Codes);
        QVERIFY(!enrolment.codes.contains(code));
        const HttpResponse refused = loginWithRecoveryCode(email, code);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.errorCode(), QStringLiteral("INVALID_OTP"));
        QVERIFY(refused.header("x-auth-token").isEmpty());
        QVERIFY(
            auditHas(QStringLiteral("2fa.code"), QStringLiteral("failed"), email, QStringLiteral("bad_recovery_code")));
        // Nothing was used up.
        QCOMPARE(me(loginWithCode(email, enrolment.seed)).value(QStringLiteral("recovery_codes_remaining")).toInt(-1),
                 Codes);
    }

    // Wrong recovery codes and wrong TOTP codes are one count: guessing cannot switch between them to get more tries.
    void wrongCodesAreThrottledWithWrongTotpCodes()
    {
        const QString email = QStringLiteral("guesser@acme.test");
        QVERIFY(!newUser(email).isEmpty());
        const Enrolment enrolment = enableTwoFactor(email);
        QCOMPARE(enrolment.codes.size(), Codes);
        const QByteArray session = loginWithCode(email, enrolment.seed);
        QVERIFY(!session.isEmpty());
        for (int i = 0; i < MaxCodeFailures; ++i) {
            const HttpResponse wrong = i % 2 == 0
                ? loginWithRecoveryCode(email, QStringLiteral("aaaa-bbbb-cccc-dddd"))
                : login(email, {{QStringLiteral("otp"), wrongTotpCode(enrolment.seed, now())}});
            QCOMPARE(wrong.status, 401);
            QCOMPARE(wrong.errorCode(), QStringLiteral("INVALID_OTP"));
        }
        // Even the right code waits now, and is not used up by the refusal.
        const HttpResponse limited = loginWithRecoveryCode(email, enrolment.codes.at(0));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("RATE_LIMITED"));
        QVERIFY(limited.header("x-auth-token").isEmpty());
        QCOMPARE(me(session).value(QStringLiteral("recovery_codes_remaining")).toInt(-1), Codes);
        m_server.advanceClock(ThrottleWindowSeconds + 1);
        const HttpResponse later = loginWithRecoveryCode(email, enrolment.codes.at(0));
        QCOMPARE(later.status, 200);
        QCOMPARE(later.response().value(QStringLiteral("recovery_codes_remaining")).toInt(-1), Codes - 1);
    }

    void badSignInBodiesChangeNothing_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("both otp and recovery_code")
            << "otp" << QJsonValue(QStringLiteral("123456")) << "VALIDATION_FAILED";
        QTest::newRow("recovery_code not a string") << "recovery_code" << QJsonValue(12345678) << "MALFORMED_REQUEST";
        QTest::newRow("recovery_code too long")
            << "recovery_code" << QJsonValue(QString(65, QLatin1Char('a'))) << "MALFORMED_REQUEST";
    }
    void badSignInBodiesChangeNothing()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        const QString email = QStringLiteral("both-%1@acme.test").arg(++m_users);
        QVERIFY(!newUser(email).isEmpty());
        const Enrolment enrolment = enableTwoFactor(email);
        QCOMPARE(enrolment.codes.size(), Codes);
        QJsonObject body {{QStringLiteral("recovery_code"), enrolment.codes.at(0)}};
        body.insert(member, value);
        const HttpResponse refused = login(email, body);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), code);
        QVERIFY(refused.header("x-auth-token").isEmpty());
        if (code == QLatin1String("VALIDATION_FAILED"))
            QCOMPARE(errorField(refused), QStringLiteral("recovery_code"));
        // The code was not used up: it still signs in, once.
        const HttpResponse used = loginWithRecoveryCode(email, enrolment.codes.at(0));
        QCOMPARE(used.status, 200);
        QCOMPARE(used.response().value(QStringLiteral("recovery_codes_remaining")).toInt(-1), Codes - 1);
    }

    // Of several sign-ins racing with one code, exactly one gets in (a compare-and-swap in the database).
    void racingSignInsUseACodeOnce()
    {
        const QString email = QStringLiteral("racer@acme.test");
        QVERIFY(!newUser(email).isEmpty());
        const Enrolment enrolment = enableTwoFactor(email);
        QCOMPARE(enrolment.codes.size(), Codes);
        constexpr int Racers = 4; // below MaxCodeFailures: the losers are refused as used, not throttled
        const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("email"), email},
                                                           {QStringLiteral("password"), QLatin1String(Password)},
                                                           {QStringLiteral("recovery_code"), enrolment.codes.at(5)}})
                                    .toJson(QJsonDocument::Compact);
        QNetworkAccessManager manager;
        QList<QNetworkReply*> replies;
        int finished = 0;
        QEventLoop loop;
        for (int i = 0; i < Racers; ++i) {
            QNetworkRequest request(m_server.url().resolved(QUrl(QStringLiteral("v1/auth/login"))));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            QNetworkReply* reply = manager.post(request, body);
            connect(reply, &QNetworkReply::finished, &loop, [&] {
                if (++finished == Racers)
                    loop.quit();
            });
            replies.append(reply);
        }
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(finished, Racers);
        int signedIn = 0;
        int refused = 0;
        for (QNetworkReply* reply : replies) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
            if (status == 200) {
                ++signedIn;
                QVERIFY(reply->hasRawHeader("x-auth-token"));
            } else {
                QCOMPARE(status, 401);
                QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                         QStringLiteral("INVALID_OTP"));
                ++refused;
            }
            reply->deleteLater();
        }
        QCOMPARE(signedIn, 1);
        QCOMPARE(refused, Racers - 1);
        QCOMPARE(me(loginWithCode(email, enrolment.seed)).value(QStringLiteral("recovery_codes_remaining")).toInt(-1),
                 Codes - 1);
    }

    void aNewSetReplacesTheOldOne()
    {
        const QString email = QStringLiteral("renewer@acme.test");
        QVERIFY(!newUser(email).isEmpty());
        const Enrolment enrolment = enableTwoFactor(email);
        QCOMPARE(enrolment.codes.size(), Codes);
        const QByteArray token = loginWithCode(email, enrolment.seed);
        QVERIFY(!token.isEmpty());
        QCOMPARE(loginWithRecoveryCode(email, enrolment.codes.at(0)).status, 200);

        // A session older than the step-up window needs the password and a code; a wrong proof changes nothing.
        m_server.advanceClock(StepUpWindowSeconds + 1);
        const QString path = QStringLiteral("v1/me/2fa/recovery-codes");
        const HttpResponse bare = http().post(path, {}, session(token));
        QCOMPARE(bare.status, 403);
        QCOMPARE(bare.errorCode(), QStringLiteral("STEP_UP_REQUIRED"));
        const HttpResponse noCode
            = http().postJson(path, {{QStringLiteral("password"), QLatin1String(Password)}}, session(token));
        QCOMPARE(noCode.status, 403);
        QCOMPARE(noCode.errorCode(), QStringLiteral("STEP_UP_REQUIRED"));
        const HttpResponse wrongPassword
            = http().postJson(path,
                              {{QStringLiteral("password"), QStringLiteral("not-the-password")},
                               {QStringLiteral("otp"), codeNow(enrolment.seed)}},
                              session(token));
        QCOMPARE(wrongPassword.status, 403);
        QCOMPARE(wrongPassword.errorCode(), QStringLiteral("INVALID_CREDENTIALS"));
        for (const HttpResponse& r : {bare, noCode, wrongPassword})
            QVERIFY(!r.response().contains(QStringLiteral("recovery_codes")));
        QCOMPARE(me(token).value(QStringLiteral("recovery_codes_remaining")).toInt(-1), Codes - 1);

        m_server.advanceClock(30); // a fresh TOTP step
        const HttpResponse renewed = http().postJson(
            path,
            {{QStringLiteral("password"), QLatin1String(Password)}, {QStringLiteral("otp"), codeNow(enrolment.seed)}},
            session(token));
        QCOMPARE(renewed.status, 201);
        const QStringList fresh = strings(renewed.response().value(QStringLiteral("recovery_codes")));
        QCOMPARE(fresh.size(), Codes);
        QCOMPARE(QSet<QString>(fresh.begin(), fresh.end()).size(), Codes);
        for (const QString& code : fresh)
            QVERIFY(!enrolment.codes.contains(code));
        QCOMPARE(me(token).value(QStringLiteral("recovery_codes_remaining")).toInt(-1), Codes);
        const QJsonObject audited = lastAudit(QStringLiteral("2fa.recovery_codes_regenerated"));
        QCOMPARE(audited.value(QStringLiteral("actor")).toObject().value(QStringLiteral("email")).toString(), email);
        QCOMPARE(audited.value(QStringLiteral("target_name")).toString(), email);

        // The old set stopped working, the unused codes too; the new one works.
        const HttpResponse old = loginWithRecoveryCode(email, enrolment.codes.at(1));
        QCOMPARE(old.status, 401);
        QCOMPARE(old.errorCode(), QStringLiteral("INVALID_OTP"));
        const HttpResponse renewedUse = loginWithRecoveryCode(email, fresh.at(9));
        QCOMPARE(renewedUse.status, 200);
        QCOMPARE(renewedUse.response().value(QStringLiteral("recovery_codes_remaining")).toInt(-1), Codes - 1);
    }

    void aNewSetNeedsTwoFactorAndAnInteractiveCredential()
    {
        const QString email = QStringLiteral("plain@acme.test");
        QVERIFY(!newUser(email).isEmpty());
        const QByteArray token = m_server.login(email, QLatin1String(Password));
        const HttpResponse off = http().post(QStringLiteral("v1/me/2fa/recovery-codes"), {}, session(token));
        QCOMPARE(off.status, 409);
        QCOMPARE(off.errorCode(), QStringLiteral("CONFLICT"));
        QVERIFY(!off.response().contains(QStringLiteral("recovery_codes")));

        const Enrolment enrolment = enableTwoFactor(email);
        QCOMPARE(enrolment.codes.size(), Codes);
        const QByteArray fresh = loginWithCode(email, enrolment.seed);
        const QByteArray apiKey
            = m_server
                  .createKey(fresh,
                             {{QStringLiteral("name"), QStringLiteral("service")},
                              {QStringLiteral("expires_in_days"), 30},
                              {QStringLiteral("scopes"), QJsonArray {QStringLiteral("read"), QStringLiteral("write")}}})
                  .value(QStringLiteral("secret"))
                  .toString()
                  .toLatin1();
        QVERIFY(apiKey.startsWith("kw_key_"));
        const HttpResponse byKey = http().post(QStringLiteral("v1/me/2fa/recovery-codes"), {}, bearer(apiKey));
        QCOMPARE(byKey.status, 403);
        QCOMPARE(byKey.errorCode(), QStringLiteral("FORBIDDEN"));
        const HttpResponse bad
            = http().post(QStringLiteral("v1/me/2fa/recovery-codes"), R"({"count":20})", session(fresh));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorCode(), QStringLiteral("MALFORMED_REQUEST"));
        // Nothing changed: the first set still works.
        QCOMPARE(loginWithRecoveryCode(email, enrolment.codes.at(2)).status, 200);
    }

    void turningTwoFactorOffDeletesTheCodes()
    {
        const QString email = QStringLiteral("offagain@acme.test");
        QVERIFY(!newUser(email).isEmpty());
        const Enrolment first = enableTwoFactor(email);
        QCOMPARE(first.codes.size(), Codes);
        const QByteArray token = loginWithCode(email, first.seed);
        m_server.advanceClock(30);
        const HttpResponse off
            = http().request("DELETE", QStringLiteral("v1/me/2fa"),
                             QByteArray(R"({"code":")") + codeNow(first.seed).toLatin1() + "\"}", session(token));
        QCOMPARE(off.status, 200);
        QVERIFY(!me(token).contains(QStringLiteral("recovery_codes_remaining")));
        // With 2FA off the password alone signs in; a recovery code is not asked for and opens nothing extra.
        QCOMPARE(login(email, {}).status, 200);

        // On again: only the new codes work.
        const Enrolment second = enableTwoFactor(email);
        QCOMPARE(second.codes.size(), Codes);
        const HttpResponse old = loginWithRecoveryCode(email, first.codes.at(0));
        QCOMPARE(old.status, 401);
        QCOMPARE(old.errorCode(), QStringLiteral("INVALID_OTP"));
        QCOMPARE(loginWithRecoveryCode(email, second.codes.at(0)).status, 200);
    }

    void anAdminResetDeletesTheCodes()
    {
        const QString email = QStringLiteral("reset-codes@acme.test");
        const QString id = newUser(email);
        QVERIFY(!id.isEmpty());
        const Enrolment first = enableTwoFactor(email);
        QCOMPARE(first.codes.size(), Codes);
        const HttpResponse reset
            = http().del(QStringLiteral("v1/users/%1/2fa").arg(id), session(m_server.loginAdmin()));
        QCOMPARE(reset.status, 200);
        QCOMPARE(lastAudit(QStringLiteral("2fa.reset")).value(QStringLiteral("target_name")).toString(), email);
        const Enrolment second = enableTwoFactor(email);
        QCOMPARE(second.codes.size(), Codes);
        for (const QString& code : first.codes.mid(0, 3)) {
            const HttpResponse old = loginWithRecoveryCode(email, code);
            QCOMPARE(old.status, 401);
            QCOMPARE(old.errorCode(), QStringLiteral("INVALID_OTP"));
        }
        const HttpResponse fresh = loginWithRecoveryCode(email, second.codes.at(0));
        QCOMPARE(fresh.status, 200);
        QCOMPARE(fresh.response().value(QStringLiteral("recovery_codes_remaining")).toInt(-1), Codes - 1);
    }

private:
    struct Enrolment
    {
        QByteArray seed; // raw TOTP key
        QStringList codes;
    };

    HttpClient& http() { return m_server.http(); }
    qint64 now() { return m_server.serverSeconds(); }
    QString codeNow(const QByteArray& seed) { return totpCode(seed, now()); }
    QString newUser(const QString& email)
    {
        return m_server.createUser(m_server.loginAdmin(), email, QStringLiteral("user"));
    }
    QJsonObject me(const QByteArray& token) { return http().get(QStringLiteral("v1/me"), session(token)).response(); }

    // Enrols and confirms 2FA with a fresh sign-in.
    Enrolment enableTwoFactor(const QString& email)
    {
        const QByteArray token = m_server.login(email, QLatin1String(Password));
        const HttpResponse enrol = http().post(QStringLiteral("v1/me/2fa"), {}, session(token));
        if (enrol.status != 200)
            return {};
        const QByteArray seed = base32Decode(enrol.response().value(QStringLiteral("secret")).toString().toLatin1());
        m_server.advanceClock(30); // a step no earlier code of this test used
        const HttpResponse confirm = http().postJson(QStringLiteral("v1/me/2fa/confirm"),
                                                     {{QStringLiteral("code"), codeNow(seed)}}, session(token));
        if (confirm.status != 200)
            return {};
        return {seed, strings(confirm.response().value(QStringLiteral("recovery_codes")))};
    }

    HttpResponse login(const QString& email, const QJsonObject& extra)
    {
        QJsonObject body {{QStringLiteral("email"), email}, {QStringLiteral("password"), QLatin1String(Password)}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return http().postJson(QStringLiteral("v1/auth/login"), body);
    }
    HttpResponse loginWithRecoveryCode(const QString& email, const QString& code)
    {
        return login(email, {{QStringLiteral("recovery_code"), code}});
    }
    QByteArray loginWithCode(const QString& email, const QByteArray& seed)
    {
        m_server.advanceClock(30); // a fresh step: the last code was used
        return login(email, {{QStringLiteral("otp"), codeNow(seed)}}).header("x-auth-token");
    }

    QJsonArray audit(const QString& action)
    {
        return http()
            .get(QStringLiteral("v1/audit?action=%1").arg(action), session(m_server.loginAdmin()))
            .response()
            .value(QStringLiteral("entries"))
            .toArray();
    }
    QJsonObject lastAudit(const QString& action) { return audit(action).first().toObject(); }
    bool auditHas(const QString& action, const QString& outcome, const QString& email, const QString& reason)
    {
        for (const QJsonValue& v : audit(action)) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("outcome")).toString() == outcome
                && e.value(QStringLiteral("actor")).toObject().value(QStringLiteral("email")).toString() == email
                && e.value(QStringLiteral("details")).toObject().value(QStringLiteral("reason")).toString() == reason)
                return true;
        }
        return false;
    }

    TestServer m_server;
    int m_users = 0;
};

QTEST_GUILESS_MAIN(TestRecoveryCodes)
#include "tst_recoverycodes.moc"
