#pragma once

#include "core/ApiError.h"
#include "core/ApiTypes.h"
#include "ui/SessionInfo.h"

#include <QDateTime>
#include <QWidget>

namespace Keyward {

class ApiClient;
class Clipboard;
class ConsoleStore;
class SecretStore;

// One page of the main window. MainWindow gives it the session, forwards the window-wide actions (new, refresh,
// find) to the current page, and shows what the page reports: status messages, errors (the server's message, never
// a raw code) and whether work is in flight.
class ConsoleTab : public QWidget
{
    Q_OBJECT
public:
    ConsoleTab(ApiClient& api, Clipboard& clipboard, QWidget* parent = nullptr)
        : QWidget(parent)
        , m_api(api)
        , m_clipboard(clipboard)
    { }

    // Called after sign-in (and when the profile changes); the page shows this user's data.
    virtual void setSession(const SessionInfo& session) { m_session = session; }
    // The server cannot be reached: what would change something is not offered until it can.
    virtual void setOffline(bool offline) { m_offline = offline; }
    bool isOffline() const { return m_offline; }
    // F5: fetch again from the server.
    virtual void reload() { }
    // Ctrl+N on this page, if the page creates things.
    virtual bool canCreate() const { return false; }
    virtual void createNew() { }
    // Ctrl+F on this page, if it has a search field.
    virtual bool canFind() const { return false; }
    virtual void focusFind() { }

    const SessionInfo& session() const { return m_session; }
    // The keychain, where the user may keep a newly shown key (MainWindow sets it).
    void setSecretStore(SecretStore* secrets) { m_secrets = secrets; }
    // Where the pages tell each other what changed (MainWindow sets it before the session).
    virtual void setStore(ConsoleStore* store) { m_store = store; }
    ConsoleStore* store() const { return m_store; }

    // When the page's data was last loaded from the server (invalid: never, or the page loads nothing), and whether
    // it is older than StaleAfterMs or known to be behind: MainWindow reloads a stale page when it is shown.
    QDateTime updatedAt() const { return m_updatedAt; }
    bool isStale() const;
    static constexpr int StaleAfterMs = 30 * 1000;
    // Tests: another age after which pages count as stale.
    static void setStaleAfterMsForTests(int ms);

signals:
    void statusMessage(const QString& message);
    void errorOccurred(const Keyward::ApiError& error);
    void busyChanged(bool busy);
    // The signed-in user's profile changed (name, 2FA): MainWindow re-reads /v1/me.
    void profileChanged();
    // updatedAt() changed.
    void updated();

protected:
    ApiClient& api() { return m_api; }
    Clipboard& clipboard() { return m_clipboard; }
    SecretStore* secretStore() const { return m_secrets; }
    // Shows a key's secret the one time the server gave it (SecretDialog), offering to keep it in the keychain.
    void showSecretOnce(const Api::IssuedKey& issued);
    // One more (true) or one fewer (false) piece of work in flight: busyChanged says when the page starts and stops
    // being busy, however many pieces overlap.
    void setWorking(bool working);
    // The page's data was just loaded; or (markBehind) something changed that the page has not loaded yet.
    void markUpdated();
    void markBehind() { m_behind = true; }

private:
    ApiClient& m_api;
    Clipboard& m_clipboard;
    SessionInfo m_session;
    SecretStore* m_secrets = nullptr;
    ConsoleStore* m_store = nullptr;
    int m_working = 0;
    QDateTime m_updatedAt;
    bool m_behind = false;
    bool m_offline = false;
};

} // namespace Keyward
