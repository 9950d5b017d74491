// keywardd serving HTTPS (--tls-cert/--tls-key) with a certificate made for the test: the API works over TLS, plain
// HTTP on the TLS port gets nothing, the size guard still applies to the decrypted bytes, and bad TLS files stop the
// server at start with a clear message.

#include "tests/support/TestServer.h"

#include <QProcess>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Test;

class TestTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), keyPath(),
                       QStringLiteral("-out"), certPath()});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certPath());
        QCOMPARE(certificates.size(), 1);
        m_certificate = certificates.first();
        QVERIFY(m_server.start({QStringLiteral("--tls-cert"), certPath(), QStringLiteral("--tls-key"), keyPath()}));
        QCOMPARE(m_server.url().scheme(), QStringLiteral("https"));
        m_server.http().trustCertificate(m_certificate);
    }
    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void apiWorksOverTls()
    {
        const QByteArray token = m_server.loginAdmin();
        QVERIFY(token.startsWith("kw_ses_"));
        const QJsonObject key = m_server.createKey(
            token, {{QStringLiteral("name"), QStringLiteral("tls")}, {QStringLiteral("expires_in_days"), 7}});
        const QByteArray secret = key.value(QStringLiteral("secret")).toString().toLatin1();
        QVERIFY(secret.startsWith("kw_key_"));
        const HttpResponse verified = m_server.http().post(QStringLiteral("v1/keys/verify"), {}, bearer(secret));
        QCOMPARE(verified.status, 200);
        QCOMPARE(verified.response().value(QStringLiteral("valid")).toBool(), true);
    }

    void untrustedCertificateIsRefusedByTheClient()
    {
        HttpClient strict(m_server.url()); // no trusted certificate: the self-signed one must fail verification
        const HttpResponse r = strict.get(QStringLiteral("v1/health"));
        QCOMPARE(r.status, 0);
    }

    void plainHttpOnTheTlsPortGetsNoHttpAnswer()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_server.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        socket.waitForReadyRead(3000);
        QVERIFY(!socket.readAll().startsWith("HTTP/1.1 200"));
    }

    void sizeGuardWorksOnDecryptedBytes()
    {
        QSslSocket socket;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates({m_certificate});
        socket.setSslConfiguration(configuration);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), static_cast<quint16>(m_server.url().port()));
        QVERIFY(socket.waitForEncrypted(10000));
        socket.write("POST /v1/api-keys HTTP/1.1\r\nHost: x\r\nContent-Length: 200000\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n"), 10000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains("PAYLOAD_TOO_LARGE"));
    }

    void badTlsFilesStopTheServer_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing certificate")
            << QStringLiteral("/nonexistent.pem") << keyPath() << QStringLiteral("no PEM certificate");
        QTest::newRow("key is not a key")
            << certPath() << certPath() << QStringLiteral("no unencrypted PEM private key");
        QTest::newRow("cert without key") << certPath() << QString() << QStringLiteral("go together");
    }
    void badTlsFilesStopTheServer()
    {
        QFETCH(QString, cert);
        QFETCH(QString, key);
        QFETCH(QString, message);
        QStringList args {QStringLiteral("--db"),       m_dir.filePath(QStringLiteral("other.db")),
                          QStringLiteral("--listen"),   QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--tls-cert"), cert};
        if (!key.isEmpty())
            args << QStringLiteral("--tls-key") << key;
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(KEYWARDD_PATH), args);
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 2);
        const QByteArray output = process.readAll();
        QVERIFY2(output.contains(message.toUtf8()), output.constData());
        QVERIFY(!output.contains("listening"));
    }

private:
    QString certPath() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    QString keyPath() const { return m_dir.filePath(QStringLiteral("key.pem")); }

    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    TestServer m_server;
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
