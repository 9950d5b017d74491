#include "ui/AuthKeyTab.h"

#include "core/Endpoints.h"
#include "ui/Clipboard.h"
#include "ui/Dialogs.h"
#include "ui/MessageWidget.h"
#include "ui_AuthKeyTab.h"

#include <QDateTime>
#include <QHideEvent>
#include <QLocale>
#include <QPushButton>

namespace Keyward {

namespace {
// A time of the API (ms since the epoch) in the user's time zone and locale; empty for none.
QString localTime(qint64 ms)
{
    if (ms == 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}
} // namespace

AuthKeyTab::AuthKeyTab(ApiClient& api, Clipboard& clipboard, QWidget* parent)
    : ConsoleTab(api, clipboard, parent)
    , m_ui(new Ui::AuthKeyTab)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("authKeyTab"));
    setWindowTitle(tr("Authentication Key"));
    m_ui->errorMessage->hideMessage();
    m_ui->copyButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy"))); // the text stands in without a theme
    m_ui->noKeyLabel->setVisible(false);
    m_ui->detailsWidget->setVisible(false);
    m_ui->secretFrame->setVisible(false);

    connect(m_ui->generateButton, &QPushButton::clicked, this, &AuthKeyTab::generate);
    connect(m_ui->regenerateButton, &QPushButton::clicked, this, &AuthKeyTab::regenerate);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &AuthKeyTab::deleteKey);
    connect(m_ui->copyButton, &QToolButton::clicked, this, &AuthKeyTab::copySecret);
    updateButtons();
}

AuthKeyTab::~AuthKeyTab()
{
    delete m_newKey; // while the page is whole: its end updates the buttons
    clearSecret();
}

void AuthKeyTab::setSession(const SessionInfo& info)
{
    const bool otherUser = info.userId != session().userId;
    ConsoleTab::setSession(info);
    if (otherUser) {
        clearSecret();
        m_state = State::Unknown;
        m_ui->errorMessage->hideMessage();
        reload();
    }
}

void AuthKeyTab::reload()
{
    // What the server knows, never the secret: a reload is one of the moments it goes away.
    clearSecret();
    if (m_reply || m_newKey || !session().isValid())
        return;
    startRequest(AccountEndpoint(api()).authenticationKey(this, [this](const Result<Api::AuthenticationKey>& key) {
        endRequest();
        if (key.ok())
            showKey(*key.value);
        else
            emit errorOccurred(key.error);
    }));
}

bool AuthKeyTab::isSecretShown() const
{
    return !m_ui->secretLineEdit->text().isEmpty();
}

void AuthKeyTab::hideEvent(QHideEvent* event)
{
    // Another page was chosen (not the window minimised): the secret is not shown again when the user comes back.
    if (!event->spontaneous())
        clearSecret();
    ConsoleTab::hideEvent(event);
}

void AuthKeyTab::showKey(const Api::AuthenticationKey& key)
{
    const bool exists = key.exists;
    m_state = exists ? State::Exists : State::None;
    m_ui->noKeyLabel->setVisible(!exists);
    m_ui->detailsWidget->setVisible(exists);
    m_prefix = exists ? key.prefix : QString();
    if (exists) {
        m_ui->prefixLabel->setText(tr("%1…", "the display prefix of a key; the rest is never shown").arg(m_prefix));
        const QString created = localTime(key.createdAt);
        m_ui->createdLabel->setText(created.isEmpty() ? tr("Unknown") : created);
        const QString lastUsed = localTime(key.lastUsedAt);
        const QString address = key.lastUsedAddress;
        if (lastUsed.isEmpty())
            m_ui->lastUsedLabel->setText(tr("Never"));
        else if (address.isEmpty())
            m_ui->lastUsedLabel->setText(lastUsed);
        else
            m_ui->lastUsedLabel->setText(tr("%1 from %2", "time, client address").arg(lastUsed, address));
    } else {
        m_ui->prefixLabel->clear();
        m_ui->createdLabel->clear();
        m_ui->lastUsedLabel->clear();
    }
    updateButtons();
}

void AuthKeyTab::showSecret(const QString& secret)
{
    m_ui->secretLineEdit->setText(secret);
    m_ui->secretLineEdit->setCursorPosition(0);
    m_ui->secretFrame->setVisible(true);
    m_ui->copyButton->setFocus();
}

