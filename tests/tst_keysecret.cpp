#include "core/KeySecret.h"

#include <QSet>
#include <QTest>
#include <sodium.h>

using namespace Keyward;

class TestKeySecret : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void generatedSecretsAreWellFormed_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("authentication key") << int(KeySecret::Kind::AuthenticationKey) << QByteArray("kw_pat_");
        QTest::newRow("api key") << int(KeySecret::Kind::ApiKey) << QByteArray("kw_key_");
        QTest::newRow("session") << int(KeySecret::Kind::Session) << QByteArray("kw_ses_");
        QTest::newRow("refresh") << int(KeySecret::Kind::Refresh) << QByteArray("kw_ref_");
    }
    void generatedSecretsAreWellFormed()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, prefix);
        const QByteArray secret = KeySecret::generate(KeySecret::Kind(kind));
        QVERIFY(secret.startsWith(prefix));
        QCOMPARE(secret.size(), 7 + KeySecret::RandomLength + KeySecret::ChecksumLength);
        KeySecret::Kind parsed;
        QVERIFY(KeySecret::isWellFormed(secret, &parsed));
        QCOMPARE(int(parsed), kind);
    }

    void everyTypoFailsTheChecksum()
    {
        const QByteArray secret = KeySecret::generate(KeySecret::Kind::ApiKey);
        for (int i = 7; i < secret.size(); ++i) {
            QByteArray typo = secret;
            typo[i] = secret[i] == 'a' ? 'b' : 'a';
            QVERIFY2(!KeySecret::isWellFormed(typo), typo.constData());
        }
        QVERIFY(!KeySecret::isWellFormed(secret.left(secret.size() - 1)));
        QVERIFY(!KeySecret::isWellFormed("xx_key_" + secret.mid(7)));
        QVERIFY(!KeySecret::isWellFormed(QByteArray()));
    }

    void secretsAreUnique()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 2000; ++i)
            seen.insert(KeySecret::generate(KeySecret::Kind::ApiKey));
        QCOMPARE(seen.size(), 2000);
    }

    void hashIsSha256Hex()
    {
        // The SHA-256 test vector for "abc".
        QCOMPARE(KeySecret::hash("abc"),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void crc32MatchesTheStandard()
    {
        QCOMPARE(KeySecret::crc32("123456789"), 0xCBF43926u); // the CRC-32 check value
    }

    void displayPrefixRevealsOnlyAFewCharacters()
    {
        const QByteArray secret = KeySecret::generate(KeySecret::Kind::ApiKey);
        QCOMPARE(KeySecret::displayPrefix(secret).size(), 7 + KeySecret::DisplayRandomChars);
        QVERIFY(secret.startsWith(KeySecret::displayPrefix(secret).toLatin1()));
    }

    void equalIsExact()
    {
        QVERIFY(KeySecret::equal("abc", "abc"));
        QVERIFY(!KeySecret::equal("abc", "abd"));
        QVERIFY(!KeySecret::equal("abc", "abcd"));
    }
};

QTEST_GUILESS_MAIN(TestKeySecret)
#include "tst_keysecret.moc"
