#pragma once

#include "core/ApiTypes.h"
#include "core/Policy.h"
#include "ui/SessionInfo.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;

namespace Keyward {

class MessageWidget;

struct ApiError;

// The form for a new API key or, in edit mode, for changing one: name, description, scopes (create only; admin only
// for an admin owner), owner (admins, create only: the users given by setUsers()) and the expiry: a preset of 7, 30,
// 60 or 90 days or "Custom…", a date from tomorrow up to the tenant's maximum key lifetime (setMaxLifetimeDays(),
// until then the session's). A view and nothing more: it validates in accept() and emits what the user chose
// (draftSubmitted or changesSubmitted), then waits, its form disabled, until its owner calls finish() or
// showFailure(). KeyEditor sends what it chose to the server.
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
    explicit CreateKeyDialog(const SessionInfo& session, QWidget* parent = nullptr);
    // Edits this key.
    CreateKeyDialog(const SessionInfo& session, const Api::Key& key, QWidget* parent = nullptr);
    ~CreateKeyDialog() override;

    Mode mode() const { return m_mode; }
    // Admins creating a key: preselects the owner (a user id) once the user list is there.
    void setOwner(const QString& userId);
    QString ownerId() const;
    // 0: no cap. Limits the presets and the custom date.
    void setMaxLifetimeDays(int days);
    int maxLifetimeDays() const { return m_maxDays; }
    // The users an admin may create a key for (disabled ones and the admin's own entry are left out), or why the list
    // is not there.
    void setUsers(const QList<Api::User>& users);
    void setUsersUnavailable(const QString& reason);
    const Api::Key& key() const { return m_key; }
    bool isBusy() const { return m_busy; }
    // The submission was made: closes the dialog.
    void finish();
    // The submission was refused: the form is usable again, says why and goes to the field at fault.
    void showFailure(const ApiError& error);

public slots:
    void accept() override;
    void reject() override;

signals:
    void draftSubmitted(const Keyward::Api::KeyDraft& draft);
    void changesSubmitted(const Keyward::Api::KeyChanges& changes);

private:
    void build();
    void updateExpiryWidgets();
    void updateAdminScope();
    // Create mode fills draft, edit mode changes (only what differs from the key).
    bool validate(Api::KeyDraft* draft, Api::KeyChanges* changes);
    qint64 customExpiry(const QDate& date) const; // ms since the epoch
    void showError(const QString& message);
    void setBusy(bool busy);

    const SessionInfo m_session;
    const Mode m_mode;
    const Api::Key m_key; // edit mode
    bool m_keyExpired = false;
    int m_maxDays = 0;
    QString m_pendingOwner;
    bool m_busy = false;

    QWidget* m_form = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_descriptionEdit = nullptr;
    QLabel* m_ownerLabel = nullptr;
    QComboBox* m_ownerCombo = nullptr;
    QCheckBox* m_readCheck = nullptr;
    QCheckBox* m_writeCheck = nullptr;
    QCheckBox* m_adminCheck = nullptr;
    QCheckBox* m_webhookCheck = nullptr;
    QSpinBox* m_rateLimitSpin = nullptr;
    QLabel* m_scopesHint = nullptr;
    QComboBox* m_expiryCombo = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QLabel* m_expiryHint = nullptr;
    MessageWidget* m_errorMessage = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QDialogButtonBox* m_buttonBox = nullptr;
};

} // namespace Keyward
