// GitHub secret scanning (issue 10) against a real keywardd: a report signed with GitHub's key (ECDSA P-256 over the
// raw body; the test makes its own key pairs with the openssl command line and writes GitHub's public-keys document)
// revokes the live keys it names and marks them leaked, in one transaction with the key.leaked webhook event; the
// feedback is GitHub's array; junk, revoked and unknown tokens change nothing; forged, unknown and missing
// signatures are 401 and change nothing; malformed bodies are 400; a server without --github-scanning-keys answers
// 404 and a bad keys file stops keywardd from starting; no token ever reaches the log.

#include "core/KeySecret.h"
#include "tests/support/TestServer.h"
#include "tests/support/WebhookReceiver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Test;

namespace {
constexpr char CurrentKeyId[] = "90a421169f0a406205f1563a953312f0be898d3c7b6c06b681aa86a874555f4a";
constexpr char PreviousKeyId[] = "bcb53661c06b4728e59d897fb6165d5c9cda0fd9cdf9d09ead458168deb7518c";
constexpr char Path[] = "v1/secret-scanning/github";
constexpr char LeakUrl[] = "https://github.com/octo-org/octo-repo/blob/7b1c0f2/config/settings.yml";
constexpr char Reporter[] = "GitHub secret scanning";

// Runs the openssl command line; false (with its output as a warning) when it fails.
bool openssl(const QStringList& arguments, const QByteArray& input = {}, QByteArray* output = nullptr)
{
    QProcess process;
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForStarted(10000))
        return false;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    const QByteArray out = process.readAllStandardOutput();
    if (output)
        *output = out;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning() << "openssl" << arguments << "failed:" << process.readAllStandardError();
        return false;
    }
    return true;
}

QString sha256Hex(const QByteArray& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

QJsonObject item(const QByteArray& token, const QString& source = QStringLiteral("content"))
{
    return {{QStringLiteral("token"), QString::fromLatin1(token)},
            {QStringLiteral("type"), QStringLiteral("keyward_api_key")},
            {QStringLiteral("url"), QLatin1String(LeakUrl)},
            {QStringLiteral("source"), source}};
}

QByteArray reportOf(const QList<QByteArray>& tokens)
{
    QJsonArray items;
    for (const QByteArray& token : tokens)
        items.append(item(token));
    return QJsonDocument(items).toJson(QJsonDocument::Compact);
}

QString labelOf(const QJsonArray& feedback, int i)
{
    return feedback.at(i).toObject().value(QStringLiteral("label")).toString();
}
} // namespace

class TestSecretScanning : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void liveKeyIsRevokedAsLeaked();
    void rotatedOutSecretInGraceIsLive();
    void falsePositivesChangeNothing();
    void authenticationKeyIsDeleted();
    void signedWithThePreviousGithubKey();
    void refusedSignatures_data();
    void refusedSignatures();
    void malformedBodies_data();
    void malformedBodies();
    void notConfiguredAnswers404();
    void badKeysFileRefusesToStart_data();
    void badKeysFileRefusesToStart();

private:
    HttpClient& http() { return m_server.http(); }
    // A new key of the admin's, its full creation answer (with "secret"), remembered as a token never to be logged.
    QJsonObject createKey(const QString& name);
    QByteArray secretOf(const QJsonObject& key);
    // The body signed with `pem` (a private key file), base64 of the DER signature.
    QByteArray sign(const QString& pem, const QByteArray& body);
    HttpResponse send(const QByteArray& body, const QByteArray& identifier, const QByteArray& signature,
                      TestServer* server = nullptr);
    HttpResponse sendSigned(const QByteArray& body) { return send(body, CurrentKeyId, sign(m_current, body)); }
    QJsonObject keyNow(const QString& id);
    QJsonObject verify(const QByteArray& secret);
    QJsonArray auditOf(const QString& keyId, const QString& action);
    QString writeKeysFile(const QString& name, const QByteArray& contents);

    QTemporaryDir m_dir;
    QString m_current; // GitHub's current signing key (private half, PEM file)
    QString m_previous; // the one before, still listed with is_current false
    QString m_forger; // a key pair GitHub never published
    QString m_keysFile;
    TestServer m_server; // --github-scanning-keys --webhook-allow-private
    QByteArray m_admin;
    WebhookReceiver m_receiver; // verifies the signature of what it gets
    QString m_webhookId; // points at m_receiver
    QList<QByteArray> m_tokens; // every token reported or created: none may appear in the log
};

