#include "ui/MainWindow.h"

#include "core/Endpoints.h"
#include "core/SecretStore.h"
#include "ui/ApiKeysTab.h"
#include "ui/AuditTab.h"
#include "ui/AuthKeyTab.h"
#include "ui/Clipboard.h"
#include "ui/ConsoleStore.h"
#include "ui/LoginDialog.h"
#include "ui/MessageWidget.h"
#include "ui/PasswordTab.h"
#include "ui/ProfileTab.h"
#include "ui/TenantKeysTab.h"
#include "ui/UsersTab.h"
#include "ui/WebhooksTab.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStyle>
#include <QUrl>

namespace Keyward {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString LastTabKey = QStringLiteral("window/lastTab");
constexpr int ProbeIntervalMs = 5000;

bool isConnectionProblem(const ApiError& error)
{
    // A 503 for the server's database is an outage to wait out, not a reason to sign out.
    return error.code == QLatin1String(ErrorCode::NetworkError) || error.code == QLatin1String(ErrorCode::Timeout)
        || error.code == QLatin1String(ErrorCode::StorageUnavailable);
}
} // namespace

MainWindow::MainWindow(ApiClient& api, SecretStore& secrets, Clipboard& clipboard, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_api(api)
    , m_secrets(secrets)
    , m_clipboard(clipboard)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/keyward.svg")));
    // The offline banner floats over the bottom of the page instead of taking a row of the layout: when it comes
    // and goes nothing moves, so that the next click lands where the user aimed.
    m_ui->centralLayout->removeWidget(m_ui->bannerFrame);
    m_ui->bannerFrame->setVisible(false);
    m_ui->bannerFrame->setBackgroundRole(QPalette::ToolTipBase);
    m_ui->bannerLabel->setForegroundRole(QPalette::ToolTipText);
    m_ui->bannerLabel->setWordWrap(false);
    m_ui->centralWidget->installEventFilter(this);
    m_endingMessage = new MessageWidget(m_ui->centralWidget);
    m_endingMessage->setObjectName(QStringLiteral("sessionEndingMessage"));
    m_endingMessage->setVisible(false);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionRefresh->setShortcut(QKeySequence::Refresh);
    m_ui->actionNew->setShortcut(QKeySequence::New);

    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyBar->setVisible(false);
    m_keychainLabel = new QLabel(this);
    m_keychainLabel->setObjectName(QStringLiteral("keychainLabel"));
    m_keychainLabel->setVisible(false);
    m_clipboardLabel = new QLabel(this);
    m_clipboardLabel->setObjectName(QStringLiteral("clipboardLabel"));
    m_updatedLabel = new QLabel(this);
    m_updatedLabel->setObjectName(QStringLiteral("updatedLabel"));
    m_store = new ConsoleStore(this);
    statusBar()->addPermanentWidget(m_updatedLabel);
    statusBar()->addPermanentWidget(m_clipboardLabel);
    statusBar()->addPermanentWidget(m_keychainLabel);
    statusBar()->addPermanentWidget(m_busyBar);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOut);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        auto* box = new QMessageBox(
            QMessageBox::Information, tr("About Keyward"),
            tr("<b>Keyward</b> %1<br>API-key management console.").arg(QApplication::applicationVersion()),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // no nested event loop
    });
    auto currentTab = [this] { return qobject_cast<ConsoleTab*>(m_ui->tabWidget->currentWidget()); };
    // F5 reloads the page and re-reads who is signed in (a changed role or name shows at once; an unreachable
    // server raises the banner even on pages that have nothing to load).
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this, currentTab] {
        if (ConsoleTab* tab = currentTab())
            tab->reload();
        loadProfile();
    });
    // New key from any page: the current one if it makes keys, else the first page that does (API Keys).
    connect(m_ui->actionNew, &QAction::triggered, this, [this, currentTab] {
        ConsoleTab* tab = currentTab();
        if (!tab || !tab->canCreate()) {
            tab = nullptr;
            for (ConsoleTab* candidate : std::as_const(m_tabs)) {
                if (candidate->canCreate()) {
                    tab = candidate;
                    break;
                }
            }
        }
        if (!tab)
            return;
        m_ui->tabWidget->setCurrentWidget(tab);
        tab->createNew();
    });
    connect(m_ui->actionFind, &QAction::triggered, this, [currentTab] {
        if (ConsoleTab* tab = currentTab(); tab && tab->canFind())
            tab->focusFind();
    });
    connect(m_ui->tabWidget, &QTabWidget::currentChanged, this, [this] {
        statusBar()->clearMessage(); // one page's news is not another's
        updateActions();
        onPageShown();
    });
    connect(m_ui->retryButton, &QPushButton::clicked, this, &MainWindow::probeServer);
    m_bannerTimer.setInterval(ProbeIntervalMs);
    connect(&m_bannerTimer, &QTimer::timeout, this, &MainWindow::probeServer);

    connect(&m_api, &ApiClient::sessionChanged, this, [this] {
        // A session that can be renewed (or none) ends no warning's reason.
        if (!m_api.hasSession() || !m_api.tokens().refresh.isEmpty())
            m_endingMessage->hideMessage();
        persistSession();
    });
    connect(&m_api, &ApiClient::sessionEnding, this, &MainWindow::warnSessionEnding);
    connect(&m_api, &ApiClient::sessionExpired, this, [this](const ApiError& reason) {
        showLogin(tr("Your session has ended (%1). Please sign in again.").arg(reason.message));
    });
    connect(&m_secrets, &SecretStore::availabilityChanged, this, &MainWindow::showKeychainState);
    connect(&m_clipboard, &Clipboard::countdown, this,
            [this](int seconds) { m_clipboardLabel->setText(tr("Clipboard clears in %n s", nullptr, seconds)); });
    connect(&m_clipboard, &Clipboard::cleared, this, [this] {
        m_clipboardLabel->clear();
        statusBar()->showMessage(tr("Clipboard cleared"), 3000);
    });

    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    updateActions();
}

