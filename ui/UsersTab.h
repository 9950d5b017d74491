#pragma once

#include "core/Endpoints.h"
#include "ui/ConsoleTab.h"

class QAction;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace Keyward {

class MessageWidget;
class UserModel;

// The tenant's users and settings, for admins (support sees the same, read-only): the users with search; New user
// (with the password they first sign in with), Change role, Disable / Enable, Reset two-factor and Show keys (the
// user's keys on Tenant Keys); and the tenant's maximum key lifetime. Changes go through UsersEndpoint.
class UsersTab : public ConsoleTab
{
    Q_OBJECT
public:
    UsersTab(ApiClient& api, Clipboard& clipboard, QWidget* parent = nullptr);

    void setSession(const SessionInfo& session) override;
    void reload() override;
    void setOffline(bool offline) override;
    bool canFind() const override { return true; }
    void focusFind() override;

    UserModel* model() const { return m_model; }
    bool isLoading() const { return m_loading > 0; }
    bool selectUser(const QString& id);

signals:
    // Show keys: the user whose keys Tenant Keys should list.
    void showKeysRequested(const QString& userId);

private:
    void buildActions();
    void updateActions();
    Api::User currentUser() const;
    void createUser();
    void changeRole();
    void setDisabled(bool disabled);
    void resetTwoFactor();
    void saveTenant();
    void changed(const Api::User& user, const QString& message);
    template<typename T> Done<T> tracked(std::function<void(const T&)> onSuccess);

    UsersEndpoint m_users;
    UserModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QAction* m_actionNew = nullptr;
    QAction* m_actionRole = nullptr;
    QAction* m_actionDisable = nullptr;
    QAction* m_actionEnable = nullptr;
    QAction* m_actionResetTwoFactor = nullptr;
    QAction* m_actionShowKeys = nullptr;
    QAction* m_actionReload = nullptr;
    QList<QAction*> m_adminActions;
    QGroupBox* m_tenantBox = nullptr;
    QSpinBox* m_lifetimeSpin = nullptr;
    QLineEdit* m_noticesEdit = nullptr; // the expiry notice thresholds, "30, 7, 1"
    QPushButton* m_saveTenantButton = nullptr;
    MessageWidget* m_tenantMessage = nullptr;
    int m_savedLifetime = 0;
    QList<int> m_savedNotices;
    bool tenantChanged() const; // what the tenant settings show differs from what the server has
    int m_loading = 0;
};

} // namespace Keyward
