#pragma once

#include <QByteArray>
#include <QString>

namespace Keyward {

// RFC 6238 time-based one-time passwords (HMAC-SHA1, 6 digits, 30 s), as authenticator apps expect.
namespace Totp {
QByteArray newSecret(); // base32, 160 bits from libsodium
QString provisioningUri(const QByteArray& base32Secret, const QString& account, const QString& issuer);
QString codeAt(const QByteArray& base32Secret, qint64 unixSeconds);
// Accepts the code of the current step or one step either side (clock drift); returns the matching step or -1.
qint64 matchingStep(const QByteArray& base32Secret, const QString& code, qint64 unixSeconds);
QByteArray base32Encode(const QByteArray& data);
QByteArray base32Decode(const QByteArray& text);
} // namespace Totp

} // namespace Keyward