MainWindow::~MainWindow() = default;

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->centralWidget && event->type() == QEvent::Resize)
        placeBanner();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::placeBanner()
{
    // Bottom up: the offline banner, then the session warning above it.
    const QRect area = m_ui->centralWidget->rect();
    const int margin = style()->pixelMetric(QStyle::PM_LayoutBottomMargin) * 2;
    int bottom = area.bottom() - margin;
    for (QWidget* floating : {static_cast<QWidget*>(m_ui->bannerFrame), static_cast<QWidget*>(m_endingMessage)}) {
        if (!floating->isVisible())
            continue;
        const int width = qMin(floating->sizeHint().width(), qMin(area.width() - 2 * margin, 640));
        const int height
            = floating->hasHeightForWidth() ? floating->heightForWidth(width) : floating->sizeHint().height();
        floating->setGeometry(area.center().x() - width / 2, bottom - height, width, height);
        floating->raise();
        bottom -= height + margin;
    }
}

void MainWindow::warnSessionEnding(const QDateTime& at)
{
    m_endingMessage->showMessage(
        tr("Your session ends at %1. It was opened with a key and cannot be renewed: sign in again to go on.")
            .arg(QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat)),
        MessageWidget::Type::Warning);
    m_endingMessage->setAction(tr("Sign in now"), [this] {
        m_endingMessage->hideMessage();
        showLogin(tr("Sign in again to go on working."), KeepPages::Yes);
    });
    m_endingMessage->setVisible(true);
    placeBanner();
}

bool MainWindow::isOffline() const
{
    return m_ui->bannerFrame->isVisible() || m_bannerTimer.isActive();
}

