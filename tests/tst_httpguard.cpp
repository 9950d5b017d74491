// The HTTP layer byte by byte, with raw sockets against a real keywardd: the size limits (413, 431), chunked bodies
// (411), the stalled-head timeout (408), unknown routes and methods (404, 405 with Allow), keep-alive, pipelining and
// Connection: close, a slowloris client that must not hold up anybody else, and an access log that never carries a
// secret.

#include "tests/support/TestServer.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

using namespace Keyward::Test;

namespace {

struct RawResponse
{
    bool complete = false;
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QJsonObject json;

    QByteArray header(const char* name) const { return headers.value(QByteArray(name).toLower()); }
    QString errorCode() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
};

// One HTTP/1.1 connection driven by hand. Bytes read but not yet consumed stay in m_buffer, so pipelined responses
// are taken one at a time.
class RawConnection
{
public:
    bool open(const QUrl& url, int timeoutMs = 5000)
    {
        m_socket.connectToHost(url.host(), static_cast<quint16>(url.port()));
        return m_socket.waitForConnected(timeoutMs);
    }

    void send(const QByteArray& bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
        while (m_socket.bytesToWrite() > 0 && m_socket.state() == QAbstractSocket::ConnectedState) {
            if (!m_socket.waitForBytesWritten(5000))
                break;
        }
    }

    // Reads until one whole response (head and Content-Length body) is in, or the time is up, or the peer closed.
    RawResponse read(int timeoutMs = 5000)
    {
        QDeadlineTimer deadline(timeoutMs);
        RawResponse r;
        for (;;) {
            m_buffer += m_socket.readAll();
            if (take(&r))
                return r;
            if (deadline.hasExpired() || m_socket.state() == QAbstractSocket::UnconnectedState)
                return r;
            if (!m_socket.waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())))) {
                m_buffer += m_socket.readAll();
                if (take(&r) || m_socket.state() != QAbstractSocket::ConnectedState)
                    return r;
            }
        }
    }

    // Non-blocking: takes a response if one has fully arrived.
    bool poll(RawResponse* r, int waitMs)
    {
        if (m_socket.state() == QAbstractSocket::ConnectedState)
            m_socket.waitForReadyRead(waitMs);
        m_buffer += m_socket.readAll();
        return take(r);
    }

    // True once the server has closed the connection (waits up to timeoutMs).
    bool closedByPeer(int timeoutMs = 3000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (m_socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired()) {
            m_socket.waitForReadyRead(
                static_cast<int>(std::max<qint64>(1, std::min<qint64>(100, deadline.remainingTime()))));
            m_buffer += m_socket.readAll();
        }
        return m_socket.state() == QAbstractSocket::UnconnectedState;
    }

    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QByteArray leftover() const { return m_buffer; }
    void abort() { m_socket.abort(); }

private:
    bool take(RawResponse* r)
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        RawResponse out;
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        if (statusLine.value(0) != "HTTP/1.1")
            return false;
        out.status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                out.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qint64 length = out.headers.value("content-length", "0").toLongLong();
        if (m_buffer.size() < end + 4 + length)
            return false;
        out.body = m_buffer.mid(end + 4, length);
        out.json = QJsonDocument::fromJson(out.body).object();
        out.complete = true;
        m_buffer.remove(0, end + 4 + length);
        *r = out;
        return true;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray get(const QByteArray& path, const QByteArray& extraHeaders = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

QByteArray keyNames(const QByteArray& listBody)
{
    QByteArray names;
    const QJsonArray keys = QJsonDocument::fromJson(listBody)
                                .object()
                                .value(QStringLiteral("response"))
                                .toObject()
                                .value(QStringLiteral("keys"))
                                .toArray();
    for (const QJsonValue& key : keys)
        names += key.toObject().value(QStringLiteral("id")).toString().toLatin1() + ' ';
    return names;
}

} // namespace

class TestHttpGuard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_token = m_server.loginAdmin();
        QVERIFY(!m_token.isEmpty());
    }
    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void bodyOverTheLimitIs413_data();
    void bodyOverTheLimitIs413();
    void headersOverTheLimitAre431_data();
    void headersOverTheLimitAre431();
    void conflictingContentLengthsAre400();
    void chunkedBodyIs411();
    void stalledHeadIs408();
    void unknownPathIs404();
    void wrongMethodIs405WithAllow_data();
    void wrongMethodIs405WithAllow();
    void keepAliveConnectionServesSeveralRequests();
    void pipelinedRequestsAreAllAnswered();
    void connectionCloseIsHonoured();
    void slowClientDoesNotBlockOthers();
    void accessLogCarriesNoSecrets();
    void accessLogDoesNotEchoAKeyInAnIdSlot();
    void everyAnswerHasDateAndNosniff_data();
    void everyAnswerHasDateAndNosniff();
    void malformedHeadIs400_data();
    void malformedHeadIs400();
    void garbageIsRefusedBeforeTheHeadEnds_data();
    void garbageIsRefusedBeforeTheHeadEnds();
    void lenientButValidHeadsAreServed_data();
    void lenientButValidHeadsAreServed();

