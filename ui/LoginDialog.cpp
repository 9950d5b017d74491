#include "ui/LoginDialog.h"

#include "core/ApiClient.h"
#include "ui/MessageWidget.h"
#include "ui_LoginDialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>

namespace Keyward {

namespace {
const QString ServersKey = QStringLiteral("profiles/servers");
const QString LastServerKey = QStringLiteral("profiles/lastServer");
QString emailKey(const QString& server)
{
    return QStringLiteral("profiles/email/")
        + QString::fromLatin1(server.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}
} // namespace

LoginDialog::LoginDialog(ApiClient& api, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::LoginDialog)
    , m_api(api)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_ui->errorMessage->hideMessage();
    m_ui->busyProgressBar->setVisible(false);
    m_ui->otpLabel->setVisible(false);
    m_ui->otpLineEdit->setVisible(false);
    m_ui->recoveryCodeCheckBox->setVisible(false);
    connect(m_ui->recoveryCodeCheckBox, &QCheckBox::toggled, this, [this](bool recovery) {
        // A recovery code is longer than a TOTP code: "abcd-efgh-ijkl-mnop".
        m_ui->otpLabel->setText(recovery ? tr("&Recovery code:") : tr("&Authenticator code:"));
        m_ui->otpLineEdit->setMaxLength(recovery ? 64 : 8);
        m_ui->otpLineEdit->setPlaceholderText(recovery ? tr("xxxx-xxxx-xxxx-xxxx") : tr("6-digit code"));
        m_ui->otpLineEdit->clear();
        m_ui->otpLineEdit->setFocus();
    });
    m_ui->serverComboBox->addItems(rememberedServers());
    m_ui->serverComboBox->lineEdit()->setAccessibleName(tr("Server address")); // the text field inside the combo box
    setServer(lastServer().isEmpty() ? QStringLiteral("http://127.0.0.1:8421") : lastServer());
    connect(m_ui->serverComboBox, &QComboBox::currentTextChanged, this,
            [this](const QString& server) { m_ui->emailLineEdit->setText(lastEmail(server)); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    // Where typing starts: the e-mail when none is remembered (e-mail, Tab, password, Return signs in), else the
    // password.
    if (m_ui->emailLineEdit->text().isEmpty())
        m_ui->emailLineEdit->setFocus();
    else
        m_ui->passwordLineEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

QStringList LoginDialog::rememberedServers()
{
    return QSettings().value(ServersKey).toStringList();
}

QString LoginDialog::lastServer()
{
    return QSettings().value(LastServerKey).toString();
}

QString LoginDialog::lastEmail(const QString& server)
{
    return QSettings().value(emailKey(server)).toString();
}

void LoginDialog::setServer(const QString& server)
{
    m_ui->serverComboBox->setCurrentText(server);
    m_ui->emailLineEdit->setText(lastEmail(server));
}

void LoginDialog::setCancelQuits(bool quits)
{
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(quits ? tr("&Quit") : tr("Cancel"));
}

void LoginDialog::setMessage(const QString& message)
{
    if (message.isEmpty())
        m_ui->errorMessage->hideMessage();
    else
        m_ui->errorMessage->showMessage(message);
}

QString LoginDialog::server() const
{
    return m_ui->serverComboBox->currentText().trimmed();
}

QString LoginDialog::email() const
{
    return m_ui->emailLineEdit->text().trimmed();
}

void LoginDialog::setBusy(bool busy)
{
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->modeTabWidget->setEnabled(!busy);
    m_ui->serverComboBox->setEnabled(!busy);
}

void LoginDialog::showError(const ApiError& error)
{
    setBusy(false);
    if (error.code == QLatin1String(ErrorCode::OtpRequired)) {
        m_ui->otpLabel->setVisible(true);
        m_ui->otpLineEdit->setVisible(true);
        m_ui->recoveryCodeCheckBox->setVisible(true);
        m_ui->otpLineEdit->setFocus();
    } else if (error.code == QLatin1String(ErrorCode::InvalidOtp)) {
        m_ui->otpLineEdit->selectAll();
        m_ui->otpLineEdit->setFocus();
    }
    setMessage(error.message);
}

void LoginDialog::accept()
{
    const QUrl url = QUrl::fromUserInput(server());
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        setMessage(tr("Enter the server's address, e.g. http://127.0.0.1:8421"));
        return;
    }
    m_api.setBaseUrl(url);
    setMessage({});
    setBusy(true);
    if (m_ui->modeTabWidget->currentWidget() == m_ui->keyTab) {
        const QByteArray key = m_ui->authKeyLineEdit->text().trimmed().toLatin1();
        if (key.isEmpty()) {
            setBusy(false);
            setMessage(tr("Paste your authentication key."));
            return;
        }
        m_reply = m_api.loginWithKey(key);
    } else {
        if (email().isEmpty() || m_ui->passwordLineEdit->text().isEmpty()) {
            setBusy(false);
            setMessage(tr("Enter your e-mail and password."));
            return;
        }
        const QString code = m_ui->otpLineEdit->text().trimmed();
        const bool recovery = m_ui->recoveryCodeCheckBox->isChecked();
        m_reply = m_api.login(email(), m_ui->passwordLineEdit->text(), recovery ? QString() : code,
                              recovery ? code : QString());
    }
    connect(m_reply, &ApiReply::finished, this, &LoginDialog::onSignedIn);
    connect(m_reply, &ApiReply::failed, this, &LoginDialog::showError);
}

void LoginDialog::onSignedIn()
{
    const bool usedRecoveryCode
        = m_ui->modeTabWidget->currentWidget() != m_ui->keyTab && m_ui->recoveryCodeCheckBox->isChecked();
    m_recoveryCodesRemaining = usedRecoveryCode ? m_api.recoveryCodesRemaining() : -1;
    setBusy(false);
    rememberProfile();
    // Forms are cleared after submit: no secret stays in a widget.
    m_ui->passwordLineEdit->clear();
    m_ui->authKeyLineEdit->clear();
    m_ui->otpLineEdit->clear();
    QDialog::accept();
}

void LoginDialog::rememberProfile()
{
    QSettings settings;
    QStringList servers = rememberedServers();
    servers.removeAll(server());
    servers.prepend(server());
    settings.setValue(ServersKey, servers.mid(0, 10));
    settings.setValue(LastServerKey, server());
    const QString signedIn = m_api.sessionEmail().isEmpty() ? email() : m_api.sessionEmail();
    settings.setValue(emailKey(server()), signedIn);
}

} // namespace Keyward