QJsonObject TestSecretScanning::createKey(const QString& name)
{
    const QJsonObject key
        = m_server.createKey(m_admin, {{QStringLiteral("name"), name}, {QStringLiteral("expires_in_days"), 30}});
    m_tokens.append(secretOf(key));
    return key;
}

QByteArray TestSecretScanning::secretOf(const QJsonObject& key)
{
    return key.value(QStringLiteral("secret")).toString().toLatin1();
}

QByteArray TestSecretScanning::sign(const QString& pem, const QByteArray& body)
{
    QByteArray der;
    if (!openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-sign"), pem}, body, &der))
        return {};
    return der.toBase64();
}

HttpResponse TestSecretScanning::send(const QByteArray& body, const QByteArray& identifier, const QByteArray& signature,
                                      TestServer* server)
{
    Headers headers {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    if (!identifier.isEmpty())
        headers.append({QByteArrayLiteral("Github-Public-Key-Identifier"), identifier});
    if (!signature.isEmpty())
        headers.append({QByteArrayLiteral("Github-Public-Key-Signature"), signature});
    return (server ? server : &m_server)->http().post(QLatin1String(Path), body, headers);
}

QJsonObject TestSecretScanning::keyNow(const QString& id)
{
    const HttpResponse r = http().get(QStringLiteral("v1/api-keys/") + id, session(m_admin));
    if (r.status != 200)
        qWarning() << "GET key" << r.status << r.body;
    return r.response();
}

QJsonObject TestSecretScanning::verify(const QByteArray& secret)
{
    return http()
        .postJson(QStringLiteral("v1/keys/verify"), {{QStringLiteral("key"), QString::fromLatin1(secret)}})
        .response();
}

QJsonArray TestSecretScanning::auditOf(const QString& keyId, const QString& action)
{
    const HttpResponse r
        = http().get(QStringLiteral("v1/audit?limit=1000&target=%1&action=%2").arg(keyId, action), session(m_admin));
    if (r.status != 200)
        qWarning() << "audit" << r.status << r.body;
    return r.response().value(QStringLiteral("entries")).toArray();
}

QString TestSecretScanning::writeKeysFile(const QString& name, const QByteArray& contents)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qWarning() << "cannot write" << path;
    return path;
}

void TestSecretScanning::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_current = m_dir.filePath(QStringLiteral("current.pem"));
    m_previous = m_dir.filePath(QStringLiteral("previous.pem"));
    m_forger = m_dir.filePath(QStringLiteral("forger.pem"));
    QJsonArray published;
    for (const QString& pem : {m_current, m_previous, m_forger}) {
        QVERIFY(openssl({QStringLiteral("ecparam"), QStringLiteral("-name"), QStringLiteral("prime256v1"),
                         QStringLiteral("-genkey"), QStringLiteral("-noout"), QStringLiteral("-out"), pem}));
        QByteArray publicPem;
        QVERIFY(openssl({QStringLiteral("ec"), QStringLiteral("-in"), pem, QStringLiteral("-pubout")}, {}, &publicPem));
        QVERIFY(publicPem.startsWith("-----BEGIN PUBLIC KEY-----"));
        if (pem == m_forger)
            continue;
        const bool current = pem == m_current;
        published.append(QJsonObject {
            {QStringLiteral("key_identifier"), QLatin1String(current ? CurrentKeyId : PreviousKeyId)},
            {QStringLiteral("key"), QString::fromLatin1(publicPem)},
            {QStringLiteral("is_current"), current},
        });
    }
    m_keysFile = writeKeysFile(QStringLiteral("github-keys.json"),
                               QJsonDocument(QJsonObject {{QStringLiteral("public_keys"), published}}).toJson());
    QVERIFY(m_server.start(
        {QStringLiteral("--github-scanning-keys"), m_keysFile, QStringLiteral("--webhook-allow-private")}));
    m_admin = m_server.loginAdmin();
    QVERIFY(!m_admin.isEmpty());
    QVERIFY(m_receiver.listen());
    const HttpResponse hook = http().postJson(QStringLiteral("v1/webhooks"),
                                              {{QStringLiteral("url"), m_receiver.url().toString()}}, session(m_admin));
    QCOMPARE(hook.status, 201);
    m_webhookId = hook.response().value(QStringLiteral("id")).toString();
    m_receiver.setSecrets({hook.response().value(QStringLiteral("secret")).toString()});
}