private:
    TestServer m_server;
    QByteArray m_token;
};

void TestHttpGuard::bodyOverTheLimitIs413_data()
{
    QTest::addColumn<int>("sentBodyBytes"); // of the announced body, how much is actually sent
    QTest::addColumn<int>("bodySize");
    QTest::newRow("announced only") << 0 << 70 * 1024;
    QTest::newRow("first bytes sent") << 1024 << 70 * 1024;
    QTest::newRow("one byte over") << 0 << 64 * 1024 + 1;
    QTest::newRow("whole body sent") << 70 * 1024 << 70 * 1024;
}

void TestHttpGuard::bodyOverTheLimitIs413()
{
    QFETCH(int, sentBodyBytes);
    QFETCH(int, bodySize);
    const QByteArray before = m_server.http().get(QStringLiteral("v1/api-keys?limit=1000"), session(m_token)).body;
    QVERIFY(before.contains("\"success\":true"));

    // A body the server would accept, padded with JSON whitespace past the limit.
    QByteArray body = R"({"name":"too big","expires_in_days":30})";
    body += QByteArray(bodySize - body.size(), ' ');
    QCOMPARE(body.size(), bodySize);
    RawConnection c;
    QVERIFY(c.open(m_server.url()));
    c.send("POST /v1/api-keys HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nx-auth-token: " + m_token
           + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body.left(sentBodyBytes));
    const RawResponse r = c.read();
    QVERIFY(r.complete);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.errorCode(), QStringLiteral("PAYLOAD_TOO_LARGE"));
    QCOMPARE(r.json.value(QStringLiteral("success")), QJsonValue(false));
    QVERIFY(c.closedByPeer());

    const QByteArray after = m_server.http().get(QStringLiteral("v1/api-keys?limit=1000"), session(m_token)).body;
    QCOMPARE(keyNames(after), keyNames(before));
    QVERIFY(!after.contains("too big"));
}

void TestHttpGuard::headersOverTheLimitAre431_data()
{
    QTest::addColumn<int>("headSize"); // bytes of the whole head, the blank line included
    QTest::addColumn<bool>("terminated");
    QTest::addColumn<int>("pieces"); // sent in this many writes, 100 ms apart
    QTest::addColumn<int>("status");
    QTest::newRow("15 KiB head is fine") << 15 * 1024 << true << 1 << 200;
    QTest::newRow("exactly 16 KiB is fine") << 16 * 1024 << true << 1 << 200;
    QTest::newRow("exactly 16 KiB in pieces") << 16 * 1024 << true << 3 << 200;
    QTest::newRow("16 KiB + 1") << 16 * 1024 + 1 << true << 1 << 431;
    QTest::newRow("16 KiB + 1 in pieces") << 16 * 1024 + 1 << true << 3 << 431;
    QTest::newRow("17 KiB") << 17 * 1024 << true << 1 << 431;
    QTest::newRow("17 KiB and never ends") << 17 * 1024 << false << 1 << 431;
    QTest::newRow("17 KiB in pieces, never ends") << 17 * 1024 << false << 4 << 431;
    QTest::newRow("64 KiB") << 64 * 1024 << true << 1 << 431;
}

