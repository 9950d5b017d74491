// The hand-written JSON of key listings is byte for byte what QJsonDocument writes for the same key, including
// awkward text (quotes, backslashes, control characters, non-ASCII), nulls and every scope and status.

#include "server/service/JsonWriter.h"
#include "server/service/Views.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Keyward;

class TestViews : public QObject
{
    Q_OBJECT
private slots:
    void keyListingMatchesQJsonDocument_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("address");
        QTest::addColumn<qint64>("lastUsed");
        QTest::addColumn<int>("scopes");
        QTest::addColumn<bool>("revoked");
        QTest::newRow("plain") << "billing-prod"
                               << "127.0.0.1" << qint64(1764000000000) << 3 << false;
        QTest::newRow("quotes and backslash") << R"(say "hi" \ bye)"
                                              << "" << qint64(0) << 1 << true;
        QTest::newRow("control characters")
            << QStringLiteral("tab\tnew\nline\r\x01\x1f\b\f") << "::1" << qint64(5) << 15 << false;
        QTest::newRow("non-ASCII") << QStringLiteral("Schlüssel – 鍵 🔑") << "" << qint64(0) << 8 << false;
        QTest::newRow("slash and empty") << "a/b"
                                         << "10.0.0.1" << qint64(1) << 0 << false;
    }
    void keyListingMatchesQJsonDocument()
    {
        QFETCH(QString, name);
        QFETCH(QString, address);
        QFETCH(qint64, lastUsed);
        QFETCH(int, scopes);
        QFETCH(bool, revoked);
        KeyRecord key;
        key.id = QStringLiteral("key_0123456789abcdef");
        key.tenantId = QStringLiteral("ten_0123456789abcdef");
        key.userId = QStringLiteral("usr_0123456789abcdef");
        key.name = name;
        key.description = name + QStringLiteral(" (description)");
        key.displayPrefix = QStringLiteral("kw_key_Ab3x");
        key.scopes = Scopes::fromInt(scopes);
        key.rateLimitPerMinute = 42;
        key.revoked = revoked;
        key.createdAt = 1764000000123;
        key.updatedAt = 1764000000456;
        key.expiresAt = 1766000000000;
        key.lastUsedAt = lastUsed;
        key.lastUsedAddress = address;
        key.createdBy = QStringLiteral("usr_fedcba9876543210");
        key.ownerEmail = QStringLiteral("owner+\"x\"@acme.test");
        for (const qint64 now : {qint64(1765000000000), qint64(1767000000000)}) {
            QByteArray written;
            Views::appendKey(written, key, now);
            QCOMPARE(written, QJsonDocument(Views::key(key, now)).toJson(QJsonDocument::Compact));
        }
    }

    // The verify answer's key part, written straight on the hot path, is what QJsonDocument writes.
    void verifyFragmentMatchesQJsonDocument_data()
    {
        QTest::addColumn<int>("scopes");
        QTest::addColumn<qint64>("expiresAt");
        QTest::addColumn<bool>("authenticationKey");
        QTest::addColumn<QString>("tenantName");
        QTest::newRow("api key") << 3 << qint64(1766000000000) << false << "acme";
        QTest::newRow("authentication key, no expiry") << 15 << qint64(0) << true << "acme";
        QTest::newRow("awkward names") << 9 << qint64(1) << false << QStringLiteral("\"q\" \\ Schlüssel 鍵\n");
        QTest::newRow("no scopes") << 0 << qint64(1766000000000) << false << "";
    }
    void verifyFragmentMatchesQJsonDocument()
    {
        QFETCH(int, scopes);
        QFETCH(qint64, expiresAt);
        QFETCH(bool, authenticationKey);
        QFETCH(QString, tenantName);
        KeyRecord key;
        key.id = QStringLiteral("key_0123456789abcdef");
        key.tenantId = QStringLiteral("ten_0123456789abcdef");
        key.userId = QStringLiteral("usr_0123456789abcdef");
        key.ownerEmail = QStringLiteral("owner+\"x\"@acme.test");
        key.scopes = Scopes::fromInt(scopes);
        key.expiresAt = expiresAt;
        key.kind = authenticationKey ? KeyKind::AuthenticationKey : KeyKind::ApiKey;
        QByteArray written;
        Views::appendVerifyFragment(written, key, tenantName);
        QCOMPARE(written, Views::verifyFragment(key, tenantName));
        QVERIFY(written.startsWith("\"expires_at\":"));
    }

    // An audit entry's target_name: the name it was written with, or null for an entry that has none (e.g. written
    // before names were recorded).
    void auditEntryNamesItsTarget()
    {
        AuditRecord a;
        a.id = 7;
        a.action = QStringLiteral("key.deleted");
        a.targetType = QStringLiteral("key");
        a.targetId = QStringLiteral("key_AAAAAAAAAAAAAAAA");
        const QJsonObject unnamed = Views::audit(a);
        QVERIFY(unnamed.contains(QStringLiteral("target_name")));
        QVERIFY(unnamed.value(QStringLiteral("target_name")).isNull());
        a.targetName = QStringLiteral("prod \"billing\"");
        const QJsonObject named = Views::audit(a);
        QCOMPARE(named.value(QStringLiteral("target_name")).toString(), QStringLiteral("prod \"billing\""));
        QCOMPARE(named.value(QStringLiteral("target")).toObject().value(QStringLiteral("id")).toString(), a.targetId);
    }

    void stringsMatchQJsonDocumentForEveryCharacter()
    {
        QString all;
        for (char16_t c = 1; c < 0x300; ++c)
            all.append(QChar(c));
        QByteArray written;
        JsonWriter(written).string(all);
        const QByteArray expected = QJsonDocument(QJsonArray {all}).toJson(QJsonDocument::Compact);
        QCOMPARE(written, expected.mid(1, expected.size() - 2));
    }
};

QTEST_GUILESS_MAIN(TestViews)
#include "tst_views.moc"
