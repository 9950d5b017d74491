#pragma once

#include <QByteArray>
#include <QDateTime>

namespace Keyward {

// A signed-in session as the console keeps it: the session token (x-auth-token, kw_ses_…, 15 minutes), the refresh
// token (kw_ref_…, 30 days, rotates; empty for a session traded for a key) and when the session token lapses, on this
// machine's clock. ApiClient::tokens() hands it out so SecretStore can persist it; ApiClient::setTokens() takes it
// back.
struct SessionTokens
{
    QByteArray session;
    QByteArray refresh;
    QDateTime expiresAt; // UTC; invalid when unknown (then the client refreshes at once)

    bool isNull() const { return session.isEmpty(); }
};

} // namespace Keyward
