#pragma once

#include <QtGlobal>
#include <array>

namespace Keyward {

// How webhook messages are sent: the one place for these numbers.
namespace WebhookSchedule {
// The wait before each retry of a message that was not taken (a non-2xx answer, a timeout, a connection error):
// the first two within a minute, then growing; after the last one the message is marked failed. In all, a receiver
// that is down for a day still gets every message when it is back.
inline constexpr std::array<qint64, 11> RetryDelaysSeconds {5,        30,       2 * 60,   10 * 60,  30 * 60, 60 * 60,
                                                            2 * 3600, 4 * 3600, 8 * 3600, 8 * 3600, 8 * 3600};
constexpr qint64 totalRetrySeconds()
{
    qint64 total = 0;
    for (const qint64 delay : RetryDelaysSeconds)
        total += delay;
    return total;
}
static_assert(RetryDelaysSeconds[0] + RetryDelaysSeconds[1] < 60, "the first two retries come within a minute");
static_assert(totalRetrySeconds() >= 24 * 3600, "retries go on for at least 24 hours");

// The wait after attempt `step` (0: the first attempt) failed; -1 when no retry is left.
constexpr qint64 retryDelayMs(int step)
{
    return step >= 0 && step < static_cast<int>(RetryDelaysSeconds.size()) ? RetryDelaysSeconds[step] * 1000 : -1;
}

inline constexpr int TimeoutMs = 10 * 1000; // the whole attempt: DNS, connect, TLS, request and answer
inline constexpr qint64 MaxResponseBytes = 64 * 1024; // read of a receiver's answer; the rest is not read
// A claimed message is this sender's for this long (far beyond TimeoutMs); a sender that died holding it loses it
// then, and another (or itself, restarted) sends it again with the same webhook-id.
inline constexpr qint64 LeaseMs = 60 * 1000;
inline constexpr int MaxInFlight = 32; // attempts under way at once, per instance
inline constexpr int MaxInFlightPerWebhook = 4; // per endpoint, over all instances: a dead one does not hold the rest
inline constexpr int PollMs = 1000; // how often the outbox is read without a wake-up (others' messages, retries)
// Delivered and failed messages (and their attempts) stay in the delivery log this long, then they are deleted.
inline constexpr qint64 LogRetentionMs = 30LL * 24 * 60 * 60 * 1000;
} // namespace WebhookSchedule

} // namespace Keyward