void TestHttpGuard::headersOverTheLimitAre431()
{
    QFETCH(int, headSize);
    QFETCH(bool, terminated);
    QFETCH(int, pieces);
    QFETCH(int, status);
    const QByteArray start = "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ";
    const QByteArray end = terminated ? "\r\n\r\n" : "\r\n";
    const QByteArray head = start + QByteArray(headSize - start.size() - 4, 'p') + end;
    QCOMPARE(head.size(), terminated ? headSize : headSize - 2);
    RawConnection c;
    QVERIFY(c.open(m_server.url()));
    QElapsedTimer timer;
    timer.start();
    const int step = (head.size() + pieces - 1) / pieces;
    for (int offset = 0; offset < head.size(); offset += step) {
        if (offset > 0)
            QTest::qWait(100);
        c.send(head.mid(offset, step));
    }
    const RawResponse r = c.read(5000);
    QVERIFY(r.complete);
    QCOMPARE(r.status, status);
    if (status == 431) {
        QCOMPARE(r.errorCode(), QStringLiteral("HEADERS_TOO_LARGE"));
        QVERIFY(timer.elapsed() < 3000); // at once, not at the head timeout
        QVERIFY(c.closedByPeer());
    } else {
        QCOMPARE(r.json.value(QStringLiteral("response")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        QVERIFY(c.connected());
    }
}

// Two different Content-Length values leave the body's end ambiguous: the guard and Qt's parser could each pick
// another, and the guard's limits would be checked against the wrong bytes (request smuggling). RFC 9112 6.3: 400.
void TestHttpGuard::conflictingContentLengthsAre400()
{
    RawConnection c;
    QVERIFY(c.open(m_server.url()));
    // {} is a valid body for this route (it moves the test clock by nothing), so only the framing can refuse it.
    c.send("POST /v1/test/clock HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "Content-Length: 2\r\nContent-Length: 5\r\n\r\n{}");
    const RawResponse r = c.read(3000);
    QVERIFY(r.complete);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("MALFORMED_REQUEST"));
    QVERIFY(c.closedByPeer(2000));
}

void TestHttpGuard::chunkedBodyIs411()
{
    const QByteArray chunk = QByteArray(R"({"email":")") + TestServer::AdminEmail + R"(","password":")"
        + TestServer::AdminPassword + R"("})";
    RawConnection c;
    QVERIFY(c.open(m_server.url()));
    c.send("POST /v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "Transfer-Encoding: chunked\r\n\r\n"
           + QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n0\r\n\r\n");
    const RawResponse r = c.read();
    QVERIFY(r.complete);
    QCOMPARE(r.status, 411);
    QCOMPARE(r.errorCode(), QStringLiteral("LENGTH_REQUIRED"));
    QVERIFY(r.header("x-auth-token").isEmpty());
    QVERIFY(c.closedByPeer());
}

// The head timeout is 10 s. One connection stalls after part of its head; another dribbles a byte at a time, which
// must not move its deadline. Both get 408 about 10 s after their first byte, and both are closed.
void TestHttpGuard::stalledHeadIs408()
{
    RawConnection stalled;
    RawConnection dribbling;
    QVERIFY(stalled.open(m_server.url()));
    QVERIFY(dribbling.open(m_server.url()));
    QElapsedTimer timer;
    timer.start();
    stalled.send("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    dribbling.send("GET /v1/health HTTP/1.1\r\nX-Slow: ");

    RawResponse first;
    RawResponse second;
    qint64 firstAt = -1;
    qint64 secondAt = -1;
    qint64 nextByte = 500;
    while (timer.elapsed() < 16000 && (firstAt < 0 || secondAt < 0)) {
        if (secondAt < 0 && timer.elapsed() >= nextByte && dribbling.connected()) {
            dribbling.send("a");
            nextByte += 500;
        }
        if (firstAt < 0 && stalled.poll(&first, 25))
            firstAt = timer.elapsed();
        if (secondAt < 0 && dribbling.poll(&second, 25))
            secondAt = timer.elapsed();
    }
    QVERIFY2(firstAt >= 0, "the stalled connection got no answer within 16 s");
    QCOMPARE(first.status, 408);
    QCOMPARE(first.errorCode(), QStringLiteral("REQUEST_TIMEOUT"));
    QVERIFY2(firstAt >= 9000 && firstAt < 13000, qPrintable(QString::number(firstAt)));
    QVERIFY(stalled.closedByPeer());
    QVERIFY2(secondAt >= 0, "the dribbling connection got no answer within 16 s");
    QCOMPARE(second.status, 408);
    QVERIFY2(secondAt >= 9000 && secondAt < 13000, qPrintable(QString::number(secondAt)));
    QVERIFY(dribbling.closedByPeer());
}

void TestHttpGuard::unknownPathIs404()
{
    RawConnection c;
    QVERIFY(c.open(m_server.url()));
    c.send(get("/v1/no-such-route"));
    const RawResponse r = c.read();
    QVERIFY(r.complete);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QCOMPARE(r.json.value(QStringLiteral("success")), QJsonValue(false));
    QVERIFY(!r.json.value(QStringLiteral("errors")).toArray().isEmpty());
    QCOMPARE(r.errorCode(), QStringLiteral("NOT_FOUND"));
    QVERIFY(!r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
    // An unknown route is an ordinary answer: the connection stays usable.
    c.send(get("/v1/health"));
    QCOMPARE(c.read().status, 200);
}

void TestHttpGuard::wrongMethodIs405WithAllow_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QStringList>("allowed");
    QTest::newRow("DELETE /v1/health") << QByteArray("DELETE") << QByteArray("/v1/health")
                                       << QStringList {QStringLiteral("GET")};
    QTest::newRow("PUT /v1/api-keys") << QByteArray("PUT") << QByteArray("/v1/api-keys")
                                      << QStringList {QStringLiteral("GET"), QStringLiteral("POST")};
    QTest::newRow("GET /v1/auth/login") << QByteArray("GET") << QByteArray("/v1/auth/login")
                                        << QStringList {QStringLiteral("POST")};
    QTest::newRow("PUT /v1/api-keys/{id}")
        << QByteArray("PUT") << QByteArray("/v1/api-keys/key_abc")
        << QStringList {QStringLiteral("GET"), QStringLiteral("PATCH"), QStringLiteral("DELETE")};
    QTest::newRow("GET /v1/api-keys/{id}/revoke")
        << QByteArray("GET") << QByteArray("/v1/api-keys/key_abc/revoke") << QStringList {QStringLiteral("POST")};
}

void TestHttpGuard::wrongMethodIs405WithAllow()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QStringList, allowed);
    RawConnection c;
    QVERIFY(c.open(m_server.url()));
    c.send(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n");
    const RawResponse r = c.read();
    QVERIFY(r.complete);
    QCOMPARE(r.status, 405);
    QCOMPARE(r.errorCode(), QStringLiteral("METHOD_NOT_ALLOWED"));
    QStringList got;
    for (const QByteArray& name : r.header("allow").split(','))
        got.append(QString::fromLatin1(name.trimmed()));
    got.sort();
    allowed.sort();
    QCOMPARE(got, allowed);
}

void TestHttpGuard::keepAliveConnectionServesSeveralRequests()
{
    RawConnection c;
    QVERIFY(c.open(m_server.url()));
    for (int i = 0; i < 3; ++i) {
        c.send(get("/v1/me", "x-auth-token: " + m_token + "\r\n"));
        const RawResponse r = c.read();
        QVERIFY(r.complete);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("connection").compare("close", Qt::CaseInsensitive) != 0);
        QTest::qWait(200);
        QVERIFY(c.connected());
    }
}

