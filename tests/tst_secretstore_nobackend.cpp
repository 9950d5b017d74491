// SecretStore with no Secret Service at all (tests/run-with-keyring.sh --no-secret-service: the session bus address
// points at a socket that does not exist). QtKeychain then fails (OtherError); the store must say so, report itself
// unavailable, keep nothing, and never fall back to a plaintext file: no secret byte may reach the disk.

#include "core/KeySecret.h"
#include "core/SecretStore.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <optional>

using namespace Keyward;

using Result = SecretStore::Result;
using Status = SecretStore::Status;

class TestSecretStoreNoBackend : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("KEYWARD_TEST_HOME"), "run through tests/run-with-keyring.sh");
        QCOMPARE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        m_home = qEnvironmentVariable("KEYWARD_TEST_HOME");
        QVERIFY(QDir::homePath().startsWith(m_home));
        QCoreApplication::setOrganizationName(QStringLiteral("KeywardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_secretstore_nobackend"));
        QVERIFY(QSettings().fileName().startsWith(m_home));
    }

    void writeFailsAndTheStoreSaysSo()
    {
        SecretStore store;
        QVERIFY(store.available()); // nothing known before the first attempt
        QSignalSpy availability(&store, &SecretStore::availabilityChanged);
        const QString name
            = SecretStore::entryName(server(), QStringLiteral("ann@acme.test"), SecretStore::sessionKind());
        const Result written = await(
            [&](SecretStore::Callback done) { store.write(name, newSecret(KeySecret::Kind::Session), this, done); });
        QCOMPARE(written.status, Status::Unavailable);
        QCOMPARE(written.name, name);
        QVERIFY(!written.error.isEmpty());
        QVERIFY(!store.available());
        QCOMPARE(store.unavailableReason(), written.error);
        QCOMPARE(availability.count(), 1);
        QCOMPARE(availability.first().first().toBool(), false);
        QVERIFY(store.storedNames().isEmpty());
        qInfo() << "the keychain said:" << written.error;

        // Still no keychain: the next write fails as plainly, and the store stays unavailable (no second signal).
        const Result again = await(
            [&](SecretStore::Callback done) { store.write(name, newSecret(KeySecret::Kind::Refresh), this, done); });
        QCOMPARE(again.status, Status::Unavailable);
        QVERIFY(!store.available());
        QCOMPARE(availability.count(), 1);
    }

    // A read is a failure, not "not found": the console must not conclude there simply is no stored session.
    void readFailsInsteadOfFindingNothing()
    {
        SecretStore store;
        const Result read = await([&](SecretStore::Callback done) {
            store.read(SecretStore::entryName(server(), QStringLiteral("ann@acme.test"), SecretStore::sessionKind()),
                       this, done);
        });
        QCOMPARE(read.status, Status::Unavailable);
        QVERIFY(!read.error.isEmpty());
        QVERIFY(read.secret.isEmpty());
        QVERIFY(!store.available());
    }

    void sessionIsNotPersisted()
    {
        SecretStore store;
        const SessionTokens tokens {newSecret(KeySecret::Kind::Session), newSecret(KeySecret::Kind::Refresh),
                                    QDateTime::currentDateTimeUtc().addSecs(900)};
        const Result saved = await([&](SecretStore::Callback done) {
            store.saveSession(server(), QStringLiteral("bob@acme.test"), tokens, this, done);
        });
        QCOMPARE(saved.status, Status::Unavailable);
        QVERIFY(!store.available());
        QVERIFY(store.storedNames().isEmpty());

        auto loaded = std::make_shared<SessionTokens>();
        const Result load = await([&](SecretStore::Callback done) {
            store.loadSession(server(), QStringLiteral("bob@acme.test"), this,
                              [loaded, done](const SessionTokens& t, const Result& r) {
                                  *loaded = t;
                                  done(r);
                              });
        });
        QCOMPARE(load.status, Status::Unavailable);
        QVERIFY(loaded->isNull());
    }

    // No plaintext fallback: no file under the temporary HOME/XDG folders holds a secret, raw or base64.
    void nothingReachesTheDisk()
    {
        QVERIFY(m_secrets.size() >= 4);
        for (const QByteArray& secret : std::as_const(m_secrets)) {
            QVERIFY2(filesContaining(secret).isEmpty(), qPrintable(filesContaining(secret).join(QLatin1Char(' '))));
            QVERIFY(filesContaining(secret.toBase64()).isEmpty());
        }
        QVERIFY(filesContaining("kw_ses_").isEmpty());
        QVERIFY(filesContaining("kw_ref_").isEmpty());
        // The scan does find a secret that is on disk.
        QFile control(m_home + QStringLiteral("/config/control.txt"));
        QVERIFY(control.open(QIODevice::WriteOnly));
        control.write("x" + m_secrets.first() + "y");
        control.close();
        QCOMPARE(filesContaining(m_secrets.first()), QStringList {control.fileName()});
        QVERIFY(control.remove());
    }

private:
    QString server() const { return QStringLiteral("http://keyward.test:8421/"); }

    QByteArray newSecret(KeySecret::Kind kind)
    {
        m_secrets.append(KeySecret::generate(kind));
        return m_secrets.last();
    }

    QStringList filesContaining(const QByteArray& needle) const
    {
        QStringList found;
        QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                found.append(file.fileName());
        }
        return found;
    }

    template<typename Start> Result await(Start start)
    {
        auto answer = std::make_shared<std::optional<Result>>();
        start([answer](const Result& result) { *answer = result; });
        if (!QTest::qWaitFor([&answer] { return answer->has_value(); }, 30000))
            return {Status::Failed, {}, {}, QStringLiteral("no answer within 30 s")};
        return **answer;
    }

    QString m_home;
    QList<QByteArray> m_secrets;
};

QTEST_GUILESS_MAIN(TestSecretStoreNoBackend)
#include "tst_secretstore_nobackend.moc"
