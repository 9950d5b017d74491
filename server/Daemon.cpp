#include "server/Daemon.h"

#include "server/http/AccessLog.h"
#include "server/http/ListeningSocket.h"
#include "server/service/ThreadPriority.h"
#include "server/service/WebhookSchedule.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTcpServer>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcDaemon, "keyward.daemon")

namespace Keyward {

namespace {
int signalPipe[2] = {-1, -1};
// How often other writers' key events are read: without a notification (SQLite, or PostgreSQL while the listening
// connection is down) this is the most a change elsewhere takes to reach this instance; while PostgreSQL notifies,
// the poll is only the safety net for a notification lost without the connection breaking. And how long events are
// kept for instances that were briefly away.
constexpr int KeyEventPollMs = 500;
constexpr qint64 KeyEventPollWhileListeningMs = 5000;
constexpr qint64 KeyEventRetentionMs = 24LL * 60 * 60 * 1000;

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}
} // namespace

Daemon::Daemon(std::unique_ptr<SqlStorage> storage, SecretBox secretBox, const DaemonOptions& options)
    : m_storage(std::move(storage))
    , m_options(options)
    , m_secretBox(std::move(secretBox))
    , m_hasher(options.cost)
    , m_audit(*m_storage, m_clock)
    , m_keyIndex(*m_storage)
    , m_keyEvents(*m_storage, m_keyIndex, m_clock)
    , m_usage(*m_storage, m_keyIndex)
    , m_rateLimiter(*m_storage)
    , m_outbox(*m_storage, m_clock)
    , m_context {*m_storage, m_clock,       m_hasher,   m_audit,     m_keyIndex, m_keyEvents,
                 m_usage,    m_rateLimiter, m_throttle, m_secretBox, m_outbox,   {}}
    , m_authenticator(m_context)
    , m_identity(m_context)
    , m_auth(m_context, m_authenticator, m_identity)
    , m_account(m_context, m_identity)
    , m_keys(m_context, m_authenticator.verifier())
    , m_users(m_context)
    , m_webhooks(m_context)
    , m_leaks(m_context, options.githubScanningKeys)
    , m_server(m_router, m_workers, m_options.trustedProxies, options.accessLog)
{
    // argon2 uses 64 MiB per run: the pool's size bounds the memory a sign-in storm can take.
    m_workers.setMaxThreadCount(std::max(1, options.workerThreads));
    m_context.policy.webhookAllowPrivate = options.webhookAllowPrivate;
    registerRoutes(
        m_router,
        {m_context, m_authenticator, m_auth, m_account, m_keys, m_users, m_webhooks, m_leaks, options.testClock});
    m_webhookThread.setObjectName(QStringLiteral("webhooks"));
    m_dispatcher = new WebhookDispatcher(*m_storage, m_clock, m_secretBox, options.webhookAllowPrivate,
                                         options.webhookCaCertificates);
    m_dispatcher->moveToThread(&m_webhookThread);
    m_expiryNotices = std::make_unique<ExpiryNotices>(*m_storage, m_clock, m_outbox);
    // At the expiry scan's pace (a minute, or at once after the test clock moved): the delivery log's old entries go.
    m_dispatcher->setHousekeeping([this] {
        if (m_expiryNotices->scanIfDue())
            m_storage->deleteWebhookMessagesBefore(m_clock.now() - WebhookSchedule::LogRetentionMs);
    });
    m_outbox.setWakeUp([this] { m_dispatcher->wakeUp(); });
    m_usageThread.setObjectName(QStringLiteral("usage-flush"));
    m_flushTimer = new QTimer;
    m_flushTimer->moveToThread(&m_usageThread);
    connect(m_flushTimer, &QTimer::timeout, m_flushTimer, [this] {
        lowerThisThreadToBackground(); // writing last-used times yields to verification
        m_usage.flush();
    });
    connect(&m_logTimer, &QTimer::timeout, this, [] { AccessLog::instance().flush(); });
    // Every instance sweeps; each statement deletes only what is over for all of them, so running it several times
    // (or at once) changes nothing more than running it once.
    connect(&m_sweepTimer, &QTimer::timeout, this, [this] {
        m_storage->deleteExpiredSessions(m_clock.now());
        m_keyEvents.prune(KeyEventRetentionMs);
        m_rateLimiter.prune(m_clock.now());
    });
    connect(&m_eventTimer, &QTimer::timeout, this, [this] {
        if (m_eventChannel && m_eventChannel->isListening() && m_sinceEventPoll.isValid()
            && m_sinceEventPoll.elapsed() < KeyEventPollWhileListeningMs)
            return;
        m_sinceEventPoll.start();
        m_keyEvents.pollForeign();
    });
}

void Daemon::pollKeyEventsSoon()
{
    if (m_eventPollQueued)
        return;
    m_eventPollQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_eventPollQueued = false;
            m_sinceEventPoll.start();
            m_keyEvents.pollForeign();
        },
        Qt::QueuedConnection);
}

Daemon::~Daemon()
{
    stop();
}

