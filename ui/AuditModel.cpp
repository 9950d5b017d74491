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
    const QJsonObject& entry = m_entries.at(index.row());
    const QString outcome = entry.value(QStringLiteral("outcome")).toString();
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time: {
            const QDateTime at = QDateTime::fromString(entry.value(QStringLiteral("at")).toString(), Qt::ISODate);
            if (role == Qt::EditRole)
                return at;
            return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
        }
        case Action:
            return entry.value(QStringLiteral("action")).toString();
        case Outcome:
            return outcome;
        case Actor: {
            const QJsonObject actor = entry.value(QStringLiteral("actor")).toObject();
            const QString email = actor.value(QStringLiteral("email")).toString();
            return email.isEmpty() ? actor.value(QStringLiteral("id")).toString() : email;
        }
        case Target: {
            const QJsonObject target = entry.value(QStringLiteral("target")).toObject();
            return QStringLiteral("%1 %2").arg(target.value(QStringLiteral("type")).toString(),
                                               target.value(QStringLiteral("id")).toString());
        }
        case Client:
            return entry.value(QStringLiteral("client_address")).toString();
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

void AuditModel::append(const QList<QJsonObject>& entries)
{
    if (entries.isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_entries.size()), static_cast<int>(m_entries.size() + entries.size() - 1));
    m_entries += entries;
    endInsertRows();
}

} // namespace Keyward
