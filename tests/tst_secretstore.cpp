// SecretStore against a real Secret Service: gnome-keyring in a private D-Bus session with HOME and XDG_* in a
// temporary folder (tests/run-with-keyring.sh). A locked or missing keyring answers a read with "not found", so every
// read-back first asserts that the write succeeded. Proves that tokens survive a restart of the client (a new store
// and a new ApiClient resume the session against a real keywardd) and never appear in the QSettings file.

#include "core/ApiClient.h"
#include "core/KeySecret.h"
#include "core/SecretStore.h"
#include "tests/support/TestServer.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <optional>

using namespace Keyward;
using namespace Keyward::Test;

using Result = SecretStore::Result;
using Status = SecretStore::Status;

class TestSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("KEYWARD_TEST_HOME"), "run through tests/run-with-keyring.sh");
        QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").startsWith(QLatin1String("unix:")));
        QVERIFY(QDir::homePath().startsWith(qEnvironmentVariable("KEYWARD_TEST_HOME")));
        QCoreApplication::setOrganizationName(QStringLiteral("KeywardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_secretstore"));
        m_settingsFile = QSettings().fileName();
        QVERIFY2(m_settingsFile.startsWith(qEnvironmentVariable("KEYWARD_TEST_HOME")), qPrintable(m_settingsFile));
        QVERIFY(m_server.start());
    }
    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void init() { m_store = std::make_unique<SecretStore>(); }
    void cleanup() { m_store.reset(); }

    void writeThenReadBack()
    {
        QSignalSpy availability(m_store.get(), &SecretStore::availabilityChanged);
        const QString name
            = SecretStore::entryName(server(), QStringLiteral("ann@acme.test"), SecretStore::sessionKind());
        QCOMPARE(name, server() + QStringLiteral("|ann@acme.test|session"));
        const QByteArray secret = newSecret(KeySecret::Kind::Session);
        const Result written = write(name, secret);
        QVERIFY2(written.ok(), qPrintable(written.error)); // first: a locked keyring would read "not found" below
        QCOMPARE(written.name, name);
        QVERIFY(m_store->available());
        QVERIFY(m_store->storedNames().contains(name));
        const Result read = this->read(name);
        QCOMPARE(read.status, Status::Ok);
        QCOMPARE(read.secret, secret);
        QCOMPARE(availability.count(), 0);
    }

    void secretsAreBytes()
    {
        const QString name = SecretStore::entryName(server(), QStringLiteral("ann@acme.test"), QStringLiteral("blob"));
        QByteArray secret = newSecret(KeySecret::Kind::ApiKey);
        secret += QByteArray("\0\x01\xff\xfe\n|äö", 11);
        const Result written = write(name, secret);
        QVERIFY2(written.ok(), qPrintable(written.error));
        QCOMPARE(read(name).secret, secret);
        QVERIFY(remove(name).ok());
    }

    void overwriteReplacesTheSecret()
    {
        const QString name
            = SecretStore::entryName(server(), QStringLiteral("bob@acme.test"), SecretStore::refreshKind());
        const QByteArray first = newSecret(KeySecret::Kind::Refresh);
        const QByteArray second = newSecret(KeySecret::Kind::Refresh);
        QVERIFY(write(name, first).ok());
        QCOMPARE(read(name).secret, first);
        QVERIFY(write(name, second).ok());
        const Result read = this->read(name);
        QCOMPARE(read.status, Status::Ok);
        QCOMPARE(read.secret, second);
        QCOMPARE(m_store->storedNames().count(name), 1);
    }

    void removeDeletesTheEntry()
    {
        const QString name = SecretStore::entryName(server(), QStringLiteral("cy@acme.test"),
                                                    SecretStore::keyKind(QStringLiteral("key_1")));
        QCOMPARE(name, server() + QStringLiteral("|cy@acme.test|key:key_1"));
        QVERIFY(write(name, newSecret(KeySecret::Kind::ApiKey)).ok());
        QCOMPARE(read(name).status, Status::Ok);
        const Result removed = remove(name);
        QVERIFY2(removed.ok(), qPrintable(removed.error));
        QCOMPARE(read(name).status, Status::NotFound);
        QVERIFY(!m_store->storedNames().contains(name));
        QVERIFY(remove(name).ok()); // removing what is not there is fine
        QVERIFY(m_store->available());
    }

    void entriesDoNotCollide()
    {
        const QString email = QStringLiteral("Dee@Acme.Test");
        QCOMPARE(SecretStore::entryName(server(), email, SecretStore::sessionKind()),
                 SecretStore::entryName(server(), email.toLower(), SecretStore::sessionKind()));
        const QStringList names {
            SecretStore::entryName(server(), email, SecretStore::sessionKind()),
            SecretStore::entryName(server(), email, SecretStore::refreshKind()),
            SecretStore::entryName(QStringLiteral("https://other.example/"), email, SecretStore::sessionKind()),
            SecretStore::entryName(server(), QStringLiteral("eve@acme.test"), SecretStore::sessionKind())};
        QList<QByteArray> secrets;
        for (const QString& name : names) {
            secrets.append(newSecret(KeySecret::Kind::Session));
            QVERIFY(write(name, secrets.last()).ok());
        }
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(read(names[i]).secret, secrets[i]);
        for (const QString& name : names)
            QVERIFY(remove(name).ok());
    }

    void callbackIsDroppedWithItsContext()
    {
        const QString name = SecretStore::entryName(server(), QStringLiteral("fay@acme.test"), QStringLiteral("ctx"));
        bool called = false;
        auto* context = new QObject;
        m_store->write(name, newSecret(KeySecret::Kind::Session), context, [&called](const Result&) { called = true; });
        delete context;
        // The write itself still happens; only the answer has nobody to go to.
        QTRY_COMPARE_WITH_TIMEOUT(read(name).status, Status::Ok, 10000);
        QVERIFY(!called);
        QVERIFY(remove(name).ok());
    }

    void sessionRoundTrip()
    {
        const SessionTokens tokens {newSecret(KeySecret::Kind::Session), newSecret(KeySecret::Kind::Refresh),
                                    QDateTime::currentDateTimeUtc().addSecs(600)};
        const Result saved = await([&](SecretStore::Callback done) {
            m_store->saveSession(server(), QStringLiteral("gus@acme.test"), tokens, this, done);
        });
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        // A new store, as after a restart of the console.
        m_store = std::make_unique<SecretStore>();
        const auto [loaded, result] = loadSession(QStringLiteral("gus@acme.test"));
        QCOMPARE(result.status, Status::Ok);
        QVERIFY(result.secret.isEmpty());
        QCOMPARE(loaded.session, tokens.session);
        QCOMPARE(loaded.refresh, tokens.refresh);
        QCOMPARE(loaded.expiresAt, tokens.expiresAt);

        // A key session has no refresh token: saving one removes the old refresh entry.
        const SessionTokens keySession {newSecret(KeySecret::Kind::Session), {}, tokens.expiresAt};
        QVERIFY(await([&](SecretStore::Callback done) {
                    m_store->saveSession(server(), QStringLiteral("gus@acme.test"), keySession, this, done);
                }).ok());
        const auto [reloaded, reloadResult] = loadSession(QStringLiteral("gus@acme.test"));
        QCOMPARE(reloadResult.status, Status::Ok);
        QCOMPARE(reloaded.session, keySession.session);
        QVERIFY(reloaded.refresh.isEmpty());

        // Sign-out removes both.
        QVERIFY(await([&](SecretStore::Callback done) {
                    m_store->forgetSession(server(), QStringLiteral("gus@acme.test"), this, done);
                }).ok());
        const auto [forgotten, forgottenResult] = loadSession(QStringLiteral("gus@acme.test"));
        QCOMPARE(forgottenResult.status, Status::NotFound);
        QVERIFY(forgotten.isNull());
        QVERIFY(!m_store->storedNames().contains(
            SecretStore::entryName(server(), QStringLiteral("gus@acme.test"), SecretStore::sessionKind())));
    }

    // The whole restart: sign in, persist on sessionChanged, throw client and store away, start new ones from the
    // keychain, and the session goes on (also after it lapsed: the restored refresh token renews it).
    void restartResumesTheSession()
    {
        const QString email = QLatin1String(TestServer::AdminEmail);
        const QString serverName = m_server.url().toString();
        SessionTokens signedIn;
        {
            ApiClient client;
            client.setBaseUrl(m_server.url());
            SecretStore store;
            std::optional<Result> saved;
            connect(&client, &ApiClient::sessionChanged, this, [&] {
                store.saveSession(serverName, client.sessionEmail(), client.tokens(), this,
                                  [&saved](const Result& result) { saved = result; });
            });
            bool loggedIn = false;
            connect(client.login(email, QLatin1String(TestServer::AdminPassword)), &ApiReply::finished, this,
                    [&loggedIn] { loggedIn = true; });
            QTRY_VERIFY_WITH_TIMEOUT(loggedIn, 20000);
            QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000);
            QVERIFY2(saved->ok(), qPrintable(saved->error));
            signedIn = client.tokens();
        }
        m_server.advanceClock(16 * 60); // the console was closed longer than the session lasts

        SecretStore store;
        const auto [restored, result] = loadSession(email, &store, serverName);
        QCOMPARE(result.status, Status::Ok);
        QCOMPARE(restored.session, signedIn.session);
        QCOMPARE(restored.refresh, signedIn.refresh);
        ApiClient client;
        client.setBaseUrl(m_server.url());
        client.setTokens(restored);
        QSignalSpy expired(&client, &ApiClient::sessionExpired);
        std::optional<QJsonValue> me;
        connect(client.get(QStringLiteral("v1/me")), &ApiReply::finished, this,
                [&me](const QJsonValue& response) { me = response; });
        QTRY_VERIFY_WITH_TIMEOUT(me.has_value(), 20000);
        QCOMPARE(me->toObject().value(QStringLiteral("email")).toString(), email);
        QCOMPARE(expired.count(), 0);
        QVERIFY(client.tokens().session != signedIn.session); // renewed with the restored refresh token
        m_secrets << signedIn.session << signedIn.refresh << client.tokens().session << client.tokens().refresh;
    }

    // Run last: the QSettings file names the entries but holds none of the secrets written above.
    void settingsFileNeverHoldsSecrets()
    {
        QVERIFY(m_secrets.size() >= 10);
        const QString name
            = SecretStore::entryName(server(), QStringLiteral("zed@acme.test"), SecretStore::sessionKind());
        QVERIFY(write(name, newSecret(KeySecret::Kind::Session)).ok());
        QFile file(m_settingsFile);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(m_settingsFile));
        const QByteArray contents = file.readAll();
        QVERIFY2(contents.contains("zed@acme.test|session"), contents.constData()); // the right file
        for (const QByteArray& secret : std::as_const(m_secrets)) {
            QVERIFY(!contents.contains(secret));
            QVERIFY(!contents.contains(secret.toBase64()));
        }
        QVERIFY(!contents.contains("kw_ses_"));
        QVERIFY(!contents.contains("kw_ref_"));
        QVERIFY(!contents.contains("kw_key_"));
    }