void TestSecretScanning::cleanupTestCase()
{
    // Stopped first: everything it would ever log (the access log is flushed at stop) is in.
    QVERIFY(m_server.stop());
    const QByteArray log = m_server.log();
    QVERIFY(log.contains("/v1/secret-scanning/github"));
    QVERIFY(!m_tokens.isEmpty());
    for (const QByteArray& token : std::as_const(m_tokens))
        QVERIFY2(!token.isEmpty() && !log.contains(token), "a reported token reached the server's log");
}

void TestSecretScanning::liveKeyIsRevokedAsLeaked()
{
    const QJsonObject created = createKey(QStringLiteral("deploy bot"));
    const QString id = created.value(QStringLiteral("id")).toString();
    const QByteArray secret = secretOf(created);
    // A session opened with the key ends with it.
    const HttpResponse keySession
        = http().postJson(QStringLiteral("v1/auth/login/token"),
                          {{QStringLiteral("personal-access-token"), QString::fromLatin1(secret)}});
    QCOMPARE(keySession.status, 200);
    const QByteArray keyToken = keySession.header("x-auth-token");
    QCOMPARE(http().get(QStringLiteral("v1/me"), session(keyToken)).status, 200);
    // What a revoked key answers, for comparison.
    const QJsonObject other = createKey(QStringLiteral("revoked for comparison"));
    QCOMPARE(http()
                 .post(QStringLiteral("v1/api-keys/%1/revoke").arg(other.value(QStringLiteral("id")).toString()), {},
                       session(m_admin))
                 .status,
             200);
    const QJsonObject revokedAnswer = verify(secretOf(other));

    const QByteArray body = reportOf({secret});
    const HttpResponse r = sendSigned(body);
    QCOMPARE(r.status, 200);
    // GitHub's feedback as the whole body, not Keyward's envelope.
    const QJsonDocument feedback = QJsonDocument::fromJson(r.body);
    QVERIFY2(feedback.isArray(), r.body.constData());
    QCOMPARE(feedback.array().size(), 1);
    QCOMPARE(feedback.array().at(0).toObject(),
             (QJsonObject {{QStringLiteral("token_hash"), sha256Hex(secret)},
                           {QStringLiteral("token_type"), QStringLiteral("keyward_api_key")},
                           {QStringLiteral("label"), QStringLiteral("true_positive")}}));
    QVERIFY(!r.body.contains(secret));

    const QJsonObject key = keyNow(id);
    QCOMPARE(key.value(QStringLiteral("status")).toString(), QStringLiteral("leaked"));
    const QJsonObject leak = key.value(QStringLiteral("leak")).toObject();
    QCOMPARE(leak.value(QStringLiteral("url")).toString(), QLatin1String(LeakUrl));
    QCOMPARE(leak.value(QStringLiteral("source")).toString(), QStringLiteral("content"));
    const qint64 reported
        = QDateTime::fromString(leak.value(QStringLiteral("reported_at")).toString(), Qt::ISODate).toSecsSinceEpoch();
    QVERIFY(qAbs(reported - m_server.serverSeconds()) < 60);
    QVERIFY(created.value(QStringLiteral("leak")).isNull()); // others have none

    // Verification answers as for a revoked key; the key's session is over.
    const QJsonObject verified = verify(secret);
    QCOMPARE(verified.value(QStringLiteral("valid")), QJsonValue(false));
    QCOMPARE(verified.value(QStringLiteral("code")), revokedAnswer.value(QStringLiteral("code")));
    QCOMPARE(verified.value(QStringLiteral("message")), revokedAnswer.value(QStringLiteral("message")));
    QCOMPARE(http().get(QStringLiteral("v1/me"), session(keyToken)).status, 401);

    // It cannot come back.
    const HttpResponse reactivate
        = http().post(QStringLiteral("v1/api-keys/%1/reactivate").arg(id), {}, session(m_admin));
    QCOMPARE(reactivate.status, 409);
    QCOMPARE(reactivate.errorCode(), QStringLiteral("KEY_LEAKED"));
    const HttpResponse rotate = http().postJson(QStringLiteral("v1/api-keys/%1/rotate").arg(id),
                                                {{QStringLiteral("grace_seconds"), 0}}, session(m_admin));
    QCOMPARE(rotate.status, 409);
    QCOMPARE(rotate.errorCode(), QStringLiteral("KEY_LEAKED")); // nor be rotated into a fresh secret
    QCOMPARE(keyNow(id).value(QStringLiteral("status")).toString(), QStringLiteral("leaked"));

    // The audit log: by GitHub secret scanning, with where it was found, never the token.
    const QJsonArray audit = auditOf(id, QStringLiteral("key.leaked"));
    QCOMPARE(audit.size(), 1);
    const QJsonObject entry = audit.at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("actor")).toObject().value(QStringLiteral("email")).toString(),
             QLatin1String(Reporter));
    QCOMPARE(entry.value(QStringLiteral("actor")).toObject().value(QStringLiteral("id")).toString(), QString());
    QCOMPARE(entry.value(QStringLiteral("target_name")).toString(), QStringLiteral("deploy bot"));
    QCOMPARE(entry.value(QStringLiteral("details")).toObject().value(QStringLiteral("url")).toString(),
             QLatin1String(LeakUrl));
    QCOMPARE(entry.value(QStringLiteral("details")).toObject().value(QStringLiteral("source")).toString(),
             QStringLiteral("content"));
    const HttpResponse all = http().get(QStringLiteral("v1/audit?limit=1000"), session(m_admin));
    QVERIFY(!all.body.contains(secret));

    // The listing: ?status=leaked has it, as GET shows it; inactive and active do not.
    const auto listed = [this](const QString& status) {
        QStringList ids;
        const HttpResponse list
            = http().get(QStringLiteral("v1/api-keys?limit=1000&status=") + status, session(m_admin));
        if (list.status != 200)
            qWarning() << "list" << list.status << list.body;
        for (const QJsonValue& k : list.response().value(QStringLiteral("keys")).toArray())
            ids.append(k.toObject().value(QStringLiteral("id")).toString());
        return ids;
    };
    QVERIFY(listed(QStringLiteral("leaked")).contains(id));
    QVERIFY(!listed(QStringLiteral("leaked")).contains(other.value(QStringLiteral("id")).toString()));
    QVERIFY(!listed(QStringLiteral("inactive")).contains(id));
    QVERIFY(listed(QStringLiteral("inactive")).contains(other.value(QStringLiteral("id")).toString()));
    QVERIFY(!listed(QStringLiteral("active")).contains(id));
    QVERIFY(!listed(QStringLiteral("expired")).contains(id));
    const HttpResponse list = http().get(QStringLiteral("v1/api-keys?limit=1000&status=leaked"), session(m_admin));
    QJsonObject inListing;
    for (const QJsonValue& k : list.response().value(QStringLiteral("keys")).toArray()) {
        if (k.toObject().value(QStringLiteral("id")).toString() == id)
            inListing = k.toObject();
    }
    QCOMPARE(inListing, keyNow(id));

    // The tenant's webhook has a key.leaked message (written with the change).
    const HttpResponse deliveries
        = http().get(QStringLiteral("v1/webhooks/%1/deliveries").arg(m_webhookId), session(m_admin));
    QCOMPARE(deliveries.status, 200);
    int leakedEvents = 0;
    for (const QJsonValue& d : deliveries.response().value(QStringLiteral("deliveries")).toArray())
        leakedEvents += d.toObject().value(QStringLiteral("event")).toString() == QLatin1String("key.leaked") ? 1 : 0;
    QCOMPARE(leakedEvents, 1);
    QVERIFY(!deliveries.body.contains(secret));
    // And the receiver got it, signed, with the key and where it leaked (never the token).
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const WebhookReceiver::Request& r : m_receiver.ofType("key.leaked")) {
                if (QJsonDocument::fromJson(r.body)
                        .object()
                        .value(QStringLiteral("data"))
                        .toObject()
                        .value(QStringLiteral("id"))
                    == id)
                    return true;
            }
            return false;
        },
        15000));
    for (const WebhookReceiver::Request& r : m_receiver.ofType("key.leaked")) {
        QCOMPARE(r.verifiedBy, QList<int> {0});
        QVERIFY(!r.body.contains(secret));
        const QJsonObject data = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("data")).toObject();
        if (data.value(QStringLiteral("id")) == id) {
            QCOMPARE(data.value(QStringLiteral("status")).toString(), QStringLiteral("leaked"));
            QVERIFY(!data.value(QStringLiteral("leak")).toObject().value(QStringLiteral("url")).toString().isEmpty());
        }
    }
}

