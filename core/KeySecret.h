#pragma once

#include <QByteArray>
#include <QString>

namespace Keyward {

// Secrets Keyward issues: "kw_<kind>_" + 30 base62 characters of libsodium randomness (178 bits) + a 6-character
// base62 CRC32 of everything before it. Secret scanners recognise the prefix; a typo fails the checksum before any
// lookup. Only the SHA-256 of a secret is ever stored.
namespace KeySecret {

enum class Kind { AuthenticationKey, ApiKey, Session, Refresh };

inline constexpr int RandomLength = 30;
inline constexpr int ChecksumLength = 6;
inline constexpr int DisplayRandomChars = 4;

QByteArray prefixFor(Kind kind);
QByteArray generate(Kind kind);
// True when the text has a known prefix, the right length and alphabet, and a matching checksum.
bool isWellFormed(const QByteArray& secret, Kind* kind = nullptr);
// Lower-case hex SHA-256 of the secret, the form that is stored and looked up.
QByteArray hash(const QByteArray& secret);
// What a user may see afterwards, e.g. "kw_key_Ab3x…9QzT" style prefix (kind prefix plus a few characters).
QString displayPrefix(const QByteArray& secret);
// Constant-time equality for secrets and hashes.
bool equal(const QByteArray& a, const QByteArray& b);
quint32 crc32(const QByteArray& data);
QByteArray base62(quint64 value, int width);

} // namespace KeySecret
} // namespace Keyward
