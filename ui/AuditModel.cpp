#include "ui/AuditModel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
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
    case Event:
        return tr("Event");
    case Outcome:
        return tr("Outcome");
    case Client:
        return tr("Address");
    case Target:
        return tr("Object");
    default:
        return {};
    }
}

QString AuditModel::sentenceAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    return AuditSentences::describe(m_entries.at(row), m_selfUserId, m_emailOf);
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Api::AuditEntry& entry = m_entries.at(index.row());
    const bool failed = AuditSentences::isFailure(entry);
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(entry.at, Qt::UTC);
    if (role == SearchRole) {
        if (index.column() != Event)
            return data(index, Qt::DisplayRole);
        // What the sentence says and what it leaves to the details: codes, ids, e-mails.
        return QStringList {sentenceAt(index.row()),
                            entry.action,
                            AuditSentences::actionName(entry.action),
                            entry.outcome,
                            entry.actor.id,
                            entry.actor.email,
                            entry.subjectUserId,
                            entry.targetId,
                            entry.targetName,
                            AuditSentences::detailLines(entry.details).join(QLatin1Char('\n'))}
            .join(QLatin1Char('\n'));
    }
    switch (index.column()) {
    case Time:
        if (role == Qt::EditRole)
            return at;
        if (role == Qt::DisplayRole)
            return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
        if (role == Qt::ToolTipRole)
            return QLocale().toString(at.toLocalTime(), QLocale::LongFormat);
        break;
    case Event:
        if (role == Qt::EditRole)
            return entry.action;
        if (role == Qt::DisplayRole)
            return sentenceAt(index.row());
        if (role == Qt::ToolTipRole)
            return tr("%1\n%2: %3")
                .arg(sentenceAt(index.row()), AuditSentences::actionName(entry.action),
                     AuditSentences::outcomeName(entry.outcome));
        if (role == Qt::DecorationRole && failed)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Outcome:
        if (role == Qt::EditRole)
            return entry.outcome;
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            const QString reason = AuditSentences::reasonText(entry.details.value(QLatin1String("reason")).toString());
            if (role == Qt::ToolTipRole && !reason.isEmpty())
                return tr("%1: %2").arg(AuditSentences::outcomeName(entry.outcome), reason);
            return AuditSentences::outcomeName(entry.outcome);
        }
        break;
    case Client:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return entry.clientAddress;
        break;
    case Target:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            const QString type = AuditSentences::targetTypeName(entry.targetType);
            if (entry.targetName.isEmpty())
                return tr("%1 %2").arg(type, entry.targetId).trimmed();
            return entry.targetId.isEmpty() ? tr("%1 “%2”").arg(type, entry.targetName)
                                            : tr("%1 “%2” (%3)").arg(type, entry.targetName, entry.targetId);
        }
        if (role == Qt::EditRole)
            return entry.targetName.isEmpty() ? entry.targetId : entry.targetName;
        break;
    default:
        break;
    }
    return {};
}

void AuditModel::setSelfUserId(const QString& userId)
{
    if (userId == m_selfUserId)
        return;
    m_selfUserId = userId;
    sentencesChanged();
}

void AuditModel::setUserNames(AuditSentences::EmailOf emailOf)
{
    m_emailOf = std::move(emailOf);
    sentencesChanged();
}

void AuditModel::sentencesChanged()
{
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, Event), index(rowCount() - 1, Event));
}

void AuditModel::clear()
{
    if (m_entries.isEmpty())
        return;
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
