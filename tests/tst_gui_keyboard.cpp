// The console with only a keyboard (issue 9), driven by key events alone (QTest::keyClick/keyClicks, no clicks), on the
// real widgets against a real keywardd: signing in is typing the e-mail, Tab, the password and Return; Ctrl+N opens a
// new key from every page; a key is created and its secret dialog closed with keys; the first start lands where the
// role works (Tenant Keys for admins, API Keys for others). Run with LC_ALL=C (CMake): the English plural forms load
// whatever the locale, so no visible text says "(s)".

#include "tests/support/ConsoleHarness.h"
#include "ui/ConsoleTab.h"
#include "ui/CreateKeyDialog.h"
#include "ui/LoginDialog.h"
#include "ui/Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Test;

namespace {
constexpr char UserEmail[] = "keys@acme.test";
constexpr char UserPassword[] = "quiet-harbor-lamp-7";

template<typename T> T* visible(QWidget* root, const QString& name)
{
    for (T* candidate : root->findChildren<T*>(name)) {
        if (candidate->isVisible())
            return candidate;
    }
    return nullptr;
}

// Every text a person can see in the window and its open dialogs.
QStringList visibleTexts(QWidget* root)
{
    QStringList texts;
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisible())
            continue;
        if (auto* label = qobject_cast<QLabel*>(w))
            texts << label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts << button->text();
        else if (auto* tabs = qobject_cast<QTabWidget*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        else if (auto* header = qobject_cast<QHeaderView*>(w))
            for (int i = 0; header->model() && i < header->count(); ++i)
                texts << header->model()->headerData(i, header->orientation()).toString();
        else if (auto* bar = qobject_cast<QStatusBar*>(w))
            texts << bar->currentMessage();
        if (!w->toolTip().isEmpty())
            texts << w->toolTip();
    }
    return texts;
}
} // namespace

class TestGuiKeyboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCOMPARE(qgetenv("LC_ALL"), QByteArray("C")); // set by CMake: the locale of containers and minimal systems
        installTranslations(QLocale()); // as the console's main does, with the system's (C) locale
        QVERIFY(m_console.startServer());
        QVERIFY(!m_console.server()
                     .createUser(m_console.server().loginAdmin(), QLatin1String(UserEmail), QStringLiteral("user"))
                     .isEmpty());
    }

    void signInWithKeysAlone()
    {
        m_console.openConsole();
        signInByKeyboard(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword));
        QVERIFY(m_console.waitReady());
        // A first start: an admin lands on Tenant Keys.
        QCOMPARE(currentTab()->objectName(), QStringLiteral("tenantKeysTab"));
    }

    void ctrlNOpensANewKeyFromEveryPage()
    {
        // Window shortcuts reach the active window only (the sign-in dialog was it).
        m_console.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_console.window()));
        auto* tabs = m_console.window()->findChild<QTabWidget*>(QStringLiteral("tabWidget"));
        QVERIFY(tabs->count() >= 6);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            const QString page = tabs->currentWidget()->objectName();
            QTest::keyClick(m_console.window(), Qt::Key_N, Qt::ControlModifier);
            CreateKeyDialog* dialog = nullptr;
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             return (dialog
                                     = visible<CreateKeyDialog>(m_console.window(), QStringLiteral("createKeyDialog")));
                         },
                         5000),
                     qPrintable(page));
            QTest::keyClick(dialog, Qt::Key_Escape);
            QVERIFY(QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }, 5000));
            QVERIFY(QTest::qWaitForWindowActive(m_console.window()));
        }
    }

    void createAKeyWithTheKeyboard()
    {
        auto* tabs = m_console.window()->findChild<QTabWidget*>(QStringLiteral("tabWidget"));
        tabs->setCurrentWidget(m_console.window()->findChild<QWidget*>(QStringLiteral("apiKeysTab")));
        QVERIFY(QTest::qWaitForWindowActive(m_console.window()));
        QTest::keyClick(m_console.window(), Qt::Key_N, Qt::ControlModifier);
        CreateKeyDialog* dialog = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (dialog = visible<CreateKeyDialog>(m_console.window(), QStringLiteral("createKeyDialog"))); },
            5000));
        // The name has the focus; Return creates with the defaults (30 days, read).
        QVERIFY(QTest::qWaitFor(
            [&] {
                return dialog->focusWidget() && dialog->focusWidget()->objectName() == QStringLiteral("nameLineEdit");
            },
            5000));
        QTest::keyClicks(dialog->focusWidget(), QStringLiteral("typed key"));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        QDialog* secret = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (secret = visible<QDialog>(m_console.window(), QStringLiteral("secretDialog"))); }, 10000));
        // Escape does not close it before the user said the key is stored; Tab to the box, Space, then Escape.
        QTest::keyClick(secret, Qt::Key_Escape);
        QVERIFY(secret->isVisible());
        auto* stored = secret->findChild<QCheckBox*>(QStringLiteral("storedCheckBox"));
        for (int i = 0; i < 10 && secret->focusWidget() != stored; ++i)
            QTest::keyClick(secret->focusWidget() ? secret->focusWidget() : secret, Qt::Key_Tab);
        QCOMPARE(secret->focusWidget(), stored);
        QTest::keyClick(stored, Qt::Key_Space);
        QVERIFY(stored->isChecked());
        QTest::keyClick(stored, Qt::Key_Escape);
        QVERIFY(QTest::qWaitFor([&] { return !secret->isVisible(); }, 5000));
        // The server has it.
        const HttpResponse listed = m_console.server().http().get(QStringLiteral("v1/api-keys?q=typed"),
                                                                  session(m_console.server().loginAdmin()));
        QCOMPARE(listed.response().value(QStringLiteral("keys")).toArray().size(), 1);
    }

    void noPluralPlaceholderIsVisibleInTheCLocale()
    {
        auto* tabs = m_console.window()->findChild<QTabWidget*>(QStringLiteral("tabWidget"));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::keyClick(m_console.window(), Qt::Key_F5);
            auto* busy = m_console.window()->findChild<QWidget*>(QStringLiteral("busyProgressBar"));
            QVERIFY(QTest::qWaitFor([&] { return !busy->isVisible(); }, 10000));
            for (const QString& text : visibleTexts(m_console.window()))
                QVERIFY2(!text.contains(QLatin1String("(s)")),
                         qPrintable(tabs->tabText(i) + QStringLiteral(": ") + text));
        }
    }

    void aUserLandsOnApiKeys()
    {
        QSettings().clear(); // a first start for this account too
        m_console.openConsole();
        signInByKeyboard(QLatin1String(UserEmail), QLatin1String(UserPassword));
        QVERIFY(m_console.waitReady());
        QCOMPARE(currentTab()->objectName(), QStringLiteral("apiKeysTab"));
    }

private:
    void signInByKeyboard(const QString& email, const QString& password)
    {
        LoginDialog* dialog = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (dialog = visible<LoginDialog>(m_console.window(), QStringLiteral("loginDialog"))); }, 10000));
        auto* emailEdit = dialog->findChild<QLineEdit*>(QStringLiteral("emailLineEdit"));
        emailEdit->clear(); // a remembered e-mail from an earlier sign-in in this process
        emailEdit->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return dialog->focusWidget() == emailEdit; }, 2000));
        QTest::keyClicks(emailEdit, email);
        QTest::keyClick(emailEdit, Qt::Key_Tab);
        QCOMPARE(dialog->focusWidget()->objectName(), QStringLiteral("passwordLineEdit"));
        QTest::keyClicks(dialog->focusWidget(), password);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
    }
    ConsoleTab* currentTab()
    {
        return qobject_cast<ConsoleTab*>(
            m_console.window()->findChild<QTabWidget*>(QStringLiteral("tabWidget"))->currentWidget());
    }

    ConsoleHarness m_console;
};

QTEST_MAIN(TestGuiKeyboard)
#include "tst_gui_keyboard.moc"
