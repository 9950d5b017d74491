#pragma once

#include "core/ApiError.h"
#include "core/ApiTypes.h"
#include "ui/SessionInfo.h"

#include <QWidget>

namespace Keyward {

class ApiClient;
class Clipboard;
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

signals:
    void statusMessage(const QString& message);
    void errorOccurred(const Keyward::ApiError& error);
    void busyChanged(bool busy);
    // The signed-in user's profile changed (name, 2FA): MainWindow re-reads /v1/me.
    void profileChanged();

protected:
    ApiClient& api() { return m_api; }
    Clipboard& clipboard() { return m_clipboard; }
    SecretStore* secretStore() const { return m_secrets; }
    // Shows a key's secret the one time the server gave it (SecretDialog), offering to keep it in the keychain.
    void showSecretOnce(const Api::IssuedKey& issued);
    // One more (true) or one fewer (false) piece of work in flight: busyChanged says when the page starts and stops
    // being busy, however many pieces overlap.
    void setWorking(bool working);

private:
    ApiClient& m_api;
    Clipboard& m_clipboard;
    SessionInfo m_session;
    SecretStore* m_secrets = nullptr;
    int m_working = 0;
};

} // namespace Keyward
