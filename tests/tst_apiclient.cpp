// The console's ApiClient against a real keywardd: sign-in (password, key), the credential on every request, one
// ApiError per failure, the automatic refresh of the 15-minute session (before it lapses, and once on a 401), a
// refused refresh ending the session, the server going away and coming back. Faults a real server cannot produce on
// demand (garbage, a reply that never comes) come from a tiny QTcpServer in this file that misbehaves on purpose.

#include "core/ApiClient.h"
#include "tests/support/TestServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace Keyward;
using namespace Keyward::Test;
using namespace std::chrono_literals;

namespace {

// What one ApiReply delivered; `calls` proves it delivered exactly once.
struct Outcome
{
    int calls = 0;
    bool ok = false;
    QJsonValue response;
    ApiError error;
    int httpStatus = 0;
};

std::shared_ptr<Outcome> track(ApiReply* reply)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(reply, &ApiReply::finished, reply, [outcome, reply](const QJsonValue& response) {
        ++outcome->calls;
        outcome->ok = true;
        outcome->response = response;
        outcome->httpStatus = reply->httpStatus();
    });
    QObject::connect(reply, &ApiReply::failed, reply, [outcome, reply](const ApiError& error) {
        ++outcome->calls;
        outcome->error = error;
        outcome->httpStatus = reply->httpStatus();
    });
    return outcome;
}

// The test may spin the event loop; the client never does.
#define AWAIT(outcome)                                                                                                 \
    do {                                                                                                               \
        QTRY_VERIFY_WITH_TIMEOUT((outcome)->calls > 0, 20000);                                                         \
        QTest::qWait(20);                                                                                              \
        QCOMPARE((outcome)->calls, 1);                                                                                 \
    } while (false)

QJsonObject object(const std::shared_ptr<Outcome>& outcome)
{
    return outcome->response.toObject();
}

// A server that speaks just enough TCP to misbehave on purpose: it answers every request with canned bytes and
// closes, never answers, or closes the connection as soon as it is open.
class MisbehavingServer : public QTcpServer
{
public:
    enum class Behaviour { Answer, NeverAnswer, CloseAtOnce };

    explicit MisbehavingServer(Behaviour behaviour, const QByteArray& canned = {})
        : m_behaviour(behaviour)
        , m_canned(canned)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                if (m_behaviour == Behaviour::CloseAtOnce) {
                    socket->close();
                    continue;
                }
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (m_behaviour == Behaviour::Answer && m_received.contains("\r\n\r\n")) {
                        socket->write(m_canned);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(serverPort())); }
    QByteArray received() const { return m_received; }

private:
    const Behaviour m_behaviour;
    const QByteArray m_canned;
    QByteArray m_received;
};

QByteArray httpAnswer(int status, const QByteArray& reason, const QByteArray& body,
                      const QByteArray& type = "application/json")
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + type
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

// Captures every message, with the client's debug log switched on, while it lives.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("keyward.core.*=true"));
        m_previous = qInstallMessageHandler(&LogCapture::capture);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    QString all() const { return s_lines.join(QLatin1Char('\n')); }
    int count(const QString& line) const { return int(s_lines.count(line)); }
    int size() const { return int(s_lines.size()); }

