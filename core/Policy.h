#pragma once

#include <array>

namespace Keyward::Policy {

// The numbers that keywardd enforces and its clients offer or check before asking: one place for each.

// An API key's lifetime presets (expires_in_days); any other lifetime is a custom expires_at.
inline constexpr std::array<int, 4> ExpiryPresetDays {7, 30, 60, 90};
inline constexpr bool isExpiryPreset(int days)
{
    for (const int preset : ExpiryPresetDays) {
        if (preset == days)
            return true;
    }
    return false;
}
inline constexpr int MaxKeyNameLength = 200;
inline constexpr int MaxKeyDescriptionLength = 1000;
// How long a rotated-out secret may keep working.
inline constexpr int MaxRotationGraceSeconds = 7 * 24 * 60 * 60;
// The grace periods the console offers when a key is rotated: at once, 1 hour, 24 hours, 7 days.
inline constexpr std::array<int, 4> RotationGracePresetSeconds {0, 60 * 60, 24 * 60 * 60, MaxRotationGraceSeconds};
// A key's rate limit (rate_limit, requests per minute): 0 for none, at most this.
inline constexpr int MaxRateLimitPerMinute = 1000000;
// A key expiring within this many days is shown as expiring soon.
inline constexpr int ExpiryWarningDays = 7;
// Expiry notices (key.expiring): how many days before a key's expiry they go out, unless the tenant says otherwise,
// and the bounds a tenant's thresholds must keep (at most MaxExpiryNoticeThresholds of them, each 1 to this many days).
inline constexpr std::array<int, 3> DefaultExpiryNoticeDays {30, 7, 1};
inline constexpr int MaxExpiryNoticeDays = 365;
inline constexpr int MaxExpiryNoticeThresholds = 5;
// GET /v1/api-keys: the largest page (limit) the server hands out.
inline constexpr int MaxKeysPerPage = 1000;
// The largest request body the server reads.
inline constexpr int MaxBodyBytes = 64 * 1024;

} // namespace Keyward::Policy
