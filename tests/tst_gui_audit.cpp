// The audit page against a real keywardd: it lists the tenant's events newest first as sentences that name keys and
// users as they were called at the time, filters by action, user and period on the server, shows everything an
// entry records in the pane under the table, offers Clear filters when nothing matches, and shows a plain user their
// own entries. The model passes QAbstractItemModelTester; the sentences cover every action the server writes.

#include "tests/support/ConsoleHarness.h"
#include "ui/AuditDetailsPane.h"
#include "ui/AuditModel.h"
#include "ui/AuditSentences.h"
#include "ui/AuditTab.h"
#include "ui/EmptyState.h"
#include "ui/Translations.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Keyward;
using namespace Keyward::Test;

namespace {
constexpr char UserEmail[] = "audited@acme.test";
constexpr char UserPassword[] = "quiet-harbor-lamp-7";

QStringList sentencesOf(const AuditModel* model)
{
    QStringList sentences;
    for (int row = 0; row < model->rowCount(); ++row)
        sentences << model->data(model->index(row, AuditModel::Event)).toString();
    return sentences;
}

// The row of the first entry with this action about this object, or -1.
int rowOf(const AuditModel* model, const QString& action, const QString& targetId)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->entryAt(row).action == action && model->entryAt(row).targetId == targetId)
            return row;
    return -1;
}

Api::AuditEntry entry(const QString& action, const QString& outcome = QStringLiteral("ok"),
                      const QJsonObject& details = {})
{
    Api::AuditEntry e;
    e.id = 1;
    e.action = action;
    e.outcome = outcome;
    e.actor = {QStringLiteral("usr_alice"), QStringLiteral("alice@acme.test")};
    e.subjectUserId = QStringLiteral("usr_alice");
    e.targetType = action.startsWith(QLatin1String("key.")) || action.startsWith(QLatin1String("auth_key."))
        ? QStringLiteral("key")
        : action == QLatin1String("tenant.updated") ? QStringLiteral("tenant")
                                                    : QStringLiteral("user");
    e.targetId = e.targetType == QLatin1String("key") ? QStringLiteral("key_1") : QStringLiteral("usr_alice");
    e.targetName
        = e.targetType == QLatin1String("key") ? QStringLiteral("deploy bot") : QStringLiteral("alice@acme.test");
    e.details = details.toVariantMap();
    return e;
}
} // namespace

