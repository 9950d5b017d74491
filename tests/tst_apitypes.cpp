// The client's typed records read exactly what the server's views write, and write it back unchanged: for keys,
// issued keys, users, tenants and audit entries, Api::X::fromJson(Views::x(record)).toJson() == Views::x(record).
// And an answer missing a required member, or with a member of the wrong type, is refused rather than half read.

#include "core/ApiTypes.h"
#include "core/Timestamps.h"
#include "server/service/Views.h"

#include <QJsonArray>
#include <QTest>

using namespace Keyward;

namespace {
constexpr qint64 Now = 1764000000000;

KeyRecord sampleKey(bool withUse)
{
    KeyRecord k;
    k.id = QStringLiteral("key_AAAAAAAAAAAAAAAA");
    k.tenantId = QStringLiteral("ten_BBBBBBBBBBBBBBBB");
    k.userId = QStringLiteral("usr_CCCCCCCCCCCCCCCC");
    k.name = QStringLiteral("Schlüssel \"prod\"");
    k.description = QStringLiteral("for the billing job");
    k.displayPrefix = QStringLiteral("kw_key_abcd");
    k.scopes = Scopes(Scope::Read) | Scope::Write;
    k.rateLimitPerMinute = 600;
    k.createdAt = Now - 1000;
    k.updatedAt = Now - 500;
    k.expiresAt = Now + 86400000;
    k.lastUsedAt = withUse ? Now - 10 : 0;
    k.lastUsedAddress = withUse ? QStringLiteral("2001:db8::1") : QString();
    k.createdBy = k.userId;
    k.ownerEmail = QStringLiteral("owner@acme.test");
    return k;
}
} // namespace

class TestApiTypes : public QObject
{
    Q_OBJECT
private slots:
    void keysRoundTrip()
    {
        for (const bool withUse : {true, false}) {
            for (const bool revoked : {false, true}) {
                KeyRecord record = sampleKey(withUse);
                record.revoked = revoked;
                const QJsonObject wire = Views::key(record, Now);
                const std::optional<Api::Key> key = Api::Key::fromJson(wire);
                QVERIFY(key);
                QCOMPARE(key->id, record.id);
                QCOMPARE(key->owner.email, record.ownerEmail);
                QCOMPARE(key->status, revoked ? KeyStatus::Inactive : KeyStatus::Active);
                QCOMPARE(key->expiresAt, record.expiresAt - record.expiresAt % 1000);
                QCOMPARE(key->lastUsedAddress, record.lastUsedAddress);
                QCOMPARE(key->toJson(), wire);
            }
        }
    }

    void issuedKeysCarryTheirSecret()
    {
        QJsonObject wire = Views::key(sampleKey(false), Now);
        wire.insert(QStringLiteral("secret"), QStringLiteral("kw_key_secretsecret"));
        wire.insert(QStringLiteral("previous_valid_until"), Timestamps::toJson(Now + 3600000));
        const std::optional<Api::IssuedKey> issued = Api::IssuedKey::fromJson(wire);
        QVERIFY(issued);
        QCOMPARE(issued->secret, QByteArray("kw_key_secretsecret"));
        QCOMPARE(issued->previousValidUntil, Now + 3600000);
        QCOMPARE(issued->toJson(), wire);
        wire.remove(QStringLiteral("secret"));
        QVERIFY(!Api::IssuedKey::fromJson(wire)); // an issued key without its secret is no issued key
    }

