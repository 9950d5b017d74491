// Webhook delivery (issue 10) against a real keywardd and a real receiver (tests/support/WebhookReceiver, an HTTP
// server that verifies the Standard Webhooks signature itself with Qt's HMAC): every event type with its body and
// signature, retries with the same webhook-id after refusals until delivered or failed, nothing lost when keywardd
// is killed with SIGKILL while a delivery is under way, the secret rotation signing with both secrets, the delivery
// log, redelivery and test events, the expiry notices with the test clock across restarts, exactly once each, and
// the URL policy checked again at connect time after DNS.

#include "tests/support/TestServer.h"
#include "tests/support/WebhookReceiver.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyward::Test;

namespace {
constexpr qint64 DaySeconds = 24 * 60 * 60;
constexpr int DeliveryMs = 15000; // the deadline for a delivery the test waits for

QJsonObject bodyOf(const WebhookReceiver::Request& r)
{
    return QJsonDocument::fromJson(r.body).object();
}
QJsonObject dataOf(const WebhookReceiver::Request& r)
{
    return bodyOf(r).value(QStringLiteral("data")).toObject();
}
} // namespace

class TestWebhookDelivery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void everyKeyEventIsSignedAndCarriesTheKey();
    void aPasswordChangeThatRevokesKeysTellsOfEach();
    void subscriptionsAndDisabledWebhooks();
    void retriesKeepTheSameIdUntilTaken();
    void retriesRunOutAndTheMessageFails();
    void rotationSignsWithBothSecrets();
    void deliveryLogRedeliverAndTest();
    void whoMaySeeAndRedeliver();
    void nothingIsLostWhenKilledMidDelivery();
    void expiryNoticesExactlyOnceAcrossRestarts();
    void tenantThresholds();
    void connectTimeCheckRefusesANameThatResolvesInward();
    void theLogKeepsThirtyDays();
    void httpsReceiversAreVerifiedByName();

private:
    HttpClient& http() { return m_server.http(); }
    // A webhook on the receiver (all events unless given); the receiver learns its secret.
    QString createWebhook(const QJsonObject& more = {});
    QJsonArray deliveries(const QString& webhookId, const QByteArray& token = {});
    QJsonObject deliveryOf(const QString& webhookId, const QByteArray& messageId);
    // Waits until the receiver has `count` requests of this type.
    bool waitFor(const QByteArray& type, int count = 1, int ms = DeliveryMs);
    // A webhook.test sent after everything before it: when it arrives, the sender has polled (and scanned for expiry
    // notices) since the call.
    bool barrier(const QString& webhookId);
    void deleteAllWebhooks();
    void signIn();
    // Moves the server's clock (to a server time, or by some seconds) and signs in again: sessions last 15 minutes.
    void advanceTo(qint64 serverSeconds);
    void advance(qint64 seconds) { advanceTo(m_server.serverSeconds() + seconds); }

    WebhookReceiver m_receiver;
    TestServer m_server; // --webhook-allow-private: the receiver is on 127.0.0.1
    QByteArray m_token;
    QStringList m_secrets;
};

void TestWebhookDelivery::signIn()
{
    m_token = m_server.loginAdmin();
}

void TestWebhookDelivery::advanceTo(qint64 serverSeconds)
{
    m_server.advanceClock(serverSeconds - m_server.serverSeconds());
    signIn();
}

void TestWebhookDelivery::initTestCase()
{
    QVERIFY(m_receiver.listen());
    QVERIFY(m_server.start({QStringLiteral("--webhook-allow-private")}));
    signIn();
    QVERIFY(!m_token.isEmpty());
}

void TestWebhookDelivery::cleanupTestCase()
{
    // No signing secret ever reached the log.
    const QByteArray log = m_server.log();
    for (const QString& secret : std::as_const(m_secrets))
        QVERIFY2(!log.contains(secret.toLatin1()), "a webhook secret was logged");
    QVERIFY(m_server.stop());
}

void TestWebhookDelivery::init()
{
    deleteAllWebhooks();
    m_receiver.answer(200);
    m_receiver.reset();
}

void TestWebhookDelivery::deleteAllWebhooks()
{
    const HttpResponse list = http().get(QStringLiteral("v1/webhooks"), session(m_token));
    const QJsonArray webhooks = list.response().value(QStringLiteral("webhooks")).toArray();
    for (const QJsonValue& w : webhooks)
        http().del(QStringLiteral("v1/webhooks/") + w.toObject().value(QStringLiteral("id")).toString(),
                   session(m_token));
}

QString TestWebhookDelivery::createWebhook(const QJsonObject& more)
{
    QJsonObject body = more;
    if (!body.contains(QStringLiteral("url")))
        body.insert(QStringLiteral("url"), m_receiver.url().toString());
    const HttpResponse r = http().postJson(QStringLiteral("v1/webhooks"), body, session(m_token));
    if (r.status != 201) {
        qWarning() << "could not create a webhook" << r.status << r.body;
        return {};
    }
    const QString secret = r.response().value(QStringLiteral("secret")).toString();
    m_secrets.append(secret);
    m_receiver.setSecrets({secret});
    return r.response().value(QStringLiteral("id")).toString();
}

QJsonArray TestWebhookDelivery::deliveries(const QString& webhookId, const QByteArray& token)
{
    const HttpResponse r = http().get(QStringLiteral("v1/webhooks/%1/deliveries").arg(webhookId),
                                      session(token.isEmpty() ? m_token : token));
    return r.response().value(QStringLiteral("deliveries")).toArray();
}

QJsonObject TestWebhookDelivery::deliveryOf(const QString& webhookId, const QByteArray& messageId)
{
    const QJsonArray all = deliveries(webhookId);
    for (const QJsonValue& d : all) {
        if (d.toObject().value(QStringLiteral("id")).toString().toLatin1() == messageId)
            return d.toObject();
    }
    return {};
}

