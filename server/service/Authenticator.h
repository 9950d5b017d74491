#pragma once

#include "server/service/Credential.h"
#include "server/service/KeyVerifier.h"
#include "server/service/Principal.h"

namespace Keyward {

// Turns a presented credential into a Principal, or the 401/429 that explains why not.
class Authenticator
{
public:
    explicit Authenticator(ServiceContext& context);

    struct Outcome
    {
        ApiError error;
        Principal principal;
        RateLimiter::Decision rate;
    };

    Outcome authenticate(const Credential& credential, const QString& clientAddress);
    KeyVerifier& verifier() { return m_verifier; }

private:
    Outcome fromSession(const QByteArray& token, const QString& clientAddress);
    Outcome fromKey(const QByteArray& secret, const QString& clientAddress);

    ServiceContext& m_ctx;
    KeyVerifier m_verifier;
};

} // namespace Keyward