void TestHttpGuard::pipelinedRequestsAreAllAnswered()
{
    RawConnection c;
    QVERIFY(c.open(m_server.url()));
    const QByteArray body = "{}";
    // Three requests in one write: a GET, a POST with a body, and an unknown route.
    c.send(get("/v1/health")
           + "POST /v1/auth/login/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
             "Content-Length: "
           + QByteArray::number(body.size()) + "\r\n\r\n" + body + get("/v1/no-such-route"));
    const RawResponse first = c.read();
    const RawResponse second = c.read();
    const RawResponse third = c.read();
    QVERIFY(first.complete);
    QCOMPARE(first.status, 200);
    QVERIFY(second.complete);
    QCOMPARE(second.status, 400);
    QCOMPARE(second.errorCode(), QStringLiteral("MALFORMED_REQUEST"));
    QVERIFY(third.complete);
    QCOMPARE(third.status, 404);
    QVERIFY(c.leftover().isEmpty());
    // And the connection is still good afterwards.
    QVERIFY(c.connected());
    c.send(get("/v1/health"));
    QCOMPARE(c.read().status, 200);
}

void TestHttpGuard::connectionCloseIsHonoured()
{
    RawConnection c;
    QVERIFY(c.open(m_server.url()));
    c.send(get("/v1/me", "x-auth-token: " + m_token + "\r\nConnection: close\r\n"));
    const RawResponse r = c.read();
    QVERIFY(r.complete);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(QStringLiteral("response")).toObject().contains(QStringLiteral("email")));
    QCOMPARE(r.header("connection").toLower(), QByteArray("close"));
    QVERIFY(c.closedByPeer(2000));
    QVERIFY(c.leftover().isEmpty());
}

// While connections hold half-sent heads, everybody else is served at once.
void TestHttpGuard::slowClientDoesNotBlockOthers()
{
    std::vector<std::unique_ptr<RawConnection>> slow;
    for (int i = 0; i < 16; ++i) {
        slow.push_back(std::make_unique<RawConnection>());
        QVERIFY(slow.back()->open(m_server.url()));
        slow.back()->send("POST /v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: appl");
    }
    for (int i = 0; i < 5; ++i) {
        RawConnection normal;
        QVERIFY(normal.open(m_server.url()));
        QElapsedTimer timer;
        timer.start();
        normal.send(get("/v1/me", "x-auth-token: " + m_token + "\r\n"));
        const RawResponse r = normal.read(3000);
        QVERIFY(r.complete);
        QCOMPARE(r.status, 200);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QTest::qWait(100);
    }
    // A password sign-in (on the worker pool) too.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!m_server.loginAdmin().isEmpty());
    QVERIFY(timer.elapsed() < 3000);
    for (const auto& connection : slow) {
        QVERIFY(connection->connected()); // still waiting: well within the head timeout
        connection->abort();
    }
}

