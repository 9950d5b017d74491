#pragma once

#include "core/ApiTypes.h"
#include "core/Endpoints.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <functional>

class QFormLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace Keyward {

class ApiReply;
class AuditModel;
class Clipboard;
class KeyTableView;

// What the key table cannot show in a row, for the selected key (as KeePassXC's entry preview): every field of the
// key (description, id, prefix, owner, creator, scopes, status, times, last use and from where, rate limit), the
// key's own audit trail (GET /v1/audit?target=ID) and snippets to copy: the id and prefix as environment variables,
// and a curl command that reads the key. Holds no secret: keys are shown as the API lists them.
class KeyDetailsPane : public QWidget
{
    Q_OBJECT
public:
    KeyDetailsPane(ApiClient& api, Clipboard& clipboard, QWidget* parent = nullptr);
    ~KeyDetailsPane() override;

    // The key to show (an empty Key: none). The trail is fetched when the shown key changes id; a key with the same id
    // (changed elsewhere) refreshes the fields and the trail.
    void showKey(const Api::Key& key);
    // How to name the user who created a key (their e-mail), from what the page knows; the id where it knows nothing.
    void setUserNames(std::function<QString(const QString& userId)> emailOf) { m_emailOf = std::move(emailOf); }
    // Shows the key selected in this table (none when several are), and keeps up with changes to it.
    void follow(KeyTableView* view);
    // The table above, this pane under it, following it, in a splitter whose sizes are kept under settingsKey.
    QSplitter* stackUnder(KeyTableView* view, const QString& settingsKey, QWidget* parent);
    const Api::Key& key() const { return m_key; }
    AuditModel* trail() const { return m_trail; }
    bool isLoadingTrail() const { return !m_trailReply.isNull() || m_trailTimer.isActive(); }

    // The snippets the Copy buttons copy.
    static QString environmentSnippet(const Api::Key& key);
    static QString curlSnippet(const QUrl& keyUrl);

signals:
    void statusMessage(const QString& message);

private:
    QLabel* addField(const char* name, const QString& label);
    void loadTrail();

    AuditEndpoint m_audit;
    KeysEndpoint m_keys;
    Clipboard& m_clipboard;
    Api::Key m_key;
    std::function<QString(const QString&)> m_emailOf;
    QFormLayout* m_form = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QWidget* m_details = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_id = nullptr;
    QLabel* m_prefix = nullptr;
    QLabel* m_owner = nullptr;
    QLabel* m_createdBy = nullptr;
    QLabel* m_scopes = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_created = nullptr;
    QLabel* m_updated = nullptr;
    QLabel* m_expires = nullptr;
    QLabel* m_lastUsed = nullptr;
    QLabel* m_rateLimit = nullptr;
    QPushButton* m_copyEnvButton = nullptr;
    QPushButton* m_copyCurlButton = nullptr;
    AuditModel* m_trail = nullptr;
    QTableView* m_trailView = nullptr;
    QPointer<ApiReply> m_trailReply;
    QTimer m_trailTimer; // selection moving with the arrow keys fetches the trail once it rests
};

} // namespace Keyward
