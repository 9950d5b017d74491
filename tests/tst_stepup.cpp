// A session token alone cannot take an account over (issue 11, items 1–3), against a real keywardd: minting the
// authentication key, enrolling or disabling 2FA, changing the password or e-mail need a password sign-in of the
// last ten minutes or the password (and code) in the request; refreshed sessions and sessions opened with a key never
// qualify. Wrong proofs and wrong codes are counted per account (429 after a handful) and audited; a TOTP code is
// accepted once, also after a restart. An admin can reset a user's 2FA; a password change can take the keys along.

#include "tests/support/TestServer.h"
#include "tests/support/TotpCode.h"

#include <QJsonArray>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Test;

namespace {
constexpr char Password[] = "quiet-harbor-lamp-7";
constexpr qint64 StepUpWindowSeconds = 10 * 60; // ServicePolicy::stepUpWindowMs
constexpr int MaxCodeFailures = 5; // LoginThrottle::MaxCodeFailures

QJsonObject proof(const QString& password, const QString& otp = {})
{
    QJsonObject body {{QStringLiteral("password"), password}};
    if (!otp.isEmpty())
        body.insert(QStringLiteral("otp"), otp);
    return body;
}

QStringList requires(const HttpResponse& r)
{
    QStringList names;
    const QJsonArray list = r.json.value(QStringLiteral("error"))
                                .toObject()
                                .value(QStringLiteral("details"))
                                .toObject()
                                .value(QStringLiteral("requires"))
                                .toArray();
    for (const QJsonValue& v : list)
        names.append(v.toString());
    return names;
}
} // namespace

