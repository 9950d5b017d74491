#pragma once

#include "ui/ConsoleTab.h"
#include "ui/StepUpRequest.h"

#include <QPointer>
#include <QScopedPointer>

class QLineEdit;

namespace Ui {
class PasswordTab;
}

namespace Keyward {

// Changes the signed-in user's password (POST /v1/me/password): current, new and confirmation fields, each with a
// show/hide action; a strength meter; "Change password" stays disabled until the current password is filled in, the
// new one has the server's minimum length and the confirmation matches. The server's refusal (wrong current
// password, a new password it does not accept) is shown inline; the fields are cleared after a change. With 2FA on
// and no recent sign-in the server also wants a code, which StepUpRequest asks for. "Also revoke my API keys…"
// sends revoke_keys, and the page then says how many keys went.
class PasswordTab : public ConsoleTab
{
    Q_OBJECT
public:
    // The server's minimum (ChangePasswordRequest.new_password minLength).
    static constexpr int MinimumLength = 10;
    enum class Strength { None, Weak, Fair, Strong };

    PasswordTab(ApiClient& api, Clipboard& clipboard, QWidget* parent = nullptr);
    ~PasswordTab() override;

    void setSession(const SessionInfo& session) override;

    // A simple estimate from length and character classes (lower, upper, digits, others). Advice only: any password
    // of MinimumLength characters may be used.
    static Strength strength(const QString& password);
    static QString strengthText(Strength strength);

    // The change while it runs (its StepUpDialog may be open); nullptr otherwise.
    StepUpRequest* changeRequest() const { return m_request; }

private:
    void addVisibilityAction(QLineEdit* edit);
    void validate();
    void changePassword();
    void showChanged(const QJsonObject& result);
    void clearFields();
    void showError(const ApiError& error);

    const QScopedPointer<Ui::PasswordTab> m_ui;
    QPointer<StepUpRequest> m_request;
};

} // namespace Keyward