private:
    static void capture(QtMsgType, const QMessageLogContext& context, const QString& message)
    {
        s_lines.append(QLatin1String(context.category ? context.category : "") + QLatin1Char(' ') + message);
    }
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_server.start()); }
    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void init()
    {
        m_client = std::make_unique<ApiClient>();
        m_client->setBaseUrl(m_server.url());
    }
    void cleanup() { m_client.reset(); }

    void loginStoresTheSession()
    {
        QSignalSpy changed(m_client.get(), &ApiClient::sessionChanged);
        const auto login
            = track(m_client->login(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        AWAIT(login);
        QVERIFY2(login->ok, qPrintable(login->error.message));
        QCOMPARE(login->httpStatus, 200);
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_client->hasSession());
        QCOMPARE(m_client->sessionEmail(), QLatin1String(TestServer::AdminEmail));
        const SessionTokens tokens = m_client->tokens();
        QVERIFY(tokens.session.startsWith("kw_ses_"));
        QVERIFY(tokens.refresh.startsWith("kw_ref_"));
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(tokens.expiresAt);
        QVERIFY2(left > 14 * 60 && left <= 15 * 60, qPrintable(QString::number(left)));
        // The caller gets the profile; the refresh token stays with the client.
        QCOMPARE(object(login).value(QStringLiteral("email")).toString(), QLatin1String(TestServer::AdminEmail));
        QCOMPARE(object(login).value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("admin"));
        QVERIFY(!object(login).contains(QStringLiteral("refresh_token")));
        // The server accepts what the client stored.
        QCOMPARE(m_server.http().get(QStringLiteral("v1/me"), session(tokens.session)).status, 200);
    }

    void badLoginIsOneApiError_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong password") << QString::fromLatin1(TestServer::AdminEmail)
                                        << QStringLiteral("not-the-password") << 401 << "INVALID_CREDENTIALS";
        QTest::newRow("unknown user") << QStringLiteral("ghost@acme.test") << QStringLiteral("whatever-123") << 401
                                      << "INVALID_CREDENTIALS";
        QTest::newRow("empty e-mail") << QString() << QStringLiteral("whatever-123") << 401 << "INVALID_CREDENTIALS";
    }
    void badLoginIsOneApiError()
    {
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(int, status);
        QFETCH(QString, code);
        QSignalSpy changed(m_client.get(), &ApiClient::sessionChanged);
        const auto login = track(m_client->login(email, password));
        AWAIT(login);
        QVERIFY(!login->ok);
        QCOMPARE(login->error.status, status);
        QCOMPARE(login->error.code, code);
        QVERIFY(!login->error.message.isEmpty());
        QVERIFY(!login->error.message.contains(password));
        QVERIFY(!m_client->hasSession());
        QCOMPARE(changed.count(), 0);
    }

    void failedLoginKeepsTheCurrentSession()
    {
        QVERIFY(signIn());
        const QByteArray before = m_client->tokens().session;
        const auto again = track(m_client->login(QLatin1String(TestServer::AdminEmail), QStringLiteral("wrong-one-1")));
        AWAIT(again);
        QCOMPARE(again->error.code, QStringLiteral("INVALID_CREDENTIALS"));
        QCOMPARE(m_client->tokens().session, before);
        const auto me = track(m_client->get(QStringLiteral("v1/me")));
        AWAIT(me);
        QVERIFY(me->ok);
    }

    void requestCarriesTheSession()
    {
        QVERIFY(signIn());
        const auto me = track(m_client->get(QStringLiteral("v1/me")));
        AWAIT(me);
        QVERIFY2(me->ok, qPrintable(me->error.message));
        QCOMPARE(object(me).value(QStringLiteral("email")).toString(), QLatin1String(TestServer::AdminEmail));
        QCOMPARE(object(me).value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        QCOMPARE(object(me).value(QStringLiteral("scopes")).toArray().size(), 4);
    }

    void requestWithoutCredentialIsRefusedWithDetails()
    {
        const auto me = track(m_client->get(QStringLiteral("/v1/me")));
        AWAIT(me);
        QVERIFY(!me->ok);
        QCOMPARE(me->error.status, 401);
        QCOMPARE(me->error.code, QStringLiteral("MISSING_API_KEY"));
        QCOMPARE(me->error.details.value(QStringLiteral("header")).toString(), QStringLiteral("Authorization"));
    }

    void everyVerbDecodesTheEnvelope()
    {
        QVERIFY(signIn());
        const auto created = track(m_client->post(QStringLiteral("v1/api-keys"),
                                                  {{QStringLiteral("name"), QStringLiteral("apiclient-verbs")},
                                                   {QStringLiteral("expires_in_days"), 7},
                                                   {QStringLiteral("scopes"), QJsonArray {QStringLiteral("read")}}}));
        AWAIT(created);
        QVERIFY2(created->ok, qPrintable(created->error.message));
        QCOMPARE(created->httpStatus, 201);
        const QString id = object(created).value(QStringLiteral("id")).toString();
        QVERIFY(id.startsWith(QLatin1String("key_")));
        QVERIFY(object(created).value(QStringLiteral("secret")).toString().startsWith(QLatin1String("kw_key_")));

        const auto listed = track(m_client->get(QStringLiteral("v1/api-keys"),
                                                QUrlQuery {{QStringLiteral("q"), QStringLiteral("apiclient-verbs")},
                                                           {QStringLiteral("status"), QStringLiteral("active")}}));
        AWAIT(listed);
        QVERIFY(listed->ok);
        const QJsonArray keys = object(listed).value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().toObject().value(QStringLiteral("id")).toString(), id);

        const auto renamed = track(m_client->patch(QStringLiteral("v1/api-keys/") + id,
                                                   {{QStringLiteral("name"), QStringLiteral("renamed")}}));
        AWAIT(renamed);
        QVERIFY(renamed->ok);
        QCOMPARE(object(renamed).value(QStringLiteral("name")).toString(), QStringLiteral("renamed"));

        const auto invalid
            = track(m_client->patch(QStringLiteral("v1/api-keys/") + id, {{QStringLiteral("bogus"), 1}}));
        AWAIT(invalid);
        QCOMPARE(invalid->error.status, 400);
        QCOMPARE(invalid->error.code, QStringLiteral("MALFORMED_REQUEST"));

        const auto deleted = track(m_client->del(QStringLiteral("v1/api-keys/") + id));
        AWAIT(deleted);
        QVERIFY(deleted->ok);
        QCOMPARE(object(deleted).value(QStringLiteral("deleted")).toBool(), true);

        const auto gone = track(m_client->get(QStringLiteral("v1/api-keys/") + id));
        AWAIT(gone);
        QCOMPARE(gone->error.status, 404);
        QCOMPARE(gone->error.code, QStringLiteral("NOT_FOUND"));
        QVERIFY(!gone->error.message.isEmpty());

        // DELETE with a body reaches the server with it: without one the code is missing (400), with one the
        // server gets as far as "2FA is not on" (409).
        const auto bare = track(m_client->del(QStringLiteral("v1/me/2fa")));
        AWAIT(bare);
        QCOMPARE(bare->error.status, 400);
        const auto withBody
            = track(m_client->del(QStringLiteral("v1/me/2fa"), {{QStringLiteral("code"), QStringLiteral("123456")}}));
        AWAIT(withBody);
        QCOMPARE(withBody->error.status, 409);
        QCOMPARE(withBody->error.code, QStringLiteral("CONFLICT"));
    }

    void apiKeyPresentation()
    {
        const QJsonObject key = m_server.createKey(m_server.loginAdmin(),
                                                   {{QStringLiteral("name"), QStringLiteral("apiclient-read")},
                                                    {QStringLiteral("expires_in_days"), 7},
                                                    {QStringLiteral("scopes"), QJsonArray {QStringLiteral("read")}}});
        const QByteArray secret = key.value(QStringLiteral("secret")).toString().toUtf8();
        QVERIFY(secret.startsWith("kw_key_"));
        m_client->setApiKey(secret);
        QVERIFY(!m_client->hasSession());
        const auto me = track(m_client->get(QStringLiteral("v1/me")));
        AWAIT(me);
        QVERIFY2(me->ok, qPrintable(me->error.message));
        QCOMPARE(object(me).value(QStringLiteral("scopes")).toArray(), QJsonArray {QStringLiteral("read")});
        // The key's scopes limit it, and the error says which scope was missing.
        const auto write = track(
            m_client->post(QStringLiteral("v1/api-keys"),
                           {{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("expires_in_days"), 7}}));
        AWAIT(write);
        QCOMPARE(write->error.status, 403);
        QCOMPARE(write->error.code, QStringLiteral("FORBIDDEN"));
        QCOMPARE(write->error.details.value(QStringLiteral("required_scope")).toString(), QStringLiteral("write"));
        // A session wins over the key.
        QVERIFY(signIn());
        const auto asSession = track(m_client->get(QStringLiteral("v1/me")));
        AWAIT(asSession);
        QCOMPARE(object(asSession).value(QStringLiteral("scopes")).toArray().size(), 4);
    }

    void loginWithKey()
    {
        const HttpResponse generated
            = m_server.http().post(QStringLiteral("v1/me/auth-key"), {}, session(m_server.loginAdmin()));
        QCOMPARE(generated.status, 201);
        const QByteArray key = generated.response().value(QStringLiteral("secret")).toString().toUtf8();
        QSignalSpy changed(m_client.get(), &ApiClient::sessionChanged);
        const auto login = track(m_client->loginWithKey(key));
        AWAIT(login);
        QVERIFY2(login->ok, qPrintable(login->error.message));
        QCOMPARE(object(login).value(QStringLiteral("email")).toString(), QLatin1String(TestServer::AdminEmail));
        QVERIFY(object(login).value(QStringLiteral("expires_at")).isString());
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_client->tokens().session.startsWith("kw_ses_"));
        QVERIFY(m_client->tokens().refresh.isEmpty());
        QCOMPARE(m_client->sessionEmail(), QLatin1String(TestServer::AdminEmail));
        const auto me = track(m_client->get(QStringLiteral("v1/me")));
        AWAIT(me);
        QVERIFY(me->ok);

        const auto wrong = track(m_client->loginWithKey("kw_pat_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa000000"));
        AWAIT(wrong);
        QCOMPARE(wrong->error.status, 401);
        QCOMPARE(wrong->error.code, QStringLiteral("INVALID_API_KEY"));
        QVERIFY(m_client->hasSession()); // the failed attempt leaves the session alone
    }

    // The session lapsed on the server's clock: the request is answered 401 EXPIRED_TOKEN, the client renews the
    // session once and sends the request again; the caller sees only the success.
    void expiredSessionIsRenewedTransparently()
    {
        QVERIFY(signIn());
        const SessionTokens before = m_client->tokens();
        QSignalSpy changed(m_client.get(), &ApiClient::sessionChanged);
        QSignalSpy expired(m_client.get(), &ApiClient::sessionExpired);
        m_server.advanceClock(16 * 60);
        QCOMPARE(m_server.http().get(QStringLiteral("v1/me"), session(before.session)).errorCode(),
                 QStringLiteral("EXPIRED_TOKEN"));

        // Three requests at once: one refresh, and each request sent again once.
        LogCapture log;
        const auto me = track(m_client->get(QStringLiteral("v1/me")));
        const auto keys = track(m_client->get(QStringLiteral("v1/api-keys")));
        const auto tenant = track(m_client->get(QStringLiteral("v1/tenant")));
        AWAIT(me);
        AWAIT(keys);
        AWAIT(tenant);
        QVERIFY2(me->ok, qPrintable(me->error.code));
        QVERIFY2(keys->ok, qPrintable(keys->error.code));
        QVERIFY2(tenant->ok, qPrintable(tenant->error.code));
        QCOMPARE(me->httpStatus, 200);
        QCOMPARE(object(me).value(QStringLiteral("email")).toString(), QLatin1String(TestServer::AdminEmail));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(expired.count(), 0);
        QCOMPARE(log.count(QStringLiteral("keyward.core.api GET v1/auth/refresh/<token>")), 1);
        QCOMPARE(log.count(QStringLiteral("keyward.core.api GET v1/me (retry)")), 1);
        QCOMPARE(log.count(QStringLiteral("keyward.core.api GET v1/api-keys (retry)")), 1);
        QCOMPARE(log.count(QStringLiteral("keyward.core.api GET v1/tenant (retry)")), 1);
        const SessionTokens after = m_client->tokens();
        QVERIFY(after.session.startsWith("kw_ses_"));
        QVERIFY(after.session != before.session);
        QVERIFY(after.refresh != before.refresh);
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(after.expiresAt) > 14 * 60);
        // The used refresh token is dead: the client rotated it.
        QCOMPARE(m_server.http().get(QStringLiteral("v1/auth/refresh/") + QString::fromLatin1(before.refresh)).status,
                 401);
    }

    // Shortly before the session lapses the client renews it by itself, without any request.
    void sessionIsRenewedBeforeItLapses()
    {
        QVERIFY(signIn());
        const QByteArray before = m_client->tokens().session;
        QSignalSpy changed(m_client.get(), &ApiClient::sessionChanged);
        m_client->setRefreshMargin(std::chrono::milliseconds(ApiClient::SessionLifetime) - 1500ms);
        QVERIFY(changed.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 15000);
        const QByteArray renewed = m_client->tokens().session;
        QVERIFY(renewed != before);
        QCOMPARE(m_server.http().get(QStringLiteral("v1/me"), session(renewed)).status, 200);
        // And again for the renewed session.
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 2, 15000);
        QVERIFY(m_client->tokens().session != renewed);
        QVERIFY(m_client->hasSession());
    }

    void restoredSessionWorks()
    {
        QVERIFY(signIn());
        const SessionTokens tokens = m_client->tokens();
        ApiClient restored;
        restored.setBaseUrl(m_server.url());
        QSignalSpy changed(&restored, &ApiClient::sessionChanged);
        restored.setTokens(tokens);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(restored.tokens().session, tokens.session);
        const auto me = track(restored.get(QStringLiteral("v1/me")));
        AWAIT(me);
        QVERIFY(me->ok);
        QCOMPARE(changed.count(), 1); // still valid: no refresh
    }

    // A session restored after it lapsed (e.g. from the keychain the next morning) is renewed at once.
    void restoredLapsedSessionIsRenewedAtOnce()
    {
        QVERIFY(signIn());
        const SessionTokens tokens = m_client->tokens();
        m_client->clearSession();
        ApiClient restored;
        restored.setBaseUrl(m_server.url());
        QSignalSpy changed(&restored, &ApiClient::sessionChanged);
        restored.setTokens(tokens.session, tokens.refresh, QDateTime::currentDateTimeUtc().addSecs(-3600));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 15000); // restored, then renewed
        QVERIFY(restored.tokens().session != tokens.session);
        QCOMPARE(restored.sessionEmail(), QLatin1String(TestServer::AdminEmail));
    }

    void refusedRefreshEndsTheSession_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("requestCode");
        QTest::newRow("refresh token lapsed (30 days)") << "clock"
                                                        << "EXPIRED_TOKEN";
        QTest::newRow("signed out elsewhere") << "logout"
                                              << "INVALID_TOKEN";
    }
    void refusedRefreshEndsTheSession()
    {
        QFETCH(QString, how);
        QFETCH(QString, requestCode);
        QVERIFY(signIn());
        const QByteArray token = m_client->tokens().session;
        if (how == QLatin1String("clock"))
            m_server.advanceClock(31 * 24 * 3600);
        else
            QCOMPARE(m_server.http().post(QStringLiteral("v1/auth/logout"), {}, session(token)).status, 200);
        QSignalSpy changed(m_client.get(), &ApiClient::sessionChanged);
        QSignalSpy expired(m_client.get(), &ApiClient::sessionExpired);
        const auto me = track(m_client->get(QStringLiteral("v1/me")));
        AWAIT(me);
        QVERIFY(!me->ok);
        QCOMPARE(me->error.status, 401);
        QCOMPARE(me->error.code, requestCode);
        QCOMPARE(expired.count(), 1);
        const ApiError reason = expired.first().first().value<ApiError>();
        QCOMPARE(reason.status, 401);
        QCOMPARE(reason.code, QStringLiteral("INVALID_TOKEN"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!m_client->hasSession());
        QVERIFY(m_client->tokens().refresh.isEmpty());
        // Signed out now: the next request carries no credential and is not retried.
        const auto next = track(m_client->get(QStringLiteral("v1/me")));
        AWAIT(next);
        QCOMPARE(next->error.code, QStringLiteral("MISSING_API_KEY"));
        QCOMPARE(expired.count(), 1);
    }

    // A session traded for a key has no refresh token: when it lapses, it ends.
    void keySessionEndsWhenItLapses()
    {
        const HttpResponse generated
            = m_server.http().post(QStringLiteral("v1/me/auth-key"), {}, session(m_server.loginAdmin()));
        const auto login
            = track(m_client->loginWithKey(generated.response().value(QStringLiteral("secret")).toString().toUtf8()));
        AWAIT(login);
        QVERIFY(login->ok);
        QSignalSpy expired(m_client.get(), &ApiClient::sessionExpired);
        m_server.advanceClock(16 * 60);
        const auto me = track(m_client->get(QStringLiteral("v1/me")));
        AWAIT(me);
        QCOMPARE(me->error.code, QStringLiteral("EXPIRED_TOKEN"));
        QCOMPARE(expired.count(), 1);
        QVERIFY(!m_client->hasSession());
    }

    void logoutEndsTheSessionEverywhere()
    {
        QVERIFY(signIn());
        const QByteArray token = m_client->tokens().session;
        QSignalSpy changed(m_client.get(), &ApiClient::sessionChanged);
        const auto logout = track(m_client->logout());
        QVERIFY(!m_client->hasSession()); // at once, whatever the server answers
        QCOMPARE(changed.count(), 1);
        AWAIT(logout);
        QVERIFY2(logout->ok, qPrintable(logout->error.message));
        QCOMPARE(object(logout).value(QStringLiteral("signed_out")).toBool(), true);
        const HttpResponse after = m_server.http().get(QStringLiteral("v1/me"), session(token));
        QCOMPARE(after.status, 401);
        QCOMPARE(after.errorCode(), QStringLiteral("INVALID_TOKEN"));
    }

    void serverGoneIsANetworkError()
    {
        QVERIFY(signIn());
        QVERIFY(m_server.stop());
        QSignalSpy expired(m_client.get(), &ApiClient::sessionExpired);
        const auto me = track(m_client->get(QStringLiteral("v1/me")));
        AWAIT(me);
        QVERIFY(!me->ok);
        QCOMPARE(me->error.status, ApiClient::NoHttpStatus);
        QVERIFY(!me->error.isNull());
        QCOMPARE(me->error.code, QLatin1String(ErrorCode::NetworkError));
        QVERIFY2(me->error.message.contains(m_server.url().host()), qPrintable(me->error.message));
        QVERIFY2(me->error.message.contains(QLatin1String("nothing answers")), qPrintable(me->error.message));
        QVERIFY(m_client->hasSession()); // an unreachable server does not end the session
        QCOMPARE(expired.count(), 0);

        QVERIFY(m_server.start()); // same database, a new port
        m_client->setBaseUrl(m_server.url());
        const auto again = track(m_client->get(QStringLiteral("v1/me")));
        AWAIT(again);
        QVERIFY2(again->ok, qPrintable(again->error.message));
        QCOMPARE(object(again).value(QStringLiteral("email")).toString(), QLatin1String(TestServer::AdminEmail));
    }

    void answersThatAreNotKeywardResponses_data()
    {
        QTest::addColumn<QByteArray>("canned");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("proxy error page")
            << httpAnswer(502, "Bad Gateway", "<html>bad gateway</html>", "text/html") << 502 << "BAD_RESPONSE";
        QTest::newRow("json, no envelope") << httpAnswer(200, "OK", R"({"hello":"world"})") << 200 << "BAD_RESPONSE";
        QTest::newRow("truncated json") << httpAnswer(200, "OK", QByteArray("{\"success\":true,\"resp")) << 200
                                        << "BAD_RESPONSE";
        QTest::newRow("success with 500")
            << httpAnswer(500, "Oops", R"({"success":true,"errors":[],"response":{}})") << 500 << "BAD_RESPONSE";
        QTest::newRow("success without response")
            << httpAnswer(200, "OK", R"({"success":true,"errors":[]})") << 200 << "BAD_RESPONSE";
        QTest::newRow("error envelope without code")
            << httpAnswer(418, "Teapot", R"({"success":false,"errors":[],"error":{}})") << 418 << "MALFORMED_REQUEST";
        QTest::newRow("error envelope") << httpAnswer(
            429, "Too Many", R"({"success":false,"errors":["slow"],"error":{"code":"RATE_LIMITED","message":"slow"}})")
                                        << 429 << "RATE_LIMITED";
        // Qt reads both as a connection closed without an answer.
        QTest::newRow("not http at all") << QByteArray("garbage garbage garbage\r\n\r\n")
                                         << int(ApiClient::NoHttpStatus) << "NETWORK_ERROR";
        QTest::newRow("closed without answer") << QByteArray("") << int(ApiClient::NoHttpStatus) << "NETWORK_ERROR";
    }
    void answersThatAreNotKeywardResponses()
    {
        QFETCH(QByteArray, canned);
        QFETCH(int, status);
        QFETCH(QString, code);
        MisbehavingServer fake(canned.isEmpty() ? MisbehavingServer::Behaviour::CloseAtOnce
                                                : MisbehavingServer::Behaviour::Answer,
                               canned);
        QVERIFY(fake.listen(QHostAddress::LocalHost));
        m_client->setBaseUrl(fake.url());
        const auto me = track(m_client->get(QStringLiteral("v1/me")));
        AWAIT(me);
        QVERIFY(!me->ok);
        QVERIFY2(me->error.code == code, qPrintable(me->error.code + QLatin1String(": ") + me->error.message));
        QCOMPARE(me->error.status, status);
        QVERIFY(!me->error.message.isEmpty());
        if (code == QLatin1String(ErrorCode::NetworkError))
            QVERIFY2(me->error.message.contains(QLatin1String("closed the connection")), qPrintable(me->error.message));
        else if (code == QLatin1String(ErrorCode::BadResponse))
            QVERIFY2(me->error.message.contains(QString::number(status)), qPrintable(me->error.message));
    }

    void silentServerTimesOut()
    {
        MisbehavingServer silent(MisbehavingServer::Behaviour::NeverAnswer);
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        m_client->setBaseUrl(silent.url());
        m_client->setTimeout(400ms);
        QElapsedTimer elapsed;
        elapsed.start();
        const auto me = track(m_client->get(QStringLiteral("v1/me")));
        AWAIT(me);
        QVERIFY(!me->ok);
        QCOMPARE(me->error.code, QLatin1String(ErrorCode::Timeout));
        QCOMPARE(me->error.status, ApiClient::NoHttpStatus);
        QVERIFY(elapsed.elapsed() >= 350);
        QVERIFY2(elapsed.elapsed() < 10000, qPrintable(QString::number(elapsed.elapsed())));
        QTRY_VERIFY(silent.received().startsWith("GET /v1/me HTTP/1.1\r\n"));
    }

    void abortFailsOnceWithCanceled()
    {
        MisbehavingServer silent(MisbehavingServer::Behaviour::NeverAnswer);
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        m_client->setBaseUrl(silent.url());
        ApiReply* reply = m_client->get(QStringLiteral("v1/me"));
        const auto me = track(reply);
        QTRY_VERIFY(!silent.received().isEmpty());
        reply->abort();
        AWAIT(me);
        QCOMPARE(me->error.code, QLatin1String(ErrorCode::Canceled));
    }

    void noServerAddress()
    {
        ApiClient client;
        const auto me = track(client.get(QStringLiteral("v1/me")));
        QCOMPARE(me->calls, 0); // reported later, never from inside the call
        AWAIT(me);
        QCOMPARE(me->error.code, QLatin1String(ErrorCode::NetworkError));
    }

    // Debug logging on: sign-in, requests, refresh and sign-out never write a token, refresh token or password.
    void tokensAreNeverLogged()
    {
        const QString password = QLatin1String(TestServer::AdminPassword);
        std::shared_ptr<Outcome> login, me, logout;
        SessionTokens first, second;
        LogCapture log;
        {
            login = track(m_client->login(QLatin1String(TestServer::AdminEmail), password));
            AWAIT(login);
            first = m_client->tokens();
            m_server.advanceClock(16 * 60);
            me = track(m_client->get(QStringLiteral("v1/me")));
            AWAIT(me);
            second = m_client->tokens();
            logout = track(m_client->logout());
            AWAIT(logout);
        }
        QVERIFY(login->ok && me->ok && logout->ok);
        QVERIFY(second.session != first.session);
        QVERIFY2(log.size() >= 4, qPrintable(log.all()));
        QVERIFY(log.all().contains(QStringLiteral("v1/auth/refresh/<token>")));
        for (const QByteArray& secret : {first.session, first.refresh, second.session, second.refresh})
            QVERIFY2(!log.all().contains(QString::fromLatin1(secret)), qPrintable(log.all()));
        QVERIFY(!log.all().contains(password));
        QVERIFY(!log.all().contains(QStringLiteral("kw_ses_")));
        QVERIFY(!log.all().contains(QStringLiteral("kw_ref_")));
    }

private:
    // Signs the client in as the admin; use as QVERIFY(signIn()).
    bool signIn()
    {
        const auto login
            = track(m_client->login(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        if (!QTest::qWaitFor([&login] { return login->calls > 0; }, 20000) || !login->ok) {
            qWarning() << "sign-in failed:" << login->error.code << login->error.message;
            return false;
        }
        return m_client->hasSession();
    }

    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