namespace {

// keywardd launched like TestServer does, but keeping its stderr (the access log), which TestServer drops.
class LoggedServer
{
public:
    ~LoggedServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start()
    {
        if (!m_dir.isValid())
            return false;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KEYWARD_TENANT"), QLatin1String(TestServer::Tenant));
        env.insert(QStringLiteral("KEYWARD_ADMIN_EMAIL"), QLatin1String(TestServer::AdminEmail));
        env.insert(QStringLiteral("KEYWARD_ADMIN_PASSWORD"), QLatin1String(TestServer::AdminPassword));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("QT_LOGGING_RULES")); // the default: info messages on
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(KEYWARDD_PATH),
                        {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("keyward.db")),
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--argon2"),
                         QStringLiteral("minimum"), QStringLiteral("--test-clock")});
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression listening(QStringLiteral("listening on (http://[0-9.]+:[0-9]+)"));
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            m_stdout += m_process.readAllStandardOutput();
            const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_stdout));
            if (match.hasMatch()) {
                m_http.setBase(QUrl(match.captured(1) + QLatin1Char('/')));
                return true;
            }
        }
        qWarning() << "keywardd did not start" << m_stdout << m_process.readAllStandardError();
        return false;
    }

    // SIGTERM; true when it exited cleanly. Afterwards stderr() and stdout() hold everything it wrote.
    bool stop()
    {
        m_process.terminate();
        const bool finished = m_process.waitForFinished(15000);
        m_stdout += m_process.readAllStandardOutput();
        m_stderr += m_process.readAllStandardError();
        if (!finished) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        return finished && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

    HttpClient& http() { return m_http; }
    QByteArray stdoutText() const { return m_stdout; }
    QByteArray stderrText() const { return m_stderr; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    HttpClient m_http;
    QByteArray m_stdout;
    QByteArray m_stderr;
};

using Secrets = QList<QPair<const char*, QByteArray>>;

// No secret, nor its last 16 characters, on any line the server wrote.
void verifyNoSecrets(const Secrets& secrets, const QByteArray& err, const QByteArray& out)
{
    for (const auto& [what, secret] : secrets) {
        QVERIFY2(secret.size() >= 16, what);
        for (const QByteArray& line : err.split('\n')) {
            QVERIFY2(!line.contains(secret.right(16)),
                     qPrintable(QStringLiteral("%1 is in the server's stderr: %2")
                                    .arg(QLatin1String(what), QString::fromLatin1(line))));
        }
        QVERIFY2(!out.contains(secret.right(16)),
                 qPrintable(QStringLiteral("%1 is in the server's stdout").arg(QLatin1String(what))));
    }
}

} // namespace

