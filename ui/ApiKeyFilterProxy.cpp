#include "ui/ApiKeyFilterProxy.h"

#include "ui/ApiKeyModel.h"

namespace Keyward {

ApiKeyFilterProxy::ApiKeyFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::EditRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ApiKeyFilterProxy::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void ApiKeyFilterProxy::setStatusFilter(std::optional<KeyStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void ApiKeyFilterProxy::setExpiringSoonOnly(bool only)
{
    if (only == m_expiringSoon)
        return;
    m_expiringSoon = only;
    invalidateFilter();
}

bool ApiKeyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    if (!model)
        return false;
    const QModelIndex nameIndex = model->index(sourceRow, ApiKeyModel::Name, sourceParent);
    if (m_status && KeyStatus(nameIndex.data(ApiKeyModel::StatusRole).toInt()) != *m_status)
        return false;
    if (m_expiringSoon && !nameIndex.data(ApiKeyModel::ExpiringSoonRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    if (nameIndex.data(ApiKeyModel::IdRole).toString() == m_text)
        return true;
    const QString texts[] = {
        nameIndex.data(Qt::EditRole).toString(),
        model->index(sourceRow, ApiKeyModel::Prefix, sourceParent).data(Qt::EditRole).toString(),
        model->index(sourceRow, ApiKeyModel::Owner, sourceParent).data(Qt::EditRole).toString(),
        nameIndex.data(ApiKeyModel::DescriptionRole).toString(),
    };
    for (const QString& text : texts) {
        if (text.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Keyward
