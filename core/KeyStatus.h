#pragma once

#include <QString>
#include <optional>

namespace Keyward {

// Revoked keys are "inactive"; "expired" is derived from the expiry time and wins over both. A key reported leaked
// (GitHub secret scanning) is revoked for good and says "leaked", which wins over everything: the record keeps what
// happened to it even after its expiry date passes.
enum class KeyStatus { Active, Inactive, Expired, Leaked };

QString keyStatusName(KeyStatus status);
std::optional<KeyStatus> keyStatusFromName(const QString& name);
// leakedAtMs: when the key was reported leaked, 0 when it never was.
KeyStatus keyStatusAt(bool revoked, qint64 expiresAtMs, qint64 nowMs, qint64 leakedAtMs = 0);

} // namespace Keyward