// The access log (stderr) names the method, route and status, but never a key, token or password, wherever the
// client put it: ?ApiKey=, the ApiKey and Authorization headers, the refresh token in the path, the login body.
void TestHttpGuard::accessLogCarriesNoSecrets()
{
    LoggedServer server;
    QVERIFY(server.start());
    HttpClient& http = server.http();

    Secrets secrets {{"the password", TestServer::AdminPassword}};
    const HttpResponse login = http.postJson(QStringLiteral("v1/auth/login"),
                                             {{QStringLiteral("email"), QLatin1String(TestServer::AdminEmail)},
                                              {QStringLiteral("password"), QLatin1String(TestServer::AdminPassword)}});
    QCOMPARE(login.status, 200);
    const QByteArray token = login.header("x-auth-token");
    const QByteArray refresh = login.response().value(QStringLiteral("refresh_token")).toString().toLatin1();
    secrets << qMakePair("the session token", token) << qMakePair("the refresh token", refresh);
    const HttpResponse created = http.postJson(
        QStringLiteral("v1/api-keys"),
        {{QStringLiteral("name"), QStringLiteral("logged")}, {QStringLiteral("expires_in_days"), 7}}, session(token));
    QCOMPARE(created.status, 201);
    const QByteArray key = created.response().value(QStringLiteral("secret")).toString().toLatin1();
    const QByteArray pat = http.post(QStringLiteral("v1/me/auth-key"), {}, session(token))
                               .response()
                               .value(QStringLiteral("secret"))
                               .toString()
                               .toLatin1();
    secrets << qMakePair("the API key", key) << qMakePair("the authentication key", pat);

    QCOMPARE(http.get(QStringLiteral("v1/me?ApiKey=") + QString::fromLatin1(key)).status, 200);
    QCOMPARE(http.get(QStringLiteral("v1/api-keys?status=active&ApiKey=") + QString::fromLatin1(key)).status, 200);
    QCOMPARE(http.get(QStringLiteral("v1/me"), {{"ApiKey", key}}).status, 200);
    QCOMPARE(http.get(QStringLiteral("v1/me"), bearer(pat)).status, 200);
    const HttpResponse refreshed = http.get(QStringLiteral("v1/auth/refresh/") + QString::fromLatin1(refresh));
    QCOMPARE(refreshed.status, 200);
    const QByteArray nextRefresh = refreshed.response().value(QStringLiteral("refresh_token")).toString().toLatin1();
    secrets << qMakePair("the refreshed session token", refreshed.header("x-auth-token"))
            << qMakePair("the next refresh token", nextRefresh);
    QCOMPARE(http.get(QStringLiteral("v1/auth/refresh/") + QString::fromLatin1(refresh)).status, 401); // replayed
    const HttpResponse patLogin = http.postJson(QStringLiteral("v1/auth/login/token"),
                                                {{QStringLiteral("personal-access-token"), QString::fromLatin1(pat)}});
    QCOMPARE(patLogin.status, 200);
    secrets << qMakePair("the key's session token", patLogin.header("x-auth-token"));
    // A secret in an unknown route or behind the wrong method is not echoed either.
    QCOMPARE(http.get(QStringLiteral("v1/leak/") + QString::fromLatin1(key)).status, 404);
    QCOMPARE(http.post(QStringLiteral("v1/auth/refresh/") + QString::fromLatin1(nextRefresh), {}).status, 405);
    const QByteArray wrongPassword = "wrong-password-42";
    secrets << qMakePair("the wrong password", wrongPassword);
    QCOMPARE(http.postJson(QStringLiteral("v1/auth/login"),
                           {{QStringLiteral("email"), QLatin1String(TestServer::AdminEmail)},
                            {QStringLiteral("password"), QLatin1String(wrongPassword)}})
                 .status,
             401);

    QVERIFY(server.stop());
    const QByteArray log = server.stderrText();
    // The log is really on: the requests above left their lines.
    QVERIFY2(log.contains("path=/v1/auth/refresh/{token} status=200"), log.constData());
    QVERIFY(log.contains("path=/v1/auth/refresh/{token} status=401"));
    QVERIFY(log.contains("method=GET path=/v1/me status=200"));
    QVERIFY(log.contains("path=/v1/auth/login status=401"));
    QVERIFY(log.contains("path=/v1/auth/login/token status=200"));
    QVERIFY(log.contains("status=405"));
    verifyNoSecrets(secrets, log, server.stdoutText());
}

// A key pasted where an id belongs (GET /v1/api-keys/<the secret>) is a mistake clients make; the id slot of the
// logged path must not carry it.
void TestHttpGuard::accessLogDoesNotEchoAKeyInAnIdSlot()
{
    LoggedServer server;
    QVERIFY(server.start());
    HttpClient& http = server.http();
    const QByteArray token = http.postJson(QStringLiteral("v1/auth/login"),
                                           {{QStringLiteral("email"), QLatin1String(TestServer::AdminEmail)},
                                            {QStringLiteral("password"), QLatin1String(TestServer::AdminPassword)}})
                                 .header("x-auth-token");
    QVERIFY(!token.isEmpty());
    const HttpResponse created = http.postJson(
        QStringLiteral("v1/api-keys"),
        {{QStringLiteral("name"), QStringLiteral("pasted")}, {QStringLiteral("expires_in_days"), 7}}, session(token));
    QCOMPARE(created.status, 201);
    const QByteArray key = created.response().value(QStringLiteral("secret")).toString().toLatin1();
    const QString id = created.response().value(QStringLiteral("id")).toString();
    QCOMPARE(http.get(QStringLiteral("v1/api-keys/") + QString::fromLatin1(key), session(token)).status, 404);
    QCOMPARE(http.del(QStringLiteral("v1/api-keys/") + QString::fromLatin1(key), session(token)).status, 404);
    QCOMPARE(http.get(QStringLiteral("v1/api-keys/") + id, session(token)).status, 200);
    QVERIFY(server.stop());
    const QByteArray log = server.stderrText();
    QVERIFY2(log.contains("path=/v1/api-keys/" + id.toLatin1() + " status=200"), log.constData());
    QVERIFY(log.contains("status=404"));
    verifyNoSecrets({{"the API key", key}, {"the session token", token}}, log, server.stdoutText());
}

