// The console with no Secret Service at all (no D-Bus session): signing in still works, the window says plainly
// that the session is kept in memory only, nothing is written to disk instead, and the next start asks again.

#include "tests/support/ConsoleHarness.h"
#include "ui/LoginDialog.h"

#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Test;

class TestGuiNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_console.startServer()); }

    void signInWorksAndTheWindowSaysTokensStayInMemory()
    {
        m_console.openConsole();
        QVERIFY(m_console.signInAdmin());
        QVERIFY(m_console.api().hasSession());
        auto* label = m_console.window()->findChild<QLabel*>(QStringLiteral("keychainLabel"));
        QVERIFY(label);
        QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 10000);
        QVERIFY(label->text().contains(QStringLiteral("No keychain")));
        QVERIFY(!m_console.secrets().available());
        QVERIFY(m_console.secrets().storedNames().isEmpty());
    }

    void noTokenReachesADisk()
    {
        const QByteArray token = m_console.api().tokens().session;
        const QByteArray refresh = m_console.api().tokens().refresh;
        QVERIFY(token.startsWith("kw_ses_"));
        const QStringList roots {m_console.settingsFolder(), qEnvironmentVariable("KEYWARD_TEST_HOME")};
        int files = 0;
        for (const QString& root : roots) {
            if (root.isEmpty())
                continue;
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray content = file.readAll();
                QVERIFY2(!content.contains(token) && !content.contains(refresh), qPrintable(file.fileName()));
                ++files;
            }
        }
        QVERIFY(files >= 1); // the settings file at least was looked at
    }

    void theNextStartAsksAgain()
    {
        m_console.openConsole();
        QTRY_VERIFY_WITH_TIMEOUT(m_console.window()->findChild<LoginDialog*>(QStringLiteral("loginDialog")), 10000);
        QVERIFY(!m_console.api().hasSession());
    }

private:
    ConsoleHarness m_console;
};

QTEST_MAIN(TestGuiNoKeychain)
#include "tst_gui_nokeychain.moc"