void TestSecretScanning::rotatedOutSecretInGraceIsLive()
{
    const QJsonObject created = createKey(QStringLiteral("rotating"));
    const QString id = created.value(QStringLiteral("id")).toString();
    const HttpResponse rotated = http().postJson(QStringLiteral("v1/api-keys/%1/rotate").arg(id),
                                                 {{QStringLiteral("grace_seconds"), 3600}}, session(m_admin));
    QCOMPARE(rotated.status, 200);
    const QByteArray newSecret = secretOf(rotated.response());
    m_tokens.append(newSecret);
    QCOMPARE(verify(secretOf(created)).value(QStringLiteral("valid")), QJsonValue(true)); // in its grace period

    const HttpResponse r = sendSigned(reportOf({secretOf(created)}));
    QCOMPARE(r.status, 200);
    QCOMPARE(labelOf(QJsonDocument::fromJson(r.body).array(), 0), QStringLiteral("true_positive"));
    QCOMPARE(keyNow(id).value(QStringLiteral("status")).toString(), QStringLiteral("leaked"));
    // The whole key is dead, the new secret too.
    QCOMPARE(verify(secretOf(created)).value(QStringLiteral("valid")), QJsonValue(false));
    QCOMPARE(verify(newSecret).value(QStringLiteral("valid")), QJsonValue(false));
}

