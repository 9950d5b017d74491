// GithubScanningKeys on its own: GitHub's public-keys document is read (and refused when it is not one), and a
// signature verifies only with the key its identifier names, over exactly the bytes that were signed. Key pairs and
// signatures come from the openssl command line, as GitHub's would from any other ECDSA P-256 implementation.

#include "server/service/GithubScanningKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyward;

namespace {
QByteArray openssl(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral("openssl"), arguments);
    process.waitForStarted(10000);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        qWarning() << "openssl" << arguments << "failed:" << process.readAllStandardError();
    return process.readAllStandardOutput();
}

QByteArray document(const QList<QPair<QString, QByteArray>>& keys)
{
    QJsonArray list;
    for (const auto& [identifier, pem] : keys)
        list.append(QJsonObject {{QStringLiteral("key_identifier"), identifier},
                                 {QStringLiteral("key"), QString::fromLatin1(pem)},
                                 {QStringLiteral("is_current"), true}});
    return QJsonDocument(QJsonObject {{QStringLiteral("public_keys"), list}}).toJson();
}
} // namespace

class TestGithubScanningKeys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char* name : {"github", "other"}) {
            const QString path = m_dir.filePath(QLatin1String(name) + QStringLiteral(".pem"));
            openssl({QStringLiteral("ecparam"), QStringLiteral("-name"), QStringLiteral("prime256v1"),
                     QStringLiteral("-genkey"), QStringLiteral("-noout"), QStringLiteral("-out"), path});
            m_private.append(path);
            m_public.append(openssl({QStringLiteral("ec"), QStringLiteral("-in"), path, QStringLiteral("-pubout")}));
            QVERIFY(m_public.constLast().startsWith("-----BEGIN PUBLIC KEY-----"));
        }
    }

    void verify_data()
    {
        QTest::addColumn<QByteArray>("identifier");
        QTest::addColumn<int>("signer"); // 0: GitHub's key, 1: another
        QTest::addColumn<bool>("tampered");
        QTest::addColumn<int>("verdict");
        using V = GithubScanningKeys::Verdict;
        QTest::newRow("good") << QByteArray("gh-1") << 0 << false << int(V::Valid);
        QTest::newRow("identifier with spaces") << QByteArray(" gh-1 ") << 0 << false << int(V::Valid);
        QTest::newRow("other key") << QByteArray("gh-1") << 1 << false << int(V::BadSignature);
        QTest::newRow("other body") << QByteArray("gh-1") << 0 << true << int(V::BadSignature);
        QTest::newRow("unknown identifier") << QByteArray("gh-2") << 0 << false << int(V::UnknownKeyIdentifier);
        QTest::newRow("empty identifier") << QByteArray() << 0 << false << int(V::UnknownKeyIdentifier);
    }
    void verify()
    {
        QFETCH(QByteArray, identifier);
        QFETCH(int, signer);
        QFETCH(bool, tampered);
        QFETCH(int, verdict);
        QString error;
        const std::optional<GithubScanningKeys> keys
            = GithubScanningKeys::fromJson(document({{QStringLiteral("gh-1"), m_public.at(0)}}), &error);
        QVERIFY2(keys, qPrintable(error));
        QCOMPARE(keys->size(), 1);
        const QByteArray body
            = R"([{"token":"kw_key_x","type":"keyward","url":"https://github.com/","source":"content"}])";
        const QByteArray signature = openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"),
                                              QStringLiteral("-sign"), m_private.at(signer)},
                                             body)
                                         .toBase64();
        QCOMPARE(int(keys->verify(identifier, signature, tampered ? body + ' ' : body)), verdict);
    }

    void malformedSignatures_data()
    {
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not base64") << QByteArray("***");
        QTest::newRow("base64 of junk") << QByteArray("c2lnbmF0dXJl");
    }
    void malformedSignatures()
    {
        QFETCH(QByteArray, signature);
        QString error;
        const auto keys = GithubScanningKeys::fromJson(document({{QStringLiteral("gh-1"), m_public.at(0)}}), &error);
        QVERIFY(keys);
        QVERIFY(keys->verify("gh-1", signature, "[]") != GithubScanningKeys::Verdict::Valid);
    }

    void refusesWhatIsNotGithubsDocument_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("not JSON") << QByteArray("{") << "not valid JSON";
        QTest::newRow("an array") << QByteArray("[]") << "public_keys";
        QTest::newRow("no keys") << QByteArray(R"({"public_keys":[]})") << "public_keys";
        QTest::newRow("no identifier") << document({{QString(), m_public.at(0)}}) << "key_identifier";
        QTest::newRow("not PEM") << document({{QStringLiteral("a"), "PEM?"}}) << "not a PEM public key";
        QTest::newRow("twice") << document(
            {{QStringLiteral("a"), m_public.at(0)}, {QStringLiteral("a"), m_public.at(1)}})
                               << "twice";
        QTest::newRow("a private key") << document(
            {{QStringLiteral("a"), openssl({QStringLiteral("ec"), QStringLiteral("-in"), m_private.at(0)})}})
                                       << "not a PEM public key";
    }
    void refusesWhatIsNotGithubsDocument()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!GithubScanningKeys::fromJson(text, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void severalKeysEachVerifyTheirOwn()
    {
        QString error;
        const auto keys = GithubScanningKeys::fromJson(
            document({{QStringLiteral("old"), m_public.at(1)}, {QStringLiteral("new"), m_public.at(0)}}), &error);
        QVERIFY2(keys, qPrintable(error));
        QCOMPARE(keys->size(), 2);
        const QByteArray body = "[]";
        const QByteArray byNew
            = openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-sign"), m_private.at(0)},
                      body)
                  .toBase64();
        QCOMPARE(keys->verify("new", byNew, body), GithubScanningKeys::Verdict::Valid);
        QCOMPARE(keys->verify("old", byNew, body), GithubScanningKeys::Verdict::BadSignature);
    }

private:
    QTemporaryDir m_dir;
    QStringList m_private;
    QList<QByteArray> m_public;
};

QTEST_GUILESS_MAIN(TestGithubScanningKeys)
#include "tst_githubscanningkeys.moc"
