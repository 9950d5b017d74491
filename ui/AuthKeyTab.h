#pragma once

#include "ui/ConsoleTab.h"
#include "ui/StepUpRequest.h"

#include <QPointer>
#include <QScopedPointer>

namespace Ui {
class AuthKeyTab;
}

class QDialog;
class QLabel;

namespace Keyward {

class ApiReply;

// The user's one authentication key (personal access token, kw_pat_…), as VNTANA's "Authentication Key" tab:
// GET /v1/me/auth-key tells whether there is one. Without one the page offers "Generate"; with one, "Regenerate…"
// (with a grace period for the current key, as Rotate offers for API keys) and "Delete…". A newly generated secret
// is shown once in the same dialog as an API key's (SecretDialog: copy, closes once stored); the page itself only
// ever shows the display prefix, the creation and last-use dates and until when a replaced key still works. Making a
// key needs a recent password sign-in, or the password (and code) again: StepUpRequest asks for them when the server
// wants them.
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

private:
    enum class State { Unknown, None, Exists };

    void showKey(const Api::AuthenticationKey& key);
    void showSecret(const QString& secret);
    void generate();
    void regenerate();
    void deleteKey();
    void sendDelete();
    void requestNewKey(int graceSeconds = 0);
    void updateButtons();
    void showError(const ApiError& error);
    void startRequest(ApiReply* reply);
    void endRequest();

    const QScopedPointer<Ui::AuthKeyTab> m_ui;
    State m_state = State::Unknown;
    QString m_prefix;
    QPointer<ApiReply> m_reply; // one request at a time (loading, deleting)
    QPointer<StepUpRequest> m_newKey; // … or making a new key
    QPointer<QDialog> m_secretDialog; // the new secret, shown once
    QLabel* m_previousLabel = nullptr;
};

} // namespace Keyward
