#pragma once

#include "core/Endpoints.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QTableView;

namespace Keyward {

class EmptyState;
class FittingToolBar;
class WebhookAttemptModel;
class WebhookDeliveryModel;

// The delivery log of one webhook (GET /v1/webhooks/{id}/deliveries, newest first, older pages on demand): each
// delivery with its status, and under it the attempts of the selected one (when, the HTTP status or the transport
// error, the latency, the next retry). Its commands: Send Test Event (for an enabled webhook), Redeliver the selected
// delivery, Refresh and Load older. What it sends changes nothing on the page above; what it learns goes into its
// own tables, and failures are reported through failed().
class WebhookDeliveryLog : public QWidget
{
    Q_OBJECT
public:
    static constexpr int PageSize = 50;

    WebhookDeliveryLog(ApiClient& api, QWidget* parent = nullptr);

    // The webhook whose log is shown (an empty Webhook: none); a different one loads its log, the same one (changed,
    // e.g. disabled) only updates the commands.
    void setWebhook(const Api::Webhook& webhook);
    const Api::Webhook& webhook() const { return m_webhook; }
    // mayChange: Send Test Event and Redeliver are offered at all (support may not).
    void setMayChange(bool mayChange);
    void setOffline(bool offline);
    void reload();
    bool isLoading() const { return !m_loading.isNull(); }
    WebhookDeliveryModel* deliveries() const { return m_deliveries; }
    WebhookAttemptModel* attempts() const { return m_attempts; }
    // The selected delivery (an empty one when none); selects by id (false if not loaded).
    Api::WebhookDelivery currentDelivery() const;
    bool selectDelivery(const QString& id);
    QAction* sendTestAction() const { return m_actionSendTest; }
    QAction* redeliverAction() const { return m_actionRedeliver; }

signals:
    void statusMessage(const QString& message);
    void failed(const Keyward::ApiError& error);
    // One more (true) or one fewer (false) request under way (ConsoleTab::setWorking).
    void working(bool working);
    // A page of the log arrived (tests wait for it).
    void loaded();

private:
    void load(bool older);
    void sendTest();
    void redeliver();
    void showAttempts();
    void updateActions();
    void updateEmptyStates();
    void queued(const Api::WebhookDelivery& delivery, const QString& message);

    WebhooksEndpoint m_endpoint;
    Api::Webhook m_webhook;
    WebhookDeliveryModel* m_deliveries;
    WebhookAttemptModel* m_attempts;
    QTableView* m_deliveryView;
    QTableView* m_attemptView;
    EmptyState* m_deliveryEmpty;
    EmptyState* m_attemptEmpty;
    QSplitter* m_splitter;
    FittingToolBar* m_toolBar;
    QAction* m_actionSendTest;
    QAction* m_actionRedeliver;
    QAction* m_actionReload;
    QAction* m_actionOlder;
    QPointer<ApiReply> m_loading;
    QString m_nextCursor; // empty: no older deliveries
    bool m_mayChange = false;
    bool m_offline = false;
};

} // namespace Keyward
