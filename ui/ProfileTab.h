#pragma once

#include "ui/ConsoleTab.h"
#include "ui/StepUpRequest.h"

#include <QPointer>
#include <QScopedPointer>

namespace Ui {
class ProfileTab;
}

namespace Keyward {

class ApiReply;

// The signed-in user's profile (GET /v1/me): the display name, which can be changed (PATCH /v1/me), the e-mail,
// tenant and role (read-only), and two-factor authentication: enrolling an authenticator app (POST /v1/me/2fa, then
// TotpDialog with the QR code and POST /v1/me/2fa/confirm) and turning it off again (DELETE /v1/me/2fa with a
// current code). Both need a recent password sign-in or the password (and code) again, which StepUpRequest asks for.
// Emits profileChanged() after each change so the window re-reads /v1/me.
class ProfileTab : public ConsoleTab
{
    Q_OBJECT
public:
    ProfileTab(ApiClient& api, Clipboard& clipboard, QWidget* parent = nullptr);
    ~ProfileTab() override;

    void setSession(const SessionInfo& session) override;
    void reload() override;

    // The request that starts an enrolment while it runs (its StepUpDialog may be open); nullptr otherwise.
    StepUpRequest* enrolRequest() const { return m_enrol; }

private:
    void showProfile(const SessionInfo& info);
    void updateSaveButton();
    void saveName();
    void enableTwoFactor();
    void disableTwoFactor();
    // Ten new recovery codes (step-up), shown once.
    void newRecoveryCodes();
    void showRecoveryCodes(const QStringList& codes);
    void twoFactorChanged(bool enabled, int recoveryCodes);
    void showError(const ApiError& error);
    void track(ApiReply* reply);
    void setBusy(bool busy);

    const QScopedPointer<Ui::ProfileTab> m_ui;
    QPointer<ApiReply> m_loadReply;
    QPointer<ApiReply> m_saveReply;
    QPointer<StepUpRequest> m_enrol;
    QPointer<StepUpRequest> m_newCodes;
    int m_pending = 0;
};

} // namespace Keyward
