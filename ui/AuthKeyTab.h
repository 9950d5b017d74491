#pragma once

#include "ui/ConsoleTab.h"
#include "ui/StepUpRequest.h"

#include <QPointer>
#include <QScopedPointer>

namespace Ui {
class AuthKeyTab;
}

namespace Keyward {

class ApiReply;

// The user's one authentication key (personal access token, kw_pat_…), as VNTANA's "Authentication Key" tab:
// GET /v1/me/auth-key tells whether there is one. Without one the page offers "Generate"; with one, "Regenerate…"
// (after a confirmation: the current key stops working at once) and "Delete…". A newly generated secret is shown
// once, read-only, with a copy button (through Clipboard::copySecret) and a note that it will not be shown again;
// leaving the page or reloading it drops it, and from then on only the display prefix, the creation and last-use
// dates are shown. Making a key needs a recent password sign-in, or the password (and code) again: StepUpRequest asks
// for them when the server wants them.
class AuthKeyTab : public ConsoleTab
{
    Q_OBJECT
public:
    AuthKeyTab(ApiClient& api, Clipboard& clipboard, QWidget* parent = nullptr);
    ~AuthKeyTab() override;

    void setSession(const SessionInfo& session) override;
    void reload() override;

    bool hasKey() const { return m_state == State::Exists; }
    bool isSecretShown() const;
    // The request for a new key while it runs (its StepUpDialog may be open); nullptr otherwise.
    StepUpRequest* newKeyRequest() const { return m_newKey; }

protected:
    void hideEvent(QHideEvent* event) override;

private:
    enum class State { Unknown, None, Exists };

    void showKey(const Api::AuthenticationKey& key);
    void showSecret(const QString& secret);
    void clearSecret();
    void generate();
    void regenerate();
    void deleteKey();
    void sendDelete();
    void requestNewKey();
    void copySecret();
    void updateButtons();
    void showError(const ApiError& error);
    void startRequest(ApiReply* reply);
    void endRequest();

    const QScopedPointer<Ui::AuthKeyTab> m_ui;
    State m_state = State::Unknown;
    QString m_prefix;
    QPointer<ApiReply> m_reply; // one request at a time (loading, deleting)
    QPointer<StepUpRequest> m_newKey; // … or making a new key
};

} // namespace Keyward
