#pragma once

#include <QJsonValue>
#include <QString>
#include <optional>

namespace Keyward {

// Times travel as milliseconds since the epoch inside the programs and as ISO 8601 UTC ("2024-01-01T00:00:00Z") on
// the wire.
namespace Timestamps {
QString toIso(qint64 ms);
QJsonValue toJson(qint64 ms); // null for 0
std::optional<qint64> fromIso(const QString& text);
} // namespace Timestamps

} // namespace Keyward
