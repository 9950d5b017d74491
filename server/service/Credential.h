#pragma once

#include <QByteArray>

namespace Keyward {

// What the client presented, as the HTTP layer found it: a session token (x-auth-token) or a key (Authorization:
// Bearer K, Authorization: K, ApiKey: K, ?ApiKey=K).
struct Credential
{
    enum class Kind { None, SessionToken, Key };
    Kind kind = Kind::None;
    QByteArray value;
};

} // namespace Keyward
