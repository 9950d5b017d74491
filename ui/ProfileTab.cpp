#include "ui/ProfileTab.h"

#include "core/Endpoints.h"
#include "ui/MessageWidget.h"
#include "ui/RecoveryCodesDialog.h"
#include "ui/TotpDialog.h"
#include "ui_ProfileTab.h"

#include <QPushButton>

namespace Keyward {

namespace {
QString roleText(Role role)
{
    switch (role) {
    case Role::Admin:
        return ProfileTab::tr("Administrator: manages the tenant's users and keys");
    case Role::Support:
        return ProfileTab::tr("Support: sees the tenant's keys and audit log");
    case Role::User:
        break;
    }
    return ProfileTab::tr("User: manages own keys");
}
} // namespace

ProfileTab::ProfileTab(ApiClient& api, Clipboard& clipboard, QWidget* parent)
    : ConsoleTab(api, clipboard, parent)
    , m_ui(new Ui::ProfileTab)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("profileTab"));
    setWindowTitle(tr("Profile"));
    m_ui->errorMessage->hideMessage();
    m_ui->twoFactorGroupBox->setEnabled(false); // until the profile is known

    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &ProfileTab::updateSaveButton);
    connect(m_ui->nameLineEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_ui->saveButton->isEnabled())
            saveName();
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfileTab::saveName);
    connect(m_ui->enableTwoFactorButton, &QPushButton::clicked, this, &ProfileTab::enableTwoFactor);
    connect(m_ui->disableTwoFactorButton, &QPushButton::clicked, this, &ProfileTab::disableTwoFactor);
    connect(m_ui->newRecoveryCodesButton, &QPushButton::clicked, this, &ProfileTab::newRecoveryCodes);
}

ProfileTab::~ProfileTab()
{
    delete m_enrol; // while the page is whole
}

void ProfileTab::setSession(const SessionInfo& info)
{
    const bool otherUser = info.userId != session().userId;
    const bool nameEdited = m_ui->nameLineEdit->text().trimmed() != session().name.trimmed();
    ConsoleTab::setSession(info);
    // A name being typed is kept when the rest of the profile is refreshed; another user's page starts afresh.
    if (otherUser || !nameEdited)
        m_ui->nameLineEdit->setText(info.name);
    if (otherUser)
        m_ui->errorMessage->hideMessage();
    showProfile(info);
}

void ProfileTab::reload()
{
    if (m_loadReply)
        return;
    m_loadReply = AccountEndpoint(api()).me(this, [this](const Result<Api::Me>& me) {
        if (me.ok())
            setSession(SessionInfo::fromMe(session().server, *me.value));
        else
            emit errorOccurred(me.error);
    });
    track(m_loadReply);
}

void ProfileTab::showProfile(const SessionInfo& info)
{
    m_ui->emailLabel->setText(info.email);
    m_ui->tenantLabel->setText(info.tenantName.isEmpty() ? info.tenantId : info.tenantName);
    m_ui->roleLabel->setText(roleText(info.role));
    m_ui->twoFactorGroupBox->setEnabled(info.isValid());
    QString twoFactor = info.twoFactorEnabled ? tr("On: signing in also asks for a code from your authenticator app.")
                                              : tr("Off: signing in needs only your password.");
    if (info.twoFactorEnabled)
        twoFactor += QLatin1Char(' ')
            + (info.recoveryCodesRemaining > 0
                   ? tr("%n recovery code(s) left for signing in without it.", nullptr, info.recoveryCodesRemaining)
                   : tr("No recovery codes left: make new ones before you lose the authenticator."));
    m_ui->twoFactorLabel->setText(twoFactor);
    m_ui->enableTwoFactorButton->setVisible(!info.twoFactorEnabled);
    m_ui->disableTwoFactorButton->setVisible(info.twoFactorEnabled);
    m_ui->newRecoveryCodesButton->setVisible(info.twoFactorEnabled);
    updateSaveButton();
}

void ProfileTab::updateSaveButton()
{
    const QString name = m_ui->nameLineEdit->text().trimmed();
    m_ui->saveButton->setEnabled(session().isValid() && !m_saveReply && !name.isEmpty() && name != session().name);
}

void ProfileTab::saveName()
{
    const QString name = m_ui->nameLineEdit->text().trimmed();
    if (name.isEmpty() || m_saveReply)
        return;
    m_ui->errorMessage->hideMessage();
    m_saveReply = AccountEndpoint(api()).updateProfile(name, this, [this](const Result<Api::User>& user) {
        m_saveReply = nullptr;
        if (!user.ok()) {
            showError(user.error);
            updateSaveButton();
            return;
        }
        SessionInfo info = session();
        info.name = user.value->name;
        ConsoleTab::setSession(info);
        m_ui->nameLineEdit->setText(info.name);
        showProfile(info);
        emit statusMessage(tr("Your name is now “%1”.").arg(info.name));
        emit profileChanged();
    });
    track(m_saveReply);
    updateSaveButton();
}

