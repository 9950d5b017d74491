// keyward-cli, the real binary (KEYWARD_CLI_PATH), run with QProcess against a real keywardd: every command with
// --json read back and held against what the server itself answers over HTTP; the human output (the key table,
// --quiet secrets that verify); the exit codes (0 done, 1 refused by the server or no server, 2 usage) with stdout
// left empty whenever it is not 0; the credential from KEYWARD_TOKEN (session token, API key, authentication key);
// and login/logout through the real Secret Service (tests/run-with-keyring.sh), with no token on disk.
// Every run gets HOME and XDG_* in a temporary folder, KEYWARD_SERVER set to the test server and LANG=C.UTF-8.

#include "core/KeySecret.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestServer.h"
#include "tests/support/TotpCode.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Keyward;
using namespace Keyward::Test;

namespace {

constexpr qint64 Day = 24 * 60 * 60;
constexpr char UserPassword[] = "quiet-harbor-lamp-7";
constexpr int ProcessDeadlineMs = 30000;
// TestDatabase seeds this many keys for one user: more than the largest page (1000), so a listing must follow the
// cursor at least once whatever page size the CLI asks for.
constexpr int BulkKeys = 1003;

// Variables for one run on top of the defaults; a null value removes the variable.
using Env = QList<QPair<QString, QString>>;

struct Run
{
    QStringList args;
    int exitCode = -1; // -1: it did not start, did not finish in time, or crashed (see note)
    QByteArray out;
    QByteArray err;
    QString note;

    QByteArray describe() const
    {
        const auto clip = [](const QByteArray& text) {
            return text.size() > 3000 ? text.left(3000) + "… (" + QByteArray::number(text.size()) + " bytes)" : text;
        };
        return "keyward-cli " + args.join(QLatin1Char(' ')).toUtf8()
            + "\n  exit: " + (note.isEmpty() ? QByteArray::number(exitCode) : note.toUtf8())
            + "\n  stdout: " + clip(out) + "\n  stderr: " + clip(err);
    }
};

bool parseObject(const Run& run, QJsonObject* object)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *object = document.object();
    return true;
}

bool parseArray(const Run& run, QJsonArray* array)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return false;
    *array = document.array();
    return true;
}

QString idOf(const QJsonValue& value)
{
    return value.toObject().value(QStringLiteral("id")).toString();
}

QStringList idsOf(const QJsonArray& array)
{
    QStringList ids;
    for (const QJsonValue& value : array)
        ids.append(idOf(value));
    return ids;
}

QByteArray secretOf(const QJsonObject& object)
{
    return object.value(QStringLiteral("secret")).toString().toLatin1();
}

QSet<QString> setOf(const QJsonValue& array)
{
    QSet<QString> set;
    for (const QJsonValue& value : array.toArray())
        set.insert(value.toString());
    return set;
}

QDateTime timeOf(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

// What --quiet prints: exactly one secret of this kind and one newline.
bool isQuietSecret(const QByteArray& out, const char* kindPrefix)
{
    static const QRegularExpression shape(QStringLiteral("\\Akw_(key|pat)_[A-Za-z0-9_]+\\n\\z"));
    return shape.match(QString::fromLatin1(out)).hasMatch() && out.startsWith(kindPrefix)
        && KeySecret::isWellFormed(out.chopped(1));
}

// A key the server never issued: the right prefix, length and checksum.
QByteArray unknownSecret(KeySecret::Kind kind)
{
    return KeySecret::generate(kind);
}

// The right shape (prefix, length, alphabet) but not a secret: the checksum is wrong.
QByteArray garbageSecret(KeySecret::Kind kind)
{
    QByteArray secret = KeySecret::generate(kind);
    secret[secret.size() - 1] = secret.at(secret.size() - 1) == 'A' ? 'B' : 'A';
    return secret;
}

// Regular files under dir (hidden ones too) that contain one of the needles, as "path: needle".
QStringList filesContaining(const QString& dir, const QList<QByteArray>& needles)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found.append(path + QStringLiteral(": unreadable"));
            continue;
        }
        const QByteArray contents = file.readAll();
        for (const QByteArray& needle : needles) {
            if (contents.contains(needle))
                found.append(path + QStringLiteral(": ") + QString::fromLatin1(needle));
        }
    }
    return found;
}