class TestStepUp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_admin = m_server.loginAdmin();
        QVERIFY(!m_admin.isEmpty());
    }
    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void staleCredentialsCannotTakeTheAccountOver_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("session older than ten minutes") << "stale";
        QTest::newRow("refreshed session") << "refreshed";
        QTest::newRow("session opened with the authentication key") << "key-session";
        QTest::newRow("the authentication key itself") << "auth-key";
    }
    void staleCredentialsCannotTakeTheAccountOver()
    {
        QFETCH(QString, kind);
        const QString email = QStringLiteral("victim-%1@acme.test").arg(kind);
        QVERIFY(!newUser(email).isEmpty());
        const Headers thief = stolenCredential(email, kind);
        QVERIFY(!thief.isEmpty());
        // What identifies the authentication key (not its last use, which the thief's own requests move).
        const auto authKeyNow = [&] {
            const QJsonObject k = http().get(QStringLiteral("v1/me/auth-key"), thief).response();
            return QStringList {k.value(QStringLiteral("exists")).toVariant().toString(),
                                k.value(QStringLiteral("id")).toString(), k.value(QStringLiteral("prefix")).toString()};
        };
        const QStringList authKeyBefore = authKeyNow();

        const HttpResponse mint = http().post(QStringLiteral("v1/me/auth-key"), {}, thief);
        QCOMPARE(mint.status, 403);
        QCOMPARE(mint.errorCode(), QStringLiteral("STEP_UP_REQUIRED"));
        QCOMPARE(requires(mint), QStringList {QStringLiteral("password")});
        QVERIFY(!mint.body.contains("kw_pat_"));
        QCOMPARE(authKeyNow(), authKeyBefore);

        const HttpResponse enrol = http().post(QStringLiteral("v1/me/2fa"), {}, thief);
        QCOMPARE(enrol.status, 403);
        QCOMPARE(enrol.errorCode(), QStringLiteral("STEP_UP_REQUIRED"));
        QVERIFY(!enrol.body.contains("otpauth"));
        // Nothing was stored: there is no enrolment to confirm.
        QCOMPARE(http()
                     .postJson(QStringLiteral("v1/me/2fa/confirm"),
                               {{QStringLiteral("code"), QStringLiteral("123456")}}, thief)
                     .status,
                 409);

        const HttpResponse rename = http().patchJson(
            QStringLiteral("v1/me"), {{QStringLiteral("email"), QStringLiteral("thief@evil.test")}}, thief);
        QCOMPARE(rename.status, 403);
        QCOMPARE(rename.errorCode(), QStringLiteral("STEP_UP_REQUIRED"));
        QCOMPARE(http().get(QStringLiteral("v1/me"), thief).response().value(QStringLiteral("email")).toString(),
                 email);

        // A wrong password in the request is refused, counted and audited; the right one lets the same credential on.
        const HttpResponse wrong
            = http().postJson(QStringLiteral("v1/me/auth-key"), proof(QStringLiteral("guessed-password-1")), thief);
        QCOMPARE(wrong.status, 403);
        QCOMPARE(wrong.errorCode(), QStringLiteral("INVALID_CREDENTIALS"));
        QCOMPARE(authKeyNow(), authKeyBefore);
        QVERIFY(auditHas(QStringLiteral("step_up"), QStringLiteral("failed"), email, QStringLiteral("bad_password")));
        const HttpResponse right
            = http().postJson(QStringLiteral("v1/me/auth-key"), proof(QLatin1String(Password)), thief);
        if (kind == QLatin1String("key-session") || kind == QLatin1String("auth-key")) {
            // Regenerating replaced the key that this credential is or came from: it ends with it.
            QCOMPARE(right.status, 201);
            QCOMPARE(http().get(QStringLiteral("v1/me"), thief).status, 401);
        } else {
            QCOMPARE(right.status, 201);
            QVERIFY(right.response().value(QStringLiteral("secret")).toString().startsWith(QLatin1String("kw_pat_")));
        }
    }

    // A password sign-in of the last ten minutes is itself the proof (GitHub's sudo mode), and only that long.
    void aFreshPasswordSignInIsEnough()
    {
        const QString email = QStringLiteral("fresh@acme.test");
        QVERIFY(!newUser(email).isEmpty());
        const QByteArray token = m_server.login(email, QLatin1String(Password));
        QCOMPARE(http().post(QStringLiteral("v1/me/auth-key"), {}, session(token)).status, 201);
        m_server.advanceClock(StepUpWindowSeconds + 1);
        const HttpResponse later = http().post(QStringLiteral("v1/me/auth-key"), {}, session(token));
        QCOMPARE(later.status, 403);
        QCOMPARE(later.errorCode(), QStringLiteral("STEP_UP_REQUIRED"));
    }

    // With 2FA on, the proof is the password and a fresh code; each wrong part is refused and changes nothing.
    void withTwoFactorTheCodeIsPartOfTheProof()
    {
        const QString email = QStringLiteral("twofactor@acme.test");
        QVERIFY(!newUser(email).isEmpty());
        const QByteArray seed = enableTwoFactor(email);
        QVERIFY(!seed.isEmpty());
        const QByteArray token = loginWithCode(email, seed);
        QVERIFY(!token.isEmpty());
        m_server.advanceClock(StepUpWindowSeconds + 1);

        const HttpResponse passwordOnly
            = http().postJson(QStringLiteral("v1/me/auth-key"), proof(QLatin1String(Password)), session(token));
        QCOMPARE(passwordOnly.status, 403);
        QCOMPARE(passwordOnly.errorCode(), QStringLiteral("STEP_UP_REQUIRED"));
        QCOMPARE(requires(passwordOnly), (QStringList {QStringLiteral("password"), QStringLiteral("otp")}));
        const HttpResponse wrongCode
            = http().postJson(QStringLiteral("v1/me/auth-key"),
                              proof(QLatin1String(Password), wrongTotpCode(seed, now())), session(token));
        QCOMPARE(wrongCode.status, 403);
        QCOMPARE(wrongCode.errorCode(), QStringLiteral("INVALID_OTP"));
        QCOMPARE(
            http().get(QStringLiteral("v1/me/auth-key"), session(token)).response().value(QStringLiteral("exists")),
            QJsonValue(false));
        QVERIFY(auditHas(QStringLiteral("2fa.code"), QStringLiteral("failed"), email, QStringLiteral("bad_otp")));
        const HttpResponse ok = http().postJson(QStringLiteral("v1/me/auth-key"),
                                                proof(QLatin1String(Password), codeNow(seed)), session(token));
        QCOMPARE(ok.status, 201);

        // The password change takes the current password always, and with 2FA a code unless just signed in.
        m_server.advanceClock(30);
        const QJsonObject change {{QStringLiteral("current_password"), QLatin1String(Password)},
                                  {QStringLiteral("new_password"), QStringLiteral("a-longer-passphrase-2")}};
        const HttpResponse noCode = http().postJson(QStringLiteral("v1/me/password"), change, session(token));
        QCOMPARE(noCode.status, 403);
        QCOMPARE(noCode.errorCode(), QStringLiteral("STEP_UP_REQUIRED"));
        QCOMPARE(http()
                     .postJson(QStringLiteral("v1/auth/login"),
                               {{QStringLiteral("email"), email},
                                {QStringLiteral("password"), QStringLiteral("a-longer-passphrase-2")},
                                {QStringLiteral("otp"), codeNow(seed)}})
                     .status,
                 401); // not changed
        QJsonObject withCode = change;
        m_server.advanceClock(30);
        withCode.insert(QStringLiteral("otp"), codeNow(seed));
        QCOMPARE(http().postJson(QStringLiteral("v1/me/password"), withCode, session(token)).status, 200);
    }

    void changingTheEmailNeedsStepUp()
    {
        const QString email = QStringLiteral("mover@acme.test");
        QVERIFY(!newUser(email).isEmpty());
        const QByteArray token = m_server.login(email, QLatin1String(Password));
        m_server.advanceClock(StepUpWindowSeconds + 1);
        const QJsonObject to {{QStringLiteral("email"), QStringLiteral("moved@acme.test")}};
        QCOMPARE(http().patchJson(QStringLiteral("v1/me"), to, session(token)).status, 403);
        QJsonObject withPassword = to;
        withPassword.insert(QStringLiteral("password"), QLatin1String(Password));
        const HttpResponse moved = http().patchJson(QStringLiteral("v1/me"), withPassword, session(token));
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.response().value(QStringLiteral("email")).toString(), QStringLiteral("moved@acme.test"));
        QVERIFY(!m_server.login(QStringLiteral("moved@acme.test"), QLatin1String(Password)).isEmpty());
        QCOMPARE(
            http()
                .postJson(QStringLiteral("v1/auth/login"),
                          {{QStringLiteral("email"), email}, {QStringLiteral("password"), QLatin1String(Password)}})
                .status,
            401);
        // Another user's address is taken, and the refusal changes nothing.
        QJsonObject taken {{QStringLiteral("email"), QLatin1String(TestServer::AdminEmail)},
                           {QStringLiteral("password"), QLatin1String(Password)}};
        const HttpResponse clash = http().patchJson(QStringLiteral("v1/me"), taken, session(token));
        QCOMPARE(clash.status, 409);
        QCOMPARE(clash.errorCode(), QStringLiteral("EMAIL_TAKEN"));
        QCOMPARE(
            http().get(QStringLiteral("v1/me"), session(token)).response().value(QStringLiteral("email")).toString(),
            QStringLiteral("moved@acme.test"));
    }

    // Item 2: where a code is checked outside sign-in it is counted like a password: 429 after a handful, audited.
    void wrongCodesAreThrottledAndAuditedEverywhere()
    {
        const QString email = QStringLiteral("bruteforce@acme.test");
        QVERIFY(!newUser(email).isEmpty());
        const QByteArray seed = enableTwoFactor(email);
        const QByteArray token = loginWithCode(email, seed);
        QVERIFY(!token.isEmpty());
        for (int i = 0; i < MaxCodeFailures; ++i) {
            const HttpResponse wrong = http().request(
                "DELETE", QStringLiteral("v1/me/2fa"),
                QByteArray(R"({"code":")") + wrongTotpCode(seed, now()).toLatin1() + "\"}", session(token));
            QCOMPARE(wrong.status, 400);
            QCOMPARE(wrong.errorCode(), QStringLiteral("INVALID_OTP"));
        }
        const QByteArray right = QByteArray(R"({"code":")") + codeNow(seed).toLatin1() + "\"}";
        const HttpResponse limited = http().request("DELETE", QStringLiteral("v1/me/2fa"), right, session(token));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("RATE_LIMITED"));
        QVERIFY(limited.header("retry-after").toInt() > 0);
        // The same count guards the sign-in's code.
        const HttpResponse signIn = http().postJson(QStringLiteral("v1/auth/login"),
                                                    {{QStringLiteral("email"), email},
                                                     {QStringLiteral("password"), QLatin1String(Password)},
                                                     {QStringLiteral("otp"), codeNow(seed)}});
        QCOMPARE(signIn.status, 429);
        QVERIFY(signIn.header("x-auth-token").isEmpty());
        QCOMPARE(me(token).value(QStringLiteral("two_factor_enabled")).toBool(), true);
        QCOMPARE(countAudit(QStringLiteral("2fa.code"), QStringLiteral("failed"), email), MaxCodeFailures);
    }

    // Item 3: the last accepted step is in the database, so a code does not replay after a restart.
    void codesDoNotReplayAfterARestart()
    {
        const QString email = QStringLiteral("replay@acme.test");
        QVERIFY(!newUser(email).isEmpty());
        const QByteArray seed = enableTwoFactor(email);
        m_server.advanceClock(30);
        const QString code = codeNow(seed);
        const QJsonObject body {{QStringLiteral("email"), email},
                                {QStringLiteral("password"), QLatin1String(Password)},
                                {QStringLiteral("otp"), code}};
        QCOMPARE(http().postJson(QStringLiteral("v1/auth/login"), body).status, 200);
        const qint64 before = now();
        QVERIFY(m_server.restart());
        m_server.advanceClock(std::max<qint64>(0, before - now())); // back to the same moment on the server's clock
        // The code is still inside the accepted window (this step or the one before): only its use is remembered.
        QVERIFY(totpCode(seed, now()) == code || totpCode(seed, now() - 30) == code);
        const HttpResponse replay = http().postJson(QStringLiteral("v1/auth/login"), body);
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.errorCode(), QStringLiteral("INVALID_OTP"));
        m_admin = m_server.loginAdmin();
        QVERIFY(auditHas(QStringLiteral("2fa.code"), QStringLiteral("failed"), email, QStringLiteral("replayed_otp")));
        m_server.advanceClock(30);
        QJsonObject next = body;
        next.insert(QStringLiteral("otp"), codeNow(seed));
        QCOMPARE(http().postJson(QStringLiteral("v1/auth/login"), next).status, 200);
    }

    void adminResetsAUsersTwoFactor()
    {
        const QString email = QStringLiteral("lostphone@acme.test");
        const QString id = newUser(email);
        QVERIFY(!id.isEmpty());
        const QByteArray seed = enableTwoFactor(email);
        const QByteArray userToken = loginWithCode(email, seed);
        QVERIFY(!userToken.isEmpty());

        // Not for users, not for unknown ids.
        const HttpResponse byUser = http().del(QStringLiteral("v1/users/%1/2fa").arg(id), session(userToken));
        QCOMPARE(byUser.status, 403);
        QCOMPARE(byUser.errorCode(), QStringLiteral("FORBIDDEN"));
        m_admin = m_server.loginAdmin();
        QCOMPARE(http().del(QStringLiteral("v1/users/usr_unknown/2fa"), session(m_admin)).status, 404);
        QCOMPARE(me(userToken).value(QStringLiteral("two_factor_enabled")).toBool(), true);

        const HttpResponse reset = http().del(QStringLiteral("v1/users/%1/2fa").arg(id), session(m_admin));
        QCOMPARE(reset.status, 200);
        QCOMPARE(reset.response().value(QStringLiteral("two_factor_enabled")).toBool(true), false);
        // Whoever enrolled the seed may be signed in: the user's sessions end; the password alone signs in now.
        QCOMPARE(http().get(QStringLiteral("v1/me"), session(userToken)).status, 401);
        QVERIFY(!m_server.login(email, QLatin1String(Password)).isEmpty());
        const QJsonObject entry = lastAudit(QStringLiteral("2fa.reset"));
        QCOMPARE(entry.value(QStringLiteral("subject_user_id")).toString(), id);
        QCOMPARE(entry.value(QStringLiteral("actor")).toObject().value(QStringLiteral("email")).toString(),
                 QLatin1String(TestServer::AdminEmail));
        QCOMPARE(http().del(QStringLiteral("v1/users/%1/2fa").arg(id), session(m_admin)).status, 409);
    }

    // A password change may take the keys along (default: keys outlive passwords, as VNTANA's do).
    void aPasswordChangeCanRevokeTheKeys_data()
    {
        QTest::addColumn<bool>("revoke");
        QTest::newRow("keys kept (default)") << false;
        QTest::newRow("revoke_keys") << true;
    }
    void aPasswordChangeCanRevokeTheKeys()
    {
        QFETCH(bool, revoke);
        const QString email = revoke ? QStringLiteral("revoker@acme.test") : QStringLiteral("keeper@acme.test");
        QVERIFY(!newUser(email).isEmpty());
        const QByteArray token = m_server.login(email, QLatin1String(Password));
        const QByteArray apiKey
            = m_server
                  .createKey(token,
                             {{QStringLiteral("name"), QStringLiteral("ci")}, {QStringLiteral("expires_in_days"), 30}})
                  .value(QStringLiteral("secret"))
                  .toString()
                  .toLatin1();
        const QByteArray authKey = http()
                                       .post(QStringLiteral("v1/me/auth-key"), {}, session(token))
                                       .response()
                                       .value(QStringLiteral("secret"))
                                       .toString()
                                       .toLatin1();
        QVERIFY(apiKey.startsWith("kw_key_"));
        QVERIFY(authKey.startsWith("kw_pat_"));
        QJsonObject change {{QStringLiteral("current_password"), QLatin1String(Password)},
                            {QStringLiteral("new_password"), QStringLiteral("correct-horse-battery-9")}};
        if (revoke)
            change.insert(QStringLiteral("revoke_keys"), true);
        const HttpResponse changed = http().postJson(QStringLiteral("v1/me/password"), change, session(token));
        QCOMPARE(changed.status, 200);
        if (revoke) {
            QCOMPARE(changed.response().value(QStringLiteral("revoked_api_keys")).toInt(), 1);
            QCOMPARE(changed.response().value(QStringLiteral("authentication_key_deleted")).toBool(), true);
        }
        const HttpResponse verify
            = http().postJson(QStringLiteral("v1/keys/verify"), {{QStringLiteral("key"), QString::fromLatin1(apiKey)}});
        QCOMPARE(verify.status, 200);
        QCOMPARE(verify.response().value(QStringLiteral("valid")).toBool(), !revoke);
        const HttpResponse withAuthKey = http().get(QStringLiteral("v1/me"), bearer(authKey));
        QCOMPARE(withAuthKey.status, revoke ? 401 : 200);
        QCOMPARE(
            http().get(QStringLiteral("v1/me/auth-key"), session(token)).response().value(QStringLiteral("exists")),
            QJsonValue(!revoke));
    }

