#include "tests/support/ConsoleHarness.h"

#include "ui/LoginDialog.h"
#include "ui/MessageWidget.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace Keyward::Test {

ConsoleHarness::ConsoleHarness()
{
    // QSettings (profiles, geometry, stored entry names) in a folder of this test only.
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Keyward"));
    QCoreApplication::setApplicationName(QStringLiteral("keyward-test"));
}

ConsoleHarness::~ConsoleHarness()
{
    m_window.reset();
    m_clipboard.reset();
    m_secrets.reset();
    m_api.reset();
}

MainWindow& ConsoleHarness::openConsole(const QString& server)
{
    m_window.reset();
    m_clipboard.reset();
    m_secrets.reset();
    m_api.reset();
    m_api = std::make_unique<ApiClient>();
    m_secrets = std::make_unique<SecretStore>();
    m_clipboard = std::make_unique<Clipboard>();
    m_window = std::make_unique<MainWindow>(*m_api, *m_secrets, *m_clipboard);
    m_readyCount = 0;
    QObject::connect(m_window.get(), &MainWindow::ready, m_window.get(), [this] { ++m_readyCount; });
    m_window->show();
    m_window->start(server.isEmpty() ? m_server.url().toString(QUrl::StripTrailingSlash) : server);
    return *m_window;
}

bool ConsoleHarness::waitReady(int timeoutMs)
{
    // Ready at least once since the console was opened.
    return QTest::qWaitFor([this] { return m_readyCount > 0 && !m_window->tabs().isEmpty(); }, timeoutMs);
}

bool ConsoleHarness::signIn(const QString& email, const QString& password)
{
    LoginDialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = m_window->findChild<LoginDialog*>(QStringLiteral("loginDialog"));
            return dialog && dialog->isVisible();
        },
        10000);
    if (!shown) {
        qWarning("the login dialog did not appear");
        return false;
    }
    const int before = m_readyCount;
    dialog->findChild<QLineEdit*>(QStringLiteral("emailLineEdit"))->setText(email);
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(password);
    dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    if (!QTest::qWaitFor([&] { return m_readyCount > before; }, 15000)) {
        auto* error = dialog ? dialog->findChild<MessageWidget*>(QStringLiteral("errorMessage")) : nullptr;
        qWarning() << "sign-in did not complete:" << (error ? error->text() : QString());
        return false;
    }
    return true;
}

bool ConsoleHarness::triggerAction(const char* name)
{
    auto* action = m_window->findChild<QAction*>(QLatin1String(name));
    if (!action || !action->isEnabled())
        return false;
    action->trigger();
    return true;
}

} // namespace Keyward::Test