void TestSecretScanning::falsePositivesChangeNothing()
{
    const QJsonObject revoked = createKey(QStringLiteral("already revoked"));
    const QString revokedId = revoked.value(QStringLiteral("id")).toString();
    QCOMPARE(http().post(QStringLiteral("v1/api-keys/%1/revoke").arg(revokedId), {}, session(m_admin)).status, 200);
    const QJsonObject revokedBefore = keyNow(revokedId);
    // Expired: a key that lived three seconds, and the server's clock moved on by ten.
    const qint64 soon = m_server.serverSeconds() + 3;
    const HttpResponse shortLived = http().postJson(
        QStringLiteral("v1/api-keys"),
        {{QStringLiteral("name"), QStringLiteral("short-lived")},
         {QStringLiteral("expires_at"), QDateTime::fromSecsSinceEpoch(soon, Qt::UTC).toString(Qt::ISODate)}},
        session(m_admin));
    QCOMPARE(shortLived.status, 201);
    m_tokens.append(secretOf(shortLived.response()));
    m_server.advanceClock(10);
    const QString expiredId = shortLived.response().value(QStringLiteral("id")).toString();
    QCOMPARE(keyNow(expiredId).value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
    const QJsonObject live = createKey(QStringLiteral("reported twice"));
    const QByteArray unknown = KeySecret::generate(KeySecret::Kind::ApiKey); // well formed, never issued
    const QByteArray session = KeySecret::generate(KeySecret::Kind::Session);
    m_tokens << unknown << session;
    const QList<QByteArray> tokens {
        "not-a-key",    unknown, secretOf(revoked), secretOf(shortLived.response()), session, secretOf(live),
        secretOf(live), // the same token twice: the second finds it leaked already
    };
    const HttpResponse r = sendSigned(reportOf(tokens));
    QCOMPARE(r.status, 200);
    const QJsonArray feedback = QJsonDocument::fromJson(r.body).array();
    QCOMPARE(feedback.size(), tokens.size());
    const QStringList expected {QStringLiteral("false_positive"), QStringLiteral("false_positive"),
                                QStringLiteral("false_positive"), QStringLiteral("false_positive"),
                                QStringLiteral("false_positive"), QStringLiteral("true_positive"),
                                QStringLiteral("false_positive")};
    for (int i = 0; i < tokens.size(); ++i) {
        QCOMPARE(labelOf(feedback, i), expected.at(i));
        QCOMPARE(feedback.at(i).toObject().value(QStringLiteral("token_hash")).toString(), sha256Hex(tokens.at(i)));
    }
    // Nothing changed for the others: still revoked (not leaked), still expired, no audit entry.
    QCOMPARE(keyNow(revokedId), revokedBefore);
    QVERIFY(keyNow(revokedId).value(QStringLiteral("leak")).isNull());
    QCOMPARE(keyNow(expiredId).value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
    QCOMPARE(auditOf(revokedId, QStringLiteral("key.leaked")).size(), 0);
    QCOMPARE(auditOf(expiredId, QStringLiteral("key.leaked")).size(), 0);
    QCOMPARE(auditOf(live.value(QStringLiteral("id")).toString(), QStringLiteral("key.leaked")).size(), 1);

    // Reported again later: already leaked, a false positive, and nothing more is written.
    const HttpResponse again = sendSigned(reportOf({secretOf(live)}));
    QCOMPARE(again.status, 200);
    QCOMPARE(labelOf(QJsonDocument::fromJson(again.body).array(), 0), QStringLiteral("false_positive"));
    QCOMPARE(auditOf(live.value(QStringLiteral("id")).toString(), QStringLiteral("key.leaked")).size(), 1);

    // An empty report is answered with empty feedback.
    const HttpResponse empty = sendSigned("[]");
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.body.trimmed(), QByteArrayLiteral("[]"));
}

void TestSecretScanning::authenticationKeyIsDeleted()
{
    const HttpResponse generated = http().post(QStringLiteral("v1/me/auth-key"), {}, session(m_admin));
    QCOMPARE(generated.status, 201);
    const QByteArray secret = secretOf(generated.response());
    const QString id = generated.response().value(QStringLiteral("id")).toString();
    m_tokens.append(secret);
    QCOMPARE(verify(secret).value(QStringLiteral("valid")), QJsonValue(true));

    const HttpResponse r = sendSigned(reportOf({secret}));
    QCOMPARE(r.status, 200);
    QCOMPARE(labelOf(QJsonDocument::fromJson(r.body).array(), 0), QStringLiteral("true_positive"));
    QCOMPARE(verify(secret).value(QStringLiteral("valid")), QJsonValue(false));
    QCOMPARE(http().get(QStringLiteral("v1/me/auth-key"), session(m_admin)).response().value(QStringLiteral("exists")),
             QJsonValue(false));
    const QJsonArray audit = auditOf(id, QStringLiteral("key.leaked"));
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.at(0).toObject().value(QStringLiteral("details")).toObject().value(QStringLiteral("kind")),
             QJsonValue(QStringLiteral("authentication_key")));
    QCOMPARE(audit.at(0).toObject().value(QStringLiteral("actor")).toObject().value(QStringLiteral("email")),
             QJsonValue(QLatin1String(Reporter)));
    const HttpResponse deliveries
        = http().get(QStringLiteral("v1/webhooks/%1/deliveries?limit=100").arg(m_webhookId), session(m_admin));
    QVERIFY(!deliveries.body.contains(secret));
}

