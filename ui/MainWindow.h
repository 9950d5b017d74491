#pragma once

#include "core/ApiError.h"
#include "ui/SessionInfo.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QScopedPointer>
#include <QTimer>

class QDialog;
class QLabel;
class QProgressBar;

namespace Ui {
class MainWindow;
}

namespace Keyward {

class ApiClient;
class Clipboard;
class ConsoleStore;
class ConsoleTab;
class MessageWidget;
class SecretStore;

// The console's window: signs in (resuming a session kept in the keychain), builds the pages the role may use,
// forwards the window actions to the current page, shows status, busy state and errors, and survives the server
// going away (a banner over the page, retries every few seconds, reloads when it is back). Remembers geometry and the
// last page.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ApiClient& api, SecretStore& secrets, Clipboard& clipboard, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Resumes the stored session for the last (or given) server, or asks to sign in.
    void start(const QString& server = {});
    const SessionInfo& session() const { return m_session; }
    QList<ConsoleTab*> tabs() const { return m_tabs; }
    bool isOffline() const;

signals:
    // The pages are built for this session (tests wait for it).
    void ready();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // KeepPages::Yes: signing in again before the session ends, the pages stay as they are.
    enum class KeepPages { No, Yes };
    void showLogin(const QString& message = {}, KeepPages keep = KeepPages::No);
    void warnSessionEnding(const QDateTime& at);
    void loadProfile();
    void buildTabs();
    void clearTabs();
    void signOut();
    void persistSession();
    void onError(const ApiError& error);
    void setBusy(ConsoleTab* tab, bool busy);
    void setOffline(bool offline, const ApiError& cause = {});
    void showBannerText(const ApiError& cause);
    // Over the bottom of the page, as wide as its text.
    void placeBanner();
    void probeServer();
    void updateActions();
    void showKeychainState();
    // The current page: reloaded when its data is stale, and its "Updated …" time shown.
    void onPageShown();
    void showUpdatedAt();

    const QScopedPointer<Ui::MainWindow> m_ui;
    ApiClient& m_api;
    SecretStore& m_secrets;
    Clipboard& m_clipboard;
    SessionInfo m_session;
    QString m_server;
    QString m_email;
    QList<ConsoleTab*> m_tabs;
    QList<ConsoleTab*> m_busyTabs;
    QProgressBar* m_busyBar = nullptr;
    QLabel* m_keychainLabel = nullptr;
    QLabel* m_clipboardLabel = nullptr;
    QLabel* m_updatedLabel = nullptr;
    ConsoleStore* m_store = nullptr;
    QTimer m_bannerTimer;
    bool m_databaseDown = false; // the server answers but its database does not: probe a route that needs it
    bool m_signingIn = false;
    MessageWidget* m_endingMessage = nullptr; // a session opened with a key is about to lapse
    QPointer<QDialog> m_loginDialog;
    QString m_signInNotice; // for the status bar once signed in (a recovery code used) // at most one: a second expiry
                            // updates its message
};

} // namespace Keyward
