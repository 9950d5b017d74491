// The console's window against a real keywardd (offscreen): signing in, the pages each role gets, the session kept
// in the real keychain across a restart of the console, sign-out, and the server going away and coming back.

#include "tests/support/ConsoleHarness.h"
#include "ui/ConsoleTab.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageWidget.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Test;

class TestGuiConsole : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_console.startServer());
        const QByteArray admin = m_console.server().loginAdmin();
        QVERIFY(
            !m_console.server().createUser(admin, QStringLiteral("user@acme.test"), QStringLiteral("user")).isEmpty());
        QVERIFY(!m_console.server()
                     .createUser(admin, QStringLiteral("support@acme.test"), QStringLiteral("support"))
                     .isEmpty());
    }

    void pagesFollowTheRole_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QStringList>("pages");
        const QStringList own {QStringLiteral("profileTab"), QStringLiteral("passwordTab"),
                               QStringLiteral("authKeyTab"), QStringLiteral("apiKeysTab")};
        QTest::newRow("user") << "user@acme.test"
                              << "quiet-harbor-lamp-7" << own + QStringList {QStringLiteral("auditTab")};
        QTest::newRow("support") << "support@acme.test"
                                 << "quiet-harbor-lamp-7"
                                 << own
                + QStringList {QStringLiteral("tenantKeysTab"), QStringLiteral("usersTab"),
                               QStringLiteral("webhooksTab"), QStringLiteral("auditTab")};
        QTest::newRow("admin") << QString::fromLatin1(TestServer::AdminEmail)
                               << QString::fromLatin1(TestServer::AdminPassword)
                               << own
                + QStringList {QStringLiteral("tenantKeysTab"), QStringLiteral("usersTab"),
                               QStringLiteral("webhooksTab"), QStringLiteral("auditTab")};
    }
    void pagesFollowTheRole()
    {
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(QStringList, pages);
        m_console.openConsole();
        QVERIFY(m_console.signIn(email, password));
        QStringList names;
        for (ConsoleTab* tab : m_console.window()->tabs())
            names << tab->objectName();
        QCOMPARE(names, pages);
        QCOMPARE(m_console.window()->session().email, email);
        QVERIFY(m_console.window()->windowTitle().contains(email));
        QVERIFY(m_console.triggerAction("actionSignOut"));
        QTRY_VERIFY(m_console.window()->tabs().isEmpty());
    }

    void wrongPasswordShowsTheServersMessage()
    {
        m_console.openConsole();
        LoginDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_console.window()->findChild<LoginDialog*>(QStringLiteral("loginDialog"))));
        dialog->findChild<QLineEdit*>(QStringLiteral("emailLineEdit"))->setText(QStringLiteral("user@acme.test"));
        dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(QStringLiteral("wrong-password"));
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
        auto* error = dialog->findChild<MessageWidget*>(QStringLiteral("errorMessage"));
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("The e-mail or password is wrong"));
        QVERIFY(dialog->isVisible());
        QVERIFY(!m_console.api().hasSession());
    }

    // A session ended on the server while several pages ask at once: one sign-in dialog, never two; its Cancel says
    // that it quits; the title no longer names the user.
    void anEndedSessionAsksOnceToSignInAgain()
    {
        m_console.openConsole();
        QVERIFY(m_console.signInAdmin());
        QVERIFY(m_console.window()->windowTitle().contains(QLatin1String(TestServer::AdminEmail)));
        const QByteArray token = m_console.api().tokens().session;
        QCOMPARE(m_console.server().http().post(QStringLiteral("v1/auth/logout"), {}, session(token)).status, 200);
        const QList<ConsoleTab*> tabs = m_console.window()->tabs();
        for (ConsoleTab* tab : tabs)
            tab->reload();
        QTRY_VERIFY(!m_console.api().hasSession());
        const auto dialogs = [this] {
            int visible = 0;
            for (const LoginDialog* dialog : m_console.window()->findChildren<LoginDialog*>())
                visible += dialog->isVisible();
            return visible;
        };
        QTRY_COMPARE(dialogs(), 1);
        // Every page's request has been answered by now; still one dialog.
        QTRY_VERIFY(m_console.window()->tabs().isEmpty());
        QCOMPARE(dialogs(), 1);
        auto* dialog = m_console.window()->findChild<LoginDialog*>(QStringLiteral("loginDialog"));
        QCOMPARE(dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                     ->button(QDialogButtonBox::Cancel)
                     ->text()
                     .remove(QLatin1Char('&')),
                 QStringLiteral("Quit"));
        QCOMPARE(m_console.window()->windowTitle(), QStringLiteral("Keyward"));
        QVERIFY(m_console.signInAdmin());
        QCOMPARE(dialogs(), 0);
        // Leave the keychain as the next test expects it: nobody signed in.
        QVERIFY(m_console.triggerAction("actionSignOut"));
        QTRY_VERIFY(m_console.secrets().storedNames().isEmpty());
    }

    // Tokens go to the real Secret Service: a new console resumes the session without asking, and the QSettings
    // files never contain them.
    void sessionSurvivesARestartOfTheConsole()
    {
        m_console.openConsole();
        QVERIFY(m_console.signInAdmin());
        const QByteArray token = m_console.api().tokens().session;
        QVERIFY(token.startsWith("kw_ses_"));
        QTRY_VERIFY(m_console.secrets().storedNames().size() >= 2);
        QVERIFY2(m_console.secrets().available(), qPrintable(m_console.secrets().unavailableReason()));

        m_console.openConsole(); // "restart": new ApiClient, SecretStore and window; same keychain and settings
        QVERIFY(m_console.waitReady());
        QCOMPARE(m_console.window()->session().email, QString::fromLatin1(TestServer::AdminEmail));
        QVERIFY(!m_console.window()->findChild<LoginDialog*>(QStringLiteral("loginDialog")));

        QDirIterator files(m_console.settingsFolder(), QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains("kw_ses_") && !content.contains("kw_ref_"), qPrintable(file.fileName()));
            ++checked;
        }
        QVERIFY(checked >= 1);

        // Sign-out deletes the tokens: the next start asks again.
        QVERIFY(m_console.triggerAction("actionSignOut"));
        QTRY_VERIFY(m_console.secrets().storedNames().isEmpty());
        m_console.openConsole();
        QTRY_VERIFY(m_console.window()->findChild<LoginDialog*>(QStringLiteral("loginDialog")));
    }

    // A session opened with the authentication key cannot be renewed: the console says when it ends, before it does,
    // and signing in again from the warning keeps the pages (one dialog, whose Cancel does not quit).
    void keySessionWarnsBeforeItEnds()
    {
        const QByteArray admin = m_console.server().loginAdmin();
        const HttpResponse generated = m_console.server().http().postJson(
            QStringLiteral("v1/me/auth-key"), {{QStringLiteral("password"), QLatin1String(TestServer::AdminPassword)}},
            session(admin));
        QCOMPARE(generated.status, 201);
        const QString key = generated.response().value(QStringLiteral("secret")).toString();
        QVERIFY(!key.isEmpty());

        MainWindow& window = m_console.openConsole();
        // More than the 15 minutes such a session lives: the warning comes at once.
        m_console.api().setEndingWarning(std::chrono::minutes(20));
        LoginDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<LoginDialog*>(QStringLiteral("loginDialog"))) && dialog->isVisible());
        auto* modes = dialog->findChild<QTabWidget*>(QStringLiteral("modeTabWidget"));
        modes->setCurrentWidget(dialog->findChild<QWidget*>(QStringLiteral("keyTab")));
        dialog->findChild<QLineEdit*>(QStringLiteral("authKeyLineEdit"))->setText(key);
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
        QVERIFY(m_console.waitReady());
        QVERIFY(m_console.api().tokens().refresh.isEmpty());

        auto* warning = window.findChild<MessageWidget*>(QStringLiteral("sessionEndingMessage"));
        QTRY_VERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QLatin1String("cannot be renewed")), qPrintable(warning->text()));
        const QList<ConsoleTab*> pages = window.tabs();
        QCOMPARE(warning->actionButton()->text(), QStringLiteral("Sign in now"));
        warning->actionButton()->click();
        QTRY_VERIFY(!warning->isVisible());
        QList<LoginDialog*> dialogs;
        QTRY_VERIFY((dialogs = window.findChildren<LoginDialog*>(QStringLiteral("loginDialog"))).size() == 1
                    && dialogs.first()->isVisible());
        QCOMPARE(dialogs.first()
                     ->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                     ->button(QDialogButtonBox::Cancel)
                     ->text(),
                 QStringLiteral("Cancel"));
        QCOMPARE(window.tabs(), pages); // still there behind the dialog
        QVERIFY(m_console.signIn(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        // A password session renews itself: no warning, the same pages.
        QVERIFY(!m_console.api().tokens().refresh.isEmpty());
        QVERIFY(!warning->isVisible());
        QCOMPARE(window.tabs(), pages);
        QVERIFY(m_console.triggerAction("actionSignOut"));
    }

    void serverGoingAwayShowsABannerAndRecovers()
    {
        m_console.openConsole();
        QVERIFY(m_console.signInAdmin());
        auto* banner = m_console.window()->findChild<QWidget*>(QStringLiteral("bannerFrame"));
        QVERIFY(banner && !banner->isVisible());
        auto* newKey = m_console.window()->findChild<QAction*>(QStringLiteral("actionNewKey"));
        auto* newUser = m_console.window()->findChild<QAction*>(QStringLiteral("actionNewUser"));
        QTRY_VERIFY(newKey->isEnabled() && newUser->isEnabled());
        QVERIFY(m_console.server().stop());
        QVERIFY(m_console.triggerAction("actionRefresh"));
        // Any page that talks to the server reports the network error; the profile page reloads /v1/me.
        m_console.window()->findChild<QTabWidget*>(QStringLiteral("tabWidget"))->setCurrentIndex(0);
        QVERIFY(m_console.triggerAction("actionRefresh"));
        auto* pages = m_console.window()->findChild<QTabWidget*>(QStringLiteral("tabWidget"));
        const QRect pagesBefore = pages->geometry();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY(m_console.window()->isOffline());
        // The banner floats over the page: nothing moves, the text is short (the server's address is in the
        // title and the tool tip), and Retry is as wide as its label.
        QCOMPARE(pages->geometry(), pagesBefore);
        QVERIFY(pages->geometry().contains(banner->geometry()));
        auto* text = banner->findChild<QLabel*>(QStringLiteral("bannerLabel"));
        const QString authority = m_console.server().url().authority();
        QVERIFY2(!text->text().contains(authority), qPrintable(text->text()));
        QVERIFY(banner->toolTip().contains(authority));
        auto* retry = banner->findChild<QPushButton*>(QStringLiteral("retryButton"));
        QVERIFY2(retry->width() <= retry->sizeHint().width() + 8, qPrintable(QString::number(retry->width())));
        QVERIFY(banner->width() < m_console.window()->width() / 2);
        // Nothing that would change something is offered while the server is away.
        QVERIFY(!newKey->isEnabled());
        QVERIFY(!newUser->isEnabled());
        QVERIFY(m_console.server().start());
        // The test server comes back on another port: point the client at it, as a user would not need to.
        m_console.api().setBaseUrl(m_console.server().url());
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 15000);
        QTRY_VERIFY(newKey->isEnabled() && newUser->isEnabled());
    }

private:
    ConsoleHarness m_console;
};

QTEST_MAIN(TestGuiConsole)
#include "tst_gui_console.moc"