bool TestWebhookDelivery::waitFor(const QByteArray& type, int count, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (m_receiver.ofType(type).size() >= count)
            return true;
        QTest::qWait(20);
    }
    qWarning() << "waited in vain for" << count << type << "; received" << m_receiver.count();
    return false;
}

bool TestWebhookDelivery::barrier(const QString& webhookId)
{
    // Two in a row: the sender's poll that claims the second began after the first was sent, so it has run its
    // housekeeping (the expiry scan) after this call began.
    for (int round = 0; round < 2; ++round) {
        const int before = static_cast<int>(m_receiver.ofType("webhook.test").size());
        const HttpResponse r = http().post(QStringLiteral("v1/webhooks/%1/test").arg(webhookId), {}, session(m_token));
        if (r.status != 202 || !waitFor("webhook.test", before + 1))
            return false;
    }
    return true;
}

void TestWebhookDelivery::everyKeyEventIsSignedAndCarriesTheKey()
{
    const QString webhook = createWebhook();
    QVERIFY(!webhook.isEmpty());
    const QJsonObject created = m_server.createKey(
        m_token, {{QStringLiteral("name"), QStringLiteral("billing")}, {QStringLiteral("expires_in_days"), 30}});
    const QString keyId = created.value(QStringLiteral("id")).toString();
    const QString keySecret = created.value(QStringLiteral("secret")).toString();
    QVERIFY(!keyId.isEmpty());
    const QString keyPath = QStringLiteral("v1/api-keys/") + keyId;
    QCOMPARE(
        http().patchJson(keyPath, {{QStringLiteral("name"), QStringLiteral("billing-2")}}, session(m_token)).status,
        200);
    QCOMPARE(http().post(keyPath + QStringLiteral("/revoke"), {}, session(m_token)).status, 200);
    QCOMPARE(http().post(keyPath + QStringLiteral("/reactivate"), {}, session(m_token)).status, 200);
    const HttpResponse rotated = http().postJson(keyPath + QStringLiteral("/rotate"),
                                                 {{QStringLiteral("grace_seconds"), 60}}, session(m_token));
    QCOMPARE(rotated.status, 200);
    const QString rotatedSecret = rotated.response().value(QStringLiteral("secret")).toString();
    QCOMPARE(http().del(keyPath, session(m_token)).status, 200);
    const HttpResponse authKey
        = http().postJson(QStringLiteral("v1/me/auth-key"), {{QStringLiteral("grace_seconds"), 0}}, session(m_token));
    QCOMPARE(authKey.status, 201);
    const QString authSecret = authKey.response().value(QStringLiteral("secret")).toString();
    QCOMPARE(http().post(QStringLiteral("v1/webhooks/%1/test").arg(webhook), {}, session(m_token)).status, 202);

    const QList<QByteArray> types {"key.created", "key.updated", "key.revoked", "key.reactivated",
                                   "key.rotated", "key.deleted", "webhook.test"};
    for (const QByteArray& type : types)
        QVERIFY2(waitFor(type), type.constData());
    QVERIFY(waitFor("auth_key.generated"));

    const QList<WebhookReceiver::Request> all = m_receiver.requests();
    QSet<QByteArray> ids;
    const qint64 now = m_server.serverSeconds();
    for (const WebhookReceiver::Request& r : all) {
        // Signed with the webhook's secret (verified by the receiver, not by keywardd's code), fresh, and unique.
        QVERIFY2(r.verifiedBy == QList<int> {0}, r.type.constData());
        QVERIFY2(r.id.startsWith("msg_"), r.id.constData());
        QVERIFY(!ids.contains(r.id));
        ids.insert(r.id);
        QVERIFY(qAbs(r.timestamp - now) < 120);
        const QJsonObject body = bodyOf(r);
        QCOMPARE(body.keys(),
                 (QStringList {QStringLiteral("data"), QStringLiteral("timestamp"), QStringLiteral("type")}));
        QVERIFY(QDateTime::fromString(body.value(QStringLiteral("timestamp")).toString(), Qt::ISODate).isValid());
        // Never a secret: not the key's, not the rotated one, not the authentication key's.
        for (const QString& secret : {keySecret, rotatedSecret, authSecret})
            QVERIFY2(!r.body.contains(secret.toLatin1()), r.type.constData());
        QVERIFY(!dataOf(r).contains(QStringLiteral("secret")));
        // The message id the receiver saw is the one the delivery log shows, delivered with a 200.
        const QJsonObject logged = deliveryOf(webhook, r.id);
        QCOMPARE(logged.value(QStringLiteral("event")).toString().toLatin1(), r.type);
        QCOMPARE(logged.value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
        QCOMPARE(
            logged.value(QStringLiteral("attempts")).toArray().first().toObject().value(QStringLiteral("http_status")),
            QJsonValue(200));
    }
    // The key as GET shows it, with each event's own fields.
    const QJsonObject createdData = dataOf(m_receiver.ofType("key.created").first());
    QCOMPARE(createdData.value(QStringLiteral("id")).toString(), keyId);
    QCOMPARE(createdData.value(QStringLiteral("name")).toString(), QStringLiteral("billing"));
    QCOMPARE(createdData.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(createdData.value(QStringLiteral("expires_at")), created.value(QStringLiteral("expires_at")));
    const QJsonObject updated = dataOf(m_receiver.ofType("key.updated").first());
    QCOMPARE(updated.value(QStringLiteral("name")).toString(), QStringLiteral("billing-2"));
    QCOMPARE(updated.value(QStringLiteral("fields")).toArray(), QJsonArray {QStringLiteral("name")});
    QCOMPARE(dataOf(m_receiver.ofType("key.revoked").first()).value(QStringLiteral("status")).toString(),
             QStringLiteral("inactive"));
    QCOMPARE(dataOf(m_receiver.ofType("key.reactivated").first()).value(QStringLiteral("status")).toString(),
             QStringLiteral("active"));
    const QJsonObject rotation = dataOf(m_receiver.ofType("key.rotated").first());
    QCOMPARE(rotation.value(QStringLiteral("grace_seconds")).toInt(), 60);
    QVERIFY(!rotation.value(QStringLiteral("previous_valid_until")).isNull());
    QCOMPARE(dataOf(m_receiver.ofType("key.deleted").first()).value(QStringLiteral("id")).toString(), keyId);
    const QJsonObject auth = dataOf(m_receiver.ofType("auth_key.generated").first());
    QCOMPARE(auth.value(QStringLiteral("id")), authKey.response().value(QStringLiteral("id")));
    QCOMPARE(auth.value(QStringLiteral("replaced")).toBool(true), false);
    QCOMPARE(dataOf(m_receiver.ofType("webhook.test").first()).value(QStringLiteral("webhook_id")).toString(), webhook);
}

void TestWebhookDelivery::aPasswordChangeThatRevokesKeysTellsOfEach()
{
    const QString webhook = createWebhook({{QStringLiteral("events"), QJsonArray {QStringLiteral("key.revoked")}}});
    const QString email = QStringLiteral("changer-%1@acme.test").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(!m_server.createUser(m_token, email, QStringLiteral("user")).isEmpty());
    const QByteArray token = m_server.login(email, QStringLiteral("quiet-harbor-lamp-7"));
    QStringList keys;
    for (int i = 0; i < 3; ++i)
        keys.append(m_server
                        .createKey(token,
                                   {{QStringLiteral("name"), QStringLiteral("ci-%1").arg(i)},
                                    {QStringLiteral("expires_in_days"), 30}})
                        .value(QStringLiteral("id"))
                        .toString());
    const HttpResponse changed
        = http().postJson(QStringLiteral("v1/me/password"),
                          {{QStringLiteral("current_password"), QStringLiteral("quiet-harbor-lamp-7")},
                           {QStringLiteral("new_password"), QStringLiteral("correct-horse-battery-9")},
                           {QStringLiteral("revoke_keys"), true}},
                          session(token));
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.response().value(QStringLiteral("revoked_api_keys")).toInt(), 3);
    QVERIFY(waitFor("key.revoked", 3));
    QStringList told;
    for (const WebhookReceiver::Request& r : m_receiver.ofType("key.revoked")) {
        told.append(dataOf(r).value(QStringLiteral("id")).toString());
        QCOMPARE(dataOf(r).value(QStringLiteral("status")).toString(), QStringLiteral("inactive"));
    }
    told.sort();
    keys.sort();
    QCOMPARE(told, keys);
    QCOMPARE(deliveries(webhook).size(), 3);
}

void TestWebhookDelivery::subscriptionsAndDisabledWebhooks()
{
    const QString revokedOnly = createWebhook({{QStringLiteral("events"), QJsonArray {QStringLiteral("key.revoked")}}});
    QVERIFY(!revokedOnly.isEmpty());
    const QString key
        = m_server
              .createKey(m_token,
                         {{QStringLiteral("name"), QStringLiteral("sub")}, {QStringLiteral("expires_in_days"), 30}})
              .value(QStringLiteral("id"))
              .toString();
    QCOMPARE(http().post(QStringLiteral("v1/api-keys/%1/revoke").arg(key), {}, session(m_token)).status, 200);
    QVERIFY(waitFor("key.revoked"));
    QVERIFY(barrier(revokedOnly)); // a test goes to any webhook: after it, nothing else can still be on its way
    QCOMPARE(m_receiver.ofType("key.created").size(), 0);
    QCOMPARE(deliveries(revokedOnly).size(), 3); // the revocation and the barrier's two tests

    // Disabled: nothing is written for it; re-enabled: events flow again.
    QCOMPARE(http()
                 .patchJson(QStringLiteral("v1/webhooks/") + revokedOnly, {{QStringLiteral("enabled"), false}},
                            session(m_token))
                 .status,
             200);
    QCOMPARE(http().post(QStringLiteral("v1/api-keys/%1/reactivate").arg(key), {}, session(m_token)).status, 200);
    QCOMPARE(http().post(QStringLiteral("v1/api-keys/%1/revoke").arg(key), {}, session(m_token)).status, 200);
    const HttpResponse test = http().post(QStringLiteral("v1/webhooks/%1/test").arg(revokedOnly), {}, session(m_token));
    QCOMPARE(test.status, 409);
    QCOMPARE(test.errorCode(), QStringLiteral("WEBHOOK_DISABLED"));
    QCOMPARE(deliveries(revokedOnly).size(), 3);
    QCOMPARE(http()
                 .patchJson(QStringLiteral("v1/webhooks/") + revokedOnly, {{QStringLiteral("enabled"), true}},
                            session(m_token))
                 .status,
             200);
    QCOMPARE(http().post(QStringLiteral("v1/api-keys/%1/reactivate").arg(key), {}, session(m_token)).status, 200);
    QCOMPARE(http().post(QStringLiteral("v1/api-keys/%1/revoke").arg(key), {}, session(m_token)).status, 200);
    QVERIFY(waitFor("key.revoked", 2));
    QVERIFY(barrier(revokedOnly));
    QCOMPARE(m_receiver.ofType("key.revoked").size(), 2);
}

void TestWebhookDelivery::retriesKeepTheSameIdUntilTaken()
{
    const QString webhook = createWebhook({{QStringLiteral("events"), QJsonArray {QStringLiteral("webhook.test")}}});
    m_receiver.answer(503, 2); // refused twice, then taken
    QCOMPARE(http().post(QStringLiteral("v1/webhooks/%1/test").arg(webhook), {}, session(m_token)).status, 202);
    QVERIFY(waitFor("webhook.test", 1));
    // The first retry is due 5 s later, the second 30 s after that: the test clock moves instead of waiting.
    QTRY_COMPARE_WITH_TIMEOUT(deliveries(webhook).first().toObject().value(QStringLiteral("attempt_count")).toInt(), 1,
                              DeliveryMs);
    const QJsonObject afterFirst = deliveries(webhook).first().toObject();
    QCOMPARE(afterFirst.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    const QJsonObject firstAttempt = afterFirst.value(QStringLiteral("attempts")).toArray().first().toObject();
    QCOMPARE(firstAttempt.value(QStringLiteral("http_status")), QJsonValue(503));
    QCOMPARE(firstAttempt.value(QStringLiteral("error")).toString(), QStringLiteral("HTTP 503"));
    const qint64 retryIn
        = QDateTime::fromString(firstAttempt.value(QStringLiteral("next_retry_at")).toString(), Qt::ISODate)
              .toSecsSinceEpoch()
        - QDateTime::fromString(firstAttempt.value(QStringLiteral("attempted_at")).toString(), Qt::ISODate)
              .toSecsSinceEpoch();
    QVERIFY2(retryIn >= 4 && retryIn <= 6, QByteArray::number(retryIn).constData());
    advance(6);
    QVERIFY(waitFor("webhook.test", 2));
    QTRY_COMPARE_WITH_TIMEOUT(deliveries(webhook).first().toObject().value(QStringLiteral("attempt_count")).toInt(), 2,
                              DeliveryMs);
    advance(31);
    QVERIFY(waitFor("webhook.test", 3));
    QTRY_COMPARE_WITH_TIMEOUT(deliveries(webhook).first().toObject().value(QStringLiteral("status")).toString(),
                              QStringLiteral("delivered"), DeliveryMs);

    const QList<WebhookReceiver::Request> got = m_receiver.ofType("webhook.test");
    QCOMPARE(got.size(), 3);
    for (const WebhookReceiver::Request& r : got) {
        QCOMPARE(r.id, got.first().id); // the same message on every attempt
        QCOMPARE(r.body, got.first().body);
        QCOMPARE(r.verifiedBy, QList<int> {0});
    }
    const QJsonArray attempts = deliveries(webhook).first().toObject().value(QStringLiteral("attempts")).toArray();
    QCOMPARE(attempts.size(), 3);
    QCOMPARE(attempts.at(0).toObject().value(QStringLiteral("http_status")), QJsonValue(200)); // newest first
    QCOMPARE(attempts.at(1).toObject().value(QStringLiteral("http_status")), QJsonValue(503));
    QCOMPARE(attempts.at(2).toObject().value(QStringLiteral("http_status")), QJsonValue(503));
    QVERIFY(attempts.at(0).toObject().value(QStringLiteral("next_retry_at")).isNull());
}

void TestWebhookDelivery::retriesRunOutAndTheMessageFails()
{
    const QString webhook = createWebhook({{QStringLiteral("events"), QJsonArray {QStringLiteral("webhook.test")}}});
    m_receiver.answer(500);
    QCOMPARE(http().post(QStringLiteral("v1/webhooks/%1/test").arg(webhook), {}, session(m_token)).status, 202);
    // The schedule: the attempt, then 11 retries over about 32 hours; each wait is skipped with the test clock.
    qint64 waited = 0;
    for (int attempt = 1; attempt <= 12; ++attempt) {
        QVERIFY2(waitFor("webhook.test", attempt), QByteArray::number(attempt).constData());
        QTRY_COMPARE_WITH_TIMEOUT(deliveries(webhook).first().toObject().value(QStringLiteral("attempt_count")).toInt(),
                                  attempt, DeliveryMs);
        const QJsonObject d = deliveries(webhook).first().toObject();
        if (attempt == 12) {
            QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
            QVERIFY(d.value(QStringLiteral("next_attempt_at")).isNull());
            break;
        }
        QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        const qint64 due = QDateTime::fromString(d.value(QStringLiteral("next_attempt_at")).toString(), Qt::ISODate)
                               .toSecsSinceEpoch();
        const qint64 step = due - m_server.serverSeconds() + 1;
        waited += step;
        advance(step);
    }
    QVERIFY2(waited >= DaySeconds, QByteArray::number(waited).constData()); // retried for at least 24 h
}

void TestWebhookDelivery::rotationSignsWithBothSecrets()
{
    const QString webhook = createWebhook({{QStringLiteral("events"), QJsonArray {QStringLiteral("webhook.test")}}});
    const QString oldSecret = m_secrets.last();
    const HttpResponse rotated
        = http().post(QStringLiteral("v1/webhooks/%1/rotate-secret").arg(webhook), {}, session(m_token));
    QCOMPARE(rotated.status, 200);
    const QString newSecret = rotated.response().value(QStringLiteral("secret")).toString();
    m_secrets.append(newSecret);
    m_receiver.setSecrets({oldSecret, newSecret});
    QVERIFY(barrier(webhook));
    const WebhookReceiver::Request during = m_receiver.ofType("webhook.test").last();
    QCOMPARE(during.verifiedBy, (QList<int> {0, 1})); // either secret verifies
    QCOMPARE(during.signatureHeader.count(' '), 1);
    // After the 24 h overlap only the new secret signs.
    advance(DaySeconds + 60);
    QVERIFY(barrier(webhook));
    QCOMPARE(m_receiver.ofType("webhook.test").last().verifiedBy, QList<int> {1});
}

void TestWebhookDelivery::deliveryLogRedeliverAndTest()
{
    signIn();
    const QString webhook = createWebhook({{QStringLiteral("events"), QJsonArray {QStringLiteral("webhook.test")}}});
    QVERIFY(barrier(webhook)); // two test events
    // Paging: newest first, one per page, the cursor leading on.
    const HttpResponse first
        = http().get(QStringLiteral("v1/webhooks/%1/deliveries?limit=1").arg(webhook), session(m_token));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.response().value(QStringLiteral("deliveries")).toArray().size(), 1);
    const QString cursor = first.response().value(QStringLiteral("next_cursor")).toString();
    QVERIFY(!cursor.isEmpty());
    const HttpResponse second = http().get(
        QStringLiteral("v1/webhooks/%1/deliveries?limit=1&cursor=%2").arg(webhook, cursor), session(m_token));
    QCOMPARE(second.status, 200);
    const QString firstId = first.response()
                                .value(QStringLiteral("deliveries"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toString();
    const QString secondId = second.response()
                                 .value(QStringLiteral("deliveries"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toString();
    QVERIFY(firstId != secondId);
    QCOMPARE(http().get(QStringLiteral("v1/webhooks/%1/deliveries?limit=0").arg(webhook), session(m_token)).status,
             400);
    QCOMPARE(
        http().get(QStringLiteral("v1/webhooks/%1/deliveries?cursor=nonsense").arg(webhook), session(m_token)).status,
        400);

    // Redelivery: the same message (id and body) goes out again.
    const WebhookReceiver::Request original = m_receiver.ofType("webhook.test").first();
    const HttpResponse again = http().post(
        QStringLiteral("v1/webhooks/%1/deliveries/%2/redeliver").arg(webhook, QString::fromLatin1(original.id)), {},
        session(m_token));
    QCOMPARE(again.status, 202);
    QCOMPARE(again.response().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QVERIFY(waitFor("webhook.test", 3));
    const WebhookReceiver::Request resent = m_receiver.ofType("webhook.test").last();
    QCOMPARE(resent.id, original.id);
    QCOMPARE(resent.body, original.body);
    QTRY_COMPARE_WITH_TIMEOUT(deliveryOf(webhook, original.id).value(QStringLiteral("attempt_count")).toInt(), 2,
                              DeliveryMs);
    QCOMPARE(http()
                 .post(QStringLiteral("v1/webhooks/%1/deliveries/msg_nonexistent00000/redeliver").arg(webhook), {},
                       session(m_token))
                 .status,
             404);
    // Audited.
    const HttpResponse audit = http().get(QStringLiteral("v1/audit?action=webhook.redelivered"), session(m_token));
    QCOMPARE(audit.status, 200);
    QVERIFY(QJsonDocument(audit.json).toJson().contains(original.id));
}

void TestWebhookDelivery::whoMaySeeAndRedeliver()
{
    const QString webhook = createWebhook({{QStringLiteral("events"), QJsonArray {QStringLiteral("webhook.test")}}});
    QVERIFY(barrier(webhook));
    const QByteArray messageId = m_receiver.ofType("webhook.test").last().id;
    const QString email = QStringLiteral("support-%1@acme.test").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(!m_server.createUser(m_token, email, QStringLiteral("support")).isEmpty());
    const QByteArray support = m_server.login(email, QStringLiteral("quiet-harbor-lamp-7"));
    QVERIFY(!support.isEmpty());
    QCOMPARE(deliveries(webhook, support).size(), 2); // support reads the log (the barrier's two tests)
    QCOMPARE(
        http()
            .post(QStringLiteral("v1/webhooks/%1/deliveries/%2/redeliver").arg(webhook, QString::fromLatin1(messageId)),
                  {}, session(support))
            .status,
        403);
    QCOMPARE(http().post(QStringLiteral("v1/webhooks/%1/test").arg(webhook), {}, session(support)).status, 403);
    const QString userEmail = QStringLiteral("user-%1@acme.test").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(!m_server.createUser(m_token, userEmail, QStringLiteral("user")).isEmpty());
    const QByteArray user = m_server.login(userEmail, QStringLiteral("quiet-harbor-lamp-7"));
    QCOMPARE(http().get(QStringLiteral("v1/webhooks/%1/deliveries").arg(webhook), session(user)).status, 403);
    // Another tenant's admin: no such webhook.
    const qint64 stamp = QDateTime::currentMSecsSinceEpoch();
    const QString boss = QStringLiteral("boss-%1@other.test").arg(stamp);
    QByteArray out;
    QCOMPARE(m_server.runCommand({QStringLiteral("tenant"), QStringLiteral("add"),
                                  QStringLiteral("other-%1").arg(stamp), QStringLiteral("--admin-email"), boss},
                                 QByteArray("other-password-12\n"), &out),
             0);
    const QByteArray other = m_server.login(boss, QStringLiteral("other-password-12"));
    QVERIFY2(!other.isEmpty(), out.constData());
    QCOMPARE(http().get(QStringLiteral("v1/webhooks/%1/deliveries").arg(webhook), session(other)).status, 404);
    QCOMPARE(
        http()
            .post(QStringLiteral("v1/webhooks/%1/deliveries/%2/redeliver").arg(webhook, QString::fromLatin1(messageId)),
                  {}, session(other))
            .status,
        404);
}

void TestWebhookDelivery::nothingIsLostWhenKilledMidDelivery()
{
    const QString webhook = createWebhook();
    m_receiver.hold(); // takes the request and never answers: the delivery is under way when keywardd dies
    const QString key
        = m_server
              .createKey(m_token,
                         {{QStringLiteral("name"), QStringLiteral("crash")}, {QStringLiteral("expires_in_days"), 30}})
              .value(QStringLiteral("id"))
              .toString();
    QVERIFY(waitFor("key.created"));
    const QByteArray inFlight = m_receiver.ofType("key.created").first().id;
    const qint64 killedAt = m_server.serverSeconds(); // the restarted server's test clock starts from zero again
    QVERIFY(m_server.kill());

    // Back up with a receiver that answers: the message is sent again, with the same id, once its lease ends.
    m_receiver.answer(200);
    QVERIFY(m_server.start({QStringLiteral("--webhook-allow-private")}));
    advanceTo(killedAt + 61);
    QVERIFY(waitFor("key.created", 2));
    QCOMPARE(m_receiver.ofType("key.created").last().id, inFlight);
    QTRY_COMPARE_WITH_TIMEOUT(deliveryOf(webhook, inFlight).value(QStringLiteral("status")).toString(),
                              QStringLiteral("delivered"), DeliveryMs);
    QCOMPARE(dataOf(m_receiver.ofType("key.created").last()).value(QStringLiteral("id")).toString(), key);

    // A change whose delivery had not even begun (the receiver down) when keywardd died: sent after the restart.
    m_receiver.answer(503);
    QCOMPARE(http().post(QStringLiteral("v1/api-keys/%1/revoke").arg(key), {}, session(m_token)).status, 200);
    QVERIFY(waitFor("key.revoked"));
    const qint64 secondKill = m_server.serverSeconds();
    QVERIFY(m_server.kill());
    m_receiver.answer(200);
    QVERIFY(m_server.start({QStringLiteral("--webhook-allow-private")}));
    // Past the lease (the attempt may not have been recorded before the kill) and so past the first retry's 5 s.
    advanceTo(secondKill + 61);
    QVERIFY(waitFor("key.revoked", 2));
    const QList<WebhookReceiver::Request> revoked = m_receiver.ofType("key.revoked");
    QCOMPARE(revoked.last().id, revoked.first().id);
    QCOMPARE(revoked.last().verifiedBy, QList<int> {0});
}

void TestWebhookDelivery::expiryNoticesExactlyOnceAcrossRestarts()
{
    const QString webhook = createWebhook(
        {{QStringLiteral("events"),
          QJsonArray {QStringLiteral("key.expiring"), QStringLiteral("key.expired"), QStringLiteral("webhook.test")}}});
    // Expires in 40 days: the 30, 7 and 1 day thresholds are all ahead of it. A 5-day key beside it has only the
    // 1-day threshold ahead (the others were behind when it was made).
    const qint64 start = m_server.serverSeconds();
    const QString expiresAt = QDateTime::fromSecsSinceEpoch(start + 40 * DaySeconds, Qt::UTC).toString(Qt::ISODate);
    const QString key = m_server
                            .createKey(m_token,
                                       {{QStringLiteral("name"), QStringLiteral("lapsing")},
                                        {QStringLiteral("expires_at"), expiresAt}})
                            .value(QStringLiteral("id"))
                            .toString();
    const QString shortKey
        = m_server
              .createKey(m_token,
                         {{QStringLiteral("name"), QStringLiteral("short")},
                          {QStringLiteral("expires_at"),
                           QDateTime::fromSecsSinceEpoch(start + 5 * DaySeconds, Qt::UTC).toString(Qt::ISODate)}})
              .value(QStringLiteral("id"))
              .toString();
    // A 7-day key (a preset): the 7-day threshold is where it starts, not one it crosses.
    const QString weekKey
        = m_server
              .createKey(m_token,
                         {{QStringLiteral("name"), QStringLiteral("week")}, {QStringLiteral("expires_in_days"), 7}})
              .value(QStringLiteral("id"))
              .toString();
    QVERIFY(!key.isEmpty() && !shortKey.isEmpty() && !weekKey.isEmpty());
    // Other tests' keys lapse as the clock moves too: each check looks at one key's notices.
    auto latestOf = [this](const QString& id, const QByteArray& type) {
        QJsonObject latest;
        for (const WebhookReceiver::Request& r : m_receiver.ofType(type)) {
            if (dataOf(r).value(QStringLiteral("id")).toString() == id)
                latest = dataOf(r);
        }
        return latest;
    };
    auto noticesOf = [this](const QString& id, const QByteArray& type) {
        QList<int> thresholds;
        for (const WebhookReceiver::Request& r : m_receiver.ofType(type)) {
            if (dataOf(r).value(QStringLiteral("id")).toString() == id)
                thresholds.append(dataOf(r).value(QStringLiteral("threshold_days")).toInt());
        }
        return thresholds;
    };
    // Relative to the start (a restarted server's test clock starts from zero again: advanceTo makes up for it).
    auto moveTo = [&](qint64 sinceStart) { advanceTo(start + sinceStart); };

    // 10 days on: the 30-day threshold is crossed: one notice.
    moveTo(10 * DaySeconds + 60);
    QVERIFY(barrier(webhook));
    QCOMPARE(noticesOf(key, "key.expiring"), QList<int> {30});
    const QJsonObject notice = latestOf(key, "key.expiring");
    QCOMPARE(notice.value(QStringLiteral("days_left")).toInt(), 30);
    QCOMPARE(notice.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    // The 5-day key crossed its one threshold ahead (1 day) and lapsed on the way: once each, in that order.
    QCOMPARE(noticesOf(shortKey, "key.expiring"), QList<int> {1});
    QCOMPARE(noticesOf(shortKey, "key.expired").size(), 1);
    QCOMPARE(noticesOf(weekKey, "key.expiring"), QList<int> {1});
    QCOMPARE(noticesOf(weekKey, "key.expired").size(), 1);

    // Stopped, then started again 23 days later: the 7-day threshold passed while it was down.
    QVERIFY(m_server.stop());
    QVERIFY(m_server.start({QStringLiteral("--webhook-allow-private")}));
    moveTo(33 * DaySeconds + 60);
    QVERIFY(barrier(webhook));
    QCOMPARE(noticesOf(key, "key.expiring"), (QList<int> {30, 7}));
    QCOMPARE(latestOf(key, "key.expiring").value(QStringLiteral("days_left")).toInt(), 7);

    // Killed, and back after the key lapsed: the 1-day notice and the expiry, once each.
    QVERIFY(m_server.kill());
    QVERIFY(m_server.start({QStringLiteral("--webhook-allow-private")}));
    moveTo(41 * DaySeconds);
    QVERIFY(barrier(webhook));
    QCOMPARE(noticesOf(key, "key.expiring"), (QList<int> {30, 7, 1}));
    QCOMPARE(noticesOf(key, "key.expired").size(), 1);
    // Nothing more however often it scans.
    moveTo(41 * DaySeconds + 120);
    QVERIFY(barrier(webhook));
    QCOMPARE(noticesOf(key, "key.expiring"), (QList<int> {30, 7, 1}));
    QCOMPARE(noticesOf(key, "key.expired").size(), 1);
    QCOMPARE(noticesOf(shortKey, "key.expired").size(), 1);
    // The receiver verified every one of them.
    for (const WebhookReceiver::Request& r : m_receiver.requests())
        QCOMPARE(r.verifiedBy, QList<int> {0});
}

void TestWebhookDelivery::tenantThresholds()
{
    signIn();
    // Bad thresholds: a 400 on the field, nothing changed.
    const QList<QJsonArray> bad {QJsonArray {0}, QJsonArray {366}, QJsonArray {7, 7}, QJsonArray {1, 2, 3, 4, 5, 6},
                                 QJsonArray {QStringLiteral("7")}};
    for (const QJsonArray& days : bad) {
        const HttpResponse r = http().patchJson(QStringLiteral("v1/tenant"),
                                                {{QStringLiteral("expiry_notice_days"), days}}, session(m_token));
        QCOMPARE(r.status, 400);
    }
    QCOMPARE(http()
                 .get(QStringLiteral("v1/tenant"), session(m_token))
                 .response()
                 .value(QStringLiteral("expiry_notice_days")),
             QJsonValue(QJsonArray {30, 7, 1}));
    const HttpResponse set = http().patchJson(
        QStringLiteral("v1/tenant"), {{QStringLiteral("expiry_notice_days"), QJsonArray {3, 14}}}, session(m_token));
    QCOMPARE(set.status, 200);
    QCOMPARE(set.response().value(QStringLiteral("expiry_notice_days")), QJsonValue(QJsonArray {14, 3}));

    const QString webhook = createWebhook(
        {{QStringLiteral("events"), QJsonArray {QStringLiteral("key.expiring"), QStringLiteral("webhook.test")}}});
    const QString key = m_server
                            .createKey(m_token,
                                       {{QStringLiteral("name"), QStringLiteral("fortnight")},
                                        {QStringLiteral("expires_in_days"), 30}})
                            .value(QStringLiteral("id"))
                            .toString();
    advance(16 * DaySeconds + 60); // 14 days left
    QVERIFY(barrier(webhook));
    QList<int> thresholds;
    for (const WebhookReceiver::Request& r : m_receiver.ofType("key.expiring")) {
        if (dataOf(r).value(QStringLiteral("id")).toString() == key) // other tests' keys lapse as the clock moves
            thresholds.append(dataOf(r).value(QStringLiteral("threshold_days")).toInt());
    }
    QCOMPARE(thresholds, QList<int> {14});
    QCOMPARE(http()
                 .patchJson(QStringLiteral("v1/tenant"),
                            {{QStringLiteral("expiry_notice_days"), QJsonArray {30, 7, 1}}}, session(m_token))
                 .status,
             200);
    signIn();
}

void TestWebhookDelivery::connectTimeCheckRefusesANameThatResolvesInward()
{
    // A name that is not local by its spelling but resolves inward (loopback, or the machine's own private
    // address): accepted when given, refused when the sender has resolved it.
    QString inward;
    for (const QString& candidate :
         {QStringLiteral("ip6-localhost"), QStringLiteral("ip6-loopback"), QHostInfo::localHostName()}) {
        const QHostInfo info = QHostInfo::fromName(candidate);
        if (info.error() == QHostInfo::NoError && !info.addresses().isEmpty()) {
            inward = candidate;
            break;
        }
    }
    QVERIFY2(!inward.isEmpty(), "no name on this machine resolves locally (ip6-localhost, the host name)");

    TestServer strict; // the URL policy as in production
    QVERIFY(strict.start());
    const QByteArray token = strict.loginAdmin();
    const QString url = QStringLiteral("https://%1:%2/hooks").arg(inward).arg(m_receiver.port());
    const HttpResponse created
        = strict.http().postJson(QStringLiteral("v1/webhooks"), {{QStringLiteral("url"), url}}, session(token));
    QCOMPARE(created.status, 201);
    const QString webhook = created.response().value(QStringLiteral("id")).toString();
    const int connectionsBefore = m_receiver.connections();
    QCOMPARE(strict.http().post(QStringLiteral("v1/webhooks/%1/test").arg(webhook), {}, session(token)).status, 202);
    auto firstAttempt = [&] {
        const QJsonArray list = strict.http()
                                    .get(QStringLiteral("v1/webhooks/%1/deliveries").arg(webhook), session(token))
                                    .response()
                                    .value(QStringLiteral("deliveries"))
                                    .toArray();
        const QJsonArray attempts = list.first().toObject().value(QStringLiteral("attempts")).toArray();
        return attempts.isEmpty() ? QJsonObject() : attempts.first().toObject();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!firstAttempt().isEmpty(), DeliveryMs);
    const QJsonObject attempt = firstAttempt();
    const QString error = attempt.value(QStringLiteral("error")).toString();
    QVERIFY2(error.startsWith(QStringLiteral("refused: %1 resolves to").arg(inward)), qPrintable(error));
    QVERIFY(attempt.value(QStringLiteral("http_status")).isNull());
    QCOMPARE(m_receiver.connections(), connectionsBefore); // nothing reached the address
    QVERIFY(strict.stop());
}

void TestWebhookDelivery::theLogKeepsThirtyDays()
{
    const QString webhook = createWebhook({{QStringLiteral("events"), QJsonArray {QStringLiteral("webhook.test")}}});
    QVERIFY(barrier(webhook));
    QCOMPARE(deliveries(webhook).size(), 2);
    advance(29 * DaySeconds);
    QVERIFY(barrier(webhook));
    QCOMPARE(deliveries(webhook).size(), 4); // 29 days old: kept
    advance(2 * DaySeconds);
    QVERIFY(barrier(webhook));
    // The first two are now 31 days old and gone; the rest stay.
    const QJsonArray left = deliveries(webhook);
    QCOMPARE(left.size(), 4);
    const qint64 now = m_server.serverSeconds();
    for (const QJsonValue& d : left) {
        const qint64 created
            = QDateTime::fromString(d.toObject().value(QStringLiteral("created_at")).toString(), Qt::ISODate)
                  .toSecsSinceEpoch();
        QVERIFY(created > now - 30 * DaySeconds);
    }
}

void TestWebhookDelivery::httpsReceiversAreVerifiedByName()
{
    // A receiver with a certificate for "localhost" from a CA keywardd does not know by itself.
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("receiver.pem"));
    const QString key = dir.filePath(QStringLiteral("receiver.key"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), cert});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    WebhookReceiver tls;
    QVERIFY(tls.listenTls(cert, key, QStringLiteral("localhost")));

    const auto attemptsOf = [](TestServer& server, const QByteArray& token, const QString& webhook) {
        const QJsonArray list = server.http()
                                    .get(QStringLiteral("v1/webhooks/%1/deliveries").arg(webhook), session(token))
                                    .response()
                                    .value(QStringLiteral("deliveries"))
                                    .toArray();
        return list.isEmpty() ? QJsonArray() : list.first().toObject().value(QStringLiteral("attempts")).toArray();
    };
    const auto hookOn = [&](TestServer& server, const QByteArray& token, const QString& url) {
        const HttpResponse r = server.http().postJson(
            QStringLiteral("v1/webhooks"),
            {{QStringLiteral("url"), url}, {QStringLiteral("events"), QJsonArray {QStringLiteral("webhook.test")}}},
            session(token));
        if (r.status != 201)
            return QString();
        tls.setSecrets({r.response().value(QStringLiteral("secret")).toString()});
        const QString id = r.response().value(QStringLiteral("id")).toString();
        return server.http().post(QStringLiteral("v1/webhooks/%1/test").arg(id), {}, session(token)).status == 202
            ? id
            : QString();
    };

    // Trusted (--webhook-ca-file): delivered over TLS to the address checked, the certificate verified for the name.
    TestServer trusting;
    QVERIFY(trusting.start({QStringLiteral("--webhook-allow-private"), QStringLiteral("--webhook-ca-file"), cert}));
    const QByteArray token = trusting.loginAdmin();
    const QString byName = hookOn(trusting, token, tls.url().toString());
    QVERIFY(!byName.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!attemptsOf(trusting, token, byName).isEmpty(), DeliveryMs);
    QVERIFY2(tls.count() == 1,
             (QJsonDocument(attemptsOf(trusting, token, byName)).toJson() + " connections "
              + QByteArray::number(tls.connections()) + " handshakes " + QByteArray::number(tls.handshakes()))
                 .constData());
    const WebhookReceiver::Request got = tls.requests().first();
    QCOMPARE(got.verifiedBy, QList<int> {0});
    QCOMPARE(got.host, QByteArray("localhost:") + QByteArray::number(tls.port()));
    QTRY_COMPARE_WITH_TIMEOUT(attemptsOf(trusting, token, byName).size(), 1, DeliveryMs);
    QCOMPARE(attemptsOf(trusting, token, byName).first().toObject().value(QStringLiteral("http_status")),
             QJsonValue(200));

    // The same receiver by address: its certificate does not name 127.0.0.1, so nothing is sent.
    const QString byAddress = hookOn(trusting, token, QStringLiteral("https://127.0.0.1:%1/hooks").arg(tls.port()));
    QVERIFY(!byAddress.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(attemptsOf(trusting, token, byAddress).size(), 1, DeliveryMs);
    const QJsonObject mismatch = attemptsOf(trusting, token, byAddress).first().toObject();
    QVERIFY(mismatch.value(QStringLiteral("http_status")).isNull());
    QVERIFY2(!mismatch.value(QStringLiteral("error")).toString().isEmpty(), "a TLS failure names itself");
    QCOMPARE(tls.count(), 1);
    QVERIFY(trusting.stop());

    // Not trusted (no --webhook-ca-file): refused at the handshake, nothing sent.
    TestServer plain;
    QVERIFY(plain.start({QStringLiteral("--webhook-allow-private")}));
    const QByteArray plainToken = plain.loginAdmin();
    const QString untrusted = hookOn(plain, plainToken, tls.url().toString());
    QVERIFY(!untrusted.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(attemptsOf(plain, plainToken, untrusted).size(), 1, DeliveryMs);
    const QJsonObject refused = attemptsOf(plain, plainToken, untrusted).first().toObject();
    QVERIFY(refused.value(QStringLiteral("http_status")).isNull());
    QVERIFY2(!refused.value(QStringLiteral("error")).toString().isEmpty(), "a TLS failure names itself");
    QCOMPARE(tls.count(), 1);
    QVERIFY(plain.stop());
}

QTEST_MAIN(TestWebhookDelivery)
#include "tst_webhook_delivery.moc"
