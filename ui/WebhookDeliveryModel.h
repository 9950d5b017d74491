#pragma once

#include "core/ApiTypes.h"

#include <QAbstractTableModel>

namespace Keyward {

// One webhook's delivery log (GET /v1/webhooks/{id}/deliveries), newest first as the server pages it: the event, when
// it was raised, its status, how many attempts were made and when the next is due. EditRole holds raw values
// (times as QDateTime).
class WebhookDeliveryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Event, Created, Status, Attempts, NextAttempt, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    // An older page, after what is there.
    void append(const QList<Api::WebhookDelivery>& deliveries);
    // Replaces the delivery with the same id (a redelivery), or puts a new one (a test event) first.
    void updateDelivery(const Api::WebhookDelivery& delivery);
    Api::WebhookDelivery deliveryAt(int row) const { return m_deliveries.value(row); }
    int indexOf(const QString& id) const;
    // "Pending", "Delivered", "Failed" in the user's language.
    static QString statusText(Api::WebhookDelivery::Status status);

private:
    QList<Api::WebhookDelivery> m_deliveries;
};

} // namespace Keyward
