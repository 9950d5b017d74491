// The client's typed records read exactly what the server's views write, and write it back unchanged: for keys,
// issued keys, users, tenants, audit entries and webhooks, Api::X::fromJson(Views::x(record)).toJson() ==
// Views::x(record); webhook deliveries read the documented wire (literal JSON). And an answer missing a required
// member, or with a member of the wrong type, is refused rather than half read.

#include "core/ApiTypes.h"
#include "core/Timestamps.h"
#include "core/WebhookEvents.h"
#include "server/service/Views.h"

#include <QJsonArray>
#include <QJsonDocument>
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

WebhookRecord sampleWebhook()
{
    WebhookRecord w;
    w.id = QStringLiteral("whk_Q8r7S6t5U4v3W2x1");
    w.tenantId = QStringLiteral("ten_BBBBBBBBBBBBBBBB");
    w.url = QStringLiteral("https://hooks.example.com/keyward?x=1");
    w.events = {QStringLiteral("key.created"), QStringLiteral("key.revoked")};
    w.description = QStringLiteral("Alerts channel");
    w.enabled = false;
    w.secret = "sealed";
    w.createdBy = QStringLiteral("usr_CCCCCCCCCCCCCCCC");
    w.createdAt = Now - 2000;
    w.updatedAt = Now - 1000;
    return w;
}

