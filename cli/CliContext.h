#pragma once

#include "cli/Credentials.h"
#include "core/Endpoints.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>

namespace Keyward::Cli {

// Exit codes: the contract with scripts.
enum Exit { Success = 0, Refused = 1, Usage = 2 };

// What one run of keyward-cli shares: the client and its endpoints, the credential, the output, and the one way to
// end (after the keychain has settled).
class CliContext : public QObject
{
    Q_OBJECT
public:
    CliContext(const QString& server, bool json, QObject* parent = nullptr);

    QString server() const { return m_server; }
    bool json() const { return m_json; }
    ApiClient& client() { return m_client; }
    Credentials& credentials() { return m_credentials; }
    KeysEndpoint& keys() { return m_keys; }
    AccountEndpoint& account() { return m_account; }
    UsersEndpoint& users() { return m_users; }
    AuditEndpoint& audit() { return m_audit; }

    void print(const QString& text); // stdout, as is
    void printJson(const QJsonValue& value); // stdout, one document
    // Ends the program: the error on stderr ("keyward-cli: message (CODE)"), exit 1.
    void refuse(const ApiError& error);
    void usage(const QString& message); // stderr, exit 2
    void finish(int code);

private:
    QString m_server;
    bool m_json = false;
    ApiClient m_client;
    Credentials m_credentials;
    KeysEndpoint m_keys;
    AccountEndpoint m_account;
    UsersEndpoint m_users;
    AuditEndpoint m_audit;
    QTextStream m_out;
    bool m_finished = false;
};

} // namespace Keyward::Cli
