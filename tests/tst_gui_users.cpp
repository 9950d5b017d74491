// The Users page against a real keywardd (offscreen, real keychain): an admin creates a user the server then lists
// and who can sign in, changes a role, disables and enables, jumps to a user's keys, and sets the tenant's maximum key
// lifetime; support sees the same page with nothing to change.

#include "tests/support/ConsoleHarness.h"
#include "ui/ApiKeyModel.h"
#include "ui/Dialogs.h"
#include "ui/EmptyState.h"
#include "ui/MessageWidget.h"
#include "ui/NewUserDialog.h"
#include "ui/TenantKeysTab.h"
#include "ui/UserModel.h"
#include "ui/UsersTab.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Test;

namespace {
const QString Password = QStringLiteral("quiet-harbor-lamp-7");
const QString NewPassword = QStringLiteral("violet-meadow-anchor-42");
const QString SupportEmail = QStringLiteral("sam@acme.test");
const QString IvyEmail = QStringLiteral("ivy@acme.test");
} // namespace

class TestGuiUsers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_console.startServer());
        const QByteArray admin = m_console.server().loginAdmin();
        QVERIFY(!m_console.server().createUser(admin, SupportEmail, QStringLiteral("support")).isEmpty());
        m_ivyId = m_console.server().createUser(admin, IvyEmail, QStringLiteral("user"));
        QVERIFY(!m_ivyId.isEmpty());
    }
    void init() { Dialogs::setNextAnswer(std::nullopt); }

    void adminCreatesAUserTheServerLists()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        QVERIFY(m_tab->model()->indexOf(m_ivyId) >= 0);
        QSignalSpy status(m_tab, &ConsoleTab::statusMessage);
        action("actionNewUser")->trigger();
        NewUserDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_tab->findChild<NewUserDialog*>(QStringLiteral("newUserDialog")))
                    && dialog->isVisible());
        dialog->findChild<QLineEdit*>(QStringLiteral("emailLineEdit"))->setText(QStringLiteral("nova@acme.test"));
        dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Nova"));
        auto* role = dialog->findChild<QComboBox*>(QStringLiteral("roleComboBox"));
        role->setCurrentIndex(role->findData(QStringLiteral("support")));
        dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(NewPassword);
        dialog->findChild<QLineEdit*>(QStringLiteral("confirmLineEdit"))->setText(NewPassword + QLatin1Char('x'));
        auto* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        ok->click();
        auto* error = dialog->findChild<MessageWidget*>(QStringLiteral("errorMessage"));
        QVERIFY(error->isVisible()); // refused here, nothing sent
        QVERIFY(dialog->isVisible());
        QVERIFY(!serverUser(QStringLiteral("nova@acme.test")).contains(QStringLiteral("id")));

        dialog->findChild<QLineEdit*>(QStringLiteral("confirmLineEdit"))->setText(NewPassword);
        ok->click();
        QTRY_VERIFY(!m_tab->findChild<NewUserDialog*>(QStringLiteral("newUserDialog")));
        const QJsonObject created = serverUser(QStringLiteral("nova@acme.test"));
        QCOMPARE(created.value(QStringLiteral("role")).toString(), QStringLiteral("support"));
        QCOMPARE(created.value(QStringLiteral("name")).toString(), QStringLiteral("Nova"));
        QVERIFY(m_tab->model()->indexOf(created.value(QStringLiteral("id")).toString()) >= 0);
        QVERIFY(!status.isEmpty() && status.last().at(0).toString().contains(QLatin1String("nova@acme.test")));
        // The initial password signs in.
        QVERIFY(!m_console.server().login(QStringLiteral("nova@acme.test"), NewPassword).isEmpty());
    }

    void aSearchMatchingNobodySaysSoAndClears()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        auto* view = m_tab->findChild<QTableView*>(QStringLiteral("usersTableView"));
        auto* empty = view->findChild<EmptyState*>(QStringLiteral("emptyState"));
        QVERIFY(empty && !empty->isVisible());
        auto* search = m_tab->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        search->setText(QStringLiteral("nobody-here"));
        QCOMPARE(view->model()->rowCount(), 0);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QLatin1String("nobody-here")), qPrintable(empty->text()));
        QCOMPARE(empty->button()->text(), QStringLiteral("Clear search"));
        empty->button()->click();
        QVERIFY(search->text().isEmpty());
        QCOMPARE(view->model()->rowCount(), m_tab->model()->rowCount());
        QTRY_VERIFY(!empty->isVisible());
    }

    void adminChangesARoleAndDisablesAndEnables()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        QVERIFY(m_tab->selectUser(m_ivyId));
        QVERIFY(!action("actionResetTwoFactor")->isEnabled()); // ivy has no second factor
        action("actionChangeRole")->trigger();
        QInputDialog* input = nullptr;
        QTRY_VERIFY((input = m_tab->findChild<QInputDialog*>(QStringLiteral("roleInputDialog"))));
        input->setTextValue(UserModel::roleText(Role::Support));
        input->accept();
        QTRY_COMPARE(serverUser(IvyEmail).value(QStringLiteral("role")).toString(), QStringLiteral("support"));
        QTRY_COMPARE(m_tab->model()->userAt(m_tab->model()->indexOf(m_ivyId)).role, Role::Support);

        QVERIFY(action("actionDisableUser")->isEnabled());
        Dialogs::setNextAnswer(true);
        action("actionDisableUser")->trigger();
        QVERIFY(Dialogs::lastQuestion().contains(IvyEmail));
        QTRY_VERIFY(serverUser(IvyEmail).value(QStringLiteral("disabled")).toBool());
        QTRY_VERIFY(action("actionEnableUser")->isEnabled());
        QVERIFY(m_console.server().login(IvyEmail, Password).isEmpty()); // a disabled user cannot sign in
        action("actionEnableUser")->trigger();
        QTRY_VERIFY(!serverUser(IvyEmail).value(QStringLiteral("disabled")).toBool());
        QVERIFY(!m_console.server().login(IvyEmail, Password).isEmpty());

        // An admin cannot lock themselves out from here.
        QVERIFY(m_tab->selectUser(m_console.window()->session().userId));
        QVERIFY(!action("actionDisableUser")->isEnabled());
        QVERIFY(!action("actionChangeRole")->isEnabled());
    }

    void showKeysListsTheUsersKeysOnTenantKeys()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        const QJsonObject key = m_console.server().createKey(m_console.server().loginAdmin(),
                                                             {{QStringLiteral("name"), QStringLiteral("ivy's")},
                                                              {QStringLiteral("expires_in_days"), 30},
                                                              {QStringLiteral("user_id"), m_ivyId}});
        QVERIFY(m_tab->selectUser(m_ivyId));
        auto* tenantKeys = m_console.window()->findChild<TenantKeysTab*>(QStringLiteral("tenantKeysTab"));
        QVERIFY(tenantKeys);
        QTRY_VERIFY(tenantKeys->findChild<QComboBox*>(QStringLiteral("userComboBox"))->findData(m_ivyId) > 0);
        action("actionShowUserKeys")->trigger();
        auto* tabs = m_console.window()->findChild<QTabWidget*>(QStringLiteral("tabWidget"));
        QCOMPARE(tabs->currentWidget(), tenantKeys);
        QTRY_COMPARE(tenantKeys->currentQuery().userId, m_ivyId);
        QTRY_VERIFY(!tenantKeys->isLoading());
        QCOMPARE(tenantKeys->model()->rowCount(), 1);
        QCOMPARE(tenantKeys->model()->idAt(0), key.value(QStringLiteral("id")).toString());
    }

    void adminSetsTheMaximumKeyLifetime()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        auto* lifetime = m_tab->findChild<QSpinBox*>(QStringLiteral("maxLifetimeSpinBox"));
        auto* save = m_tab->findChild<QPushButton*>(QStringLiteral("saveTenantButton"));
        QTRY_COMPARE(lifetime->value(), tenant().value(QStringLiteral("max_key_lifetime_days")).toInt());
        QVERIFY(!save->isEnabled());
        lifetime->setValue(45);
        QVERIFY(save->isEnabled());
        save->click();
        QTRY_COMPARE(tenant().value(QStringLiteral("max_key_lifetime_days")).toInt(), 45);
        QTRY_VERIFY(!save->isEnabled());
        QVERIFY(
            m_tab->findChild<MessageWidget*>(QStringLiteral("tenantMessage"))->text().contains(QLatin1String("45")));
        lifetime->setValue(0);
        save->click();
        QTRY_COMPARE(tenant().value(QStringLiteral("max_key_lifetime_days")).toInt(), 0);
    }

    // The expiry notice thresholds (key.expiring): typed in any order, saved largest first; a bad value gets the
    // server's reason and changes nothing.
    void adminSetsTheExpiryNotices()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        auto* notices = m_tab->findChild<QLineEdit*>(QStringLiteral("expiryNoticesLineEdit"));
        auto* save = m_tab->findChild<QPushButton*>(QStringLiteral("saveTenantButton"));
        auto* message = m_tab->findChild<MessageWidget*>(QStringLiteral("tenantMessage"));
        QVERIFY(notices && save && message);
        QTRY_COMPARE(notices->text(), QStringLiteral("30, 7, 1"));
        QVERIFY(!save->isEnabled());
        notices->clear();
        QTest::keyClicks(notices, QStringLiteral("3, 14"));
        QVERIFY(save->isEnabled());
        save->click();
        QTRY_COMPARE(tenant().value(QStringLiteral("expiry_notice_days")), QJsonValue(QJsonArray {14, 3}));
        QTRY_COMPARE(notices->text(), QStringLiteral("14, 3"));
        QVERIFY(!save->isEnabled());
        QVERIFY(message->text().contains(QLatin1String("14, 3")));
        notices->clear();
        QTest::keyClicks(notices, QStringLiteral("400"));
        save->click();
        QTRY_VERIFY(message->text().contains(QLatin1String("expiry_notice_days")));
        QCOMPARE(message->type(), MessageWidget::Type::Error);
        QCOMPARE(tenant().value(QStringLiteral("expiry_notice_days")), QJsonValue(QJsonArray {14, 3}));
        notices->clear();
        QTest::keyClicks(notices, QStringLiteral("30, 7, 1"));
        save->click();
        QTRY_COMPARE(tenant().value(QStringLiteral("expiry_notice_days")), QJsonValue(QJsonArray {30, 7, 1}));
    }

    void supportSeesUsersAndChangesNothing()
    {
        QVERIFY(openTab(SupportEmail, Password));
        QVERIFY(m_tab->model()->indexOf(m_ivyId) >= 0);
        for (const char* name :
             {"actionNewUser", "actionChangeRole", "actionDisableUser", "actionEnableUser", "actionResetTwoFactor"}) {
            QVERIFY2(!action(name)->isVisible(), name);
            QVERIFY2(!action(name)->isEnabled(), name);
        }
        QVERIFY(action("actionShowUserKeys")->isVisible());
        QVERIFY(m_tab->findChild<QSpinBox*>(QStringLiteral("maxLifetimeSpinBox"))->isReadOnly());
        QVERIFY(m_tab->findChild<QLineEdit*>(QStringLiteral("expiryNoticesLineEdit"))->isReadOnly());
        QVERIFY(!m_tab->findChild<QPushButton*>(QStringLiteral("saveTenantButton"))->isVisibleTo(m_tab));
    }

    void cleanupTestCase() { m_testers.clear(); }