int fileCount(const QString& dir)
{
    int count = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

// Why the keychain tests cannot run here: they need run-with-keyring.sh's private Secret Service, never the
// desktop's own keychain. A reason is a failure, not a skip.
QString keyringProblem()
{
    if (!qEnvironmentVariableIsSet("KEYWARD_TEST_HOME"))
        return QStringLiteral("not run through tests/run-with-keyring.sh (KEYWARD_TEST_HOME is not set); refusing to "
                              "sign in with the desktop's own keychain");
    const QString bus = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    if (!bus.startsWith(QLatin1String("unix:")) || bus.contains(QLatin1String("/nonexistent")))
        return QStringLiteral("no private D-Bus session with a Secret Service (DBUS_SESSION_BUS_ADDRESS=%1)").arg(bus);
    return {};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(KEYWARD_CLI_PATH)).isExecutable(), KEYWARD_CLI_PATH " is not built");
        QVERIFY(m_home.isValid());
        QVERIFY(m_server.start());
        m_admin = m_server.loginAdmin();
        QVERIFY(!m_admin.isEmpty());
        const HttpResponse me = http().get(QStringLiteral("v1/me"), session(m_admin));
        QCOMPARE(me.status, 200);
        m_adminId = me.response().value(QStringLiteral("id")).toString();
        QVERIFY(!m_adminId.isEmpty());
        m_aliceId = m_server.createUser(m_admin, QStringLiteral("alice@acme.test"), QStringLiteral("user"));
        m_bobId = m_server.createUser(m_admin, QStringLiteral("bob@acme.test"), QStringLiteral("user"));
        m_pagerId = m_server.createUser(m_admin, QStringLiteral("pager@acme.test"), QStringLiteral("user"));
        QVERIFY(!m_aliceId.isEmpty());
        QVERIFY(!m_bobId.isEmpty());
        QVERIFY(!m_pagerId.isEmpty());

        // More keys than one page can hold, straight into the database (the listing is read from it).
        {
            TestDatabase db(m_server.databasePath());
            QVERIFY(db.isOpen());
            QCOMPARE(db.addKeys(BulkKeys, m_server.serverSeconds() * 1000, m_pagerId).size(), BulkKeys);
        }
        const HttpResponse firstPage
            = http().get(QStringLiteral("v1/api-keys?limit=1000&user=") + m_pagerId, session(m_admin));
        QCOMPARE(firstPage.status, 200);
        QCOMPARE(firstPage.response().value(QStringLiteral("keys")).toArray().size(), 1000);
        QVERIFY(!firstPage.response().value(QStringLiteral("next_cursor")).toString().isEmpty());

        m_spare = m_server.createKey(
            m_admin, {{QStringLiteral("name"), QStringLiteral("spare")}, {QStringLiteral("expires_in_days"), 30}});
        QVERIFY(!idOf(m_spare).isEmpty());
    }
    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void helpForTheProgramAndForACommand()
    {
        const Run program = cli({QStringLiteral("--help")});
        QVERIFY2(program.exitCode == 0, program.describe().constData());
        for (const char* word :
             {"keys", "login", "logout", "verify", "users", "audit", "auth-key", "--server", "--json"})
            QVERIFY2(program.out.contains(word), (QByteArray("no ") + word + " in\n" + program.describe()).constData());

        const Run create = asAdmin({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--help")});
        QVERIFY2(create.exitCode == 0, create.describe().constData());
        for (const char* option : {"--description", "--expires", "--scope", "--user", "--rate-limit", "--quiet"})
            QVERIFY2(create.out.contains(option),
                     (QByteArray("no ") + option + " in\n" + create.describe()).constData());

        const Run rotate = cli({QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--help")});
        QVERIFY2(rotate.exitCode == 0 && rotate.out.contains("--grace"), rotate.describe().constData());
        // Asking for help is not asking for a key: --help with a token creates nothing.
        QVERIFY(keysNamed(QStringLiteral("--help")).isEmpty());
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString spare = QStringLiteral("@spare"); // replaced by a real key's id
        QTest::newRow("unknown flag") << QStringList {QStringLiteral("keys"), QStringLiteral("list"),
                                                      QStringLiteral("--frobnicate")};
        QTest::newRow("unknown flag before the command")
            << QStringList {QStringLiteral("--frobnicate"), QStringLiteral("keys"), QStringLiteral("list")};
        QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")};
        QTest::newRow("unknown keys command") << QStringList {QStringLiteral("keys"), QStringLiteral("frobnicate")};
        QTest::newRow("show without an id") << QStringList {QStringLiteral("keys"), QStringLiteral("show")};
        QTest::newRow("revoke without an id") << QStringList {QStringLiteral("keys"), QStringLiteral("revoke")};
        QTest::newRow("reactivate without an id") << QStringList {QStringLiteral("keys"), QStringLiteral("reactivate")};
        QTest::newRow("rotate without an id") << QStringList {QStringLiteral("keys"), QStringLiteral("rotate")};
        QTest::newRow("delete without an id")
            << QStringList {QStringLiteral("keys"), QStringLiteral("delete"), QStringLiteral("--yes")};
        QTest::newRow("edit without an id") << QStringList {QStringLiteral("keys"), QStringLiteral("edit"),
                                                            QStringLiteral("--name"), QStringLiteral("x")};
        QTest::newRow("edit without a change") << QStringList {QStringLiteral("keys"), QStringLiteral("edit"), spare};
        QTest::newRow("create without a name") << QStringList {QStringLiteral("keys"), QStringLiteral("create")};
        QTest::newRow("option without its value")
            << QStringList {QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--status")};
        QTest::newRow("status not a status") << QStringList {QStringLiteral("keys"), QStringLiteral("list"),
                                                             QStringLiteral("--status"), QStringLiteral("sleeping")};
        QTest::newRow("grace not a duration") << QStringList {QStringLiteral("keys"), QStringLiteral("rotate"), spare,
                                                              QStringLiteral("--grace"), QStringLiteral("soon")};
        QTest::newRow("rate limit not a number")
            << QStringList {QStringLiteral("keys"), QStringLiteral("edit"), spare, QStringLiteral("--rate-limit"),
                            QStringLiteral("many")};
        QTest::newRow("audit limit not a number")
            << QStringList {QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("lots")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        args.replaceInStrings(QStringLiteral("@spare"), idOf(m_spare));
        const QJsonObject before = key(idOf(m_spare));
        const Run run = asAdmin(args);
        QVERIFY2(run.exitCode == 2, run.describe().constData());
        QVERIFY2(run.out.isEmpty(), run.describe().constData());
        QVERIFY2(!run.err.trimmed().isEmpty(), run.describe().constData());
        // Nothing reached the key: not rotated, not edited.
        QCOMPARE(key(idOf(m_spare)), before);
    }

    void createRefusesBadValuesAndCreatesNothing_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QList<int>>("exitCodes"); // 2: the CLI saw it; 1: the server's VALIDATION_FAILED
        QTest::newRow("expiry of 12 days")
            << QStringList {QStringLiteral("--expires"), QStringLiteral("12")} << QList<int> {1, 2};
        QTest::newRow("expiry in the past")
            << QStringList {QStringLiteral("--expires"), QStringLiteral("2001-01-01")} << QList<int> {1, 2};
        QTest::newRow("expiry not a date")
            << QStringList {QStringLiteral("--expires"), QStringLiteral("soon")} << QList<int> {1, 2};
        QTest::newRow("unknown scope") << QStringList {QStringLiteral("--scope"), QStringLiteral("everything")}
                                       << QList<int> {1, 2};
        QTest::newRow("rate limit not a number")
            << QStringList {QStringLiteral("--rate-limit"), QStringLiteral("many")} << QList<int> {2};
        QTest::newRow("negative rate limit")
            << QStringList {QStringLiteral("--rate-limit"), QStringLiteral("-5")} << QList<int> {1, 2};
    }
    void createRefusesBadValuesAndCreatesNothing()
    {
        QFETCH(QStringList, options);
        QFETCH(QList<int>, exitCodes);
        const QString name = uniqueName(QStringLiteral("refused"));
        const Run run = asAdmin(QStringList {QStringLiteral("keys"), QStringLiteral("create"), name} + options);
        QVERIFY2(exitCodes.contains(run.exitCode), run.describe().constData());
        QVERIFY2(run.out.isEmpty(), run.describe().constData());
        QVERIFY2(!run.err.trimmed().isEmpty(), run.describe().constData());
        if (run.exitCode == 1)
            QVERIFY2(run.err.contains("(VALIDATION_FAILED)"), run.describe().constData());
        QVERIFY(keysNamed(name).isEmpty());
    }

    void wrongCredentialExitsOne_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("session token with a bad checksum") << garbageSecret(KeySecret::Kind::Session);
        QTest::newRow("unknown session token") << unknownSecret(KeySecret::Kind::Session);
        QTest::newRow("unknown API key") << unknownSecret(KeySecret::Kind::ApiKey);
        QTest::newRow("API key with a bad checksum") << garbageSecret(KeySecret::Kind::ApiKey);
        QTest::newRow("unknown authentication key") << unknownSecret(KeySecret::Kind::AuthenticationKey);
    }
    void wrongCredentialExitsOne()
    {
        QFETCH(QByteArray, token);
        // What the server says to this credential, presented the way the contract says the CLI presents it.
        const HttpResponse direct
            = http().get(QStringLiteral("v1/api-keys"), token.startsWith("kw_ses_") ? session(token) : bearer(token));
        QCOMPARE(direct.status, 401);
        const QString code = direct.errorCode();
        QVERIFY2(code == QLatin1String("INVALID_TOKEN") || code == QLatin1String("INVALID_API_KEY"),
                 direct.body.constData());

        const Run run = cli({QStringLiteral("keys"), QStringLiteral("list")}, {}, as(token));
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QVERIFY2(run.out.isEmpty(), run.describe().constData());
        QVERIFY2(run.err.startsWith("keyward-cli: "), run.describe().constData());
        QVERIFY2(run.err.contains("(" + code.toLatin1() + ")"),
                 ("expected the server's " + code.toLatin1() + " in\n" + run.describe()).constData());
    }

    void missingCredentialSaysToLogIn()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const Run run
            = cli({QStringLiteral("keys"), QStringLiteral("list")}, {}, {{QStringLiteral("HOME"), home.path()}});
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QVERIFY2(run.out.isEmpty(), run.describe().constData());
        QVERIFY2(run.err.contains("login"), run.describe().constData());
    }

    void unreachableServerExitsOne()
    {
        const QString closed = closedServer();
        const Run run = cli({QStringLiteral("keys"), QStringLiteral("list")}, {},
                            {{QStringLiteral("KEYWARD_SERVER"), closed},
                             {QStringLiteral("KEYWARD_TOKEN"), QString::fromLatin1(m_admin)}});
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QVERIFY2(run.out.isEmpty(), run.describe().constData());
        const QString where = QUrl(closed).authority();
        QVERIFY2(QString::fromUtf8(run.err).contains(where),
                 ("stderr does not name " + where.toUtf8() + "\n" + run.describe()).constData());

        // verify needs no credential, but it needs the server all the same.
        const Run verify = cli({QStringLiteral("verify"), QString::fromLatin1(unknownSecret(KeySecret::Kind::ApiKey))},
                               {}, {{QStringLiteral("KEYWARD_SERVER"), closed}});
        QVERIFY2(verify.exitCode == 1 && verify.out.isEmpty(), verify.describe().constData());
        QVERIFY2(QString::fromUtf8(verify.err).contains(where), verify.describe().constData());
    }

    void serverFlagWinsOverTheEnvironment()
    {
        const QString closed = closedServer();
        const Env token = as(m_admin);
        // --server (with a trailing slash, as a user might copy it) over KEYWARD_SERVER pointing nowhere.
        const Run flagged = cli({QStringLiteral("--server"), m_server.url().toString(), QStringLiteral("keys"),
                                 QStringLiteral("show"), idOf(m_spare), QStringLiteral("--json")},
                                {}, token + Env {{QStringLiteral("KEYWARD_SERVER"), closed}});
        QVERIFY2(flagged.exitCode == 0, flagged.describe().constData());
        QJsonObject shown;
        QVERIFY2(parseObject(flagged, &shown), flagged.describe().constData());
        QCOMPARE(idOf(shown), idOf(m_spare));

        // And the other way round: the flag pointing nowhere is not overruled by a good KEYWARD_SERVER.
        const Run nowhere
            = cli({QStringLiteral("--server"), closed, QStringLiteral("keys"), QStringLiteral("show"), idOf(m_spare)},
                  {}, token);
        QVERIFY2(nowhere.exitCode == 1 && nowhere.out.isEmpty(), nowhere.describe().constData());
        QVERIFY2(QString::fromUtf8(nowhere.err).contains(QUrl(closed).authority()), nowhere.describe().constData());
    }

    void refusalPrintsTheServersMessageAndCode()
    {
        // keys show of an id nobody has: the server's own message and code, nothing on stdout.
        const QString missing = QStringLiteral("key_0000000000000000");
        const HttpResponse direct = http().get(QStringLiteral("v1/api-keys/") + missing, session(m_admin));
        QCOMPARE(direct.status, 404);
        const QString message
            = direct.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        QVERIFY(!message.isEmpty());
        const Run show = asAdmin({QStringLiteral("keys"), QStringLiteral("show"), missing});
        QVERIFY2(show.exitCode == 1, show.describe().constData());
        QVERIFY2(show.out.isEmpty(), show.describe().constData());
        const QByteArray expected = "keyward-cli: " + message.toUtf8() + " (" + direct.errorCode().toLatin1() + ")";
        QVERIFY2(show.err.contains(expected), ("expected " + expected + "\n" + show.describe()).constData());
        // --json changes nothing about a refusal: still nothing on stdout.
        const Run json = asAdmin({QStringLiteral("keys"), QStringLiteral("show"), missing, QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 1 && json.out.isEmpty() && json.err.contains(expected), json.describe().constData());

        // A plain user may not list the users.
        const QByteArray alice = m_server.login(QStringLiteral("alice@acme.test"), QLatin1String(UserPassword));
        QVERIFY(!alice.isEmpty());
        const Run users
            = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")}, {}, as(alice));
        QVERIFY2(users.exitCode == 1 && users.out.isEmpty(), users.describe().constData());
        QVERIFY2(users.err.contains("(FORBIDDEN)"), users.describe().constData());

        // An admin-scoped key for a plain user: refused by the server as it refuses it over HTTP.
        const QString name = uniqueName(QStringLiteral("admin-for-alice"));
        const HttpResponse refused = http().postJson(QStringLiteral("v1/api-keys"),
                                                     {{QStringLiteral("name"), name},
                                                      {QStringLiteral("expires_in_days"), 30},
                                                      {QStringLiteral("user_id"), m_aliceId},
                                                      {QStringLiteral("scopes"), QJsonArray {QStringLiteral("admin")}}},
                                                     session(m_admin));
        QVERIFY2(refused.status >= 400 && !refused.errorCode().isEmpty(), refused.body.constData());
        const Run create
            = asAdmin({QStringLiteral("keys"), QStringLiteral("create"), name, QStringLiteral("--user"),
                       QStringLiteral("alice@acme.test"), QStringLiteral("--scope"), QStringLiteral("admin")});
        QVERIFY2(create.exitCode == 1 && create.out.isEmpty(), create.describe().constData());
        QVERIFY2(create.err.contains("(" + refused.errorCode().toLatin1() + ")"), create.describe().constData());
        QVERIFY(keysNamed(name).isEmpty());
    }

    void jsonAnywhereOnTheLine()
    {
        const QString id = idOf(m_spare);
        const QList<QStringList> lines {
            {QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("show"), id},
            {QStringLiteral("keys"), QStringLiteral("--json"), QStringLiteral("show"), id},
            {QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("--json"), id},
            {QStringLiteral("keys"), QStringLiteral("show"), id, QStringLiteral("--json")},
        };
        for (const QStringList& args : lines) {
            const Run run = asAdmin(args);
            QVERIFY2(run.exitCode == 0, run.describe().constData());
            QJsonObject shown;
            QVERIFY2(parseObject(run, &shown), run.describe().constData());
            QCOMPARE(idOf(shown), id);
        }
    }

    void createQuietPrintsOnlyTheSecret()
    {
        const QString name = uniqueName(QStringLiteral("quiet"));
        const Run run = asAdmin({QStringLiteral("keys"), QStringLiteral("create"), name, QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY2(isQuietSecret(run.out, "kw_key_"), run.describe().constData());
        const QByteArray secret = run.out.chopped(1);
        const QJsonObject verdict = verify(secret);
        QCOMPARE(verdict.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(verdict.value(QStringLiteral("code")).toString(), QStringLiteral("VALID"));
        QCOMPARE(verdict.value(QStringLiteral("owner")).toObject().value(QStringLiteral("email")).toString(),
                 QLatin1String(TestServer::AdminEmail));
        const QJsonArray stored = keysNamed(name);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(idOf(stored.at(0)), verdict.value(QStringLiteral("key_id")).toString());
    }

    void createJsonMatchesTheServer()
    {
        const QString name = uniqueName(QStringLiteral("ci"));
        const qint64 now = m_server.serverSeconds();
        const Run run = asAdmin({QStringLiteral("keys"), QStringLiteral("create"), name,
                                 QStringLiteral("--description"), QStringLiteral("GitHub Actions, nightly"),
                                 QStringLiteral("--expires"), QStringLiteral("7"), QStringLiteral("--scope"),
                                 QStringLiteral("read"), QStringLiteral("--scope"), QStringLiteral("write"),
                                 QStringLiteral("--rate-limit"), QStringLiteral("120"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QJsonObject created;
        QVERIFY2(parseObject(run, &created), run.describe().constData());
        const QByteArray secret = secretOf(created);
        QVERIFY2(secret.startsWith("kw_key_") && KeySecret::isWellFormed(secret), run.describe().constData());
        QCOMPARE(created.value(QStringLiteral("name")).toString(), name);
        QCOMPARE(created.value(QStringLiteral("description")).toString(), QStringLiteral("GitHub Actions, nightly"));
        QCOMPARE(setOf(created.value(QStringLiteral("scopes"))),
                 (QSet<QString> {QStringLiteral("read"), QStringLiteral("write")}));
        QCOMPARE(created.value(QStringLiteral("rate_limit")).toInt(), 120);
        QCOMPARE(created.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(created.value(QStringLiteral("prefix")).toString(), KeySecret::displayPrefix(secret));
        const qint64 expires = timeOf(created.value(QStringLiteral("expires_at"))).toSecsSinceEpoch();
        QVERIFY2(qAbs(expires - (now + 7 * Day)) <= 60, run.describe().constData());

        // The server holds the same key, with no secret in it.
        const QJsonObject stored = key(idOf(created));
        QVERIFY(!stored.isEmpty());
        QVERIFY(!stored.contains(QStringLiteral("secret")));
        const QString difference = keyDifference(created, stored);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(stored.value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toString(), m_adminId);

        const QJsonObject verdict = verify(secret);
        QCOMPARE(verdict.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(verdict.value(QStringLiteral("ratelimit")).toObject().value(QStringLiteral("limit")).toInt(), 120);
        QCOMPARE(setOf(verdict.value(QStringLiteral("scopes"))),
                 (QSet<QString> {QStringLiteral("read"), QStringLiteral("write")}));
    }

    void createDefaultsToThirtyDays()
    {
        const QString name = uniqueName(QStringLiteral("default-expiry"));
        const qint64 now = m_server.serverSeconds();
        const Run run = asAdmin({QStringLiteral("keys"), QStringLiteral("create"), name, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QJsonObject created;
        QVERIFY2(parseObject(run, &created), run.describe().constData());
        const QJsonObject stored = key(idOf(created));
        const qint64 expires = timeOf(stored.value(QStringLiteral("expires_at"))).toSecsSinceEpoch();
        QVERIFY2(qAbs(expires - (now + 30 * Day)) <= 60,
                 qPrintable(stored.value(QStringLiteral("expires_at")).toString()));
        QCOMPARE(stored.value(QStringLiteral("scopes")).toArray(), QJsonArray {QStringLiteral("read")});
        QCOMPARE(stored.value(QStringLiteral("rate_limit")).toInt(), 0);
        QCOMPARE(stored.value(QStringLiteral("description")).toString(), QString());
    }

    void createWithACustomDate()
    {
        const QString name = uniqueName(QStringLiteral("dated"));
        const QDate wanted = QDateTime::fromSecsSinceEpoch(m_server.serverSeconds() + 45 * Day, Qt::UTC).date();
        const Run run = asAdmin({QStringLiteral("keys"), QStringLiteral("create"), name, QStringLiteral("--expires"),
                                 wanted.toString(Qt::ISODate), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QJsonObject created;
        QVERIFY2(parseObject(run, &created), run.describe().constData());
        const QDateTime expires = timeOf(key(idOf(created)).value(QStringLiteral("expires_at")));
        QVERIFY(expires.isValid());
        // On that day: in UTC, or in the local zone if the CLI reads the date as local.
        QVERIFY2(expires.toUTC().date() == wanted || expires.toLocalTime().date() == wanted,
                 qPrintable(expires.toString(Qt::ISODate)));
    }

    void createForAnotherUserAndListOnlyTheirs()
    {
        const QString name = uniqueName(QStringLiteral("for-alice"));
        const Run run = asAdmin({QStringLiteral("keys"), QStringLiteral("create"), name, QStringLiteral("--user"),
                                 QStringLiteral("alice@acme.test"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QJsonObject created;
        QVERIFY2(parseObject(run, &created), run.describe().constData());
        const QJsonObject stored = key(idOf(created));
        QCOMPARE(stored.value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toString(), m_aliceId);
        QCOMPARE(stored.value(QStringLiteral("owner")).toObject().value(QStringLiteral("email")).toString(),
                 QStringLiteral("alice@acme.test"));
        QCOMPARE(stored.value(QStringLiteral("created_by")).toString(), m_adminId);
        QCOMPARE(verify(secretOf(created)).value(QStringLiteral("valid")).toBool(), true);

        const QString bobKey = idOf(m_server.createKey(m_admin,
                                                       {{QStringLiteral("name"), uniqueName(QStringLiteral("bobs"))},
                                                        {QStringLiteral("expires_in_days"), 30},
                                                        {QStringLiteral("user_id"), m_bobId}}));
        QVERIFY(!bobKey.isEmpty());

        const Run list = asAdmin({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--user"),
                                  QStringLiteral("alice@acme.test"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, list.describe().constData());
        QJsonArray keys;
        QVERIFY2(parseArray(list, &keys), list.describe().constData());
        const QStringList ids = idsOf(keys);
        QVERIFY2(ids.contains(idOf(created)), list.describe().constData());
        QVERIFY(!ids.contains(bobKey));
        QVERIFY(!ids.contains(idOf(m_spare)));
        for (const QJsonValue& listed : keys)
            QCOMPARE(
                listed.toObject().value(QStringLiteral("owner")).toObject().value(QStringLiteral("email")).toString(),
                QStringLiteral("alice@acme.test"));
        // Exactly what the server lists for her.
        const HttpResponse direct
            = http().get(QStringLiteral("v1/api-keys?limit=1000&user=") + m_aliceId, session(m_admin));
        QCOMPARE(direct.status, 200);
        QStringList serverIds = idsOf(direct.response().value(QStringLiteral("keys")).toArray());
        QStringList cliIds = ids;
        serverIds.sort();
        cliIds.sort();
        QCOMPARE(cliIds, serverIds);
    }

    void listTableHasAHeaderAndTheKey()
    {
        const QString name = uniqueName(QStringLiteral("tabled"));
        const QJsonObject created
            = m_server.createKey(m_admin, {{QStringLiteral("name"), name}, {QStringLiteral("expires_in_days"), 30}});
        const Run run = asAdmin({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--search"), name});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, run.describe().constData());
        static const QRegularExpression header(QStringLiteral("\\bID\\b.*\\bNAME\\b.*\\bSTATUS\\b"));
        QVERIFY2(header.match(lines.first()).hasMatch(), run.describe().constData());
        bool found = false;
        for (const QString& line : lines.mid(1))
            found = found
                || (line.contains(idOf(created)) && line.contains(name) && line.contains(QLatin1String("active")));
        QVERIFY2(found, run.describe().constData());
        QVERIFY(!run.out.contains(secretOf(created)));
    }

    void listFiltersByStatusAndSearch()
    {
        const QString tag = uniqueName(QStringLiteral("filter"));
        const QString active = idOf(m_server.createKey(
            m_admin, {{QStringLiteral("name"), tag + QStringLiteral("-a")}, {QStringLiteral("expires_in_days"), 30}}));
        const QString revoked = idOf(m_server.createKey(
            m_admin, {{QStringLiteral("name"), tag + QStringLiteral("-b")}, {QStringLiteral("expires_in_days"), 30}}));
        QCOMPARE(http()
                     .post(QStringLiteral("v1/api-keys/") + revoked + QStringLiteral("/revoke"), {}, session(m_admin))
                     .status,
                 200);

        const auto listed = [this, &tag](const QStringList& filters) {
            const Run run = asAdmin(QStringList {QStringLiteral("keys"), QStringLiteral("list"),
                                                 QStringLiteral("--search"), tag, QStringLiteral("--json")}
                                    + filters);
            QJsonArray keys;
            if (run.exitCode != 0 || !parseArray(run, &keys))
                qWarning().noquote() << run.describe();
            QStringList ids = idsOf(keys);
            ids.sort();
            return ids;
        };
        QStringList both {active, revoked};
        both.sort();
        QCOMPARE(listed({}), both);
        QCOMPARE(listed({QStringLiteral("--status"), QStringLiteral("inactive")}), QStringList {revoked});
        QCOMPARE(listed({QStringLiteral("--status"), QStringLiteral("active")}), QStringList {active});
        QCOMPARE(listed({QStringLiteral("--status"), QStringLiteral("expired")}), QStringList {});
    }

    void listFetchesEveryPage()
    {
        const Run run = asAdmin({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--user"),
                                 QStringLiteral("pager@acme.test"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QJsonArray keys;
        QVERIFY2(parseArray(run, &keys), run.describe().constData());
        QCOMPARE(keys.size(), BulkKeys);
        QSet<QString> expected;
        for (int i = 0; i < BulkKeys; ++i)
            expected.insert(QStringLiteral("key_bulk%1").arg(i, 12, 10, QLatin1Char('0')));
        const QStringList ids = idsOf(keys);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()), expected); // every one, none twice
        for (const QJsonValue& listed : keys)
            QCOMPARE(listed.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    }

    void showMatchesTheServer()
    {
        const QString name = uniqueName(QStringLiteral("shown"));
        const QJsonObject created = m_server.createKey(
            m_admin,
            {{QStringLiteral("name"), name},
             {QStringLiteral("description"), QStringLiteral("ünï")},
             {QStringLiteral("expires_in_days"), 60},
             {QStringLiteral("rate_limit"), 33},
             {QStringLiteral("scopes"), QJsonArray {QStringLiteral("read"), QStringLiteral("webhook")}}});
        QVERIFY(!idOf(created).isEmpty());
        verify(secretOf(created)); // so that last_used_at is set
        const QJsonObject stored = key(idOf(created));
        QVERIFY(!stored.value(QStringLiteral("last_used_at")).isNull());

        const Run json
            = asAdmin({QStringLiteral("keys"), QStringLiteral("show"), idOf(created), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.describe().constData());
        QJsonObject shown;
        QVERIFY2(parseObject(json, &shown), json.describe().constData());
        const QString difference = keyDifference(shown, stored);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QVERIFY(!shown.contains(QStringLiteral("secret")));
        QVERIFY(!json.out.contains(secretOf(created)));

        const Run human = asAdmin({QStringLiteral("keys"), QStringLiteral("show"), idOf(created)});
        QVERIFY2(human.exitCode == 0, human.describe().constData());
        QVERIFY2(human.out.contains(idOf(created).toUtf8()) && human.out.contains(name.toUtf8()),
                 human.describe().constData());
        QVERIFY(!human.out.contains(secretOf(created)));
    }

    void editChangesWhatItNames()
    {
        const QJsonObject created = m_server.createKey(
            m_admin,
            {{QStringLiteral("name"), uniqueName(QStringLiteral("before"))}, {QStringLiteral("expires_in_days"), 7}});
        const QString id = idOf(created);
        const QString name = uniqueName(QStringLiteral("after"));
        const qint64 now = m_server.serverSeconds();
        const Run run = asAdmin({QStringLiteral("keys"), QStringLiteral("edit"), id, QStringLiteral("--name"), name,
                                 QStringLiteral("--description"), QStringLiteral("edited"), QStringLiteral("--scope"),
                                 QStringLiteral("read"), QStringLiteral("--scope"), QStringLiteral("write"),
                                 QStringLiteral("--rate-limit"), QStringLiteral("9"), QStringLiteral("--expires"),
                                 QStringLiteral("90"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QJsonObject edited;
        QVERIFY2(parseObject(run, &edited), run.describe().constData());
        QCOMPARE(idOf(edited), id);
        const QJsonObject stored = key(id);
        for (const QJsonObject& k : {edited, stored}) {
            QCOMPARE(k.value(QStringLiteral("name")).toString(), name);
            QCOMPARE(k.value(QStringLiteral("description")).toString(), QStringLiteral("edited"));
            QCOMPARE(setOf(k.value(QStringLiteral("scopes"))),
                     (QSet<QString> {QStringLiteral("read"), QStringLiteral("write")}));
            QCOMPARE(k.value(QStringLiteral("rate_limit")).toInt(), 9);
            const qint64 expires = timeOf(k.value(QStringLiteral("expires_at"))).toSecsSinceEpoch();
            QVERIFY2(qAbs(expires - (now + 90 * Day)) <= 60,
                     qPrintable(k.value(QStringLiteral("expires_at")).toString()));
        }
        const QString difference = keyDifference(edited, stored);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        // The secret is the same one: editing is not rotating.
        QCOMPARE(verify(secretOf(created)).value(QStringLiteral("valid")).toBool(), true);

        // Only what is named changes.
        const Run limitOnly = asAdmin({QStringLiteral("keys"), QStringLiteral("edit"), id,
                                       QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--json")});
        QVERIFY2(limitOnly.exitCode == 0, limitOnly.describe().constData());
        const QJsonObject after = key(id);
        QCOMPARE(after.value(QStringLiteral("rate_limit")).toInt(), 0);
        QCOMPARE(after.value(QStringLiteral("name")).toString(), name);
        QCOMPARE(after.value(QStringLiteral("description")).toString(), QStringLiteral("edited"));
        QCOMPARE(after.value(QStringLiteral("scopes")), stored.value(QStringLiteral("scopes")));
        QCOMPARE(after.value(QStringLiteral("expires_at")), stored.value(QStringLiteral("expires_at")));
    }

    void revokeAndReactivate()
    {
        const Run create = asAdmin({QStringLiteral("keys"), QStringLiteral("create"),
                                    uniqueName(QStringLiteral("revocable")), QStringLiteral("--json")});
        QVERIFY2(create.exitCode == 0, create.describe().constData());
        QJsonObject created;
        QVERIFY2(parseObject(create, &created), create.describe().constData());
        const QString id = idOf(created);
        const QByteArray secret = secretOf(created);

        const Run revoke = asAdmin({QStringLiteral("keys"), QStringLiteral("revoke"), id, QStringLiteral("--json")});
        QVERIFY2(revoke.exitCode == 0, revoke.describe().constData());
        QJsonObject revoked;
        QVERIFY2(parseObject(revoke, &revoked), revoke.describe().constData());
        QCOMPARE(idOf(revoked), id);
        QCOMPARE(revoked.value(QStringLiteral("status")).toString(), QStringLiteral("inactive"));
        QCOMPARE(key(id).value(QStringLiteral("status")).toString(), QStringLiteral("inactive"));
        const QJsonObject dead = verify(secret);
        QCOMPARE(dead.value(QStringLiteral("valid")).toBool(true), false);
        QCOMPARE(dead.value(QStringLiteral("code")).toString(), QStringLiteral("INVALID_API_KEY"));
        const Run verifyDead = cli({QStringLiteral("verify"), QString::fromLatin1(secret)});
        QVERIFY2(verifyDead.exitCode == 1, verifyDead.describe().constData());

        const Run reactivate
            = asAdmin({QStringLiteral("keys"), QStringLiteral("reactivate"), id, QStringLiteral("--json")});
        QVERIFY2(reactivate.exitCode == 0, reactivate.describe().constData());
        QJsonObject reactivated;
        QVERIFY2(parseObject(reactivate, &reactivated), reactivate.describe().constData());
        QCOMPARE(reactivated.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(key(id).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(verify(secret).value(QStringLiteral("valid")).toBool(), true);
        const Run verifyLive = cli({QStringLiteral("verify"), QString::fromLatin1(secret)});
        QVERIFY2(verifyLive.exitCode == 0, verifyLive.describe().constData());

        // Human output: exit 0, and the key's state is what the server says.
        const Run humanRevoke = asAdmin({QStringLiteral("keys"), QStringLiteral("revoke"), id});
        QVERIFY2(humanRevoke.exitCode == 0, humanRevoke.describe().constData());
        QCOMPARE(key(id).value(QStringLiteral("status")).toString(), QStringLiteral("inactive"));
    }

    void rotateWithGrace_data()
    {
        QTest::addColumn<QString>("grace");
        QTest::addColumn<int>("seconds");
        QTest::newRow("seconds") << QStringLiteral("90") << 90;
        QTest::newRow("minutes") << QStringLiteral("30m") << 30 * 60;
        QTest::newRow("hours") << QStringLiteral("24h") << 24 * 60 * 60;
        QTest::newRow("days") << QStringLiteral("7d") << 7 * 24 * 60 * 60;
    }
    void rotateWithGrace()
    {
        QFETCH(QString, grace);
        QFETCH(int, seconds);
        const QJsonObject created = m_server.createKey(
            m_admin,
            {{QStringLiteral("name"), uniqueName(QStringLiteral("rot"))}, {QStringLiteral("expires_in_days"), 30}});
        const QString id = idOf(created);
        const QByteArray old = secretOf(created);
        const qint64 now = m_server.serverSeconds();
        const Run run = asAdmin({QStringLiteral("keys"), QStringLiteral("rotate"), id, QStringLiteral("--grace"), grace,
                                 QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QJsonObject rotated;
        QVERIFY2(parseObject(run, &rotated), run.describe().constData());
        QCOMPARE(idOf(rotated), id);
        const QByteArray fresh = secretOf(rotated);
        QVERIFY2(fresh.startsWith("kw_key_") && KeySecret::isWellFormed(fresh), run.describe().constData());
        QVERIFY(fresh != old);
        const qint64 until = timeOf(rotated.value(QStringLiteral("previous_valid_until"))).toSecsSinceEpoch();
        QVERIFY2(qAbs(until - (now + seconds)) <= 60, run.describe().constData());
        QCOMPARE(rotated.value(QStringLiteral("prefix")).toString(), KeySecret::displayPrefix(fresh));
        QCOMPARE(key(id).value(QStringLiteral("prefix")).toString(), KeySecret::displayPrefix(fresh));
        // Both work: the new one, and the old one for its grace period.
        QCOMPARE(verify(fresh).value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(verify(old).value(QStringLiteral("valid")).toBool(), true);
    }

    void rotateQuietEndsTheOldSecret()
    {
        const QJsonObject created
            = m_server.createKey(m_admin,
                                 {{QStringLiteral("name"), uniqueName(QStringLiteral("rot-quiet"))},
                                  {QStringLiteral("expires_in_days"), 30}});
        const Run run
            = asAdmin({QStringLiteral("keys"), QStringLiteral("rotate"), idOf(created), QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY2(isQuietSecret(run.out, "kw_key_"), run.describe().constData());
        const QByteArray fresh = run.out.chopped(1);
        QVERIFY(fresh != secretOf(created));
        QCOMPARE(verify(fresh).value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(verify(fresh).value(QStringLiteral("key_id")).toString(), idOf(created));
        QCOMPARE(verify(secretOf(created)).value(QStringLiteral("valid")).toBool(true), false); // no grace by default
    }

    void rotateJsonWithoutGraceSaysNull()
    {
        const QJsonObject created
            = m_server.createKey(m_admin,
                                 {{QStringLiteral("name"), uniqueName(QStringLiteral("rot-none"))},
                                  {QStringLiteral("expires_in_days"), 30}});
        const Run run = asAdmin({QStringLiteral("keys"), QStringLiteral("rotate"), idOf(created),
                                 QStringLiteral("--grace"), QStringLiteral("0"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QJsonObject rotated;
        QVERIFY2(parseObject(run, &rotated), run.describe().constData());
        QVERIFY2(rotated.contains(QStringLiteral("previous_valid_until"))
                     && rotated.value(QStringLiteral("previous_valid_until")).isNull(),
                 ("previous_valid_until must be present and null\n" + run.describe()).constData());
        QVERIFY(secretOf(rotated).startsWith("kw_key_"));
        QCOMPARE(verify(secretOf(created)).value(QStringLiteral("valid")).toBool(true), false);
        QCOMPARE(verify(secretOf(rotated)).value(QStringLiteral("valid")).toBool(), true);
    }

    void rotateRefusesTooLongAGrace()
    {
        const QJsonObject created
            = m_server.createKey(m_admin,
                                 {{QStringLiteral("name"), uniqueName(QStringLiteral("rot-long"))},
                                  {QStringLiteral("expires_in_days"), 30}});
        const QJsonObject before = key(idOf(created));
        const Run run = asAdmin({QStringLiteral("keys"), QStringLiteral("rotate"), idOf(created),
                                 QStringLiteral("--grace"), QStringLiteral("8d")});
        QVERIFY2(run.exitCode == 1 || run.exitCode == 2, run.describe().constData());
        QVERIFY2(run.out.isEmpty(), run.describe().constData());
        QCOMPARE(key(idOf(created)).value(QStringLiteral("prefix")), before.value(QStringLiteral("prefix")));
        QCOMPARE(verify(secretOf(created)).value(QStringLiteral("valid")).toBool(), true);
    }

    void deleteNeedsYes()
    {
        const QJsonObject created = m_server.createKey(
            m_admin,
            {{QStringLiteral("name"), uniqueName(QStringLiteral("doomed"))}, {QStringLiteral("expires_in_days"), 30}});
        const QString id = idOf(created);
        // stdin is a pipe, not a terminal: nobody to ask, so nothing is deleted.
        const Run unconfirmed = asAdmin({QStringLiteral("keys"), QStringLiteral("delete"), id}, "y\n");
        QVERIFY2(unconfirmed.exitCode == 2, unconfirmed.describe().constData());
        QVERIFY2(unconfirmed.out.isEmpty(), unconfirmed.describe().constData());
        QCOMPARE(http().get(QStringLiteral("v1/api-keys/") + id, session(m_admin)).status, 200);
        QCOMPARE(verify(secretOf(created)).value(QStringLiteral("valid")).toBool(), true);

        const Run confirmed = asAdmin(
            {QStringLiteral("keys"), QStringLiteral("delete"), id, QStringLiteral("--yes"), QStringLiteral("--json")});
        QVERIFY2(confirmed.exitCode == 0, confirmed.describe().constData());
        QJsonObject deleted;
        QVERIFY2(parseObject(confirmed, &deleted), confirmed.describe().constData());
        QCOMPARE(deleted, (QJsonObject {{QStringLiteral("deleted"), true}, {QStringLiteral("id"), id}}));
        QCOMPARE(http().get(QStringLiteral("v1/api-keys/") + id, session(m_admin)).status, 404);
        QCOMPARE(verify(secretOf(created)).value(QStringLiteral("valid")).toBool(true), false);

        // Deleting it again: the server's NOT_FOUND.
        const Run again = asAdmin({QStringLiteral("keys"), QStringLiteral("delete"), id, QStringLiteral("--yes")});
        QVERIFY2(again.exitCode == 1 && again.out.isEmpty() && again.err.contains("(NOT_FOUND)"),
                 again.describe().constData());
    }

    void apiKeyAsTheCredential()
    {
        const QJsonObject reader
            = m_server.createKey(m_admin,
                                 {{QStringLiteral("name"), uniqueName(QStringLiteral("reader"))},
                                  {QStringLiteral("expires_in_days"), 30},
                                  {QStringLiteral("scopes"), QJsonArray {QStringLiteral("read")}}});
        const QByteArray secret = secretOf(reader);
        QVERIFY(key(idOf(reader)).value(QStringLiteral("last_used_at")).isNull());
        const Run show = cli({QStringLiteral("keys"), QStringLiteral("show"), idOf(m_spare), QStringLiteral("--json")},
                             {}, as(secret));
        QVERIFY2(show.exitCode == 0, show.describe().constData());
        QJsonObject shown;
        QVERIFY2(parseObject(show, &shown), show.describe().constData());
        QCOMPARE(idOf(shown), idOf(m_spare));
        // The key itself was presented (a Bearer key records its use; a session header would have been refused).
        QVERIFY(!key(idOf(reader)).value(QStringLiteral("last_used_at")).isNull());

        // A read-only key may not create: the server's FORBIDDEN, nothing made.
        const QString name = uniqueName(QStringLiteral("by-reader"));
        const Run create
            = cli({QStringLiteral("keys"), QStringLiteral("create"), name, QStringLiteral("--quiet")}, {}, as(secret));
        QVERIFY2(create.exitCode == 1 && create.out.isEmpty(), create.describe().constData());
        QVERIFY2(create.err.contains("(FORBIDDEN)"), create.describe().constData());
        QVERIFY(keysNamed(name).isEmpty());
    }

    void authKeyGenerate()
    {
        const QString email = QStringLiteral("patty@acme.test");
        QVERIFY(!m_server.createUser(m_admin, email, QStringLiteral("user")).isEmpty());
        const QByteArray password = m_server.login(email, QLatin1String(UserPassword)); // a fresh password sign-in
        QVERIFY(!password.isEmpty());

        const Run first = cli({QStringLiteral("auth-key"), QStringLiteral("generate"), QStringLiteral("--quiet")}, {},
                              as(password));
        QVERIFY2(first.exitCode == 0, first.describe().constData());
        QVERIFY2(isQuietSecret(first.out, "kw_pat_"), first.describe().constData());
        const QByteArray pat1 = first.out.chopped(1);
        const QJsonObject verdict = verify(pat1);
        QCOMPARE(verdict.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(verdict.value(QStringLiteral("kind")).toString(), QStringLiteral("authentication_key"));
        QCOMPARE(verdict.value(QStringLiteral("owner")).toObject().value(QStringLiteral("email")).toString(), email);

        // With the authentication key as the credential there is no password sign-in: step-up needs the password.
        const Run noProof
            = cli({QStringLiteral("auth-key"), QStringLiteral("generate"), QStringLiteral("--json")}, {}, as(pat1));
        QVERIFY2(noProof.exitCode == 1 && noProof.out.isEmpty(), noProof.describe().constData());
        QVERIFY2(noProof.err.contains("(STEP_UP_REQUIRED)"), noProof.describe().constData());
        QCOMPARE(verify(pat1).value(QStringLiteral("valid")).toBool(), true);

        const Run wrong = cli({QStringLiteral("auth-key"), QStringLiteral("generate"),
                               QStringLiteral("--password-stdin"), QStringLiteral("--quiet")},
                              "not-the-password-at-all\n", as(pat1));
        QVERIFY2(wrong.exitCode == 1 && wrong.out.isEmpty(), wrong.describe().constData());
        QVERIFY2(wrong.err.contains("(INVALID_CREDENTIALS)"), wrong.describe().constData());
        QCOMPARE(verify(pat1).value(QStringLiteral("valid")).toBool(), true);

        const Run second = cli({QStringLiteral("auth-key"), QStringLiteral("generate"),
                                QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                               QByteArray(UserPassword) + '\n', as(pat1));
        QVERIFY2(second.exitCode == 0, second.describe().constData());
        QJsonObject generated;
        QVERIFY2(parseObject(second, &generated), second.describe().constData());
        const QByteArray pat2 = secretOf(generated);
        QVERIFY2(pat2.startsWith("kw_pat_") && KeySecret::isWellFormed(pat2), second.describe().constData());
        QVERIFY(pat2 != pat1);
        QCOMPARE(verify(pat2).value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(verify(pat1).value(QStringLiteral("valid")).toBool(true), false); // the previous one stopped
    }

    void usersList()
    {
        const Run run = asAdmin({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QJsonArray users;
        QVERIFY2(parseArray(run, &users), run.describe().constData());
        const HttpResponse direct = http().get(QStringLiteral("v1/users"), session(m_admin));
        QCOMPARE(direct.status, 200);
        const QJsonArray expected = direct.response().value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), expected.size());
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue& user : users)
            byId.insert(idOf(user), user.toObject());
        for (const QJsonValue& value : expected) {
            const QJsonObject want = value.toObject();
            QVERIFY2(byId.contains(idOf(want)), qPrintable(idOf(want)));
            const QJsonObject got = byId.value(idOf(want));
            for (const char* member : {"email", "name", "role", "disabled", "two_factor_enabled"})
                QVERIFY2(got.value(QLatin1String(member)) == want.value(QLatin1String(member)),
                         qPrintable(idOf(want) + QLatin1Char(' ') + QLatin1String(member)));
        }
        QCOMPARE(byId.value(m_adminId).value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        QCOMPARE(byId.value(m_aliceId).value(QStringLiteral("email")).toString(), QStringLiteral("alice@acme.test"));

        const Run human = asAdmin({QStringLiteral("users"), QStringLiteral("list")});
        QVERIFY2(human.exitCode == 0, human.describe().constData());
        QVERIFY2(human.out.contains("alice@acme.test") && human.out.contains(TestServer::AdminEmail),
                 human.describe().constData());
    }

    void auditList()
    {
        const Run create = asAdmin({QStringLiteral("keys"), QStringLiteral("create"),
                                    uniqueName(QStringLiteral("audited")), QStringLiteral("--json")});
        QVERIFY2(create.exitCode == 0, create.describe().constData());
        QJsonObject created;
        QVERIFY2(parseObject(create, &created), create.describe().constData());

        const Run run = asAdmin({QStringLiteral("audit"), QStringLiteral("--action"), QStringLiteral("key.created"),
                                 QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QJsonArray entries;
        QVERIFY2(parseArray(run, &entries), run.describe().constData());
        QCOMPARE(entries.size(), 3);
        const QJsonObject newest = entries.first().toObject();
        QCOMPARE(newest.value(QStringLiteral("action")).toString(), QStringLiteral("key.created"));
        QCOMPARE(newest.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
        QCOMPARE(
            newest.value(QStringLiteral("target")).toObject(),
            (QJsonObject {{QStringLiteral("type"), QStringLiteral("key")}, {QStringLiteral("id"), idOf(created)}}));
        QCOMPARE(newest.value(QStringLiteral("actor")).toObject().value(QStringLiteral("id")).toString(), m_adminId);
        QCOMPARE(newest.value(QStringLiteral("actor")).toObject().value(QStringLiteral("email")).toString(),
                 QLatin1String(TestServer::AdminEmail));
        QVERIFY(!newest.value(QStringLiteral("client_address")).toString().isEmpty());
        QVERIFY(timeOf(newest.value(QStringLiteral("at"))).isValid());

        // The same entries as the server's own page, in the same order.
        const HttpResponse direct = http().get(QStringLiteral("v1/audit?action=key.created&limit=3"), session(m_admin));
        QCOMPARE(direct.status, 200);
        const QJsonArray expected = direct.response().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const QJsonObject want = expected.at(i).toObject();
            const QJsonObject got = entries.at(i).toObject();
            QCOMPARE(got.value(QStringLiteral("id")).toInteger(), want.value(QStringLiteral("id")).toInteger());
            for (const char* member : {"at", "action", "outcome", "actor", "target", "client_address"})
                QVERIFY2(got.value(QLatin1String(member)) == want.value(QLatin1String(member)),
                         qPrintable(QStringLiteral("entry %1: %2").arg(i).arg(QLatin1String(member))));
        }

        const Run human = asAdmin({QStringLiteral("audit"), QStringLiteral("--action"), QStringLiteral("key.created"),
                                   QStringLiteral("--limit"), QStringLiteral("1")});
        QVERIFY2(human.exitCode == 0 && human.out.contains("key.created"), human.describe().constData());
    }

    void verifyValidAndInvalid()
    {
        const QJsonObject created
            = m_server.createKey(m_admin,
                                 {{QStringLiteral("name"), uniqueName(QStringLiteral("verified"))},
                                  {QStringLiteral("expires_in_days"), 30}});
        const QString secret = QString::fromLatin1(secretOf(created));
        // No KEYWARD_TOKEN and nobody signed in: verify needs no credential.
        const Run valid = cli({QStringLiteral("verify"), secret});
        QVERIFY2(valid.exitCode == 0 && valid.out.startsWith("valid"), valid.describe().constData());
        const Run fromStdin = cli({QStringLiteral("verify")}, secret.toLatin1() + '\n');
        QVERIFY2(fromStdin.exitCode == 0 && fromStdin.out.startsWith("valid"), fromStdin.describe().constData());
        const Run json = cli({QStringLiteral("verify"), secret, QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.describe().constData());
        QJsonObject verdict;
        QVERIFY2(parseObject(json, &verdict), json.describe().constData());
        QCOMPARE(verdict.value(QStringLiteral("valid")), QJsonValue(true));
        QCOMPARE(verdict.value(QStringLiteral("code")).toString(), QStringLiteral("VALID"));

        const QList<QByteArray> invalids {unknownSecret(KeySecret::Kind::ApiKey),
                                          garbageSecret(KeySecret::Kind::ApiKey)};
        for (const QByteArray& invalid : invalids) {
            const QString expected = verify(invalid).value(QStringLiteral("code")).toString();
            QCOMPARE(expected, QStringLiteral("INVALID_API_KEY"));
            const Run human = cli({QStringLiteral("verify"), QString::fromLatin1(invalid)});
            QVERIFY2(human.exitCode == 1 && !human.out.startsWith("valid"), human.describe().constData());
            const Run piped = cli({QStringLiteral("verify"), QStringLiteral("--json")}, invalid + '\n');
            QVERIFY2(piped.exitCode == 1, piped.describe().constData());
            QJsonObject refused;
            QVERIFY2(parseObject(piped, &refused), piped.describe().constData());
            QCOMPARE(refused.value(QStringLiteral("valid")), QJsonValue(false));
            QCOMPARE(refused.value(QStringLiteral("code")).toString(), expected);
        }
    }

    void loginWithAWrongPasswordExitsOne()
    {
        QVERIFY2(keyringProblem().isEmpty(), qPrintable(keyringProblem()));
        const QString email = QStringLiteral("wrong-password@acme.test");
        QVERIFY(!m_server.createUser(m_admin, email, QStringLiteral("user")).isEmpty());
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const Env env {{QStringLiteral("HOME"), home.path()}};
        const Run login
            = cli({QStringLiteral("login"), QStringLiteral("--email"), email, QStringLiteral("--password-stdin")},
                  "not-the-password-at-all\n", env);
        QVERIFY2(login.exitCode == 1, login.describe().constData());
        QVERIFY2(login.out.isEmpty(), login.describe().constData());
        QVERIFY2(login.err.contains("INVALID_CREDENTIALS"), login.describe().constData());
        const Run list = cli({QStringLiteral("keys"), QStringLiteral("list")}, {}, env);
        QVERIFY2(list.exitCode == 1 && list.out.isEmpty() && list.err.contains("login"), list.describe().constData());
    }

    void loginAndLogoutThroughTheKeychain()
    {
        QVERIFY2(keyringProblem().isEmpty(), qPrintable(keyringProblem()));
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const Env env {{QStringLiteral("HOME"), home.path()}};
        const QString name = uniqueName(QStringLiteral("keychain"));
        const QString id = idOf(
            m_server.createKey(m_admin, {{QStringLiteral("name"), name}, {QStringLiteral("expires_in_days"), 30}}));
        QVERIFY(!id.isEmpty());

        const Run login = cli({QStringLiteral("login"), QStringLiteral("--email"),
                               QLatin1String(TestServer::AdminEmail), QStringLiteral("--password-stdin")},
                              QByteArray(TestServer::AdminPassword) + '\n', env);
        QVERIFY2(login.exitCode == 0, login.describe().constData());
        const QRegularExpression signedIn(QStringLiteral("\\ASigned in to %1/? as admin@acme\\.test\\.\\n\\z")
                                              .arg(QRegularExpression::escape(serverUrl())));
        QVERIFY2(signedIn.match(QString::fromUtf8(login.out)).hasMatch(), login.describe().constData());

        // Later processes find the session without KEYWARD_TOKEN.
        const Run list = cli({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--search"), name,
                              QStringLiteral("--json")},
                             {}, env);
        QVERIFY2(list.exitCode == 0, list.describe().constData());
        QJsonArray keys;
        QVERIFY2(parseArray(list, &keys), list.describe().constData());
        QCOMPARE(idsOf(keys), QStringList {id});
        const Run create = cli({QStringLiteral("keys"), QStringLiteral("create"),
                                uniqueName(QStringLiteral("from-keychain")), QStringLiteral("--quiet")},
                               {}, env);
        QVERIFY2(create.exitCode == 0 && isQuietSecret(create.out, "kw_key_"), create.describe().constData());

        // The names are in QSettings under XDG_CONFIG_HOME; no token, and not the password, in any file under HOME.
        QVERIFY2(fileCount(home.filePath(QStringLiteral(".config"))) > 0, "nothing written under XDG_CONFIG_HOME");
        const QList<QByteArray> secrets {"kw_ses_", "kw_ref_", TestServer::AdminPassword};
        QStringList leaks = filesContaining(home.path(), secrets);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));

        const QByteArray mark = markAccessLog();
        const Run logout = cli({QStringLiteral("logout")}, {}, env);
        QVERIFY2(logout.exitCode == 0, logout.describe().constData());
        QVERIFY2(logout.out.contains("Signed out."), logout.describe().constData());
        // Signed out on the server too, not only forgotten here.
        QVERIFY2(loggedAfter(mark, "method=POST path=/v1/auth/logout status=200"),
                 m_server.log().right(2000).constData());
        const Run after = cli({QStringLiteral("keys"), QStringLiteral("list")}, {}, env);
        QVERIFY2(after.exitCode == 1, after.describe().constData());
        QVERIFY2(after.out.isEmpty(), after.describe().constData());
        QVERIFY2(after.err.contains("login"), after.describe().constData());
        leaks = filesContaining(home.path(), secrets);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    }

    void loginWithTheAuthenticationKey()
    {
        QVERIFY2(keyringProblem().isEmpty(), qPrintable(keyringProblem()));
        const HttpResponse generated
            = http().post(QStringLiteral("v1/me/auth-key"), {}, session(m_server.loginAdmin()));
        QCOMPARE(generated.status, 201);
        const QByteArray pat = secretOf(generated.response());
        QVERIFY(pat.startsWith("kw_pat_"));
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const Env env {{QStringLiteral("HOME"), home.path()}};

        const Run login = cli({QStringLiteral("login"), QStringLiteral("--auth-key-stdin"), QStringLiteral("--json")},
                              pat + '\n', env);
        QVERIFY2(login.exitCode == 0, login.describe().constData());
        QJsonObject signedIn;
        QVERIFY2(parseObject(login, &signedIn), login.describe().constData());
        QCOMPARE(signedIn.value(QStringLiteral("email")).toString(), QLatin1String(TestServer::AdminEmail));
        const QString server = signedIn.value(QStringLiteral("server")).toString();
        QVERIFY2(server == serverUrl() || server == serverUrl() + QLatin1Char('/'), login.describe().constData());

        const Run show
            = cli({QStringLiteral("keys"), QStringLiteral("show"), idOf(m_spare), QStringLiteral("--json")}, {}, env);
        QVERIFY2(show.exitCode == 0, show.describe().constData());
        const QStringList leaks = filesContaining(home.path(), {"kw_ses_", "kw_ref_", "kw_pat_", pat});
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));

        const QByteArray mark = markAccessLog();
        const Run logout = cli({QStringLiteral("logout")}, {}, env);
        QVERIFY2(logout.exitCode == 0 && logout.out.contains("Signed out."), logout.describe().constData());
        QVERIFY2(loggedAfter(mark, "method=POST path=/v1/auth/logout status=200"),
                 m_server.log().right(2000).constData());
        const Run after = cli({QStringLiteral("keys"), QStringLiteral("list")}, {}, env);
        QVERIFY2(after.exitCode == 1 && after.out.isEmpty() && after.err.contains("login"),
                 after.describe().constData());
        // Signing out ends the session, not the key.
        QCOMPARE(verify(pat).value(QStringLiteral("valid")).toBool(), true);
    }

    void loginWithAOneTimeCode()
    {
        QVERIFY2(keyringProblem().isEmpty(), qPrintable(keyringProblem()));
        const QString email = QStringLiteral("otto@acme.test");
        QVERIFY(!m_server.createUser(m_admin, email, QStringLiteral("user")).isEmpty());
        const QByteArray token = m_server.login(email, QLatin1String(UserPassword));
        const HttpResponse enrol = http().post(QStringLiteral("v1/me/2fa"), {}, session(token));
        QCOMPARE(enrol.status, 200);
        const QByteArray secret = enrol.response().value(QStringLiteral("secret")).toString().toLatin1();
        const qint64 now = m_server.serverSeconds();
        QCOMPARE(http()
                     .postJson(QStringLiteral("v1/me/2fa/confirm"),
                               {{QStringLiteral("code"), totpCodeFromBase32(secret, now)}}, session(token))
                     .status,
                 200);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const Env env {{QStringLiteral("HOME"), home.path()}};
        const QStringList login {QStringLiteral("login"), QStringLiteral("--email"), email,
                                 QStringLiteral("--password-stdin")};

        const Run withoutCode = cli(login, QByteArray(UserPassword) + '\n', env);
        QVERIFY2(withoutCode.exitCode == 1 && withoutCode.out.isEmpty(), withoutCode.describe().constData());
        QVERIFY2(withoutCode.err.contains("OTP_REQUIRED"), withoutCode.describe().constData());

        // The next step's code: the one of this step was spent on the confirmation.
        const Run withCode = cli(login + QStringList {QStringLiteral("--otp"), totpCodeFromBase32(secret, now + 30)},
                                 QByteArray(UserPassword) + '\n', env);
        QVERIFY2(withCode.exitCode == 0, withCode.describe().constData());
        QVERIFY2(withCode.out.contains(email.toUtf8()), withCode.describe().constData());
        const Run list = cli({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}, {}, env);
        QVERIFY2(list.exitCode == 0, list.describe().constData());
        const QStringList leaks = filesContaining(home.path(), {"kw_ses_", "kw_ref_", UserPassword});
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        const Run logout = cli({QStringLiteral("logout")}, {}, env);
        QVERIFY2(logout.exitCode == 0, logout.describe().constData());
    }

    // Last: it moves the server's clock by 8 days.
    void expiredKey()
    {
        const Run create
            = asAdmin({QStringLiteral("keys"), QStringLiteral("create"), uniqueName(QStringLiteral("short")),
                       QStringLiteral("--expires"), QStringLiteral("7"), QStringLiteral("--json")});
        QVERIFY2(create.exitCode == 0, create.describe().constData());
        QJsonObject created;
        QVERIFY2(parseObject(create, &created), create.describe().constData());
        m_server.advanceClock(8 * Day);
        m_admin = m_server.loginAdmin(); // the old session lapsed with the clock
        QVERIFY(!m_admin.isEmpty());

        QCOMPARE(verify(secretOf(created)).value(QStringLiteral("code")).toString(), QStringLiteral("EXPIRED_API_KEY"));
        const Run verdict
            = cli({QStringLiteral("verify"), QString::fromLatin1(secretOf(created)), QStringLiteral("--json")});
        QVERIFY2(verdict.exitCode == 1, verdict.describe().constData());
        QJsonObject refused;
        QVERIFY2(parseObject(verdict, &refused), verdict.describe().constData());
        QCOMPARE(refused.value(QStringLiteral("valid")), QJsonValue(false));
        QCOMPARE(refused.value(QStringLiteral("code")).toString(), QStringLiteral("EXPIRED_API_KEY"));

        const Run list = asAdmin({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--status"),
                                  QStringLiteral("expired"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, list.describe().constData());
        QJsonArray keys;
        QVERIFY2(parseArray(list, &keys), list.describe().constData());
        QVERIFY2(idsOf(keys).contains(idOf(created)), list.describe().constData());
        for (const QJsonValue& listed : keys)
            QCOMPARE(listed.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("expired"));

        const Run reactivate = asAdmin({QStringLiteral("keys"), QStringLiteral("reactivate"), idOf(created)});
        QVERIFY2(reactivate.exitCode == 1 && reactivate.out.isEmpty(), reactivate.describe().constData());
        QVERIFY2(reactivate.err.contains("(KEY_EXPIRED)"), reactivate.describe().constData());
    }

private:
    HttpClient& http() { return m_server.http(); }
    // The server as a user types it, without the trailing slash (StripTrailingSlash keeps a root path's "/").
    QString serverUrl() const
    {
        QString url = m_server.url().toString();
        while (url.endsWith(QLatin1Char('/')))
            url.chop(1);
        return url;
    }

    static Env as(const QByteArray& token) { return {{QStringLiteral("KEYWARD_TOKEN"), QString::fromLatin1(token)}}; }

    // Runs keyward-cli to the end (30 s at most). HOME is m_home unless env names another; XDG_CONFIG_HOME,
    // XDG_DATA_HOME, XDG_CACHE_HOME and XDG_STATE_HOME are always inside HOME. No KEYWARD_TOKEN unless env sets one.
    Run cli(const QStringList& args, const QByteArray& input = {}, const Env& extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"KEYWARD_TOKEN", "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8")); // the messages the tests look for are English
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("KEYWARD_SERVER"), serverUrl());
        for (const auto& [name, value] : extra) {
            if (value.isNull())
                env.remove(name);
            else
                env.insert(name, value);
        }
        const QString home = env.value(QStringLiteral("HOME"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));

        Run run;
        run.args = args;
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        const QDeadlineTimer deadline(ProcessDeadlineMs);
        process.start(QStringLiteral(KEYWARD_CLI_PATH), args);
        if (!process.waitForStarted(int(deadline.remainingTime()))) {
            run.note = QStringLiteral("did not start: ") + process.errorString();
            return run;
        }
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(int(deadline.remainingTime()))) {
            run.note = QStringLiteral("still running after %1 ms; killed").arg(ProcessDeadlineMs);
            process.kill();
            process.waitForFinished(5000);
        } else if (process.exitStatus() != QProcess::NormalExit) {
            run.note = QStringLiteral("crashed: ") + process.errorString();
        } else {
            run.exitCode = process.exitCode();
        }
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }
    Run asAdmin(const QStringList& args, const QByteArray& input = {}) { return cli(args, input, as(m_admin)); }

    // A server address where nothing listens: a port that was just free.
    static QString closedServer()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return QStringLiteral("http://127.0.0.1:9");
        const quint16 port = probe.serverPort();
        probe.close();
        return QStringLiteral("http://127.0.0.1:%1").arg(port);
    }

    // A request of its own in the server's access log, to look for what comes after it.
    QByteArray markAccessLog()
    {
        const QString path = QStringLiteral("v1/api-keys/key_mark%1").arg(++m_names, 12, 10, QLatin1Char('0'));
        http().get(path, session(m_admin));
        return "path=/" + path.toLatin1() + ' ';
    }
    // Whether the access log (flushed every 200 ms) shows `line` after the mark, within 5 s.
    bool loggedAfter(const QByteArray& mark, const QByteArray& line)
    {
        return QTest::qWaitFor(
            [&] {
                const QByteArray log = m_server.log();
                const qsizetype at = log.indexOf(mark);
                return at >= 0 && log.indexOf(line, at) >= 0;
            },
            5000);
    }

    QString uniqueName(const QString& stem) { return stem + QStringLiteral("-%1").arg(++m_names); }

    // The key as the server shows it to the admin; empty when it is not there.
    QJsonObject key(const QString& id)
    {
        const HttpResponse r = http().get(QStringLiteral("v1/api-keys/") + id, session(m_admin));
        return r.status == 200 ? r.response() : QJsonObject();
    }
    // The admin's view of the keys whose name, description or prefix contains this text exactly as the name.
    QJsonArray keysNamed(const QString& name)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("q"), name);
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        const HttpResponse r
            = http().get(QStringLiteral("v1/api-keys?") + query.toString(QUrl::FullyEncoded), session(m_admin));
        QJsonArray named;
        for (const QJsonValue& k : r.response().value(QStringLiteral("keys")).toArray()) {
            if (k.toObject().value(QStringLiteral("name")).toString() == name)
                named.append(k);
        }
        return named;
    }
    QJsonObject verify(const QByteArray& secret)
    {
        return http()
            .postJson(QStringLiteral("v1/keys/verify"), {{QStringLiteral("key"), QString::fromLatin1(secret)}})
            .response();
    }

    // Where the CLI's key object differs from the server's in the members the contract names; empty when it does not.
    static QString keyDifference(const QJsonObject& cli, const QJsonObject& server)
    {
        QStringList differences;
        for (const char* member : {"id", "name", "description", "prefix", "scopes", "status", "rate_limit",
                                   "created_at", "expires_at", "last_used_at"}) {
            const QString name = QLatin1String(member);
            if (!cli.contains(name) || cli.value(name) != server.value(name))
                differences.append(
                    QStringLiteral("%1: cli %2, server %3")
                        .arg(name,
                             QString::fromUtf8(
                                 QJsonDocument(QJsonObject {{name, cli.value(name)}}).toJson(QJsonDocument::Compact)),
                             QString::fromUtf8(QJsonDocument(QJsonObject {{name, server.value(name)}})
                                                   .toJson(QJsonDocument::Compact))));
        }
        const QJsonObject cliOwner = cli.value(QStringLiteral("owner")).toObject();
        const QJsonObject serverOwner = server.value(QStringLiteral("owner")).toObject();
        for (const char* member : {"id", "email"}) {
            if (cliOwner.value(QLatin1String(member)) != serverOwner.value(QLatin1String(member)))
                differences.append(QStringLiteral("owner.%1: cli %2, server %3")
                                       .arg(QLatin1String(member), cliOwner.value(QLatin1String(member)).toString(),
                                            serverOwner.value(QLatin1String(member)).toString()));
        }
        return differences.join(QLatin1Char('\n'));
    }

    TestServer m_server;
    QTemporaryDir m_home; // the CLI's HOME unless a test gives it another
    QByteArray m_admin; // a password session of the admin
    QString m_adminId;
    QString m_aliceId;
    QString m_bobId;
    QString m_pagerId;
    QJsonObject m_spare; // an admin's key (with its secret) that the usage errors must leave alone
    int m_names = 0;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
