#pragma once

#include "core/Endpoints.h"
#include "ui/ConsoleTab.h"

class QAction;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace Keyward {

class EmptyState;
class MessageWidget;
class WebhookDeliveryLog;
class WebhookDialog;
class WebhookModel;

// The tenant's webhook endpoints, for admins (support sees the same, read-only): the list (GET /v1/webhooks, newest
// first) with New Webhook (its signing secret shown once), Edit, Disable / Enable, Rotate Secret (the old secret
// keeps signing for a while beside the new one, shown once) and Delete; under it the selected webhook's delivery log
// (WebhookDeliveryLog). What the server refuses is said in the page's message bar, or in the dialog that asked.
// Changes go through WebhooksEndpoint.
class WebhooksTab : public ConsoleTab
{
    Q_OBJECT
public:
    WebhooksTab(ApiClient& api, Clipboard& clipboard, QWidget* parent = nullptr);

    void setSession(const SessionInfo& session) override;
    void setOffline(bool offline) override;
    void reload() override;

    WebhookModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    WebhookDeliveryLog* deliveryLog() const { return m_log; }
    MessageWidget* messageWidget() const { return m_message; }
    bool isLoading() const { return m_loading > 0; }
    // The selected webhook (an empty one when none); selects by id (false if it is not listed).
    Api::Webhook currentWebhook() const;
    bool selectWebhook(const QString& id);

signals:
    // A reload of the list has arrived (tests wait for it).
    void loaded();

private:
    void buildActions();
    void updateActions();
    void updateEmptyState();
    void createWebhook();
    void editWebhook();
    void setWebhookEnabled(bool enabled);
    void rotateSecret();
    void deleteWebhook();
    void changed(const Api::Webhook& webhook, const QString& message);
    void showSigningSecret(const Api::IssuedWebhook& issued);
    // The server's message in the page; MainWindow also hears of it (an outage raises its banner).
    void showError(const ApiError& error);
    template<typename T> Done<T> tracked(std::function<void(const T&)> onSuccess);

    WebhooksEndpoint m_webhooks;
    WebhookModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    EmptyState* m_emptyState = nullptr;
    MessageWidget* m_message = nullptr;
    WebhookDeliveryLog* m_log = nullptr;
    QSplitter* m_splitter = nullptr;
    QAction* m_actionNew = nullptr;
    QAction* m_actionEdit = nullptr;
    QAction* m_actionDisable = nullptr;
    QAction* m_actionEnable = nullptr;
    QAction* m_actionRotate = nullptr;
    QAction* m_actionDelete = nullptr;
    QAction* m_actionReload = nullptr;
    QList<QAction*> m_adminActions;
    int m_loading = 0;
};

} // namespace Keyward
