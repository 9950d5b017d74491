#pragma once

#include "core/Policy.h"
#include "ui/ConsoleTab.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Keyward {

class ApiKeyFilterProxy;
class ApiKeyModel;
class KeyCommands;
class KeyDetailsPane;
class KeyPageLoader;
class KeyStatusCombo;
class KeyTableView;
class MessageWidget;

// The signed-in user's own API keys (GET /v1/api-keys?user=me, every page): a key table (KeyTableView) with a search
// field, a status filter and "expiring soon", all applied locally; the key commands (KeyCommands) in the toolbar,
// the context menu and on the keyboard.
class ApiKeysTab : public ConsoleTab
{
    Q_OBJECT
public:
    // Grace periods Rotate offers for the previous secret, in seconds.
    static constexpr const auto& GracePeriods = Policy::RotationGracePresetSeconds;

    ApiKeysTab(ApiClient& api, Clipboard& clipboard, QWidget* parent = nullptr);
    ~ApiKeysTab() override;

    void setSession(const SessionInfo& session) override;
    void setStore(ConsoleStore* store) override;
    void setOffline(bool offline) override;
    void reload() override;
    bool canCreate() const override { return session().isValid(); }
    void createNew() override;
    bool canFind() const override { return true; }
    void focusFind() override;

    ApiKeyModel* model() const { return m_model; }
    ApiKeyFilterProxy* proxy() const { return m_proxy; }
    bool isLoading() const;
    // The selected key's id (empty when none); selects a key by id (false if it is not shown).
    QString currentKeyId() const;
    bool selectKey(const QString& id);

signals:
    // Every page of a reload has arrived (tests wait for it).
    void loaded();

private:
    // Every key shown again: no search, every status, not only the expiring ones.
    void clearFilters();
    void updateCount();

    ApiKeyModel* m_model = nullptr;
    ApiKeyFilterProxy* m_proxy = nullptr;
    KeyTableView* m_view = nullptr;
    KeyDetailsPane* m_details = nullptr;
    KeyPageLoader* m_loader = nullptr;
    KeyCommands* m_commands = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    KeyStatusCombo* m_statusCombo = nullptr;
    QCheckBox* m_expiringCheck = nullptr;
    QLabel* m_countLabel = nullptr;
    MessageWidget* m_expiryWarning = nullptr;
    QString m_selectAfterLoad;
};

} // namespace Keyward
