#include "ui/WebhookModel.h"

#include "ui/WebhookEventNames.h"

#include <QDateTime>
#include <QLocale>
#include <QPalette>

namespace Keyward {

int WebhookModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_webhooks.size());
}

int WebhookModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WebhookModel::enabledText(bool enabled)
{
    return enabled ? tr("Enabled") : tr("Disabled");
}

QVariant WebhookModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Api::Webhook& webhook = m_webhooks.at(index.row());
    if (role == Qt::UserRole)
        return webhook.id;
    if (role == Qt::ForegroundRole && !webhook.enabled)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Url:
            return webhook.url;
        case Events:
            return WebhookEventNames::list(webhook.events);
        case Description:
            return webhook.description.isEmpty() ? QVariant() : webhook.description;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Url:
        return webhook.url;
    case Events:
        if (role == Qt::EditRole)
            return int(webhook.events.size());
        return WebhookEventNames::summary(webhook.events, webhook.hasAllEvents());
    case Enabled:
        if (role == Qt::EditRole)
            return webhook.enabled;
        return enabledText(webhook.enabled);
    case Description:
        return webhook.description;
    case Created: {
        const QDateTime created = QDateTime::fromMSecsSinceEpoch(webhook.createdAt).toLocalTime();
        if (role == Qt::EditRole)
            return created;
        return webhook.createdAt != 0 ? QLocale().toString(created, QLocale::ShortFormat) : QString();
    }
    }
    return {};
}

QVariant WebhookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Url:
        return tr("URL");
    case Events:
        return tr("Events");
    case Enabled:
        return tr("Enabled");
    case Description:
        return tr("Description");
    case Created:
        return tr("Created");
    }
    return {};
}

void WebhookModel::setWebhooks(const QList<Api::Webhook>& webhooks)
{
    beginResetModel();
    m_webhooks = webhooks;
    endResetModel();
}

void WebhookModel::updateWebhook(const Api::Webhook& webhook)
{
    const int row = indexOf(webhook.id);
    if (row < 0) {
        // Newest first, as the server lists them.
        beginInsertRows({}, 0, 0);
        m_webhooks.prepend(webhook);
        endInsertRows();
        return;
    }
    m_webhooks[row] = webhook;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void WebhookModel::removeWebhook(const QString& id)
{
    const int row = indexOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_webhooks.removeAt(row);
    endRemoveRows();
}

int WebhookModel::indexOf(const QString& id) const
{
    for (int row = 0; row < m_webhooks.size(); ++row) {
        if (m_webhooks.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace Keyward
