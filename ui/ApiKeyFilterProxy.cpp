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

void ApiKeyFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_keyModel = qobject_cast<const ApiKeyModel*>(model); // before the base class filters and sorts with it
    QSortFilterProxyModel::setSourceModel(model);
}

const ApiKeyModel* ApiKeyFilterProxy::keyModel() const
{
    // A destroyed source model leaves sourceModel() null.
    return m_keyModel && sourceModel() == m_keyModel ? m_keyModel : nullptr;
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
    const ApiKeyModel* model = keyModel();
    if (!model)
        return acceptsByRoles(sourceRow, sourceParent);
    if (sourceParent.isValid())
        return false;
    if (m_status && model->statusAt(sourceRow) != *m_status)
        return false;
    if (m_expiringSoon && !model->isExpiringSoonAt(sourceRow))
        return false;
    if (m_text.isEmpty())
        return true;
    if (model->idAt(sourceRow) == m_text)
        return true;
    for (const QString* text :
         {&model->textAt(sourceRow, ApiKeyModel::Name), &model->textAt(sourceRow, ApiKeyModel::Prefix),
          &model->textAt(sourceRow, ApiKeyModel::Owner), &model->descriptionAt(sourceRow)}) {
        if (text->contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool ApiKeyFilterProxy::acceptsByRoles(int sourceRow, const QModelIndex& sourceParent) const
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

bool ApiKeyFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // QSortFilterProxyModel's own order for EditRole with sortLocaleAware (strings by QString::localeAwareCompare,
    // dates as dates, the status as an int), read from the model's raw values.
    const ApiKeyModel* model = keyModel();
    if (!model || sortRole() != Qt::EditRole || !isSortLocaleAware() || left.column() != right.column()
        || left.model() != model || right.model() != model)
        return QSortFilterProxyModel::lessThan(left, right);
    return model->compareRows(left.row(), right.row(), left.column()) < 0;
}

} // namespace Keyward
