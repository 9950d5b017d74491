#pragma once

#include "core/ApiTypes.h"

#include <QAbstractTableModel>

namespace Keyward {

// The tenant's webhooks (GET /v1/webhooks) as Api::Webhook, one row each, for the Webhooks page. EditRole holds raw
// values for sorting (the URL, the number of events, whether enabled, the creation time as QDateTime).
class WebhookModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Url, Events, Enabled, Description, Created, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setWebhooks(const QList<Api::Webhook>& webhooks);
    // Replaces the webhook with the same id, or adds a new one.
    void updateWebhook(const Api::Webhook& webhook);
    void removeWebhook(const QString& id);
    Api::Webhook webhookAt(int row) const { return m_webhooks.value(row); }
    int indexOf(const QString& id) const;
    // "Enabled" / "Disabled" in the user's language.
    static QString enabledText(bool enabled);

private:
    QList<Api::Webhook> m_webhooks;
};

} // namespace Keyward
