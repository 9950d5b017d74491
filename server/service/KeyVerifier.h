#pragma once

#include "core/ApiError.h"
#include "server/service/KeyIndex.h"
#include "server/service/RateLimiter.h"
#include "server/service/ServiceContext.h"

namespace Keyward {

// The hot path: from a presented secret to a live key, or the precise reason it is not one. The checksum is checked
// before any lookup; the key index answers known and unknown keys from memory (the database only while the index is
// still loading at start); every accepted use counts against the key's rate limit and is recorded as last-used
// (in memory, written at a bounded rate).
class KeyVerifier
{
public:
    explicit KeyVerifier(ServiceContext& context);

    struct Outcome
    {
        ApiError error; // null when the key is live
        std::optional<KeyIndex::Entry> entry; // set whenever the key was found, even when refused
        RateLimiter::Decision rate;
        bool found = false;
    };

    Outcome verify(const QByteArray& secret, const QString& clientAddress);
    // The same for a secret known only by its hash (a session opened with a key is checked against the key on
    // every request: its status, its rate limit, and its last use).
    Outcome verifyHash(const QByteArray& hash, const QString& clientAddress);

private:
    std::optional<KeyIndex::Entry> lookUp(const QByteArray& hash, qint64 now);

    ServiceContext& m_ctx;
};

} // namespace Keyward