// The Date of an answer: an IMF-fixdate (RFC 9110 5.6.7) within a few seconds of this machine's clock.
bool dateIsNow(const QByteArray& date)
{
    static const QRegularExpression format(QStringLiteral(
        "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} "
        "\\d\\d:\\d\\d:\\d\\d GMT$"));
    if (!format.match(QString::fromLatin1(date)).hasMatch())
        return false;
    QDateTime parsed
        = QLocale::c().toDateTime(QString::fromLatin1(date), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    parsed.setTimeZone(QTimeZone::utc());
    return parsed.isValid() && std::abs(parsed.secsTo(QDateTime::currentDateTimeUtc())) <= 5;
}

void TestHttpGuard::everyAnswerHasDateAndNosniff_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QByteArray login = QByteArray(R"({"email":")") + TestServer::AdminEmail + R"(","password":")"
        + TestServer::AdminPassword + R"("})";
    QTest::newRow("200 on the event loop") << get("/v1/health") << 200;
    QTest::newRow("200 from a worker thread (login)")
        << "POST /v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(login.size()) + "\r\n\r\n" + login
        << 200;
    QTest::newRow("401 from a route") << get("/v1/me") << 401;
    QTest::newRow("404 no route") << get("/v1/nowhere") << 404;
    QTest::newRow("405 wrong method") << QByteArray("DELETE /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") << 405;
    QTest::newRow("400 from the guard") << QByteArray("GET /v1/health HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
    QTest::newRow("411 from the guard") << QByteArray(
        "POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
                                        << 411;
    QTest::newRow("413 from the guard") << QByteArray(
        "POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 999999\r\n\r\n")
                                        << 413;
    QTest::newRow("431 from the guard") << get("/v1/health", "X-Big: " + QByteArray(20000, 'b') + "\r\n") << 431;
}

void TestHttpGuard::everyAnswerHasDateAndNosniff()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    RawConnection c;
    QVERIFY(c.open(m_server.url()));
    c.send(request);
    const RawResponse r = c.read();
    QVERIFY(r.complete);
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("x-content-type-options"), QByteArray("nosniff"));
    QVERIFY2(dateIsNow(r.header("date")), r.header("date").constData());
}

void TestHttpGuard::malformedHeadIs400_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("problem"); // part of the error message
    const QByteArray ok = "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    QTest::newRow("space before the colon") << ok + "X-A : b\r\n\r\n" << 400 << QByteArray("colon");
    QTest::newRow("tab before the colon") << ok + "X-A\t: b\r\n\r\n" << 400 << QByteArray("colon");
    QTest::newRow("Content-Length with a space before the colon")
        << QByteArray("POST /v1/keys/verify HTTP/1.1\r\nHost: x\r\nContent-Length : 2\r\n\r\n{}") << 400
        << QByteArray("colon");
    QTest::newRow("header line without a colon") << ok + "NoColonHere\r\n\r\n" << 400 << QByteArray("name: value");
    QTest::newRow("empty header name") << ok + ": value\r\n\r\n" << 400 << QByteArray("name: value");
    QTest::newRow("header name with a slash") << ok + "X/A: b\r\n\r\n" << 400 << QByteArray("name: value");
    QTest::newRow("folded header line") << ok + "X-A: b\r\n c\r\n\r\n" << 400 << QByteArray("folded");
    QTest::newRow("NUL in a header value")
        << ok + QByteArray("X-A: b\0c\r\n\r\n", 12) << 400 << QByteArray("control character");
    QTest::newRow("bare CR in a header value") << ok + "X-A: b\rc\r\n\r\n" << 400 << QByteArray("CR without LF");
    QTest::newRow("bare LF between header lines")
        << QByteArray("GET /v1/health HTTP/1.1\r\nHost: x\nX-A: b\r\n\r\n") << 400 << QByteArray("without CR");
    QTest::newRow("Content-Length with trailing letters")
        << QByteArray("POST /v1/keys/verify HTTP/1.1\r\nHost: x\r\nContent-Length: 2x\r\n\r\n{}") << 400
        << QByteArray("not a number");
    QTest::newRow("negative Content-Length")
        << QByteArray("POST /v1/keys/verify HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n") << 400
        << QByteArray("not a number");
    QTest::newRow("garbage request line")
        << QByteArray("\x16\x03\x01 hello there\r\n\r\n") << 400 << QByteArray("method");
    QTest::newRow("request line without a version")
        << QByteArray("GET /v1/health\r\nHost: x\r\n\r\n") << 400 << QByteArray("HTTP version");
    QTest::newRow("two spaces in the request line")
        << QByteArray("GET  /v1/health HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << QByteArray("target");
    QTest::newRow("lower-case version") << QByteArray("GET /v1/health http/1.1\r\nHost: x\r\n\r\n") << 400
                                        << QByteArray("HTTP version");
    QTest::newRow("text after the version")
        << QByteArray("GET /v1/health HTTP/1.1 x\r\nHost: x\r\n\r\n") << 400 << QByteArray("HTTP version");
    QTest::newRow("space in the target") << QByteArray("GET /v1/he alth HTTP/1.1\r\nHost: x\r\n\r\n") << 400
                                         << QByteArray("HTTP version");
    QTest::newRow("control character in the target") << QByteArray("GET /v1/he\x01"
                                                                   "alth HTTP/1.1\r\nHost: x\r\n\r\n")
                                                     << 400 << QByteArray("target");
    QTest::newRow("HTTP/2.0 on the request line")
        << QByteArray("GET /v1/health HTTP/2.0\r\nHost: x\r\n\r\n") << 505 << QByteArray("HTTP/1.0 and HTTP/1.1");
}

