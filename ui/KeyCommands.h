#pragma once

#include "core/Endpoints.h"
#include "ui/SessionInfo.h"

#include <QFlags>
#include <QObject>
#include <array>
#include <functional>

class QAction;
class QWidget;

namespace Keyward {

class ApiKeyModel;
class Clipboard;
class ConsoleStore;
class KeyEditor;
class KeyTableView;

// What can be done to the keys of a key table (both key pages): New, Edit, Revoke, Re-activate, Rotate, Delete and
// Copy key id, as actions for the toolbar, the context menu and the keyboard. Each command states what the selection
// must be for it (its Restrictions, as Kleopatra's Command::Restriction), and updateActions() enables exactly those
// whose restrictions the selection meets. Revoke, Re-activate and Delete work on every selected key that qualifies,
// a few requests at a time; confirmations name the keys (and owners other than the user). What the server answers
// goes into the model; the outcome is told through statusMessage or errorOccurred.
class KeyCommands : public QObject
{
    Q_OBJECT
public:
    enum Command { New, Edit, Revoke, Reactivate, Rotate, Delete, CopyId, CommandCount };
    enum Restriction {
        NoRestriction = 0,
        NeedSelection = 1 << 0,
        OnlyOneKey = 1 << 1,
        NeedActiveKey = 1 << 2, // at least one selected key is active
        NeedInactiveKey = 1 << 3, // at least one is revoked (inactive, not expired: that cannot be undone)
        MayChangeKeys = 1 << 4, // the session may change the keys shown (support may not)
        NotDuringBatch = 1 << 5, // no revoke/re-activate/delete of several keys under way
    };
    Q_DECLARE_FLAGS(Restrictions, Restriction)
    static Restrictions restrictions(Command command);
    // Whether a selection of these keys (by their status now) meets the restrictions.
    static bool allows(Restrictions restrictions, const QList<KeyStatus>& selected, bool mayChange, bool duringBatch);

    // objectNames: one per Command, for the actions (tests find them by name).
    KeyCommands(ApiClient& api, Clipboard& clipboard, KeyTableView* view, ApiKeyModel* model,
                const std::array<const char*, CommandCount>& objectNames, QWidget* page);
    ~KeyCommands() override;

    QAction* action(Command command) const { return m_actions.at(command); }
    // mayChange: the commands that change keys are offered at all (hidden otherwise).
    void setSession(const SessionInfo& session, bool mayChange);
    // The owner a new key is preselected for (an admin's user filter); empty: the user.
    void setNewKeyOwner(const QString& userId) { m_newKeyOwner = userId; }
    // Whether a newly created key belongs in this table (its filters); it is added and selected if so.
    void setShowsKey(std::function<bool(const Api::Key&)> showsKey) { m_showsKey = std::move(showsKey); }
    // Changes go through the store, so that every page showing the key sees them; and what other pages change comes
    // back from it into this table. Without a store, changes go into this table only.
    void setStore(ConsoleStore* store);
    // While the server cannot be reached, no command that changes keys is enabled.
    void setOffline(bool offline);
    bool isBatchRunning() const { return m_batch.total > 0; }
    void updateActions();
    void createKey();

signals:
    void statusMessage(const QString& message);
    void errorOccurred(const Keyward::ApiError& error);
    // One more (true) or one fewer (false) request under way (ConsoleTab::setWorking).
    void working(bool working);
    // A key's secret, which the server shows this one time (after create and rotate).
    void secretIssued(const Keyward::Api::IssuedKey& issued);

private:
    enum class BatchAction { Revoke, Reactivate, Delete };
    struct Batch
    {
        BatchAction action = BatchAction::Revoke;
        QList<Api::Key> queue; // still to send
        QString onlyName; // the name, when there is one key
        int inFlight = 0;
        int total = 0;
        int failed = 0;
        ApiError firstError;
    };

    QList<Api::Key> selectedWith(KeyStatus status) const;
    void editKey();
    void revokeKeys();
    void reactivateKeys();
    void rotateKey();
    void rotate(const QString& id, int graceSeconds);
    void deleteKeys();
    void copyKeyId();
    void runBatch(BatchAction action, const QList<Api::Key>& keys);
    void pumpBatch();
    void finishBatch();
    void refreshKey(const QString& id);
    void publishCreated(const Api::Key& key);
    void publishChanged(const Api::Key& key);
    void publishRemoved(const QString& id);
    void applyCreated(const Api::Key& key);
    // “name” (owner), one per line, at most a few and then "and N more".
    QString listed(const QList<Api::Key>& keys) const;
    // Whether the keys were used in the last hour ("a service may still depend on it"), or nothing.
    QString recentUse(const QList<Api::Key>& keys) const;

    KeysEndpoint m_keys;
    Clipboard& m_clipboard;
    KeyTableView* m_view;
    ApiKeyModel* m_model;
    QWidget* m_page;
    KeyEditor* m_editor;
    ConsoleStore* m_store = nullptr;
    std::array<QAction*, CommandCount> m_actions {};
    SessionInfo m_session;
    bool m_mayChange = false;
    bool m_offline = false;
    QString m_newKeyOwner;
    std::function<bool(const Api::Key&)> m_showsKey;
    Batch m_batch;
};

} // namespace Keyward

Q_DECLARE_OPERATORS_FOR_FLAGS(Keyward::KeyCommands::Restrictions)