void AuthKeyTab::clearSecret()
{
    m_ui->secretLineEdit->clear();
    m_ui->secretFrame->setVisible(false);
}

void AuthKeyTab::generate()
{
    if (m_state != State::None)
        return;
    requestNewKey();
}

void AuthKeyTab::regenerate()
{
    if (m_state != State::Exists)
        return;
    Dialogs::confirm(this, tr("Regenerate the authentication key?"),
                     tr("The current key stops working at once, and the sessions opened with it end. Scripts "
                        "and tools that use it need the new key."),
                     tr("Regenerate"), [this] { requestNewKey(); });
}

void AuthKeyTab::requestNewKey()
{
    if (m_reply || m_newKey)
        return;
    clearSecret();
    m_ui->errorMessage->hideMessage();
    m_newKey = new StepUpRequest(this, [this](const StepUpProof& proof, StepUpRequest& request) {
        return AccountEndpoint(api()).generateAuthenticationKey(
            proof, 0, &request,
            request.settle<Api::IssuedAuthenticationKey>([this](const Api::IssuedAuthenticationKey& key) {
                showSecret(QString::fromLatin1(key.secret));
                showKey(key.key());
                emit statusMessage(key.replaced
                                       ? tr("A new authentication key replaces the old one, which no longer works.")
                                       : tr("Your authentication key has been generated."));
            }));
    });
    m_newKey->setReason(tr("An authentication key signs in as you without your password, so making one needs a fresh "
                           "proof that it is you."));
    connect(m_newKey, &StepUpRequest::busyChanged, this, &ConsoleTab::busyChanged);
    connect(m_newKey, &StepUpRequest::failed, this, &AuthKeyTab::showError);
    // Whichever way it ends (cancelled too), the buttons come back once it has gone.
    connect(m_newKey, &QObject::destroyed, this, &AuthKeyTab::updateButtons);
    m_newKey->start();
    updateButtons();
}

void AuthKeyTab::deleteKey()
{
    if (m_state != State::Exists || m_reply || m_newKey)
        return;
    Dialogs::confirm(this, tr("Delete the authentication key?"),
                     tr("The key %1… stops working at once, and the sessions opened with it end. Scripts and "
                        "tools that use it can no longer sign in.")
                         .arg(m_prefix),
                     tr("Delete"), [this] { sendDelete(); });
}

void AuthKeyTab::sendDelete()
{
    if (m_reply || m_newKey)
        return;
    clearSecret();
    m_ui->errorMessage->hideMessage();
    startRequest(AccountEndpoint(api()).deleteAuthenticationKey(this, [this](const Result<Nothing>& deleted) {
        endRequest();
        if (deleted.ok()) {
            showKey({});
            emit statusMessage(tr("Your authentication key has been deleted."));
        } else {
            showError(deleted.error);
            reload(); // e.g. 404: it was deleted elsewhere
        }
    }));
}

void AuthKeyTab::copySecret()
{
    const QString secret = m_ui->secretLineEdit->text();
    if (secret.isEmpty())
        return;
    clipboard().copySecret(secret);
    emit statusMessage(tr("Key copied. The clipboard is cleared in %n seconds.", nullptr, clipboard().clearSeconds()));
}

void AuthKeyTab::updateButtons()
{
    const bool idle = !m_reply && !m_newKey;
    m_ui->generateButton->setVisible(m_state != State::Exists);
    m_ui->generateButton->setEnabled(idle && m_state == State::None);
    m_ui->regenerateButton->setVisible(m_state == State::Exists);
    m_ui->regenerateButton->setEnabled(idle);
    m_ui->deleteButton->setVisible(m_state == State::Exists);
    m_ui->deleteButton->setEnabled(idle);
}

void AuthKeyTab::showError(const ApiError& error)
{
    // The server's message, inline; a lost connection also goes to the window (banner, retries).
    m_ui->errorMessage->showMessage(error.message);
    if (error.code == QLatin1String(ErrorCode::NetworkError) || error.code == QLatin1String(ErrorCode::Timeout))
        emit errorOccurred(error);
}

void AuthKeyTab::startRequest(ApiReply* reply)
{
    m_reply = reply;
    emit busyChanged(true);
    updateButtons();
}

void AuthKeyTab::endRequest()
{
    m_reply = nullptr;
    emit busyChanged(false);
    updateButtons();
}

} // namespace Keyward