void TestSecretScanning::signedWithThePreviousGithubKey()
{
    const QJsonObject created = createKey(QStringLiteral("previous github key"));
    const QByteArray body = reportOf({secretOf(created)});
    const HttpResponse r = send(body, PreviousKeyId, sign(m_previous, body));
    QCOMPARE(r.status, 200);
    QCOMPARE(labelOf(QJsonDocument::fromJson(r.body).array(), 0), QStringLiteral("true_positive"));
}

void TestSecretScanning::refusedSignatures_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("code");
    for (const char* how : {"forged", "other body", "unknown identifier", "no identifier", "no signature", "no headers",
                            "not base64", "not DER"}) {
        const QString name = QLatin1String(how);
        const QString code = name == QLatin1String("unknown identifier") ? QStringLiteral("UNKNOWN_KEY_IDENTIFIER")
            : name.startsWith(QLatin1String("no "))                      ? QStringLiteral("MISSING_SIGNATURE")
                                                                         : QStringLiteral("INVALID_SIGNATURE");
        QTest::newRow(how) << name << code;
    }
}

void TestSecretScanning::refusedSignatures()
{
    QFETCH(QString, how);
    QFETCH(QString, code);
    const QJsonObject created = createKey(QStringLiteral("refused ") + how);
    const QString id = created.value(QStringLiteral("id")).toString();
    const QByteArray body = reportOf({secretOf(created)});
    QByteArray identifier = CurrentKeyId;
    QByteArray signature = sign(m_current, body);
    if (how == QLatin1String("forged"))
        signature = sign(m_forger, body);
    else if (how == QLatin1String("other body"))
        signature = sign(m_current, reportOf({"kw_key_something_else"}));
    else if (how == QLatin1String("unknown identifier"))
        identifier = "0000000000000000000000000000000000000000000000000000000000000000";
    else if (how == QLatin1String("no identifier"))
        identifier.clear();
    else if (how == QLatin1String("no signature"))
        signature.clear();
    else if (how == QLatin1String("no headers"))
        identifier = signature = QByteArray();
    else if (how == QLatin1String("not base64"))
        signature = "!!not*base64!!";
    else if (how == QLatin1String("not DER"))
        signature = QByteArray("these are not DER bytes").toBase64();
    const HttpResponse r = send(body, identifier, signature);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), code);
    QCOMPARE(keyNow(id).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(verify(secretOf(created)).value(QStringLiteral("valid")), QJsonValue(true));
    QCOMPARE(auditOf(id, QStringLiteral("key.leaked")).size(), 0);
}