void TestHttpGuard::malformedHeadIs400()
{
    QFETCH(QByteArray, head);
    QFETCH(int, status);
    QFETCH(QByteArray, problem);
    RawConnection c;
    QVERIFY(c.open(m_server.url()));
    c.send(head);
    const RawResponse r = c.read(3000);
    QVERIFY2(r.complete, "no answer");
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), QStringLiteral("MALFORMED_REQUEST"));
    QVERIFY2(r.body.contains(problem), r.body.constData());
    QVERIFY(c.closedByPeer(2000));
}

void TestHttpGuard::garbageIsRefusedBeforeTheHeadEnds_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("TLS ClientHello on the plain port")
        << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11);
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03", 4);
    QTest::newRow("method with a slash") << QByteArray("GE/T /v1/health HTTP/1.1\r\nHost: x\r\n");
    QTest::newRow("bad version, head not ended") << QByteArray("GET /v1/health HTTX/1.1\r\nHost: x\r\n");
    QTest::newRow("bare LF after the request line") << QByteArray("GET /v1/health HTTP/1.1\nHost: x");
}

void TestHttpGuard::garbageIsRefusedBeforeTheHeadEnds()
{
    QFETCH(QByteArray, start);
    RawConnection c;
    QVERIFY(c.open(m_server.url()));
    QElapsedTimer timer;
    timer.start();
    c.send(start); // no blank line: the head never ends
    const RawResponse r = c.read(3000);
    QVERIFY2(r.complete, "no answer within 3 s (the head timeout is 10 s)");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("MALFORMED_REQUEST"));
    QVERIFY(timer.elapsed() < 3000);
    QVERIFY(c.closedByPeer(2000));
}

void TestHttpGuard::lenientButValidHeadsAreServed_data()
{
    // What RFC 9112 allows, so the strict reading must not refuse it.
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("empty line before the request line")
        << QByteArray("\r\nGET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTest::newRow("HTTP/1.0") << QByteArray("GET /v1/health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    QTest::newRow("no space after the colon, tab in the value")
        << QByteArray("GET /v1/health HTTP/1.1\r\nHost:127.0.0.1\r\nX-A:\tb c\t\r\n\r\n");
    QTest::newRow("obs-text in a value") << QByteArray("GET /v1/health HTTP/1.1\r\nHost: x\r\nX-A: caf\xe9\r\n\r\n");
    QTest::newRow("all tchars in a name")
        << QByteArray("GET /v1/health HTTP/1.1\r\nHost: x\r\nX!#$%&'*+-.^_`|~09az: v\r\n\r\n");
    QTest::newRow("Content-Length with spaces around")
        << QByteArray("POST /v1/test/clock HTTP/1.1\r\nHost: x\r\nContent-Length:  2 \r\n\r\n{}");
    QTest::newRow("query with escapes") << QByteArray("GET /v1/health?a=%20b&c=~d HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
}

void TestHttpGuard::lenientButValidHeadsAreServed()
{
    QFETCH(QByteArray, request);
    RawConnection c;
    QVERIFY(c.open(m_server.url()));
    c.send(request);
    const RawResponse r = c.read();
    QVERIFY(r.complete);
    QVERIFY2(r.status == 200, r.body.constData());
}

QTEST_GUILESS_MAIN(TestHttpGuard)
#include "tst_httpguard.moc"