void MainWindow::start(const QString& server)
{
    m_server = server.isEmpty() ? LoginDialog::lastServer() : server;
    m_email = m_server.isEmpty() ? QString() : LoginDialog::lastEmail(m_server);
    if (m_server.isEmpty() || m_email.isEmpty()) {
        showLogin();
        return;
    }
    m_api.setBaseUrl(QUrl::fromUserInput(m_server));
    // Resume the session kept in the keychain, if any; otherwise ask.
    m_secrets.loadSession(m_server, m_email, this,
                          [this](const SessionTokens& tokens, const SecretStore::Result& result) {
                              showKeychainState();
                              if (result.ok() && !tokens.isNull()) {
                                  m_api.setTokens(tokens);
                                  loadProfile();
                              } else {
                                  showLogin();
                              }
                          });
}

void MainWindow::showLogin(const QString& message, KeepPages keep)
{
    if (keep == KeepPages::No) {
        clearTabs();
        setWindowTitle(tr("Keyward")); // nobody is signed in
    }
    m_signingIn = true;
    if (auto* open = qobject_cast<LoginDialog*>(m_loginDialog.data())) {
        open->setMessage(message);
        if (keep == KeepPages::No)
            open->setCancelQuits(true); // the session it was to renew has ended meanwhile
        return;
    }
    auto* dialog = new LoginDialog(m_api, this);
    m_loginDialog = dialog;
    // Cancel quits only when nobody is signed in (the button says Quit then).
    dialog->setCancelQuits(keep == KeepPages::No);
    dialog->setObjectName(QStringLiteral("loginDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_server.isEmpty())
        dialog->setServer(m_server);
    dialog->setMessage(message);
    connect(dialog, &QDialog::finished, this, [this] { m_signingIn = false; });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_signingIn = false;
        m_server = dialog->server();
        m_email = m_api.sessionEmail().isEmpty() ? dialog->email() : m_api.sessionEmail();
        persistSession();
        loadProfile();
        if (const int left = dialog->recoveryCodesRemaining(); left >= 0)
            m_signInNotice
                = tr("Signed in with a recovery code: %n left. Make new ones on the Profile page.", nullptr, left);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        if (!m_api.hasSession())
            close();
    });
    dialog->open(); // window-modal, no nested event loop
}

void MainWindow::loadProfile()
{
    setBusy(nullptr, true);
    AccountEndpoint(m_api).me(this, [this](const Result<Api::Me>& me) {
        setBusy(nullptr, false);
        if (!me.ok()) {
            if (isConnectionProblem(me.error))
                setOffline(true, me.error);
            else
                showLogin(me.error.message);
            return;
        }
        setOffline(false);
        const SessionInfo info = SessionInfo::fromMe(m_server, *me.value);
        const bool sameUser = info.userId == m_session.userId && !m_tabs.isEmpty();
        const bool changed = info.role != m_session.role || info.name != m_session.name
            || info.twoFactorEnabled != m_session.twoFactorEnabled
            || info.maxKeyLifetimeDays != m_session.maxKeyLifetimeDays
            || info.recoveryCodesRemaining != m_session.recoveryCodesRemaining;
        const bool roleChanged = info.role != m_session.role;
        m_session = info;
        m_email = info.email;
        setWindowTitle(tr("Keyward — %1 (%2) on %3").arg(info.email, info.tenantName, QUrl(m_server).authority()));
        if (!sameUser || roleChanged) {
            buildTabs(); // a new role gets the pages it may use
        } else if (changed) {
            for (ConsoleTab* tab : std::as_const(m_tabs))
                tab->setSession(m_session);
        }
        // Said once the pages are there (a new page clears the status bar).
        if (!m_signInNotice.isEmpty())
            statusBar()->showMessage(std::exchange(m_signInNotice, QString()), 15000);
        emit ready();
    });
}

