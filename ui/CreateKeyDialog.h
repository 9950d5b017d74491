#pragma once

#include "core/Endpoints.h"
#include "core/Policy.h"
#include "ui/SessionInfo.h"

#include <QDate>
#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace Keyward {

class ApiClient;
class ApiReply;
struct ApiError;

// Creates an API key (POST /v1/api-keys) or, in edit mode, changes one (PATCH /v1/api-keys/{id}): name,
// description, scopes (create only; admin only for an admin owner), owner (admins, create only: the users of
// GET /v1/users) and the expiry: a preset of 7, 30, 60 or 90 days or "Custom…", a date from tomorrow up to the
// tenant's maximum key lifetime (GET /v1/tenant, until then the session's). Validates in accept(), sends
// asynchronously (the form is disabled meanwhile), shows the server's message on failure and closes on success
// after emitting created() (with the secret) or updated().
class CreateKeyDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Edit };
    static constexpr const auto& Presets = Policy::ExpiryPresetDays;
    // Item data of the expiry combo besides the presets.
    static constexpr int CustomExpiry = 0;
    static constexpr int KeepExpiry = -1;

    // A new key.
    CreateKeyDialog(ApiClient& api, const SessionInfo& session, QWidget* parent = nullptr);
    // Edits this key.
    CreateKeyDialog(ApiClient& api, const SessionInfo& session, const Api::Key& key, QWidget* parent = nullptr);
    ~CreateKeyDialog() override;

    Mode mode() const { return m_mode; }
    // Admins creating a key: preselects the owner (a user id) once the user list is there.
    void setOwner(const QString& userId);
    QString ownerId() const;
    // 0: no cap. Limits the presets and the custom date.
    void setMaxLifetimeDays(int days);
    int maxLifetimeDays() const { return m_maxDays; }
    bool isBusy() const;

public slots:
    void accept() override;
    void reject() override;

signals:
    void created(const Keyward::Api::IssuedKey& issued);
    void updated(const Keyward::Api::Key& key);

private:
    void build();
    void loadTenant();
    void loadUsers();
    void updateExpiryWidgets();
    void updateAdminScope();
    // Create mode fills draft, edit mode changes (only what differs from the key).
    bool validate(Api::KeyDraft* draft, Api::KeyChanges* changes);
    qint64 customExpiry(const QDate& date) const; // ms since the epoch
    void showError(const QString& message);
    void setBusy(bool busy);
    void onFailed(const ApiError& error);

    KeysEndpoint m_keys;
    UsersEndpoint m_users;
    const SessionInfo m_session;
    const Mode m_mode;
    const Api::Key m_key; // edit mode
    bool m_keyExpired = false;
    int m_maxDays = 0;
    QString m_pendingOwner;
    QPointer<ApiReply> m_reply;

    QWidget* m_form = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_descriptionEdit = nullptr;
    QLabel* m_ownerLabel = nullptr;
    QComboBox* m_ownerCombo = nullptr;
    QCheckBox* m_readCheck = nullptr;
    QCheckBox* m_writeCheck = nullptr;
    QCheckBox* m_adminCheck = nullptr;
    QCheckBox* m_webhookCheck = nullptr;
    QComboBox* m_expiryCombo = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QLabel* m_expiryHint = nullptr;
    QLabel* m_errorLabel = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QDialogButtonBox* m_buttonBox = nullptr;
};

} // namespace Keyward
