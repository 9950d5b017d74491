#include "ui/AuthKeyTab.h"

#include "core/Endpoints.h"
#include "ui/Clipboard.h"
#include "ui/Dialogs.h"
#include "ui/GracePeriodDialog.h"
#include "ui/MessageWidget.h"
#include "ui/SecretDialog.h"
#include "ui_AuthKeyTab.h"

#include <QDateTime>
#include <QLabel>
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
    m_ui->noKeyLabel->setVisible(false);
    m_ui->detailsWidget->setVisible(false);
    m_previousLabel = new QLabel(this);
    m_previousLabel->setObjectName(QStringLiteral("previousValidLabel"));
    m_previousLabel->setWordWrap(true);
    m_previousLabel->setVisible(false);
    m_ui->detailsLayout->addRow(m_previousLabel);

    connect(m_ui->generateButton, &QPushButton::clicked, this, &AuthKeyTab::generate);
    connect(m_ui->regenerateButton, &QPushButton::clicked, this, &AuthKeyTab::regenerate);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &AuthKeyTab::deleteKey);
    updateButtons();
}

AuthKeyTab::~AuthKeyTab()
{
    delete m_newKey; // while the page is whole: its end updates the buttons
}

void AuthKeyTab::setSession(const SessionInfo& info)
{
    const bool otherUser = info.userId != session().userId;
    ConsoleTab::setSession(info);
    if (otherUser) {
        m_state = State::Unknown;
        m_ui->errorMessage->hideMessage();
        reload();
    }
}

void AuthKeyTab::reload()
{
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
    return m_secretDialog && m_secretDialog->isVisible();
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
        m_previousLabel->setText(key.previousValidUntil > 0
                                     ? tr("The replaced key works until %1.").arg(localTime(key.previousValidUntil))
                                     : QString());
        m_previousLabel->setVisible(key.previousValidUntil > 0);
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
    // The same shown-once dialog as an API key's: copy, and close only once it is stored.
    auto* dialog = new SecretDialog(clipboard(), secret, tr("your authentication key"), this);
    dialog->setWindowTitle(tr("Your new authentication key"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_secretDialog = dialog;
    dialog->open();
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
    // As for rotating an API key: the scripts that use the old key may need time to get the new one.
    askGracePeriod(this, QStringLiteral("regenerateInputDialog"), tr("Regenerate the authentication key"),
                   tr("A new authentication key is issued, shown once; the sessions opened with the current one "
                      "end.\nThe current key should:"),
                   tr("Regenerate"), [this](int graceSeconds) { requestNewKey(graceSeconds); });
}

void AuthKeyTab::requestNewKey(int graceSeconds)
{
    if (m_reply || m_newKey)
        return;
    m_ui->errorMessage->hideMessage();
    m_newKey = new StepUpRequest(this, [this, graceSeconds](const StepUpProof& proof, StepUpRequest& request) {
        return AccountEndpoint(api()).generateAuthenticationKey(
            proof, graceSeconds, &request,
            request.settle<Api::IssuedAuthenticationKey>([this](const Api::IssuedAuthenticationKey& key) {
                showKey(key.key());
                if (!key.replaced)
                    emit statusMessage(tr("Your authentication key has been generated."));
                else if (key.previousValidUntil > 0)
                    emit statusMessage(tr("A new authentication key replaces the old one, which works until %1.")
                                           .arg(localTime(key.previousValidUntil)));
                else
                    emit statusMessage(tr("A new authentication key replaces the old one, which no longer works."));
                showSecret(QString::fromLatin1(key.secret));
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