    void usersTenantsAndAuditRoundTrip()
    {
        UserRecord u;
        u.id = QStringLiteral("usr_CCCCCCCCCCCCCCCC");
        u.tenantId = QStringLiteral("ten_BBBBBBBBBBBBBBBB");
        u.email = QStringLiteral("support@acme.test");
        u.name = QStringLiteral("Sam");
        u.role = Role::Support;
        u.disabled = true;
        u.totpSecret = "sealed";
        u.createdAt = Now - 5000;
        u.updatedAt = Now;
        const std::optional<Api::User> user = Api::User::fromJson(Views::user(u));
        QVERIFY(user);
        QCOMPARE(user->role, Role::Support);
        QVERIFY(user->twoFactorEnabled && user->disabled);
        QCOMPARE(user->toJson(), Views::user(u));

        const TenantRecord t {u.tenantId, QStringLiteral("acme"), 90, Now - 9000, 0};
        const std::optional<Api::Tenant> tenant = Api::Tenant::fromJson(Views::tenant(t, 30));
        QVERIFY(tenant);
        QCOMPARE(tenant->sessionChainDays, 30);
        QCOMPARE(tenant->toJson(), Views::tenant(t, 30));

        AuditRecord a;
        a.id = 42;
        a.tenantId = t.id;
        a.at = Now;
        a.actorId = u.id;
        a.actorEmail = u.email;
        a.subjectUserId = u.id;
        a.action = QStringLiteral("key.created");
        a.targetType = QStringLiteral("key");
        a.targetId = QStringLiteral("key_AAAAAAAAAAAAAAAA");
        a.outcome = QStringLiteral("ok");
        a.clientAddress = QStringLiteral("127.0.0.1");
        a.detailsJson = QStringLiteral(R"({"name":"prod"})");
        const std::optional<Api::AuditEntry> entry = Api::AuditEntry::fromJson(Views::audit(a));
        QVERIFY(entry);
        QCOMPARE(entry->details.value(QStringLiteral("name")).toString(), QStringLiteral("prod"));
        QCOMPARE(entry->toJson(), Views::audit(a));
        // The page's cursor travels as a number in a string.
        const std::optional<Api::AuditPage> page
            = Api::AuditPage::fromJson({{QStringLiteral("entries"), QJsonArray {Views::audit(a)}},
                                        {QStringLiteral("next_before"), QStringLiteral("42")}});
        QVERIFY(page);
        QCOMPARE(page->nextBefore, 42);
    }

