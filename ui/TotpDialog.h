#pragma once

#include "core/ApiError.h"
#include "ui/StepUpRequest.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Keyward {

class MessageWidget;

class ApiClient;

// Two-factor authentication with an authenticator app (TOTP), one dialog for both directions:
// - Enable: shows the pending secret that POST /v1/me/2fa answered, as a QR code of its otpauth:// URI and as text
//   for typing in, then confirms a code from the app with POST /v1/me/2fa/confirm;
// - Disable: asks for a current code and sends DELETE /v1/me/2fa {"code": …}; unless the user signed in with the
//   password a few minutes ago, StepUpRequest then asks for the password as well.
// Built in code and validated in accept(); the server's answer is shown inline and the dialog stays open until it
// accepts the code. Opened with open() (no nested event loop); closes with Accepted once 2FA has changed.
class TotpDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Enable, Disable };

    // enrolment: what POST /v1/me/2fa answered (the secret and its otpauth:// URI); only for Mode::Enable.
    TotpDialog(ApiClient& api, Mode mode, const Api::TwoFactorEnrolment& enrolment = {}, QWidget* parent = nullptr);
    ~TotpDialog() override;

    Mode mode() const { return m_mode; }
    // The request on its way (its StepUpDialog may be open); nullptr otherwise.
    StepUpRequest* request() const { return m_request; }
    // Enable: the recovery codes the server gave with the confirmation (shown once by the caller).
    QStringList recoveryCodes() const { return m_recoveryCodes; }

public slots:
    void accept() override;

private:
    void setBusy(bool busy);
    void showError(const QString& message);

    ApiClient& m_api;
    const Mode m_mode;
    QLabel* m_qrCodeLabel = nullptr;
    QLineEdit* m_secretLineEdit = nullptr;
    QLineEdit* m_codeLineEdit = nullptr;
    MessageWidget* m_errorMessage = nullptr;
    QDialogButtonBox* m_buttonBox = nullptr;
    QPointer<StepUpRequest> m_request;
    QStringList m_recoveryCodes;
};

} // namespace Keyward
