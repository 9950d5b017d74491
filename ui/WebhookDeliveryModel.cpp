#include "ui/WebhookDeliveryModel.h"

#include "ui/WebhookEventNames.h"

#include <QDateTime>
#include <QLocale>

namespace Keyward {

namespace {
QVariant timeData(qint64 ms, int role)
{
    const QDateTime at = ms != 0 ? QDateTime::fromMSecsSinceEpoch(ms).toLocalTime() : QDateTime();
    if (role == Qt::EditRole)
        return at;
    return ms != 0 ? QLocale().toString(at, QLocale::ShortFormat) : QString();
}
} // namespace

int WebhookDeliveryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_deliveries.size());
}

int WebhookDeliveryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WebhookDeliveryModel::statusText(Api::WebhookDelivery::Status status)
{
    switch (status) {
    case Api::WebhookDelivery::Status::Pending:
        return tr("Pending");
    case Api::WebhookDelivery::Status::Delivered:
        return tr("Delivered");
    case Api::WebhookDelivery::Status::Failed:
        return tr("Failed");
    }
    return {};
}

QVariant WebhookDeliveryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Api::WebhookDelivery& delivery = m_deliveries.at(index.row());
    if (role == Qt::UserRole)
        return delivery.id;
    if (role == Qt::ToolTipRole && index.column() == Event)
        return tr("%1 (%2), message id %3").arg(WebhookEventNames::name(delivery.event), delivery.event, delivery.id);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Event:
        return WebhookEventNames::name(delivery.event);
    case Created:
        return timeData(delivery.createdAt, role);
    case Status:
        return statusText(delivery.status);
    case Attempts:
        return delivery.attemptCount;
    case NextAttempt:
        return timeData(delivery.nextAttemptAt, role);
    }
    return {};
}

QVariant WebhookDeliveryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Event:
        return tr("Event");
    case Created:
        return tr("Created");
    case Status:
        return tr("Status");
    case Attempts:
        return tr("Attempts");
    case NextAttempt:
        return tr("Next attempt");
    }
    return {};
}

void WebhookDeliveryModel::clear()
{
    beginResetModel();
    m_deliveries.clear();
    endResetModel();
}

void WebhookDeliveryModel::append(const QList<Api::WebhookDelivery>& deliveries)
{
    if (deliveries.isEmpty())
        return;
    beginInsertRows({}, int(m_deliveries.size()), int(m_deliveries.size() + deliveries.size()) - 1);
    m_deliveries.append(deliveries);
    endInsertRows();
}

void WebhookDeliveryModel::updateDelivery(const Api::WebhookDelivery& delivery)
{
    const int row = indexOf(delivery.id);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_deliveries.prepend(delivery);
        endInsertRows();
        return;
    }
    m_deliveries[row] = delivery;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int WebhookDeliveryModel::indexOf(const QString& id) const
{
    for (int row = 0; row < m_deliveries.size(); ++row) {
        if (m_deliveries.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace Keyward