private:
    HttpClient& http() { return m_server.http(); }
    QString newUser(const QString& email)
    {
        return m_server.createUser(m_server.loginAdmin(), email, QStringLiteral("user"));
    }
    qint64 now() { return m_server.serverSeconds(); }
    QString codeNow(const QByteArray& seed) { return totpCode(seed, now()); }

    QJsonObject me(const QByteArray& token) { return http().get(QStringLiteral("v1/me"), session(token)).response(); }

    // What a thief might hold: never a fresh password sign-in.
    Headers stolenCredential(const QString& email, const QString& kind)
    {
        if (kind == QLatin1String("stale")) {
            const QByteArray token = m_server.login(email, QLatin1String(Password));
            m_server.advanceClock(StepUpWindowSeconds + 1);
            return session(token);
        }
        if (kind == QLatin1String("refreshed")) {
            const HttpResponse login = http().postJson(
                QStringLiteral("v1/auth/login"),
                {{QStringLiteral("email"), email}, {QStringLiteral("password"), QLatin1String(Password)}});
            const HttpResponse refreshed = http().postJson(
                QStringLiteral("v1/auth/refresh"),
                {{QStringLiteral("refresh_token"), login.response().value(QStringLiteral("refresh_token"))}});
            return refreshed.status == 200 ? session(refreshed.header("x-auth-token")) : Headers {};
        }
        // The owner made an authentication key (fresh sign-in); the thief has the key or a session opened with it.
        const QByteArray token = m_server.login(email, QLatin1String(Password));
        const QByteArray key = http()
                                   .post(QStringLiteral("v1/me/auth-key"), {}, session(token))
                                   .response()
                                   .value(QStringLiteral("secret"))
                                   .toString()
                                   .toLatin1();
        if (kind == QLatin1String("auth-key"))
            return bearer(key);
        const HttpResponse opened
            = http().postJson(QStringLiteral("v1/auth/login/token"),
                              {{QStringLiteral("personal-access-token"), QString::fromLatin1(key)}});
        return opened.status == 200 ? session(opened.header("x-auth-token")) : Headers {};
    }

    // Enrols and confirms 2FA with a fresh sign-in; returns the raw seed.
    QByteArray enableTwoFactor(const QString& email)
    {
        const QByteArray token = m_server.login(email, QLatin1String(Password));
        const HttpResponse enrol = http().post(QStringLiteral("v1/me/2fa"), {}, session(token));
        if (enrol.status != 200)
            return {};
        const QByteArray seed = base32Decode(enrol.response().value(QStringLiteral("secret")).toString().toLatin1());
        const HttpResponse confirm = http().postJson(QStringLiteral("v1/me/2fa/confirm"),
                                                     {{QStringLiteral("code"), codeNow(seed)}}, session(token));
        return confirm.status == 200 ? seed : QByteArray();
    }

    QByteArray loginWithCode(const QString& email, const QByteArray& seed)
    {
        m_server.advanceClock(30); // a fresh step: the last code was used
        const HttpResponse r = http().postJson(QStringLiteral("v1/auth/login"),
                                               {{QStringLiteral("email"), email},
                                                {QStringLiteral("password"), QLatin1String(Password)},
                                                {QStringLiteral("otp"), codeNow(seed)}});
        return r.header("x-auth-token");
    }

    QJsonArray audit(const QString& action)
    {
        m_admin = m_server.loginAdmin();
        return http()
            .get(QStringLiteral("v1/audit?action=%1").arg(action), session(m_admin))
            .response()
            .value(QStringLiteral("entries"))
            .toArray();
    }
    int countAudit(const QString& action, const QString& outcome, const QString& email)
    {
        int n = 0;
        for (const QJsonValue& v : audit(action)) {
            const QJsonObject e = v.toObject();
            n += e.value(QStringLiteral("outcome")).toString() == outcome
                && e.value(QStringLiteral("actor")).toObject().value(QStringLiteral("email")).toString() == email;
        }
        return n;
    }
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
    QJsonObject lastAudit(const QString& action) { return audit(action).first().toObject(); }

    TestServer m_server;
    QByteArray m_admin;
};

QTEST_GUILESS_MAIN(TestStepUp)
#include "tst_stepup.moc"
