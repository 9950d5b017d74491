#pragma once

#include "core/KeyStatus.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace Keyward {

class ApiKeyModel;

// Filters an ApiKeyModel locally: a search text (name, prefix, owner e-mail, description, or the exact key id), a
// status and "expiring soon" (active keys expiring within ApiKeyModel::ExpiryWarningDays). Sorts on EditRole, so
// dates sort as dates. Each setter re-filters at once.
// On an ApiKeyModel, sorting and filtering read the model's raw values (ApiKeyModel::compareRows() and the typed
// accessors) in the same order as QSortFilterProxyModel on EditRole, without a QVariant per row or comparison.
class ApiKeyFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ApiKeyFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    // Empty: every status.
    void setStatusFilter(std::optional<KeyStatus> status);
    std::optional<KeyStatus> statusFilter() const { return m_status; }
    void setExpiringSoonOnly(bool only);
    bool expiringSoonOnly() const { return m_expiringSoon; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    // The source model if it is an ApiKeyModel (and still there), else null.
    const ApiKeyModel* keyModel() const;
    // filterAcceptsRow() on another model with the same roles, through data().
    bool acceptsByRoles(int sourceRow, const QModelIndex& sourceParent) const;

    const ApiKeyModel* m_keyModel = nullptr;
    QString m_text;
    std::optional<KeyStatus> m_status;
    bool m_expiringSoon = false;
};

} // namespace Keyward