void ProfileTab::enableTwoFactor()
{
    if (m_enrol)
        return;
    m_ui->errorMessage->hideMessage();
    // A pending secret first; two-factor authentication is on only once a code from it is confirmed.
    m_enrol = new StepUpRequest(this, [this](const StepUpProof& proof, StepUpRequest& request) {
        return AccountEndpoint(api()).startTwoFactor(
            proof, &request, request.settle<Api::TwoFactorEnrolment>([this](const Api::TwoFactorEnrolment& enrolment) {
                auto* dialog = new TotpDialog(api(), TotpDialog::Mode::Enable, enrolment, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &QDialog::accepted, this, [this, dialog] {
                    twoFactorChanged(true, static_cast<int>(dialog->recoveryCodes().size()));
                    showRecoveryCodes(dialog->recoveryCodes());
                });
                dialog->open(); // window-modal, no nested event loop
            }));
    });
    m_enrol->setReason(tr("Whoever holds the authenticator app holds your account, so turning on two-factor "
                          "authentication needs a fresh proof that it is you."));
    m_ui->enableTwoFactorButton->setEnabled(false);
    connect(m_enrol, &StepUpRequest::busyChanged, this, &ProfileTab::setBusy);
    connect(m_enrol, &StepUpRequest::failed, this, &ProfileTab::showError);
    connect(m_enrol, &QObject::destroyed, m_ui->enableTwoFactorButton,
            [button = m_ui->enableTwoFactorButton] { button->setEnabled(true); });
    m_enrol->start();
}

void ProfileTab::disableTwoFactor()
{
    m_ui->errorMessage->hideMessage();
    auto* dialog = new TotpDialog(api(), TotpDialog::Mode::Disable, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { twoFactorChanged(false, 0); });
    dialog->open();
}

void ProfileTab::newRecoveryCodes()
{
    if (m_newCodes)
        return;
    m_ui->errorMessage->hideMessage();
    m_newCodes = new StepUpRequest(this, [this](const StepUpProof& proof, StepUpRequest& request) {
        return AccountEndpoint(api()).regenerateRecoveryCodes(
            proof, &request, request.settle<Api::RecoveryCodes>([this](const Api::RecoveryCodes& codes) {
                SessionInfo info = session();
                info.recoveryCodesRemaining = static_cast<int>(codes.codes.size());
                ConsoleTab::setSession(info);
                showProfile(info);
                emit statusMessage(tr("New recovery codes made; the old ones no longer work."));
                showRecoveryCodes(codes.codes);
            }));
    });
    m_newCodes->setReason(tr("Recovery codes sign in without the authenticator, so making new ones needs a fresh "
                             "proof that it is you."));
    m_ui->newRecoveryCodesButton->setEnabled(false);
    connect(m_newCodes, &StepUpRequest::busyChanged, this, &ProfileTab::setBusy);
    connect(m_newCodes, &StepUpRequest::failed, this, &ProfileTab::showError);
    connect(m_newCodes, &QObject::destroyed, m_ui->newRecoveryCodesButton,
            [button = m_ui->newRecoveryCodesButton] { button->setEnabled(true); });
    m_newCodes->start();
}

void ProfileTab::showRecoveryCodes(const QStringList& codes)
{
    if (codes.isEmpty())
        return;
    auto* dialog = new RecoveryCodesDialog(clipboard(), codes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProfileTab::twoFactorChanged(bool enabled, int recoveryCodes)
{
    SessionInfo info = session();
    info.twoFactorEnabled = enabled;
    info.recoveryCodesRemaining = recoveryCodes;
    ConsoleTab::setSession(info);
    showProfile(info);
    emit statusMessage(enabled ? tr("Two-factor authentication is on.") : tr("Two-factor authentication is off."));
    emit profileChanged();
}

void ProfileTab::showError(const ApiError& error)
{
    // The server's message, inline; a lost connection also goes to the window (banner, retries).
    m_ui->errorMessage->showMessage(error.message);
    if (error.code == QLatin1String(ErrorCode::NetworkError) || error.code == QLatin1String(ErrorCode::Timeout))
        emit errorOccurred(error);
}

void ProfileTab::track(ApiReply* reply)
{
    setBusy(true);
    // Every ApiReply deletes itself once it has finished or failed.
    connect(reply, &QObject::destroyed, this, [this] { setBusy(false); });
}

void ProfileTab::setBusy(bool busy)
{
    if (busy ? m_pending++ == 0 : --m_pending == 0)
        emit busyChanged(busy);
}

} // namespace Keyward