class TestGuiAudit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        TestServer& server = m_console.server();
        QVERIFY(m_console.startServer());
        QByteArray admin = server.loginAdmin();
        m_userId = server.createUser(admin, QLatin1String(UserEmail), QStringLiteral("user"));
        QVERIFY(!m_userId.isEmpty());
        const QByteArray user = server.login(QLatin1String(UserEmail), QLatin1String(UserPassword));
        m_keyId = server
                      .createKey(user,
                                 {{QStringLiteral("name"), QStringLiteral("audited key")},
                                  {QStringLiteral("expires_in_days"), 7}})
                      .value(QStringLiteral("id"))
                      .toString();
        QVERIFY(!m_keyId.isEmpty());
        QCOMPARE(server.http().post(QStringLiteral("v1/api-keys/%1/revoke").arg(m_keyId), {}, session(user)).status,
                 200);
        // The admin re-activates the user's key: an entry about someone else's key.
        QCOMPARE(
            server.http().post(QStringLiteral("v1/api-keys/%1/reactivate").arg(m_keyId), {}, session(admin)).status,
            200);
        // A wrong password: a failed sign-in of the user.
        QCOMPARE(server.http()
                     .postJson(QStringLiteral("v1/auth/login"),
                               {{QStringLiteral("email"), QLatin1String(UserEmail)},
                                {QStringLiteral("password"), QStringLiteral("not-the-password-1")}})
                     .status,
                 401);
        // A key of the admin's, renamed and then deleted: the entries keep the names it had.
        m_renamedKeyId = server
                             .createKey(admin,
                                        {{QStringLiteral("name"), QStringLiteral("deploy bot")},
                                         {QStringLiteral("expires_in_days"), 30}})
                             .value(QStringLiteral("id"))
                             .toString();
        QVERIFY(!m_renamedKeyId.isEmpty());
        QCOMPARE(server.http()
                     .patchJson(QStringLiteral("v1/api-keys/%1").arg(m_renamedKeyId),
                                {{QStringLiteral("name"), QStringLiteral("deploy robot")}}, session(admin))
                     .status,
                 200);
        QCOMPARE(server.http().del(QStringLiteral("v1/api-keys/%1").arg(m_renamedKeyId), session(admin)).status, 200);
        // Two keys three days apart, for the period.
        QVERIFY(!server
                     .createKey(admin,
                                {{QStringLiteral("name"), QStringLiteral("before the jump")},
                                 {QStringLiteral("expires_in_days"), 30}})
                     .value(QStringLiteral("id"))
                     .toString()
                     .isEmpty());
        server.advanceClock(3 * 24 * 3600);
        admin = server.loginAdmin(); // the earlier session may have ended by the new time
        QVERIFY(!server
                     .createKey(admin,
                                {{QStringLiteral("name"), QStringLiteral("after the jump")},
                                 {QStringLiteral("expires_in_days"), 30}})
                     .value(QStringLiteral("id"))
                     .toString()
                     .isEmpty());
        m_console.openConsole();
        QVERIFY(m_console.signInAdmin());
    }

    void cleanup()
    {
        const QList<QTranslator*> translators = QCoreApplication::instance()->findChildren<QTranslator*>();
        for (QTranslator* translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        // Every test starts from the whole log, loaded.
        if (AuditTab* tab = m_console.showTab<AuditTab>()) {
            if (tab->hasFilters())
                tab->clearFilters();
            QTRY_VERIFY(!tab->isLoading());
        }
    }

    // Every action the server writes reads as a sentence of its own, never the generic form with the code.
    void sentencesForEveryAction_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QJsonObject>("details");
        const QString ok = QStringLiteral("ok");
        const QString failed = QStringLiteral("failed");
        const QString denied = QStringLiteral("denied");
        const QJsonObject none;
        const auto reason = [](const char* why) {
            return QJsonObject {{QStringLiteral("reason"), QLatin1String(why)}};
        };
        QTest::newRow("login") << "login" << ok << QJsonObject {{QStringLiteral("method"), QStringLiteral("password")}};
        QTest::newRow("login failed") << "login" << failed << reason("bad_password");
        QTest::newRow("2fa.code") << "2fa.code" << failed
                                  << QJsonObject {{QStringLiteral("reason"), QStringLiteral("bad_otp")},
                                                  {QStringLiteral("where"), QStringLiteral("login")}};
        QTest::newRow("step_up") << "step_up" << failed << reason("bad_password");
        QTest::newRow("password.change") << "password.change" << failed << reason("bad_password");
        QTest::newRow("session.refresh_replayed")
            << "session.refresh_replayed" << denied << QJsonObject {{QStringLiteral("sessions_ended"), 2}};
        QTest::newRow("key.created") << "key.created" << ok << none;
        QTest::newRow("key.updated") << "key.updated" << ok
                                     << QJsonObject {{QStringLiteral("fields"), QJsonArray {QStringLiteral("scopes")}}};
        QTest::newRow("key.revoked") << "key.revoked" << ok << none;
        QTest::newRow("key.reactivated") << "key.reactivated" << ok << none;
        QTest::newRow("key.rotated") << "key.rotated" << ok << QJsonObject {{QStringLiteral("grace_seconds"), 3600}};
        QTest::newRow("key.deleted") << "key.deleted" << ok << none;
        QTest::newRow("key.used_after_revoke") << "key.used_after_revoke" << denied << none;
        QTest::newRow("auth_key.generated") << "auth_key.generated" << ok << none;
        QTest::newRow("auth_key.regenerated")
            << "auth_key.regenerated" << ok << QJsonObject {{QStringLiteral("grace_seconds"), 0}};
        QTest::newRow("auth_key.deleted") << "auth_key.deleted" << ok << none;
        QTest::newRow("password.changed") << "password.changed" << ok << none;
        QTest::newRow("2fa.enabled") << "2fa.enabled" << ok << none;
        QTest::newRow("2fa.disabled") << "2fa.disabled" << ok << none;
        QTest::newRow("2fa.reset") << "2fa.reset" << ok << none;
        QTest::newRow("2fa.recovery_code_used")
            << "2fa.recovery_code_used" << ok << QJsonObject {{QStringLiteral("remaining"), 9}};
        QTest::newRow("2fa.recovery_codes_regenerated")
            << "2fa.recovery_codes_regenerated" << ok << QJsonObject {{QStringLiteral("count"), 10}};
        QTest::newRow("user.created") << "user.created" << ok
                                      << QJsonObject {{QStringLiteral("role"), QStringLiteral("support")}};
        QTest::newRow("user.create") << "user.create" << denied << reason("email_taken");
        QTest::newRow("user.updated") << "user.updated" << ok
                                      << QJsonObject {{QStringLiteral("fields"), QJsonArray {QStringLiteral("name")}}};
        QTest::newRow("tenant.updated") << "tenant.updated" << ok
                                        << QJsonObject {{QStringLiteral("max_key_lifetime_days"), 90}};
    }
    void sentencesForEveryAction()
    {
        QFETCH(QString, action);
        QFETCH(QString, outcome);
        QFETCH(QJsonObject, details);
        const Api::AuditEntry e = entry(action, outcome, details);
        const QString theirs = AuditSentences::describe(e, QStringLiteral("usr_admin"));
        const QString mine = AuditSentences::describe(e, QStringLiteral("usr_alice"));
        QVERIFY2(!theirs.contains(action) && !theirs.contains(AuditSentences::actionName(action) + QLatin1Char(':')),
                 qPrintable(theirs)); // not the generic form
        QVERIFY(AuditSentences::actionName(action) != action); // the filter and the pane name it too
        QVERIFY(!mine.isEmpty());
        if (e.actor.id == QLatin1String("usr_alice") && action != QLatin1String("key.used_after_revoke")
            && action != QLatin1String("session.refresh_replayed"))
            QVERIFY2(mine.contains(QLatin1String("You")) || mine.contains(QLatin1String("Your")), qPrintable(mine));
    }

    void sentencesReadAsPeopleSayThem()
    {
        const QString self = QStringLiteral("usr_alice");
        QCOMPARE(AuditSentences::describe(entry(QStringLiteral("key.created")), QStringLiteral("usr_admin")),
                 QStringLiteral("alice@acme.test created the key “deploy bot”"));
        QCOMPARE(AuditSentences::describe(entry(QStringLiteral("login")), self), QStringLiteral("You signed in"));
        QCOMPARE(AuditSentences::describe(entry(QStringLiteral("login"), QStringLiteral("failed"),
                                                {{QStringLiteral("reason"), QStringLiteral("bad_password")}}),
                                          QString()),
                 QStringLiteral("Sign-in by alice@acme.test failed (wrong password)"));
        QCOMPARE(AuditSentences::describe(entry(QStringLiteral("key.updated"), QStringLiteral("ok"),
                                                {{QStringLiteral("fields"), QJsonArray {QStringLiteral("name")}},
                                                 {QStringLiteral("previous_name"), QStringLiteral("ci")}}),
                                          self),
                 QStringLiteral("You renamed the key “ci” to “deploy bot”"));
        // Someone else's key is named with its owner where the page knows the owner's e-mail.
        Api::AuditEntry revoked = entry(QStringLiteral("key.revoked"));
        revoked.actor = {QStringLiteral("usr_admin"), QStringLiteral("admin@acme.test")};
        QCOMPARE(AuditSentences::describe(revoked, QString(),
                                          [](const QString& id) {
                                              return id == QLatin1String("usr_alice")
                                                  ? QStringLiteral("alice@acme.test")
                                                  : QString();
                                          }),
                 QStringLiteral("admin@acme.test revoked the key “deploy bot” of alice@acme.test"));
        QCOMPARE(AuditSentences::describe(revoked, self),
                 QStringLiteral("admin@acme.test revoked your key “deploy bot”"));
        // No name recorded: the id.
        Api::AuditEntry unnamed = entry(QStringLiteral("key.deleted"));
        unnamed.targetName.clear();
        QCOMPARE(AuditSentences::describe(unnamed, self), QStringLiteral("You deleted the key “key_1”"));
        // An action this console does not know: named by its code, never blank.
        const QString unknown = AuditSentences::describe(entry(QStringLiteral("key.teleported")), self);
        QVERIFY2(unknown.contains(QLatin1String("key.teleported")) && unknown.contains(QLatin1String("deploy bot")),
                 qPrintable(unknown));
        Api::AuditEntry bare;
        bare.action = QStringLiteral("mystery");
        QCOMPARE(AuditSentences::describe(bare, self), QStringLiteral("mystery"));
        QCOMPARE(
            AuditSentences::detailLines({{QStringLiteral("previous_name"), QStringLiteral("ci")},
                                         {QStringLiteral("reason"), QStringLiteral("bad_otp")}}),
            QStringList({QStringLiteral("Previous name: ci"), QStringLiteral("Reason: wrong authenticator code")}));
    }

    void listsTheTenantsEvents()
    {
        AuditTab* tab = m_console.showTab<AuditTab>();
        QVERIFY(tab);
        QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(tab->model()->rowCount() >= 4); // logins, key created, key revoked
        QStringList actions;
        for (int row = 0; row < tab->model()->rowCount(); ++row)
            actions << tab->model()->entryAt(row).action;
        QVERIFY(actions.contains(QStringLiteral("key.created")));
        QVERIFY(actions.contains(QStringLiteral("key.revoked")));
        QVERIFY(actions.contains(QStringLiteral("login")));
        // Newest first, as the server sends them.
        const qint64 first = tab->model()->entryAt(0).id;
        const qint64 last = tab->model()->entryAt(tab->model()->rowCount() - 1).id;
        QVERIFY(first > last);
        // Time | Event | Outcome | Address: the sentence takes the room, no cell is blank.
        auto* view = tab->findChild<QTableView*>(QStringLiteral("auditTableView"));
        QVERIFY(view->isColumnHidden(AuditModel::Target));
        QCOMPARE(view->horizontalHeader()->sectionResizeMode(AuditModel::Event), QHeaderView::Stretch);
        QCOMPARE(tab->model()->headerData(AuditModel::Event, Qt::Horizontal).toString(), QStringLiteral("Event"));
        for (const QString& sentence : sentencesOf(tab->model()))
            QVERIFY(!sentence.isEmpty());
        QVERIFY(view->horizontalHeader()->sectionSize(AuditModel::Event)
                > view->horizontalHeader()->sectionSize(AuditModel::Time));
    }

    void filtersByActionOnTheServer()
    {
        AuditTab* tab = m_console.showTab<AuditTab>();
        auto* actions = tab->findChild<QComboBox*>(QStringLiteral("actionComboBox"));
        actions->setCurrentIndex(actions->findData(QStringLiteral("key.revoked")));
        QTRY_COMPARE(tab->model()->rowCount(), 1);
        QCOMPARE(tab->model()->entryAt(0).targetId, m_keyId);
        // The 2FA and authentication-key actions can be picked too.
        for (const char* action : {"2fa.code", "2fa.recovery_code_used", "auth_key.generated", "auth_key.deleted"})
            QVERIFY2(actions->findData(QLatin1String(action)) > 0, action);
        actions->setCurrentIndex(0);
        QTRY_VERIFY(tab->model()->rowCount() >= 4);
    }

    void filtersByUserOnTheServer()
    {
        AuditTab* tab = m_console.showTab<AuditTab>();
        auto* users = tab->findChild<QComboBox*>(QStringLiteral("userComboBox"));
        QVERIFY(users->isVisible());
        QTRY_VERIFY(users->findData(m_userId) > 0);
        users->setCurrentIndex(users->findData(m_userId));
        QTRY_VERIFY(!tab->isLoading() && tab->model()->rowCount() >= 3);
        for (int row = 0; row < tab->model()->rowCount(); ++row) {
            const Api::AuditEntry entry = tab->model()->entryAt(row);
            const bool aboutUser = entry.subjectUserId == m_userId || entry.actor.id == m_userId;
            QVERIFY2(aboutUser, qPrintable(entry.action));
        }
    }

    // Keys and users by name, as they were called when the entry was written; the signed-in admin is "You".
    void sentencesNameKeysAndUsers()
    {
        AuditTab* tab = m_console.showTab<AuditTab>();
        const AuditModel* model = tab->model();
        QTRY_VERIFY(rowOf(model, QStringLiteral("key.deleted"), m_renamedKeyId) >= 0);
        const int created = rowOf(model, QStringLiteral("key.created"), m_renamedKeyId);
        QVERIFY(created >= 0);
        QCOMPARE(model->entryAt(created).targetName, QStringLiteral("deploy bot")); // not the later name
        QCOMPARE(model->sentenceAt(created), QStringLiteral("You created the key “deploy bot”"));
        QCOMPARE(model->sentenceAt(rowOf(model, QStringLiteral("key.updated"), m_renamedKeyId)),
                 QStringLiteral("You renamed the key “deploy bot” to “deploy robot”"));
        QCOMPARE(model->sentenceAt(rowOf(model, QStringLiteral("key.deleted"), m_renamedKeyId)),
                 QStringLiteral("You deleted the key “deploy robot”"));
        QCOMPARE(model->sentenceAt(rowOf(model, QStringLiteral("key.created"), m_keyId)),
                 QStringLiteral("audited@acme.test created the key “audited key”"));
        // The owner is named once the page knows the users.
        QTRY_COMPARE(model->sentenceAt(rowOf(model, QStringLiteral("key.reactivated"), m_keyId)),
                     QStringLiteral("You re-activated the key “audited key” of audited@acme.test"));
        // A failure: the sentence says why, the cell carries a warning icon, the outcome column says it failed.
        int failedLogin = -1;
        for (int row = 0; row < model->rowCount() && failedLogin < 0; ++row)
            if (model->entryAt(row).action == QLatin1String("login")
                && model->entryAt(row).outcome != QLatin1String("ok"))
                failedLogin = row;
        QVERIFY(failedLogin >= 0);
        QCOMPARE(model->sentenceAt(failedLogin),
                 QStringLiteral("Sign-in by audited@acme.test failed (wrong password)"));
        QVERIFY(!model->data(model->index(failedLogin, AuditModel::Event), Qt::DecorationRole).isNull());
        QCOMPARE(model->data(model->index(failedLogin, AuditModel::Outcome)).toString(), QStringLiteral("Failed"));
        QVERIFY(model->data(model->index(created, AuditModel::Event), Qt::DecorationRole).isNull());
        // The text filter finds entries by what they say.
        tab->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))->setText(QStringLiteral("deploy robot"));
        QCOMPARE(tab->proxy()->rowCount(), 2); // renamed to it, deleted as it
    }

    // From … To asks the server for whole local days: a day three days later (the server's clock moved) shows only
    // what happened then.
    void periodAsksTheServer()
    {
        AuditTab* tab = m_console.showTab<AuditTab>();
        auto* actions = tab->findChild<QComboBox*>(QStringLiteral("actionComboBox"));
        actions->setCurrentIndex(actions->findData(QStringLiteral("key.created")));
        QTRY_VERIFY(!tab->isLoading() && tab->model()->rowCount() >= 3);
        qint64 beforeAt = 0;
        qint64 afterAt = 0;
        for (int row = 0; row < tab->model()->rowCount(); ++row) {
            const Api::AuditEntry e = tab->model()->entryAt(row);
            if (e.targetName == QLatin1String("before the jump"))
                beforeAt = e.at;
            if (e.targetName == QLatin1String("after the jump"))
                afterAt = e.at;
        }
        QVERIFY(beforeAt != 0 && afterAt != 0);
        // The days in the console's time zone, from the entries' own times (not the console's clock).
        const QDate beforeDay = QDateTime::fromMSecsSinceEpoch(beforeAt).toLocalTime().date();
        const QDate afterDay = QDateTime::fromMSecsSinceEpoch(afterAt).toLocalTime().date();
        QVERIFY(afterDay > beforeDay);

        auto* since = tab->findChild<QDateEdit*>(QStringLiteral("sinceDateEdit"));
        auto* until = tab->findChild<QDateEdit*>(QStringLiteral("untilDateEdit"));
        auto* period = tab->findChild<QComboBox*>(QStringLiteral("periodComboBox"));
        QVERIFY(since->calendarPopup() && until->calendarPopup());
        QVERIFY(!since->isVisible());
        period->setCurrentIndex(period->findData(AuditTab::Custom));
        QVERIFY(since->isVisible() && until->isVisible());
        until->setDate(afterDay);
        since->setDate(afterDay);
        QCOMPARE(tab->range(),
                 std::make_pair(afterDay.startOfDay().toMSecsSinceEpoch(),
                                afterDay.addDays(1).startOfDay().toMSecsSinceEpoch()));
        QTRY_VERIFY(!tab->isLoading());
        QStringList names;
        for (int row = 0; row < tab->model()->rowCount(); ++row)
            names << tab->model()->entryAt(row).targetName;
        QCOMPARE(names, QStringList {QStringLiteral("after the jump")});

        // The earlier day: the earlier key, and not the later one. From after To pulls To along.
        since->setDate(beforeDay);
        until->setDate(beforeDay);
        QTRY_VERIFY(!tab->isLoading() && tab->model()->rowCount() > 0);
        names.clear();
        for (int row = 0; row < tab->model()->rowCount(); ++row)
            names << tab->model()->entryAt(row).targetName;
        QVERIFY2(names.contains(QStringLiteral("before the jump")), qPrintable(names.join(u',')));
        QVERIFY2(!names.contains(QStringLiteral("after the jump")), qPrintable(names.join(u',')));
        since->setDate(afterDay);
        QCOMPARE(until->date(), afterDay);

        // A preset: choosing it leaves Custom and hides the dates.
        period->setCurrentIndex(period->findData(AuditTab::AnyTime));
        QVERIFY(!since->isVisible());
        QCOMPARE(tab->range(), std::make_pair(qint64(0), qint64(0)));
        QTRY_VERIFY(!tab->isLoading());
        QVERIFY(tab->model()->rowCount() >= 3);
    }

    void detailsPaneShowsTheSelectedEntry()
    {
        AuditTab* tab = m_console.showTab<AuditTab>();
        auto* actions = tab->findChild<QComboBox*>(QStringLiteral("actionComboBox"));
        actions->setCurrentIndex(actions->findData(QStringLiteral("key.updated")));
        QTRY_VERIFY(!tab->isLoading() && tab->model()->rowCount() == 1);
        auto* pane = tab->findChild<AuditDetailsPane*>(QStringLiteral("auditDetailsPane"));
        QVERIFY(pane);
        const auto value = [pane](const char* name) {
            auto* label = pane->findChild<QLabel*>(QLatin1String(name));
            return label && label->isVisible() ? label->text() : QStringLiteral("<not shown>");
        };
        QVERIFY(pane->findChild<QLabel*>(QStringLiteral("noEntryLabel"))->isVisible());
        QCOMPARE(value("auditActionValue"), QStringLiteral("<not shown>"));

        auto* view = tab->findChild<QTableView*>(QStringLiteral("auditTableView"));
        view->selectRow(0);
        const Api::AuditEntry e = tab->model()->entryAt(0);
        QCOMPARE(value("auditActionValue"), QStringLiteral("Key edited (key.updated)"));
        QCOMPARE(value("auditEventValue"), QStringLiteral("You renamed the key “deploy bot” to “deploy robot”"));
        QCOMPARE(value("auditTimeValue"),
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.at).toLocalTime(), QLocale::LongFormat));
        QCOMPARE(value("auditOutcomeValue"), QStringLiteral("Succeeded"));
        QCOMPARE(value("auditActorValue"), QStringLiteral("admin@acme.test (id %1)").arg(e.actor.id));
        QCOMPARE(value("auditTargetValue"), QStringLiteral("Key “deploy robot”, id %1").arg(m_renamedKeyId));
        QCOMPARE(value("auditAddressValue"), e.clientAddress);
        QVERIFY(!e.clientAddress.isEmpty());
        const QString details = value("auditDetailsValue");
        QVERIFY2(details.contains(QLatin1String("Previous name: deploy bot")), qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("Changed: name")), qPrintable(details));

        // Nothing selected: nothing shown.
        view->clearSelection();
        QVERIFY(pane->findChild<QLabel*>(QStringLiteral("noEntryLabel"))->isVisible());
        QCOMPARE(pane->entry().id, qint64(0));
    }

    void emptyStateClearsTheFilters()
    {
        AuditTab* tab = m_console.showTab<AuditTab>();
        auto* empty = tab->findChild<EmptyState*>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QVERIFY(!empty->isVisible());
        auto* search = tab->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        auto* actions = tab->findChild<QComboBox*>(QStringLiteral("actionComboBox"));
        auto* period = tab->findChild<QComboBox*>(QStringLiteral("periodComboBox"));
        // Nothing of the kind on the server.
        actions->setCurrentIndex(actions->findData(QStringLiteral("2fa.reset")));
        QTRY_VERIFY(!tab->isLoading());
        QCOMPARE(tab->model()->rowCount(), 0);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No entries match the filters."));
        QVERIFY(empty->button()->isVisible());
        // More filters, then one click clears them all with one load.
        period->setCurrentIndex(period->findData(AuditTab::Last7Days));
        search->setText(QStringLiteral("no such entry"));
        QTRY_VERIFY(!tab->isLoading());
        QVERIFY(empty->isVisible());
        QSignalSpy busy(tab, &ConsoleTab::busyChanged);
        QTest::mouseClick(empty->button(), Qt::LeftButton);
        QCOMPARE(actions->currentIndex(), 0);
        QCOMPARE(period->currentData().toInt(), int(AuditTab::AnyTime));
        QVERIFY(search->text().isEmpty());
        QCOMPARE(tab->findChild<QComboBox*>(QStringLiteral("userComboBox"))->currentIndex(), 0);
        QVERIFY(!tab->hasFilters());
        QTRY_VERIFY(!tab->isLoading() && tab->model()->rowCount() >= 4);
        QVERIFY(!empty->isVisible());
        QCOMPARE(busy.count(), 2); // one load: busy, then not
        QCOMPARE(busy.first().first().toBool(), true);

        // Only the text filter: nothing loaded matches, and the page says so without asking the server.
        search->setText(QStringLiteral("zzz-matches-nothing"));
        QCOMPARE(tab->proxy()->rowCount(), 0);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No entries match the filters."));
        QTest::mouseClick(empty->button(), Qt::LeftButton);
        QTRY_VERIFY(!tab->isLoading() && tab->proxy()->rowCount() >= 4);
    }

    // With the dates and the pane showing (the layout test sees neither), nothing is cut at 900×600 in any language.
    void smallWindowFitsWithDatesAndDetails_data()
    {
        QTest::addColumn<QString>("locale");
        for (const char* locale : {"en_US", "de_DE", "fr_FR"})
            QTest::newRow(locale) << QString::fromLatin1(locale);
    }
    void smallWindowFitsWithDatesAndDetails()
    {
        QFETCH(QString, locale);
        QLocale::setDefault(QLocale(locale));
        installTranslations(QLocale(locale));
        MainWindow& window = m_console.openConsole(); // resumes the session, in this language
        QVERIFY(m_console.waitReady());
        window.resize(900, 600);
        AuditTab* tab = m_console.showTab<AuditTab>();
        QTRY_VERIFY(!tab->isLoading() && tab->model()->rowCount() >= 4);
        auto* period = tab->findChild<QComboBox*>(QStringLiteral("periodComboBox"));
        period->setCurrentIndex(period->findData(AuditTab::Custom));
        QTRY_VERIFY(!tab->isLoading());
        auto* view = tab->findChild<QTableView*>(QStringLiteral("auditTableView"));
        view->selectRow(0);
        QVERIFY(tab->findChild<QLabel*>(QStringLiteral("auditDetailsValue"))->isVisible());
        QCoreApplication::processEvents();

        QStringList problems;
        if (window.size() != QSize(900, 600))
            problems << QStringLiteral("the window is %1×%2").arg(window.width()).arg(window.height());
        for (const QLabel* label : tab->findChildren<QLabel*>())
            if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty()
                && label->width() < label->minimumSizeHint().width())
                problems << QStringLiteral("the label \"%1\" is cut").arg(label->text());
        for (const QAbstractButton* button : tab->findChildren<QAbstractButton*>())
            if (button->isVisible() && !button->text().isEmpty() && button->width() < button->minimumSizeHint().width())
                problems << QStringLiteral("the button \"%1\" is cut").arg(button->text());
        for (const QWidget* edit : tab->findChildren<QDateEdit*>())
            if (edit->width() < edit->minimumSizeHint().width())
                problems << QStringLiteral("%1 is cut").arg(edit->objectName());
        if (view->horizontalScrollBar()->isVisible())
            problems << QStringLiteral("the table needs horizontal scrolling");
        const QHeaderView* header = view->horizontalHeader();
        for (int column = 0; column < header->count(); ++column)
            if (!header->isSectionHidden(column) && header->sectionSize(column) < header->sectionSizeHint(column))
                problems << QStringLiteral("the header \"%1\" is cut")
                                .arg(view->model()->headerData(column, Qt::Horizontal).toString());
        const QString time = view->model()->index(0, AuditModel::Time).data().toString();
        if (header->sectionSize(AuditModel::Time) < view->fontMetrics().horizontalAdvance(time))
            problems << QStringLiteral("the time \"%1\" is cut").arg(time);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Last: it signs in as the plain user. Their page shows their own entries (the server sends no others), with
    // "You" for their deeds, and no user filter.
    void plainUserSeesTheirOwnEntries()
    {
        // Another account: sign out (the keychain would resume the admin's session), then in again.
        QVERIFY(m_console.triggerAction("actionSignOut"));
        QVERIFY(m_console.signIn(QLatin1String(UserEmail), QLatin1String(UserPassword)));
        AuditTab* tab = m_console.showTab<AuditTab>();
        QVERIFY(tab);
        QVERIFY(tab->findChild<QComboBox*>(QStringLiteral("actionComboBox"))->isVisible());
        QVERIFY(tab->findChild<QComboBox*>(QStringLiteral("userComboBox"))->isHidden());
        QTRY_VERIFY(!tab->isLoading() && tab->model()->rowCount() >= 4);
        const AuditModel* model = tab->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const Api::AuditEntry e = model->entryAt(row);
            QVERIFY2(e.subjectUserId == m_userId || e.actor.id == m_userId, qPrintable(e.action));
        }
        QVERIFY(rowOf(model, QStringLiteral("key.created"), m_renamedKeyId) < 0); // the admin's key: not theirs
        QCOMPARE(model->sentenceAt(rowOf(model, QStringLiteral("key.created"), m_keyId)),
                 QStringLiteral("You created the key “audited key”"));
        QCOMPARE(model->sentenceAt(rowOf(model, QStringLiteral("key.revoked"), m_keyId)),
                 QStringLiteral("You revoked the key “audited key”"));
        QCOMPARE(model->sentenceAt(rowOf(model, QStringLiteral("key.reactivated"), m_keyId)),
                 QStringLiteral("admin@acme.test re-activated your key “audited key”"));
        const QStringList sentences = sentencesOf(model);
        QVERIFY2(sentences.contains(QStringLiteral("Your sign-in failed (wrong password)")),
                 qPrintable(sentences.join(u'\n')));
        QVERIFY(sentences.contains(QStringLiteral("You signed in")));
    }

private:
    ConsoleHarness m_console;
    QString m_userId;
    QString m_keyId;
    QString m_renamedKeyId;
};

QTEST_MAIN(TestGuiAudit)
#include "tst_gui_audit.moc"
