#pragma once

#include <QString>
#include <optional>

namespace Keyward {

// Revoked keys are "inactive"; "expired" is derived from the expiry time and wins over both.
enum class KeyStatus { Active, Inactive, Expired };

QString keyStatusName(KeyStatus status);
std::optional<KeyStatus> keyStatusFromName(const QString& name);
KeyStatus keyStatusAt(bool revoked, qint64 expiresAtMs, qint64 nowMs);

} // namespace Keyward
