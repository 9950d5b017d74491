#pragma once

#include "core/Endpoints.h"
#include "ui/ConsoleTab.h"

#include <QPointer>
#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Keyward {

class ApiKeyFilterProxy;
class ApiKeyModel;
class ApiReply;

// The signed-in user's own API keys (GET /v1/api-keys?user=me, every page): a sortable table with a search field,
// a status filter and "expiring soon"; New, Edit, Revoke, Re-activate (not once expired), Rotate (with a grace
// period; the new secret is shown once), Delete and Copy key id from the toolbar, the context menu and the keyboard,
// each enabled by what the selected key allows. Column widths and order are remembered.
class ApiKeysTab : public ConsoleTab
{
    Q_OBJECT
public:
    // Grace periods Rotate offers for the previous secret, in seconds.
    static constexpr int GracePeriods[] = {0, 3600, 86400, 604800};

    ApiKeysTab(ApiClient& api, Clipboard& clipboard, QWidget* parent = nullptr);
    ~ApiKeysTab() override;

    void setSession(const SessionInfo& session) override;
    void reload() override;
    bool canCreate() const override { return session().isValid(); }
    void createNew() override;
    bool canFind() const override { return true; }
    void focusFind() override;

    ApiKeyModel* model() const { return m_model; }
    ApiKeyFilterProxy* proxy() const { return m_proxy; }
    bool isLoading() const { return !m_load.isNull(); }
    // The selected key's id (empty when none); selects a key by id (false if it is not shown).
    QString currentKeyId() const;
    bool selectKey(const QString& id);

signals:
    // Every page of a reload has arrived (tests wait for it).
    void loaded();

private:
    void buildActions();
    void loadPage(const QString& cursor, quint64 generation);
    void updateActions();
    void updateCount();
    Api::Key currentKey() const;
    void editKey();
    void revokeKey();
    void reactivateKey();
    void rotateKey();
    void rotate(const QString& id, int graceSeconds);
    void deleteKey();
    void copyKeyId();
    void onCreated(const Api::IssuedKey& issued);
    void showSecret(const Api::IssuedKey& issued);
    void refreshKey(const QString& id);
    // A Done for an action on a key: busy until it answers, then onSuccess, or onFailure and the error reported.
    template<typename T>
    Done<T> tracked(std::function<void(const T&)> onSuccess, std::function<void(const ApiError&)> onFailure = {})
    {
        setBusy(true);
        return [this, onSuccess, onFailure](const Result<T>& result) {
            setBusy(false);
            if (result.ok()) {
                onSuccess(*result.value);
                return;
            }
            if (onFailure)
                onFailure(result.error);
            if (result.error.code != QLatin1String(ErrorCode::Canceled))
                emit errorOccurred(result.error);
        };
    }
    void setBusy(bool busy);
    void saveHeader();

    KeysEndpoint m_keys;
    ApiKeyModel* m_model = nullptr;
    ApiKeyFilterProxy* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QComboBox* m_statusCombo = nullptr;
    QCheckBox* m_expiringCheck = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_warningLabel = nullptr;
    QAction* m_actionNew = nullptr;
    QAction* m_actionEdit = nullptr;
    QAction* m_actionRevoke = nullptr;
    QAction* m_actionReactivate = nullptr;
    QAction* m_actionRotate = nullptr;
    QAction* m_actionDelete = nullptr;
    QAction* m_actionCopyId = nullptr;
    QPointer<ApiReply> m_load;
    quint64 m_generation = 0;
    bool m_firstPage = true;
    QString m_selectAfterLoad;
    int m_busy = 0;
};

} // namespace Keyward