private:
    QString server() const { return QStringLiteral("http://keyward.test:8421/"); }

    QByteArray newSecret(KeySecret::Kind kind)
    {
        m_secrets.append(KeySecret::generate(kind));
        return m_secrets.last();
    }

    // Runs one store operation and waits for its answer (the test may spin the event loop; the store never does).
    template<typename Start> Result await(Start start)
    {
        auto answer = std::make_shared<std::optional<Result>>();
        start([answer](const Result& result) { *answer = result; });
        if (!QTest::qWaitFor([&answer] { return answer->has_value(); }, 20000))
            return {Status::Failed, {}, {}, QStringLiteral("no answer within 20 s")};
        return **answer;
    }
    Result write(const QString& name, const QByteArray& secret)
    {
        return await([&](SecretStore::Callback done) { m_store->write(name, secret, this, done); });
    }
    Result read(const QString& name)
    {
        return await([&](SecretStore::Callback done) { m_store->read(name, this, done); });
    }
    Result remove(const QString& name)
    {
        return await([&](SecretStore::Callback done) { m_store->remove(name, this, done); });
    }
    std::pair<SessionTokens, Result> loadSession(const QString& email, SecretStore* store = nullptr,
                                                 const QString& serverName = {})
    {
        auto tokens = std::make_shared<SessionTokens>();
        const Result result = await([&](SecretStore::Callback done) {
            (store ? store : m_store.get())
                ->loadSession(serverName.isEmpty() ? server() : serverName, email, this,
                              [tokens, done](const SessionTokens& loaded, const Result& r) {
                                  *tokens = loaded;
                                  done(r);
                              });
        });
        return {*tokens, result};
    }

    TestServer m_server;
    std::unique_ptr<SecretStore> m_store;
    QString m_settingsFile;
    QList<QByteArray> m_secrets; // every secret this test wrote
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
