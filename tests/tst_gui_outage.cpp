// The console while the server's database is away (issue 8), on the real widgets against a real keywardd on the
// harness's real PostgreSQL (ctest -L postgres): the server answers 503 STORAGE_UNAVAILABLE, and the console says
// "the server's database is unavailable, retrying" in its banner — it does not sign its user out — and recovers by
// itself when the database is back.

#include "tests/support/ConsoleHarness.h"
#include "tests/support/TestPostgres.h"
#include "ui/LoginDialog.h"

#include <QLabel>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Test;

class TestGuiOutage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(TestPostgres::wanted(), "this suite needs KEYWARD_TEST_BACKEND=postgres (ctest -L postgres)");
        QVERIFY(m_console.startServer());
    }
    void cleanupTestCase()
    {
        if (!TestPostgres::instance().isRunning())
            TestPostgres::instance().start();
    }

    void aDatabaseOutageIsShownAndWaitedOut()
    {
        m_console.openConsole();
        QVERIFY(m_console.signInAdmin());
        QVERIFY(m_console.waitReady());
        MainWindow* window = m_console.window();
        auto* banner = window->findChild<QWidget*>(QStringLiteral("bannerFrame"));
        auto* text = window->findChild<QLabel*>(QStringLiteral("bannerLabel"));
        QVERIFY(!banner->isVisible());

        QVERIFY(TestPostgres::instance().stop());
        QVERIFY(m_console.triggerAction("actionRefresh")); // F5: the page and the profile are asked for again
        QVERIFY(QTest::qWaitFor([&] { return banner->isVisible(); }, 10000));
        QVERIFY2(text->text().contains(QLatin1String("database is unavailable")), qPrintable(text->text()));
        // Still signed in: no sign-in dialog, the pages stay.
        auto* login = window->findChild<LoginDialog*>(QStringLiteral("loginDialog"));
        QVERIFY(!login || !login->isVisible());
        QVERIFY(!window->tabs().isEmpty());

        QVERIFY(TestPostgres::instance().start());
        // The banner's probe (every 5 s) finds the database back and the banner goes.
        QVERIFY(QTest::qWaitFor([&] { return !banner->isVisible(); }, 15000));
        QVERIFY(!login || !login->isVisible());
    }

private:
    ConsoleHarness m_console;
};

QTEST_MAIN(TestGuiOutage)
#include "tst_gui_outage.moc"
