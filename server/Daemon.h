#pragma once

#include "server/http/ApiServer.h"
#include "server/http/Routes.h"
#include "server/service/ExpiryNotices.h"
#include "server/service/GithubScanningKeys.h"
#include "server/service/WebhookDispatcher.h"
#include "server/storage/SqlStorage.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>
#include <memory>
#include <optional>
#include <vector>

namespace Keyward {

struct DaemonOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8421;
    PasswordHasher::Cost cost = PasswordHasher::Cost::Interactive;
    int workerThreads = 2; // argon2 threads in all (each takes the argon2 memory while it runs)
    int httpThreads = 2; // event loops accepting on the same port (SO_REUSEPORT)
    bool accessLog = true;
    bool testClock = false;
    bool webhookAllowPrivate = false; // --webhook-allow-private: http:// and private addresses (tests, development)
    QList<QSslCertificate> webhookCaCertificates; // --webhook-ca-file: trusted for receivers beside the system's
    int usageFlushMs = 1000;
    ConnectionLimits limits;
    ForwardedFor trustedProxies; // whose X-Forwarded-For is believed (--trusted-proxy)
    std::optional<QSslConfiguration> tls; // set: serve HTTPS only
    std::optional<GithubScanningKeys> githubScanningKeys; // --github-scanning-keys: POST /v1/secret-scanning/github
};

// keywardd assembled: storage, services, routes and the HTTP server, plus the timers that flush key usage and
// sweep old sessions, and a graceful stop on SIGTERM/SIGINT.
class Daemon : public QObject
{
    Q_OBJECT
public:
    Daemon(std::unique_ptr<SqlStorage> storage, SecretBox secretBox, const DaemonOptions& options);
    ~Daemon() override;

    quint16 start(); // the port listened on, 0 on failure
    ServiceContext& context() { return m_context; }
    UserService& users() { return m_users; }
    // Installs SIGTERM/SIGINT handlers that call stop() from the event loop.
    void handleSignals();
    void stop();

private:
    void pollKeyEventsSoon(); // coalesced: one poll for any number of notifications
    std::unique_ptr<SqlStorage> m_storage;
    DaemonOptions m_options;
    Clock m_clock;
    SecretBox m_secretBox;
    PasswordHasher m_hasher;
    AuditTrail m_audit;
    KeyIndex m_keyIndex;
    KeyEvents m_keyEvents;
    UsageRecorder m_usage;
    RateLimiter m_rateLimiter;
    LoginThrottle m_throttle;
    WebhookOutbox m_outbox;
    ServiceContext m_context;
    Authenticator m_authenticator;
    IdentityCheck m_identity;
    AuthService m_auth;
    AccountService m_account;
    KeyService m_keys;
    UserService m_users;
    WebhookService m_webhooks;
    LeakReportService m_leaks;
    Router m_router;
    QThreadPool m_workers; // argon2 (sign-ins, step-up) for every HTTP thread; sized by workerThreads
    ApiServer m_server; // on the main thread
    struct HttpThread
    {
        QThread* thread = nullptr;
        ApiServer* server = nullptr;
    };
    std::vector<HttpThread> m_httpThreads;
    QThread m_usageThread; // writes last-used times off the event loops
    QTimer* m_flushTimer = nullptr; // lives in m_usageThread
    QTimer m_logTimer;
    QTimer m_sweepTimer;
    QTimer m_eventTimer;
    std::unique_ptr<KeyEventChannel> m_eventChannel; // PostgreSQL: other instances' events as they commit
    QElapsedTimer m_sinceEventPoll;
    bool m_eventPollQueued = false;
    QThread* m_indexLoader = nullptr;
    // Webhook delivery and expiry notices, off the event loops: a slow receiver never delays the API.
    QThread m_webhookThread;
    WebhookDispatcher* m_dispatcher = nullptr; // lives in m_webhookThread
    std::unique_ptr<ExpiryNotices> m_expiryNotices; // used in m_webhookThread only
    QSocketNotifier* m_signalNotifier = nullptr;
    bool m_stopped = false;
};

} // namespace Keyward