    void accountAnswersRoundTrip()
    {
        // GET /v1/me/auth-key, with and without a use, and when there is none.
        for (const bool withUse : {true, false}) {
            const QJsonObject wire = Views::authenticationKey(sampleKey(withUse));
            const std::optional<Api::AuthenticationKey> key = Api::AuthenticationKey::fromJson(wire);
            QVERIFY(key);
            QVERIFY(key->exists);
            QCOMPARE(key->prefix, QStringLiteral("kw_key_abcd"));
            QCOMPARE(key->lastUsedAddress, sampleKey(withUse).lastUsedAddress);
            QCOMPARE(key->toJson(), wire);
        }
        const QJsonObject none {{QStringLiteral("exists"), false}};
        const std::optional<Api::AuthenticationKey> noKey = Api::AuthenticationKey::fromJson(none);
        QVERIFY(noKey && !noKey->exists);
        QCOMPARE(noKey->toJson(), none);
        QVERIFY(!Api::AuthenticationKey::fromJson({}));

        // POST /v1/me/auth-key: the view, the secret and whether it replaced one (as AccountService answers).
        QJsonObject issuedWire = Views::authenticationKey(sampleKey(false));
        issuedWire.insert(QStringLiteral("secret"), QStringLiteral("kw_pat_secret"));
        issuedWire.insert(QStringLiteral("replaced"), true);
        const std::optional<Api::IssuedAuthenticationKey> issued = Api::IssuedAuthenticationKey::fromJson(issuedWire);
        QVERIFY(issued);
        QVERIFY(issued->replaced);
        QCOMPARE(issued->secret, QByteArray("kw_pat_secret"));
        QCOMPARE(issued->key().toJson(), Views::authenticationKey(sampleKey(false)));

        // POST /v1/me/password, with and without revoking the keys.
        const QJsonObject changedWire {{QStringLiteral("changed"), true}};
        const std::optional<Api::PasswordChanged> changed = Api::PasswordChanged::fromJson(changedWire);
        QVERIFY(changed && !changed->revokedApiKeys);
        QCOMPARE(changed->toJson(), changedWire);
        const QJsonObject revokedWire {{QStringLiteral("changed"), true},
                                       {QStringLiteral("revoked_api_keys"), 3},
                                       {QStringLiteral("authentication_key_deleted"), true}};
        const std::optional<Api::PasswordChanged> revoked = Api::PasswordChanged::fromJson(revokedWire);
        QVERIFY(revoked);
        QCOMPARE(revoked->revokedApiKeys.value_or(-1), 3);
        QVERIFY(revoked->authenticationKeyDeleted);
        QCOMPARE(revoked->toJson(), revokedWire);
        QVERIFY(!Api::PasswordChanged::fromJson(
            {{QStringLiteral("changed"), true}, {QStringLiteral("revoked_api_keys"), QStringLiteral("3")}}));
        const Api::PasswordChange change {QStringLiteral("old"), QStringLiteral("new"), true};
        QCOMPARE(Api::Proof({{}, QStringLiteral("123456")}).addedTo(change.toJson()),
                 (QJsonObject {{QStringLiteral("current_password"), QStringLiteral("old")},
                               {QStringLiteral("new_password"), QStringLiteral("new")},
                               {QStringLiteral("revoke_keys"), true},
                               {QStringLiteral("otp"), QStringLiteral("123456")}}));
        QCOMPARE(Api::Proof().addedTo({}), QJsonObject());

        // POST /v1/me/2fa, then …/confirm and DELETE.
        const QJsonObject enrolmentWire {
            {QStringLiteral("secret"), QStringLiteral("JBSWY3DPEHPK3PXP")},
            {QStringLiteral("otpauth_uri"),
             QStringLiteral("otpauth://totp/Keyward:a%40acme.test?secret=JBSWY3DPEHPK3PXP")}};
        const std::optional<Api::TwoFactorEnrolment> enrolment = Api::TwoFactorEnrolment::fromJson(enrolmentWire);
        QVERIFY(enrolment);
        QCOMPARE(enrolment->toJson(), enrolmentWire);
        QVERIFY(!Api::TwoFactorEnrolment::fromJson({{QStringLiteral("secret"), QStringLiteral("JBSWY3DPEHPK3PXP")}}));
        for (const bool on : {true, false}) {
            const QJsonObject statusWire {{QStringLiteral("two_factor_enabled"), on}};
            const std::optional<Api::TwoFactorStatus> status = Api::TwoFactorStatus::fromJson(statusWire);
            QVERIFY(status);
            QCOMPARE(status->enabled, on);
            QCOMPARE(status->toJson(), statusWire);
        }

        // GET /v1/health, as Routes answers it.
        const std::optional<Api::Health> health = Api::Health::fromJson(
            {{QStringLiteral("status"), QStringLiteral("ok")},
             {QStringLiteral("database"), QStringLiteral("unreachable")},
             {QStringLiteral("key_index"), QJsonObject {{QStringLiteral("ready"), true}}},
             {QStringLiteral("key_events"), QJsonObject {{QStringLiteral("listening"), false}}}});
        QVERIFY(health);
        QCOMPARE(health->database, QStringLiteral("unreachable"));
        QVERIFY(health->keyIndexReady && !health->keyEventsListening);
        QVERIFY(!Api::Health::fromJson({}));
    }

    void malformedAnswersAreRefused_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("id missing") << "id" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("id a number") << "id" << QJsonValue(7);
        QTest::newRow("unknown status") << "status" << QJsonValue(QStringLiteral("paused"));
        QTest::newRow("scopes not a list") << "scopes" << QJsonValue(QStringLiteral("read"));
        QTest::newRow("scope not a string") << "scopes" << QJsonValue(QJsonArray {1});
        QTest::newRow("time not ISO") << "expires_at" << QJsonValue(QStringLiteral("tomorrow"));
        QTest::newRow("owner not an object") << "owner" << QJsonValue(QStringLiteral("me"));
        QTest::newRow("rate limit a string") << "rate_limit" << QJsonValue(QStringLiteral("600"));
    }
    void malformedAnswersAreRefused()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QJsonObject wire = Views::key(sampleKey(true), Now);
        QVERIFY(Api::Key::fromJson(wire));
        if (value.isUndefined())
            wire.remove(member);
        else
            wire.insert(member, value);
        QVERIFY(!Api::Key::fromJson(wire));
        QVERIFY(!Api::KeyPage::fromJson({{QStringLiteral("keys"), QJsonArray {wire}}}));
    }
};

QTEST_GUILESS_MAIN(TestApiTypes)
#include "tst_apitypes.moc"