quint16 Daemon::start()
{
    // One listening socket per HTTP thread on the same port; the kernel spreads the connections.
    quint16 port = m_options.port;
    for (int i = 0; i < std::max(1, m_options.httpThreads); ++i) {
        QString error;
        const qintptr fd = openListeningSocket(m_options.address, port, 1024, &port, &error);
        if (fd < 0) {
            qCCritical(lcDaemon).noquote() << "cannot listen:" << error;
            return 0;
        }
        if (i == 0) {
            if (!m_server.adoptListeningSocket(fd, m_options.limits, m_options.tls))
                return 0;
            continue;
        }
        HttpThread extra;
        extra.thread = new QThread(this);
        extra.thread->setObjectName(QStringLiteral("http-%1").arg(i));
        extra.server = new ApiServer(m_router, m_workers, m_options.trustedProxies, m_options.accessLog);
        extra.server->moveToThread(extra.thread);
        extra.thread->start();
        bool adopted = false;
        QMetaObject::invokeMethod(
            extra.server, [&] { adopted = extra.server->adoptListeningSocket(fd, m_options.limits, m_options.tls); },
            Qt::BlockingQueuedConnection);
        m_httpThreads.push_back(extra);
        if (!adopted)
            return 0;
    }
    // The key index loads beside the listening server (health answers meanwhile; verification asks the database
    // until it is ready). Events are read from this point on, so nothing written during the load is missed.
    if (!m_keyEvents.startFromNow())
        qCWarning(lcDaemon) << "could not read the key event position; changes by other instances may be missed";
    m_indexLoader = QThread::create([this] {
        if (!m_keyIndex.load(m_clock.now()))
            qCCritical(lcDaemon) << "the key index could not be loaded; verification keeps asking the database";
        m_storage->releaseThreadConnection();
    });
    m_indexLoader->setObjectName(QStringLiteral("key-index-load"));
    m_indexLoader->start();
    m_eventChannel = m_storage->openKeyEventChannel(m_keyEvents.origin());
    if (m_eventChannel) {
        connect(m_eventChannel.get(), &KeyEventChannel::published, this, &Daemon::pollKeyEventsSoon);
        // Back after a gap: whatever was published meanwhile is read now (the events stay in the table).
        connect(m_eventChannel.get(), &KeyEventChannel::resumed, this, &Daemon::pollKeyEventsSoon);
        connect(m_eventChannel.get(), &KeyEventChannel::listeningChanged, this,
                [this](bool listening) { m_keyEvents.setListening(listening); });
        const bool listening = m_eventChannel->start();
        m_keyEvents.setListening(listening);
        if (!listening)
            qCWarning(lcDaemon) << "cannot LISTEN for key events yet; polling every" << KeyEventPollMs << "ms";
    }
    m_eventTimer.start(KeyEventPollMs);
    m_usageThread.start();
    QMetaObject::invokeMethod(m_flushTimer, [this] { m_flushTimer->start(m_options.usageFlushMs); });
    // Messages left by an earlier run (or another instance) go out from here; expiry notices missed while stopped
    // are caught up at the first poll.
    m_webhookThread.start();
    QMetaObject::invokeMethod(m_dispatcher, [this] { m_dispatcher->start(); });
    m_logTimer.start(200);
    m_sweepTimer.start(10 * 60 * 1000);
    if (m_options.testClock)
        qCWarning(lcDaemon) << "--test-clock is on: POST /v1/test/clock can move this server's clock. Tests only.";
    if (m_options.webhookAllowPrivate)
        qCWarning(lcDaemon) << "--webhook-allow-private is on: webhooks may point at http:// and private addresses. "
                               "Tests and local development only.";
    return port;
}

void Daemon::handleSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    m_signalNotifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(m_signalNotifier, &QSocketNotifier::activated, this, [this] {
        char byte;
        [[maybe_unused]] const auto read = ::read(signalPipe[0], &byte, 1);
        qCInfo(lcDaemon) << "stopping: finishing requests in flight";
        stop();
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

void Daemon::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    // No new connections; requests already running on workers still answer.
    for (HttpThread& extra : m_httpThreads) {
        QMetaObject::invokeMethod(
            extra.server, [&extra] { extra.server->closeAndDrain(10000); }, Qt::BlockingQueuedConnection);
        // Deleted in its own thread and before the thread stops (a queued deleteLater could miss the event loop).
        QMetaObject::invokeMethod(
            extra.server, [&extra] { delete extra.server; }, Qt::BlockingQueuedConnection);
        extra.server = nullptr;
        extra.thread->quit();
        extra.thread->wait();
    }
    m_httpThreads.clear();
    m_server.closeAndDrain(10000);
    // Attempts under way are dropped, still leased: they are sent again (same webhook-id) once the lease ends.
    m_outbox.setWakeUp({});
    if (m_webhookThread.isRunning()) {
        QMetaObject::invokeMethod(
            m_dispatcher,
            [this] {
                delete m_dispatcher;
                m_storage->releaseThreadConnection();
            },
            Qt::BlockingQueuedConnection);
        m_webhookThread.quit();
        m_webhookThread.wait();
    } else {
        delete m_dispatcher;
    }
    m_dispatcher = nullptr;
    if (m_usageThread.isRunning()) {
        QMetaObject::invokeMethod(
            m_flushTimer, [this] { m_flushTimer->stop(); }, Qt::BlockingQueuedConnection);
        m_usageThread.quit();
        m_usageThread.wait();
    }
    delete m_flushTimer; // its thread has ended (or never ran)
    m_flushTimer = nullptr;
    m_sweepTimer.stop();
    m_eventTimer.stop();
    m_eventChannel.reset(); // its connection before the storage's
    if (m_indexLoader) {
        m_indexLoader->wait();
        delete m_indexLoader;
        m_indexLoader = nullptr;
    }
    m_usage.flushAll();
    m_logTimer.stop();
    AccessLog::instance().flush();
    m_storage->close();
    qCInfo(lcDaemon) << "stopped; database closed";
}

} // namespace Keyward