void MainWindow::buildTabs()
{
    clearTabs();
    QList<ConsoleTab*> tabs {new ProfileTab(m_api, m_clipboard), new PasswordTab(m_api, m_clipboard),
                             new AuthKeyTab(m_api, m_clipboard), new ApiKeysTab(m_api, m_clipboard)};
    // What a role may not do is not offered: the tenant-wide pages only for admin and support.
    if (m_session.seesTenant()) {
        auto* tenantKeys = new TenantKeysTab(m_api, m_clipboard);
        auto* users = new UsersTab(m_api, m_clipboard);
        // Show keys on the Users page: Tenant Keys, filtered by that user.
        connect(users, &UsersTab::showKeysRequested, this, [this, tenantKeys](const QString& userId) {
            m_ui->tabWidget->setCurrentWidget(tenantKeys);
            tenantKeys->showUser(userId);
        });
        tabs.append(tenantKeys);
        tabs.append(users);
        // Admins manage the tenant's webhooks; support reads them and their delivery logs.
        tabs.append(new WebhooksTab(m_api, m_clipboard));
    }
    // Everyone has an audit log: the tenant's for admin and support, their own entries for a user.
    tabs.append(new AuditTab(m_api, m_clipboard));
    // Where a first start lands: admins manage the tenant's keys, everyone else their own.
    const QString landing = m_session.isAdmin() ? QStringLiteral("tenantKeysTab") : QStringLiteral("apiKeysTab");
    const QString lastTab = QSettings().value(LastTabKey, landing).toString();
    for (ConsoleTab* tab : std::as_const(tabs)) {
        m_ui->tabWidget->addTab(tab, tab->windowTitle());
        connect(tab, &ConsoleTab::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, 5000); });
        connect(tab, &ConsoleTab::errorOccurred, this, &MainWindow::onError);
        connect(tab, &ConsoleTab::busyChanged, this, [this, tab](bool busy) { setBusy(tab, busy); });
        connect(tab, &ConsoleTab::profileChanged, this, &MainWindow::loadProfile);
        connect(tab, &ConsoleTab::updated, this, &MainWindow::showUpdatedAt);
        tab->setSecretStore(&m_secrets);
        tab->setStore(m_store);
        tab->setSession(m_session);
        if (tab->objectName() == lastTab)
            m_ui->tabWidget->setCurrentWidget(tab);
    }
    m_tabs = tabs;
    updateActions();
}

void MainWindow::onPageShown()
{
    auto* tab = qobject_cast<ConsoleTab*>(m_ui->tabWidget->currentWidget());
    if (tab && tab->isStale() && !isOffline())
        tab->reload();
    showUpdatedAt();
}

void MainWindow::showUpdatedAt()
{
    auto* tab = qobject_cast<ConsoleTab*>(m_ui->tabWidget->currentWidget());
    const QDateTime at = tab ? tab->updatedAt() : QDateTime();
    m_updatedLabel->setVisible(at.isValid());
    if (at.isValid())
        m_updatedLabel->setText(
            tr("Updated %1").arg(QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat)));
}

void MainWindow::clearTabs()
{
    for (ConsoleTab* tab : std::as_const(m_tabs))
        tab->deleteLater();
    m_ui->tabWidget->clear();
    m_tabs.clear();
    m_busyTabs.clear();
    m_busyBar->setVisible(false);
    updateActions();
}

void MainWindow::signOut()
{
    if (m_api.hasSession())
        m_api.logout();
    m_secrets.forgetSession(m_server, m_email, this);
    m_session = {};
    showLogin(tr("You have signed out."));
}

void MainWindow::persistSession()
{
    // While the sign-in dialog is open the server and account may still change: it saves once accepted.
    if (m_signingIn || m_server.isEmpty() || m_email.isEmpty() || !m_api.hasSession())
        return;
    m_secrets.saveSession(m_server, m_email, m_api.tokens(), this,
                          [this](const SecretStore::Result&) { showKeychainState(); });
}

void MainWindow::showKeychainState()
{
    const bool available = m_secrets.available();
    m_keychainLabel->setVisible(!available);
    if (!available) {
        // Said plainly, and never a plaintext file instead.
        m_keychainLabel->setText(tr("No keychain: you stay signed in only until the console closes"));
        m_keychainLabel->setToolTip(m_secrets.unavailableReason());
    }
}

