#include "ui/AuditModel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPalette>
#include <QStyle>

namespace Keyward {

AuditModel::AuditModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Action:
        return tr("Action");
    case Outcome:
        return tr("Outcome");
    case Actor:
        return tr("Who");
    case Target:
        return tr("Object");
    case Client:
        return tr("Address");
    default:
        return {};
    }
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Api::AuditEntry& entry = m_entries.at(index.row());
    const QString& outcome = entry.outcome;
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time: {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(entry.at, Qt::UTC);
            if (role == Qt::EditRole)
                return at;
            return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
        }
        case Action:
            return entry.action;
        case Outcome:
            return outcome;
        case Actor:
            return entry.actor.email.isEmpty() ? entry.actor.id : entry.actor.email;
        case Target:
            return QStringLiteral("%1 %2").arg(entry.targetType, entry.targetId);
        case Client:
            return entry.clientAddress;
        }
    }
    if (role == Qt::DecorationRole && index.column() == Outcome && outcome != QLatin1String("ok"))
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    return {};
}

void AuditModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void AuditModel::append(const QList<Api::AuditEntry>& entries)
{
    if (entries.isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_entries.size()), static_cast<int>(m_entries.size() + entries.size() - 1));
    m_entries += entries;
    endInsertRows();
}

} // namespace Keyward
