#include "core/KeyStatus.h"

namespace Keyward {

QString keyStatusName(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Active:
        return QStringLiteral("active");
    case KeyStatus::Inactive:
        return QStringLiteral("inactive");
    case KeyStatus::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

std::optional<KeyStatus> keyStatusFromName(const QString& name)
{
    if (name == QLatin1String("active"))
        return KeyStatus::Active;
    if (name == QLatin1String("inactive") || name == QLatin1String("revoked"))
        return KeyStatus::Inactive;
    if (name == QLatin1String("expired"))
        return KeyStatus::Expired;
    return std::nullopt;
}

KeyStatus keyStatusAt(bool revoked, qint64 expiresAtMs, qint64 nowMs)
{
    if (expiresAtMs > 0 && expiresAtMs <= nowMs)
        return KeyStatus::Expired;
    return revoked ? KeyStatus::Inactive : KeyStatus::Active;
}

} // namespace Keyward