private:
    bool openTab(const QString& email, const QString& password)
    {
        if (m_signedInAs != email) {
            m_testers.clear();
            m_tab = nullptr;
            if (m_console.window() && m_console.api().hasSession())
                m_console.triggerAction("actionSignOut");
            else
                m_console.openConsole();
            if (!m_console.signIn(email, password))
                return false;
            m_signedInAs = email;
        }
        m_tab = m_console.showTab<UsersTab>();
        if (!m_tab)
            return false;
        if (m_testers.empty())
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                m_tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        return QTest::qWaitFor([this] { return !m_tab->isLoading() && m_tab->model()->rowCount() > 0; }, 10000);
    }
    QAction* action(const char* name) const { return m_tab->findChild<QAction*>(QLatin1String(name)); }
    QJsonObject serverUser(const QString& email)
    {
        const HttpResponse r
            = m_console.server().http().get(QStringLiteral("v1/users"), session(m_console.server().loginAdmin()));
        for (const QJsonValue& user : r.response().value(QStringLiteral("users")).toArray()) {
            if (user.toObject().value(QStringLiteral("email")).toString() == email)
                return user.toObject();
        }
        return {};
    }
    QJsonObject tenant()
    {
        return m_console.server()
            .http()
            .get(QStringLiteral("v1/tenant"), session(m_console.server().loginAdmin()))
            .response();
    }

    ConsoleHarness m_console;
    UsersTab* m_tab = nullptr;
    QString m_signedInAs;
    QString m_ivyId;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

QTEST_MAIN(TestGuiUsers)
#include "tst_gui_users.moc"
