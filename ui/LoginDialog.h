#pragma once

#include "core/ApiError.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>

namespace Ui {
class LoginDialog;
}

namespace Keyward {

class ApiClient;
class ApiReply;

// Signs in with e-mail and password (asking for the authenticator code when the server wants one) or with the
// authentication key. Connection profiles (server address and e-mail, never a secret) are remembered in QSettings.
// The dialog closes with Accepted once the ApiClient holds a session.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(ApiClient& api, QWidget* parent = nullptr);
    ~LoginDialog() override;

    void setServer(const QString& server);
    void setMessage(const QString& message);
    // Cancelling quits the console (nobody is signed in): the button says so.
    void setCancelQuits(bool quits);
    QString server() const;
    QString email() const;

    // Profiles: the remembered servers and the last e-mail used with each.
    static QStringList rememberedServers();
    static QString lastServer();
    static QString lastEmail(const QString& server);

    // After signing in with a recovery code: how many are left; -1 when none was used.
    int recoveryCodesRemaining() const { return m_recoveryCodesRemaining; }

public slots:
    void accept() override;

private:
    void setBusy(bool busy);
    void showError(const ApiError& error);
    void onSignedIn();
    void rememberProfile();

    const QScopedPointer<Ui::LoginDialog> m_ui;
    ApiClient& m_api;
    QPointer<ApiReply> m_reply;
    int m_recoveryCodesRemaining = -1;
};

} // namespace Keyward
