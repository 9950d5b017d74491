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
    case KeyStatus::Leaked:
        return QStringLiteral("leaked");
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
    if (name == QLatin1String("leaked"))
        return KeyStatus::Leaked;
    return std::nullopt;
}

KeyStatus keyStatusAt(bool revoked, qint64 expiresAtMs, qint64 nowMs, qint64 leakedAtMs)
{
    if (leakedAtMs > 0)
        return KeyStatus::Leaked;
    if (expiresAtMs > 0 && expiresAtMs <= nowMs)
        return KeyStatus::Expired;
    return revoked ? KeyStatus::Inactive : KeyStatus::Active;
}

} // namespace Keyward
