#pragma once

#include <QByteArray>
#include <QString>

namespace Keyward::Test {

// The tests' own RFC 6238 implementation (HMAC-SHA1, 30 s steps, 6 digits), written apart from the server's so
// that it is an independent oracle.
QByteArray base32Decode(const QByteArray& text);
QString totpCode(const QByteArray& rawKey, qint64 unixSeconds);
inline QString totpCodeFromBase32(const QByteArray& base32Secret, qint64 unixSeconds)
{
    return totpCode(base32Decode(base32Secret), unixSeconds);
}

// A six-digit code that is none of the codes a server would accept around unixSeconds (two steps either side).
QString wrongTotpCode(const QByteArray& rawKey, qint64 unixSeconds);

} // namespace Keyward::Test
