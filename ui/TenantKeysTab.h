#pragma once

#include "core/Endpoints.h"
#include "core/Policy.h"
#include "ui/ConsoleTab.h"

#include <QHash>
#include <QTimer>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class QToolButton;

namespace Keyward {

class ApiKeyFilterProxy;
class ApiKeyModel;
class KeyCommands;
class KeyDetailsPane;
class KeyPageLoader;
class KeyStatusCombo;
class KeyTableView;
class MessageWidget;

// Every API key of the tenant, for admins and support. The filters go to the server (GET /v1/api-keys with user,
// status, q and expiring_within_days), and so does sorting by name, creation and expiry; other columns sort the
// loaded rows locally. Pages of PageSize keys are appended as they arrive (KeyPageLoader) while a progress bar and
// "Loaded N keys…" show how far it got; a new filter cancels the load under way. Admins get the key commands
// (KeyCommands) on several keys at once; support sees the same table with no command that changes anything. Both
// may copy a key id, reload and export what is shown as CSV.
class TenantKeysTab : public ConsoleTab
{
    Q_OBJECT
public:
    static constexpr int PageSize = 500;
    static constexpr int ExpiringDays = Policy::ExpiryWarningDays;

    TenantKeysTab(ApiClient& api, Clipboard& clipboard, QWidget* parent = nullptr);
    ~TenantKeysTab() override;

    void setSession(const SessionInfo& session) override;
    void setStore(ConsoleStore* store) override;
    void setOffline(bool offline) override;
    void reload() override;
    bool canCreate() const override { return session().isAdmin(); }
    void createNew() override;
    bool canFind() const override { return true; }
    void focusFind() override;

    ApiKeyModel* model() const { return m_model; }
    ApiKeyFilterProxy* proxy() const { return m_proxy; }
    bool isLoading() const;
    // The query of the load under way or last made (without cursor).
    Api::KeyQuery currentQuery() const;
    // Writes the rows shown (in the order shown) as CSV: a header line, then one line per key. False on a write
    // error (reported through errorOccurred).
    bool exportCsv(const QString& path);
    // Stops the load under way; the rows loaded so far stay.
    void stopLoading();
    // Lists this user's keys (the user filter); false if the user is not in the list.
    bool showUser(const QString& userId);

signals:
    // Another page arrived: the number of keys loaded so far, and whether that was the last page.
    void pageLoaded(int loaded, bool done);
    // The user list of the user filter is there.
    void usersLoaded();

private:
    // The whole tenant again: every user and status, no search, not only the expiring keys (one reload).
    void clearFilters();
    void loadUsers();
    // The tenant's active keys that expire soon, counted apart from the filters: a warning with "Show them".
    void countExpiring();
    void finishLoad(const QString& text);
    void onSortChanged(int section, Qt::SortOrder order);
    bool matchesFilters(const Api::Key& key) const;
    void chooseExportFile();

    KeysEndpoint m_keys;
    QHash<QString, QString> m_emails; // user id -> e-mail, from the user list
    UsersEndpoint m_users;
    MessageWidget* m_expiryWarning = nullptr;
    ApiKeyModel* m_model = nullptr;
    ApiKeyFilterProxy* m_proxy = nullptr;
    KeyTableView* m_view = nullptr;
    KeyDetailsPane* m_details = nullptr;
    KeyPageLoader* m_loader = nullptr;
    KeyCommands* m_commands = nullptr;
    QComboBox* m_userCombo = nullptr;
    KeyStatusCombo* m_statusCombo = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QCheckBox* m_expiringCheck = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_loadLabel = nullptr;
    QToolButton* m_stopButton = nullptr;
    QAction* m_actionExport = nullptr;
    QAction* m_actionRefresh = nullptr;
    QTimer m_searchTimer;
    QString m_serverSort = QStringLiteral("-created_at");
};

} // namespace Keyward