void TestSecretScanning::malformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("an object") << QByteArrayLiteral(R"({"token":"kw_key_x","type":"t","url":"u","source":"s"})");
    QTest::newRow("not JSON") << QByteArrayLiteral(R"([{"token":"kw_key_x")");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("item not an object") << QByteArrayLiteral(R"(["kw_key_x"])");
    QTest::newRow("no token") << QByteArrayLiteral(R"([{"type":"t","url":"u","source":"s"}])");
    QTest::newRow("token not a string") << QByteArrayLiteral(R"([{"token":42}])");
    QTest::newRow("url not a string") << QByteArrayLiteral(R"([{"token":"kw_key_x","url":["u"]}])");
    QTest::newRow("duplicate member") << QByteArrayLiteral(R"([{"token":"a","token":"b"}])");
    QTest::newRow("raw control character") << QByteArray("[{\"token\":\"a\x01\"}]");
    QTest::newRow("url too long") << QByteArray(R"([{"token":"a","url":")" + QByteArray(2049, 'u') + R"("}])");
    QByteArray many = "[";
    for (int i = 0; i <= 1000; ++i)
        many += i > 0 ? R"(,{"token":"x"})" : R"({"token":"x"})";
    QTest::newRow("1001 items") << many + "]";
}

void TestSecretScanning::malformedBodies()
{
    QFETCH(QByteArray, body);
    const HttpResponse r = sendSigned(body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("MALFORMED_REQUEST"));
}

