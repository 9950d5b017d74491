#pragma once

#include "core/KeyStatus.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace Keyward {

// Filters an ApiKeyModel locally: a search text (name, prefix, owner e-mail, description, or the exact key id), a
// status and "expiring soon" (active keys expiring within ApiKeyModel::ExpiryWarningDays). Sorts on EditRole, so
// dates sort as dates. Each setter re-filters at once.
class ApiKeyFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ApiKeyFilterProxy(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    // Empty: every status.
    void setStatusFilter(std::optional<KeyStatus> status);
    std::optional<KeyStatus> statusFilter() const { return m_status; }
    void setExpiringSoonOnly(bool only);
    bool expiringSoonOnly() const { return m_expiringSoon; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    std::optional<KeyStatus> m_status;
    bool m_expiringSoon = false;
};

} // namespace Keyward
