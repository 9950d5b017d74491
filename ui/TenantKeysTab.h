#pragma once

#include "core/Endpoints.h"
#include "core/Policy.h"
#include "ui/ConsoleTab.h"

#include <QPointer>
#include <QTimer>
#include <functional>

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
class ApiReply;

// Every API key of the tenant, for admins and support. The filters go to the server (GET /v1/api-keys with user,
// status, q and expiring_within_days), and so does sorting by name, creation and expiry; other columns sort the
// loaded rows locally. Pages of PageSize keys are appended as they arrive while a progress bar and "Loaded N keys…"
// show how far it got; a new filter cancels the load under way. Admins may create keys for users, edit, revoke,
// re-activate and delete several keys at once; support sees the same table with no action that changes anything.
// Both may copy a key id and export what is shown as CSV.
class TenantKeysTab : public ConsoleTab
{
    Q_OBJECT
public:
    static constexpr int PageSize = 500;
    static constexpr int ExpiringDays = Policy::ExpiryWarningDays;

    TenantKeysTab(ApiClient& api, Clipboard& clipboard, QWidget* parent = nullptr);
    ~TenantKeysTab() override;

    void setSession(const SessionInfo& session) override;
    void reload() override;
    bool canCreate() const override { return session().isAdmin(); }
    void createNew() override;
    bool canFind() const override { return true; }
    void focusFind() override;

    ApiKeyModel* model() const { return m_model; }
    ApiKeyFilterProxy* proxy() const { return m_proxy; }
    bool isLoading() const { return !m_load.isNull(); }
    // The query of the load under way or last made (without cursor).
    Api::KeyQuery currentQuery() const;
    // Writes the rows shown (in the order shown) as CSV: a header line, then one line per key. False on a write
    // error (reported through errorOccurred).
    bool exportCsv(const QString& path);
    // Stops the load under way; the rows loaded so far stay.
    void stopLoading();

signals:
    // Another page arrived: the number of keys loaded so far, and whether that was the last page.
    void pageLoaded(int loaded, bool done);
    // The user list of the user filter is there.
    void usersLoaded();

private:
    void buildActions();
    void loadUsers();
    void loadPage(const QString& cursor, quint64 generation);
    void finishLoad(const QString& text);
    void onSortChanged(int section, Qt::SortOrder order);
    void updateActions();
    void updateRoleActions();
    QList<Api::Key> selectedKeys() const;
    bool matchesFilters(const Api::Key& key) const;
    void editKey();
    void runBulk(const QString& action, const QList<Api::Key>& keys);
    void pumpBulk();
    void copyKeyId();
    void chooseExportFile();
    void setBusy(bool busy);

    KeysEndpoint m_keys;
    UsersEndpoint m_users;
    ApiKeyModel* m_model = nullptr;
    ApiKeyFilterProxy* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_userCombo = nullptr;
    QComboBox* m_statusCombo = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QCheckBox* m_expiringCheck = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_loadLabel = nullptr;
    QToolButton* m_stopButton = nullptr;
    QAction* m_actionNew = nullptr;
    QAction* m_actionEdit = nullptr;
    QAction* m_actionRevoke = nullptr;
    QAction* m_actionReactivate = nullptr;
    QAction* m_actionDelete = nullptr;
    QAction* m_actionCopyId = nullptr;
    QAction* m_actionExport = nullptr;
    QAction* m_actionRefresh = nullptr;
    QList<QAction*> m_adminActions;
    QTimer m_searchTimer;
    QTimer m_paintTimer; // while pages stream in, the table repaints at most this often
    QPointer<ApiReply> m_load;
    Api::KeyQuery m_query;
    QString m_serverSort = QStringLiteral("-created_at");
    quint64 m_generation = 0;
    bool m_firstPage = true;
    struct Bulk
    {
        QString action; // "revoke", "reactivate" or "delete"
        QStringList queue; // key ids still to send
        int inFlight = 0;
        int total = 0;
        int failed = 0;
        ApiError firstError;
    };
    Bulk m_bulk;
    int m_busy = 0;
};

} // namespace Keyward
