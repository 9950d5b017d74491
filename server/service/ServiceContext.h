#pragma once

#include "core/Policy.h"
#include "server/service/AuditTrail.h"
#include "server/service/Clock.h"
#include "server/service/KeyEvents.h"
#include "server/service/KeyIndex.h"
#include "server/service/LoginThrottle.h"
#include "server/service/PasswordHasher.h"
#include "server/service/RateLimiter.h"
#include "server/service/SecretBox.h"
#include "server/service/UsageRecorder.h"
#include "server/service/WebhookOutbox.h"
#include "server/storage/Storage.h"

namespace Keyward {

struct ServicePolicy
{
    qint64 sessionLifetimeMs = 15 * 60 * 1000; // as Palette's seed: every authorization token is valid for 15 min
    // A refresh chain ends this long after the sign-in that started it (absolute), unless the tenant says otherwise.
    int defaultSessionChainDays = 30;
    int maxSessionChainDays = 90;
    // Sensitive account changes need a password sign-in this recent, or the password (and code) in the request.
    qint64 stepUpWindowMs = 10 * 60 * 1000;
    qint64 maxGraceSeconds = Policy::MaxRotationGraceSeconds;
    // Webhooks: how many endpoints a tenant may have (each event is sent to each of them), how long a rotated-out
    // signing secret keeps signing beside the new one, and whether http:// and private or local addresses are
    // allowed (--webhook-allow-private: tests and local development only).
    int maxWebhooksPerTenant = 20;
    qint64 webhookSecretOverlapMs = 24LL * 60 * 60 * 1000;
    bool webhookAllowPrivate = false;

    int sessionChainDays(const TenantRecord& tenant) const
    {
        return tenant.sessionChainDays > 0 ? std::min(tenant.sessionChainDays, maxSessionChainDays)
                                           : defaultSessionChainDays;
    }
};

// The shared parts every service works with. Owned by keywardd's main (or a test), outliving the services.
struct ServiceContext
{
    Storage& storage;
    Clock& clock;
    const PasswordHasher& hasher;
    AuditTrail& audit;
    KeyIndex& keyIndex;
    KeyEvents& keyEvents;
    UsageRecorder& usage;
    RateLimiter& rateLimiter;
    LoginThrottle& throttle;
    const SecretBox& secretBox;
    WebhookOutbox& outbox; // events for the tenants' webhooks, written with the change
    ServicePolicy policy;
};

} // namespace Keyward
