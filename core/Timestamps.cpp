#include "core/Timestamps.h"

#include <QDateTime>

namespace Keyward::Timestamps {

QString toIso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonValue toJson(qint64 ms)
{
    return ms > 0 ? QJsonValue(toIso(ms)) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> fromIso(const QString& text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    // A date without a zone is read as UTC, never as the server's local time.
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    return parsed.toMSecsSinceEpoch();
}

} // namespace Keyward::Timestamps