void TestSecretScanning::notConfiguredAnswers404()
{
    TestServer plain;
    QVERIFY(plain.start());
    const QByteArray token
        = plain
              .createKey(plain.loginAdmin(),
                         {{QStringLiteral("name"), QStringLiteral("k")}, {QStringLiteral("expires_in_days"), 30}})
              .value(QStringLiteral("secret"))
              .toString()
              .toLatin1();
    const QByteArray body = reportOf({token});
    const HttpResponse r = send(body, CurrentKeyId, sign(m_current, body), &plain);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("NOT_FOUND"));
    QVERIFY(r.json.value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("--github-scanning-keys")));
    QCOMPARE(plain.http()
                 .postJson(QStringLiteral("v1/keys/verify"), {{QStringLiteral("key"), QString::fromLatin1(token)}})
                 .response()
                 .value(QStringLiteral("valid")),
             QJsonValue(true));
    QVERIFY(!plain.log().contains(token));
    QVERIFY(plain.stop());
}

void TestSecretScanning::badKeysFileRefusesToStart_data()
{
    QTest::addColumn<QByteArray>("contents"); // empty: no such file
    QTest::addColumn<QString>("says");
    QByteArray p384;
    const QString p384Private = m_dir.filePath(QStringLiteral("p384.pem"));
    QVERIFY(openssl({QStringLiteral("ecparam"), QStringLiteral("-name"), QStringLiteral("secp384r1"),
                     QStringLiteral("-genkey"), QStringLiteral("-noout"), QStringLiteral("-out"), p384Private}));
    QVERIFY(openssl({QStringLiteral("ec"), QStringLiteral("-in"), p384Private, QStringLiteral("-pubout")}, {}, &p384));
    const auto document = [](const QByteArray& pem) {
        return QJsonDocument(
                   QJsonObject {{QStringLiteral("public_keys"),
                                 QJsonArray {QJsonObject {{QStringLiteral("key_identifier"), QStringLiteral("abc")},
                                                          {QStringLiteral("key"), QString::fromLatin1(pem)},
                                                          {QStringLiteral("is_current"), true}}}}})
            .toJson();
    };
    QTest::newRow("missing file") << QByteArray() << "cannot read";
    QTest::newRow("not JSON") << QByteArrayLiteral("{\"public_keys\": [") << "not valid JSON";
    QTest::newRow("no keys") << QByteArrayLiteral(R"({"public_keys": []})") << "public_keys";
    QTest::newRow("not PEM") << document("-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----\n")
                             << "not a PEM public key";
    QTest::newRow("P-384") << document(p384) << "not an ECDSA P-256 key";
}

void TestSecretScanning::badKeysFileRefusesToStart()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, says);
    const QString path = contents.isEmpty() ? m_dir.filePath(QStringLiteral("absent.json"))
                                            : writeKeysFile(QStringLiteral("bad.json"), contents);
    TestServer refused;
    QVERIFY(!refused.start({QStringLiteral("--github-scanning-keys"), path}));
    QVERIFY2(refused.output().contains(says.toUtf8()), refused.output().constData());
    QVERIFY2(refused.output().contains("GitHub secret-scanning keys file"), refused.output().constData());
}

QTEST_GUILESS_MAIN(TestSecretScanning)
#include "tst_secretscanning.moc"
