#include "ui/TotpDialog.h"

#include "core/Endpoints.h"
#include "ui/MessageWidget.h"
#include "ui/QrCode.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Keyward {

namespace {

constexpr int CodeDigits = 6;
constexpr int QrModuleSize = 5;

// Groups of four, as authenticator apps print them: easier to type and compare.
QString grouped(const QString& secret)
{
    QString out;
    for (qsizetype i = 0; i < secret.size(); i += 4) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += secret.mid(i, 4);
    }
    return out;
}

} // namespace

TotpDialog::TotpDialog(ApiClient& api, Mode mode, const Api::TwoFactorEnrolment& enrolment, QWidget* parent)
    : QDialog(parent)
    , m_api(api)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("totpDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* introLabel = new QLabel(this);
    introLabel->setObjectName(QStringLiteral("introLabel"));
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);

    if (m_mode == Mode::Enable) {
        setWindowTitle(tr("Enable two-factor authentication"));
        introLabel->setText(tr("Scan this QR code with your authenticator app (for example FreeOTP, Aegis or Google "
                               "Authenticator), then enter the 6-digit code it shows. Until you confirm, signing in "
                               "works as before."));
        const QString uri = enrolment.otpauthUri;
        const QString secret = enrolment.secret;

        m_qrCodeLabel = new QLabel(this);
        m_qrCodeLabel->setObjectName(QStringLiteral("qrCodeLabel"));
        m_qrCodeLabel->setAlignment(Qt::AlignCenter);
        m_qrCodeLabel->setAccessibleName(tr("QR code for your authenticator app"));
        const QImage image = QrCode::render(uri.toUtf8(), QrModuleSize);
        if (image.isNull())
            m_qrCodeLabel->setText(tr("The QR code could not be drawn; enter the secret below by hand."));
        else
            m_qrCodeLabel->setPixmap(QPixmap::fromImage(image));
        layout->addWidget(m_qrCodeLabel);

        auto* form = new QFormLayout;
        m_secretLineEdit = new QLineEdit(grouped(secret), this);
        m_secretLineEdit->setObjectName(QStringLiteral("secretLineEdit"));
        m_secretLineEdit->setReadOnly(true);
        // Wide enough for the whole key: a cut-off secret invites typing mistakes.
        m_secretLineEdit->setMinimumWidth(
            m_secretLineEdit->fontMetrics().horizontalAdvance(m_secretLineEdit->text() + QStringLiteral("MM")) + 16);
        m_secretLineEdit->setAccessibleName(tr("Secret for manual entry"));
        m_secretLineEdit->setToolTip(tr("If you cannot scan the code: a time-based key (SHA-1, 6 digits, 30 seconds)"));
        auto* secretLabel = new QLabel(tr("Or enter this &key:"), this);
        secretLabel->setObjectName(QStringLiteral("secretLabel"));
        secretLabel->setBuddy(m_secretLineEdit);
        form->addRow(secretLabel, m_secretLineEdit);
        layout->addLayout(form);
    } else {
        setWindowTitle(tr("Disable two-factor authentication"));
        introLabel->setText(tr("Enter the current code from your authenticator app. Afterwards signing in needs only "
                               "your password."));
    }

    auto* codeForm = new QFormLayout;
    m_codeLineEdit = new QLineEdit(this);
    m_codeLineEdit->setObjectName(QStringLiteral("codeLineEdit"));
    m_codeLineEdit->setMaxLength(CodeDigits);
    m_codeLineEdit->setPlaceholderText(QStringLiteral("123456"));
    m_codeLineEdit->setInputMethodHints(Qt::ImhDigitsOnly);
    m_codeLineEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), m_codeLineEdit));
    m_codeLineEdit->setAccessibleName(tr("Authenticator code"));
    auto* codeLabel = new QLabel(tr("&Code from the app:"), this);
    codeLabel->setObjectName(QStringLiteral("codeLabel"));
    codeLabel->setBuddy(m_codeLineEdit);
    codeForm->addRow(codeLabel, m_codeLineEdit);
    layout->addLayout(codeForm);

    m_errorMessage = new MessageWidget(this);
    m_errorMessage->setObjectName(QStringLiteral("errorMessage"));
    layout->addWidget(m_errorMessage);

    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttonBox->setObjectName(QStringLiteral("buttonBox"));
    m_buttonBox->button(QDialogButtonBox::Ok)->setText(m_mode == Mode::Enable ? tr("Turn on") : tr("Turn off"));
    layout->addWidget(m_buttonBox);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &TotpDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &TotpDialog::reject);
    m_codeLineEdit->setFocus();
}

TotpDialog::~TotpDialog()
{
    delete m_request;
    // The pending secret is not left in the widgets' buffers longer than needed.
    if (m_secretLineEdit)
        m_secretLineEdit->clear();
}

void TotpDialog::setBusy(bool busy)
{
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_codeLineEdit->setReadOnly(busy);
}

void TotpDialog::showError(const QString& message)
{
    if (message.isEmpty())
        m_errorMessage->hideMessage();
    else
        m_errorMessage->showMessage(message);
    if (!message.isEmpty()) {
        m_codeLineEdit->selectAll();
        m_codeLineEdit->setFocus();
    }
}

void TotpDialog::accept()
{
    if (m_request)
        return; // already asking the server
    const QString code = m_codeLineEdit->text().trimmed();
    if (code.size() != CodeDigits) {
        showError(tr("Enter the %1-digit code from your authenticator app.").arg(CodeDigits));
        return;
    }
    const bool enable = m_mode == Mode::Enable;
    // The code is this dialog's own field; the step-up dialog asks only for the password (when the server wants it).
    m_request = new StepUpRequest(
        this,
        [this, enable, code](const StepUpProof& proof, StepUpRequest& request) {
            AccountEndpoint account(m_api);
            return enable ? account.confirmTwoFactor(
                       code, &request, request.settle<Api::TwoFactorStatus>([this](const Api::TwoFactorStatus& status) {
                           m_recoveryCodes = status.recoveryCodes;
                       }))
                          : account.disableTwoFactor(code, proof, &request, request.settle<Api::TwoFactorStatus>({}));
        },
        StepUpDialog::Field::Otp);
    m_request->setReason(tr("Turning off two-factor authentication needs a fresh proof that it is you."));
    showError({});
    setBusy(true);
    connect(m_request, &StepUpRequest::finished, this, [this] {
        setBusy(false);
        m_codeLineEdit->clear();
        QDialog::accept();
    });
    connect(m_request, &StepUpRequest::failed, this, [this](const ApiError& error) {
        setBusy(false);
        // The server's words (e.g. "The authenticator code is wrong"), never a raw code.
        showError(error.message);
    });
    connect(m_request, &StepUpRequest::canceled, this, [this] { setBusy(false); });
    m_request->start();
}

} // namespace Keyward
