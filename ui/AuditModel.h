#pragma once

#include "core/ApiTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace Keyward {

// Audit entries (GET /v1/audit) in a table: newest first, as the server sends them. DisplayRole for display,
// EditRole holds raw values (the time as QDateTime) for sorting.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Action, Outcome, Actor, Target, Client, ColumnCount };

    explicit AuditModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void append(const QList<Api::AuditEntry>& entries);
    Api::AuditEntry entryAt(int row) const { return m_entries.value(row); }

private:
    QList<Api::AuditEntry> m_entries;
};

} // namespace Keyward