void MainWindow::onError(const ApiError& error)
{
    if (isConnectionProblem(error)) {
        setOffline(true, error);
        return;
    }
    statusBar()->showMessage(error.message, 10000);
}

void MainWindow::setBusy(ConsoleTab* tab, bool busy)
{
    m_busyTabs.removeAll(tab);
    if (busy)
        m_busyTabs.append(tab);
    m_busyBar->setVisible(!m_busyTabs.isEmpty());
}

void MainWindow::showBannerText(const ApiError& cause)
{
    // Short on the page (the window title names the server); the details in the tool tip.
    if (cause.code == QLatin1String(ErrorCode::StorageUnavailable)) {
        m_ui->bannerLabel->setText(tr("The server's database is unavailable. Retrying…"));
        m_ui->bannerFrame->setToolTip(
            tr("%1 answers, but its database does not. Retrying every %n second(s).", nullptr, ProbeIntervalMs / 1000)
                .arg(m_server));
    } else {
        m_ui->bannerLabel->setText(tr("Offline. Retrying…"));
        m_ui->bannerFrame->setToolTip(
            tr("Cannot reach %1 (%2). Retrying every %n second(s).", nullptr, ProbeIntervalMs / 1000)
                .arg(m_server, cause.message));
    }
    m_ui->bannerLabel->setAccessibleDescription(m_ui->bannerFrame->toolTip());
    placeBanner();
}

void MainWindow::setOffline(bool offline, const ApiError& cause)
{
    for (ConsoleTab* tab : std::as_const(m_tabs))
        tab->setOffline(offline);
    if (!offline) {
        m_databaseDown = false;
        if (m_bannerTimer.isActive()) {
            m_bannerTimer.stop();
            m_ui->bannerFrame->setVisible(false);
            statusBar()->showMessage(tr("Connected again"), 5000);
            if (auto* tab = qobject_cast<ConsoleTab*>(m_ui->tabWidget->currentWidget()))
                tab->reload();
        }
        return;
    }
    m_databaseDown = cause.code == QLatin1String(ErrorCode::StorageUnavailable);
    showBannerText(cause);
    m_ui->bannerFrame->setVisible(true);
    if (!m_bannerTimer.isActive())
        m_bannerTimer.start();
}

void MainWindow::probeServer()
{
    // Health answers without the database; while that is what is down, ask something that needs it.
    const auto answered = [this](bool ok, const ApiError& error) {
        if (ok) {
            const bool wasWaitingForProfile = m_tabs.isEmpty() && m_api.hasSession();
            setOffline(false);
            if (wasWaitingForProfile)
                loadProfile();
        } else if (isConnectionProblem(error)) {
            m_databaseDown = error.code == QLatin1String(ErrorCode::StorageUnavailable);
            showBannerText(error);
        }
    };
    if (m_databaseDown && m_api.hasSession())
        AccountEndpoint(m_api).me(this, [answered](const Result<Api::Me>& me) { answered(me.ok(), me.error); });
    else
        HealthEndpoint(m_api).probe(
            this, [answered](const Result<Api::Health>& health) { answered(health.ok(), health.error); });
}

void MainWindow::updateActions()
{
    auto* tab = qobject_cast<ConsoleTab*>(m_ui->tabWidget->currentWidget());
    // Enabled wherever some page makes keys: from another page it opens that one.
    bool anyCreates = false;
    for (ConsoleTab* candidate : std::as_const(m_tabs))
        anyCreates = anyCreates || candidate->canCreate();
    m_ui->actionNew->setEnabled(anyCreates);
    m_ui->actionFind->setEnabled(tab && tab->canFind());
    m_ui->actionRefresh->setEnabled(tab != nullptr);
    m_ui->actionSignOut->setEnabled(m_api.hasSession());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    if (QWidget* current = m_ui->tabWidget->currentWidget())
        settings.setValue(LastTabKey, current->objectName());
    m_clipboard.clearSecret();
    QMainWindow::closeEvent(event);
}

} // namespace Keyward
