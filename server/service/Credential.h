#pragma once

#include <QByteArray>

namespace Keyward {

// What the client presented, as the HTTP layer found it: a session token (x-auth-token) or a key (Authorization:
// Bearer K, Authorization: K, ApiKey: K, ?ApiKey=K).
struct Credential
{
    // SessionInUrl: a session token in ?ApiKey= — refused, since URLs end up in logs, histories and Referer headers.
    enum class Kind { None, SessionToken, Key, SessionInUrl };
    Kind kind = Kind::None;
    QByteArray value;
};

} // namespace Keyward
