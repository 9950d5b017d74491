#include "ui/WebhookAttemptModel.h"

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

int WebhookAttemptModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_attempts.size());
}

int WebhookAttemptModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WebhookAttemptModel::resultText(const Api::WebhookAttempt& attempt)
{
    if (attempt.httpStatus != 0)
        return tr("HTTP %1").arg(attempt.httpStatus);
    return attempt.error.isEmpty() ? tr("No answer") : attempt.error;
}

QVariant WebhookAttemptModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Api::WebhookAttempt& attempt = m_attempts.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Result)
        return attempt.error.isEmpty() ? QVariant() : attempt.error;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Time:
        return timeData(attempt.attemptedAt, role);
    case Result:
        if (role == Qt::EditRole)
            return attempt.httpStatus;
        return resultText(attempt);
    case Latency:
        if (role == Qt::EditRole)
            return attempt.latencyMs;
        return tr("%1 ms").arg(QLocale().toString(attempt.latencyMs));
    case NextRetry:
        return timeData(attempt.nextRetryAt, role);
    }
    return {};
}

QVariant WebhookAttemptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Attempted");
    case Result:
        return tr("Result");
    case Latency:
        return tr("Latency");
    case NextRetry:
        return tr("Next retry");
    }
    return {};
}

void WebhookAttemptModel::setAttempts(const QList<Api::WebhookAttempt>& attempts)
{
    beginResetModel();
    m_attempts = attempts;
    endResetModel();
}

} // namespace Keyward
