#pragma once

#include "core/ApiClient.h"
#include "core/SecretStore.h"

#include <QObject>
#include <functional>

namespace Keyward::Cli {

// Which credential keyward-cli presents, and keeping the session it signed in with. KEYWARD_TOKEN (a session token,
// or an API or authentication key) wins, for CI where there is no keychain. Otherwise the session `login` stored in
// the OS keychain for this server (the account's e-mail in QSettings, never a secret), restored into the ApiClient;
// each time the client renews it (refresh tokens rotate) the new tokens are written back before the program ends.
// Entries are named apart from the console's, so that the two never spend each other's refresh tokens.
class Credentials : public QObject
{
    Q_OBJECT
public:
    Credentials(ApiClient& client, const QString& server, QObject* parent = nullptr);

    // Sets the client up; `ready(ok, why)` once done (ok false: no credential; why says what to do).
    void restore(std::function<void(bool ok, const QString& why)> ready);
    // After a login: remembers the account and stores its session.
    void adopt(const QString& email);
    // Forgets the stored session (after logout).
    void forget(std::function<void()> done);
    // Calls `done` once every keychain write has finished.
    void whenSettled(std::function<void()> done);

    bool fromEnvironment() const { return m_fromEnvironment; }
    QString storedEmail() const;

private:
    QString entryServer() const;
    void save();

    ApiClient& m_client;
    QString m_server;
    SecretStore m_store;
    QString m_email; // the account whose session is kept; empty: none
    bool m_fromEnvironment = false;
    int m_pendingWrites = 0;
    QList<std::function<void()>> m_whenSettled;
};

} // namespace Keyward::Cli
