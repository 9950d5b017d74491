#pragma once

#include "core/PasswordPolicy.h"
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
// show/hide action; a strength meter with the score the server will give the new password (core/PasswordPolicy,
// zxcvbn 0-4, with the user's e-mail and name as known words). "Change password" stays disabled, and a hint says
// why, until the current password is filled in, the new one would pass the server's policy (PasswordPolicy::MinLength
// characters, a score of at least PasswordPolicy::MinScore) and the confirmation matches. The server's refusal
// (wrong current password, a new password it does not accept) is shown inline; the fields are cleared after a
// change. With 2FA on and no recent sign-in the server also wants a code, which StepUpRequest asks for. "Also
// revoke my API keys…" sends revoke_keys, and the page then says how many keys went.
class PasswordTab : public ConsoleTab
{
    Q_OBJECT
public:
    PasswordTab(ApiClient& api, Clipboard& clipboard, QWidget* parent = nullptr);
    ~PasswordTab() override;

    void setSession(const SessionInfo& session) override;

    // The meter's word for a zxcvbn score (0 "very weak" … 4 "very strong").
    static QString strengthText(int score);
    // Why the server would refuse this new password (too short, too easy to guess), or empty when it would not.
    static QString refusalReason(const PasswordPolicy::Assessment& assessment);

    // The change while it runs (its StepUpDialog may be open); nullptr otherwise.
    StepUpRequest* changeRequest() const { return m_request; }

private:
    void addVisibilityAction(QLineEdit* edit);
    void validate();
    void changePassword();
    void showChanged(const Api::PasswordChanged& result);
    void clearFields();
    void showError(const ApiError& error);
    QStringList userInputs() const;

    const QScopedPointer<Ui::PasswordTab> m_ui;
    QPointer<StepUpRequest> m_request;
};

} // namespace Keyward