// GET /v1/webhooks/{id}/deliveries as documented: a failed delivery retried, then a pending one never tried.
const char DeliveriesWire[] = R"({
  "deliveries": [
    {"id": "msg_2", "webhook_id": "whk_Q8r7S6t5U4v3W2x1", "event": "webhook.test", "status": "pending",
     "created_at": "2025-11-24T16:00:05Z", "attempt_count": 0, "next_attempt_at": "2025-11-24T16:00:05Z",
     "delivered_at": null, "attempts": []},
    {"id": "msg_1", "webhook_id": "whk_Q8r7S6t5U4v3W2x1", "event": "key.created", "status": "delivered",
     "created_at": "2025-11-24T15:00:00Z", "attempt_count": 2, "next_attempt_at": null,
     "delivered_at": "2025-11-24T15:00:31Z",
     "attempts": [
       {"attempted_at": "2025-11-24T15:00:31Z", "http_status": 204, "error": null, "latency_ms": 87,
        "next_retry_at": null},
       {"attempted_at": "2025-11-24T15:00:01Z", "http_status": null, "error": "Connection refused",
        "latency_ms": 3, "next_retry_at": "2025-11-24T15:00:31Z"}
     ]}
  ],
  "next_cursor": "c2"
})";
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
                QVERIFY(!key->leak.isReported());
                QCOMPARE(key->toJson(), wire);
            }
        }
        // A key reported leaked says so, and where it was found.
        KeyRecord record = sampleKey(true);
        record.revoked = true;
        record.leak.reportedAt = Now - 100;
        record.leak.url = QStringLiteral("https://github.com/acme/site/blob/main/.env");
        record.leak.source = QStringLiteral("commit");
        const QJsonObject wire = Views::key(record, Now);
        const std::optional<Api::Key> key = Api::Key::fromJson(wire);
        QVERIFY(key);
        QCOMPARE(key->status, KeyStatus::Leaked);
        QCOMPARE(key->leak.url, record.leak.url);
        QCOMPARE(key->leak.source, QStringLiteral("commit"));
        QCOMPARE(key->leak.reportedAt, record.leak.reportedAt - record.leak.reportedAt % 1000);
        QCOMPARE(key->toJson(), wire);
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

        TenantRecord t {u.tenantId, QStringLiteral("acme"), 90, Now - 9000, 0};
        t.expiryNoticeDays = {30, 7, 1};
        const std::optional<Api::Tenant> tenant = Api::Tenant::fromJson(Views::tenant(t, 30));
        QVERIFY(tenant);
        QCOMPARE(tenant->sessionChainDays, 30);
        QCOMPARE(tenant->expiryNoticeDays, (QList<int> {30, 7, 1}));
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

    void webhooksRoundTrip()
    {
        WebhookRecord record = sampleWebhook();
        for (const bool rotated : {false, true}) {
            record.previousSecretExpiresAt = rotated ? Now + 86400000 : 0;
            const QJsonObject wire = Views::webhook(record, Now);
            const std::optional<Api::Webhook> webhook = Api::Webhook::fromJson(wire);
            QVERIFY(webhook);
            QCOMPARE(webhook->id, record.id);
            QCOMPARE(webhook->events, record.events);
            QVERIFY(!webhook->enabled);
            QVERIFY(!webhook->hasAllEvents());
            QCOMPARE(webhook->previousSecretExpiresAt, record.previousSecretExpiresAt);
            QCOMPARE(webhook->toJson(), wire);
        }
        // Created and rotated: the webhook and its secret; without the secret it is no issued webhook.
        record.events = WebhookEvents::all();
        QJsonObject wire = Views::webhook(record, Now);
        wire.insert(QStringLiteral("secret"), QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw7ZnfV9jaD1c="));
        const std::optional<Api::IssuedWebhook> issued = Api::IssuedWebhook::fromJson(wire);
        QVERIFY(issued);
        QVERIFY(issued->webhook.hasAllEvents());
        QCOMPARE(issued->secret, QByteArray("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw7ZnfV9jaD1c="));
        QCOMPARE(issued->toJson(), wire);
        wire.remove(QStringLiteral("secret"));
        QVERIFY(!Api::IssuedWebhook::fromJson(wire));
        wire.insert(QStringLiteral("enabled"), QStringLiteral("yes"));
        QVERIFY(!Api::Webhook::fromJson(wire));
    }

    void webhookRequestsSayOnlyWhatIsSet()
    {
        Api::WebhookDraft draft;
        draft.url = QStringLiteral("https://hooks.example.com/");
        QCOMPARE(draft.toJson(), (QJsonObject {{QStringLiteral("url"), draft.url}})); // every event, no description
        draft.events = {QStringLiteral("key.leaked")};
        draft.description = QStringLiteral("pager");
        draft.enabled = false;
        QCOMPARE(draft.toJson(),
                 (QJsonObject {{QStringLiteral("url"), draft.url},
                               {QStringLiteral("events"), QJsonArray {QStringLiteral("key.leaked")}},
                               {QStringLiteral("description"), QStringLiteral("pager")},
                               {QStringLiteral("enabled"), false}}));
        Api::WebhookChanges changes;
        QVERIFY(changes.isEmpty());
        QCOMPARE(changes.toJson(), QJsonObject());
        changes.enabled = false;
        changes.description = QString();
        QVERIFY(!changes.isEmpty());
        QCOMPARE(changes.toJson(),
                 (QJsonObject {{QStringLiteral("enabled"), false}, {QStringLiteral("description"), QString()}}));
    }

    void webhookDeliveriesRead()
    {
        const QJsonObject wire = QJsonDocument::fromJson(DeliveriesWire).object();
        QVERIFY(!wire.isEmpty());
        const std::optional<Api::WebhookDeliveryPage> page = Api::WebhookDeliveryPage::fromJson(wire);
        QVERIFY(page);
        QCOMPARE(page->nextCursor, QStringLiteral("c2"));
        QCOMPARE(page->deliveries.size(), 2);
        const Api::WebhookDelivery& pending = page->deliveries.at(0);
        QCOMPARE(pending.status, Api::WebhookDelivery::Status::Pending);
        QCOMPARE(pending.event, QStringLiteral("webhook.test"));
        QVERIFY(pending.attempts.isEmpty());
        QCOMPARE(pending.deliveredAt, 0);
        QCOMPARE(pending.nextAttemptAt, *Timestamps::fromIso(QStringLiteral("2025-11-24T16:00:05Z")));
        const Api::WebhookDelivery& delivered = page->deliveries.at(1);
        QCOMPARE(delivered.status, Api::WebhookDelivery::Status::Delivered);
        QCOMPARE(delivered.attemptCount, 2);
        QCOMPARE(delivered.nextAttemptAt, 0);
        QCOMPARE(delivered.attempts.size(), 2);
        QCOMPARE(delivered.attempts.at(0).httpStatus, 204);
        QCOMPARE(delivered.attempts.at(0).latencyMs, 87);
        QVERIFY(delivered.attempts.at(0).error.isEmpty());
        QCOMPARE(delivered.attempts.at(1).httpStatus, 0); // no answer: the transport error says why
        QCOMPARE(delivered.attempts.at(1).error, QStringLiteral("Connection refused"));
        QCOMPARE(delivered.attempts.at(1).nextRetryAt, delivered.attempts.at(0).attemptedAt);
        // Written back as read.
        const QJsonArray deliveries = wire.value(QStringLiteral("deliveries")).toArray();
        QCOMPARE(pending.toJson(), deliveries.at(0).toObject());
        QCOMPARE(delivered.toJson(), deliveries.at(1).toObject());
        // The last page has no cursor.
        const std::optional<Api::WebhookDeliveryPage> last = Api::WebhookDeliveryPage::fromJson(
            {{QStringLiteral("deliveries"), QJsonArray {}}, {QStringLiteral("next_cursor"), QJsonValue()}});
        QVERIFY(last && last->deliveries.isEmpty() && last->nextCursor.isEmpty());
    }

    void webhookDeliveriesRoundTrip()
    {
        // As the server's view writes them: a pending redelivery after a failed attempt, and a delivered one.
        for (const bool delivered : {false, true}) {
            WebhookDelivery d;
            d.message.id = QStringLiteral("msg_AAAAAAAAAAAAAAAA");
            d.message.webhookId = QStringLiteral("whk_Q8r7S6t5U4v3W2x1");
            d.message.eventType = QStringLiteral("key.revoked");
            d.message.createdAt = Now - 60000;
            d.message.status
                = delivered ? WebhookMessageRecord::Status::Delivered : WebhookMessageRecord::Status::Pending;
            d.message.attemptCount = delivered ? 2 : 1;
            d.message.nextAttemptAt = delivered ? 0 : Now + 30000;
            d.message.deliveredAt = delivered ? Now : 0;
            WebhookAttemptRecord failed;
            failed.attemptedAt = Now - 30000;
            failed.error = QStringLiteral("Connection refused");
            failed.latencyMs = 2;
            failed.nextRetryAt = delivered ? Now : Now + 30000;
            if (delivered) {
                WebhookAttemptRecord ok;
                ok.attemptedAt = Now;
                ok.httpStatus = 204;
                ok.latencyMs = 41;
                d.attempts.append(ok);
            }
            d.attempts.append(failed);
            const QJsonObject wire = Views::webhookDelivery(d);
            const std::optional<Api::WebhookDelivery> delivery = Api::WebhookDelivery::fromJson(wire);
            QVERIFY(delivery);
            QCOMPARE(delivery->status,
                     delivered ? Api::WebhookDelivery::Status::Delivered : Api::WebhookDelivery::Status::Pending);
            QCOMPARE(delivery->attempts.size(), d.attempts.size());
            QCOMPARE(delivery->attempts.last().error, QStringLiteral("Connection refused"));
            QCOMPARE(delivery->attempts.last().httpStatus, 0);
            QCOMPARE(delivery->toJson(), wire);
        }
    }

    void malformedDeliveriesAreRefused_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("inAttempt");
        QTest::newRow("id missing") << "id" << QJsonValue(QJsonValue::Undefined) << false;
        QTest::newRow("unknown status") << "status" << QJsonValue(QStringLiteral("bounced")) << false;
        QTest::newRow("attempt count a string") << "attempt_count" << QJsonValue(QStringLiteral("2")) << false;
        QTest::newRow("created_at not ISO") << "created_at" << QJsonValue(QStringLiteral("now")) << false;
        QTest::newRow("attempts not a list") << "attempts" << QJsonValue(QStringLiteral("none")) << false;
        QTest::newRow("http status a string") << "http_status" << QJsonValue(QStringLiteral("204")) << true;
        QTest::newRow("latency missing") << "latency_ms" << QJsonValue(QJsonValue::Undefined) << true;
        QTest::newRow("error a number") << "error" << QJsonValue(7) << true;
    }
    void malformedDeliveriesAreRefused()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(bool, inAttempt);
        const QJsonObject page = QJsonDocument::fromJson(DeliveriesWire).object();
        QJsonObject delivery = page.value(QStringLiteral("deliveries")).toArray().at(1).toObject();
        QVERIFY(Api::WebhookDelivery::fromJson(delivery));
        const auto change = [&](QJsonObject& object) {
            if (value.isUndefined())
                object.remove(member);
            else
                object.insert(member, value);
        };
        if (inAttempt) {
            QJsonArray attempts = delivery.value(QStringLiteral("attempts")).toArray();
            QJsonObject attempt = attempts.at(1).toObject();
            change(attempt);
            attempts.replace(1, attempt);
            delivery.insert(QStringLiteral("attempts"), attempts);
        } else {
            change(delivery);
        }
        QVERIFY(!Api::WebhookDelivery::fromJson(delivery));
        QVERIFY(!Api::WebhookDeliveryPage::fromJson({{QStringLiteral("deliveries"), QJsonArray {delivery}}}));
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
