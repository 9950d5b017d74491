#pragma once

#include "core/ApiClient.h"
#include "core/SecretStore.h"
#include "tests/support/TestServer.h"
#include "ui/Clipboard.h"
#include "ui/ConsoleTab.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QTemporaryDir>
#include <memory>

namespace Keyward::Test {

// The whole console against a real keywardd, for GUI tests (offscreen platform): a TestServer, then the real
// ApiClient, SecretStore, Clipboard and MainWindow as app/main.cpp wires them. QSettings go to a temporary folder.
class ConsoleHarness
{
public:
    ConsoleHarness();
    ~ConsoleHarness();

    bool startServer(const QStringList& extraArguments = {}) { return m_server.start(extraArguments); }
    TestServer& server() { return m_server; }

    // A fresh console (as if the program started again); the previous one is closed.
    MainWindow& openConsole(const QString& server = {});
    MainWindow* window() { return m_window.get(); }
    ApiClient& api() { return *m_api; }
    SecretStore& secrets() { return *m_secrets; }
    Clipboard& clipboard() { return *m_clipboard; }

    // Fills the login dialog the window shows and waits until the pages are built. False on timeout.
    bool signIn(const QString& email, const QString& password);
    bool signInAdmin()
    {
        return signIn(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword));
    }
    // Waits for MainWindow::ready() (after start() resumed a stored session, for example).
    bool waitReady(int timeoutMs = 15000);

    // The page of this class in the window, or nullptr; also makes it the current page.
    template<typename Tab> Tab* showTab()
    {
        for (ConsoleTab* tab : m_window->tabs()) {
            if (auto* wanted = qobject_cast<Tab*>(tab)) {
                if (auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("tabWidget")))
                    tabs->setCurrentWidget(wanted);
                return wanted;
            }
        }
        return nullptr;
    }
    // Triggers a window action by object name; false if it does not exist or is disabled.
    bool triggerAction(const char* name);
    QString settingsFolder() const { return m_config.path(); }

private:
    QTemporaryDir m_config;
    TestServer m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Clipboard> m_clipboard;
    std::unique_ptr<MainWindow> m_window;
    int m_readyCount = 0;
};

} // namespace Keyward::Test
