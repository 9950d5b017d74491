#pragma once

#include <QByteArray>
#include <QStringList>

namespace Keyward {

// Two-factor recovery codes: one-time codes the user keeps for the day the authenticator is lost, each accepted once
// at sign-in in place of a TOTP code. A code is 80 bits from libsodium written as lowercase RFC 4648 base32 without
// padding, in four groups of four: "abcd-efgh-ijkl-mnop". Only their hashes are stored.
namespace RecoveryCodes {
inline constexpr int Count = 10;

// Count distinct new codes, as shown to the user (this once).
QStringList generate();
// A code as typed, in its canonical form (lower case, without '-' and spaces); empty when it cannot be a code.
QByteArray normalise(const QString& typed);
// What the database keeps of a canonical code: its SHA-256, in hex (KeySecret::hash). A fast hash is right here, as
// for keys: 80 random bits cannot be searched from a stolen hash, so argon2 (made for guessable passwords) would only
// slow sign-in down and hand an attacker a way to load the server.
QByteArray hash(const QByteArray& canonical);
} // namespace RecoveryCodes

} // namespace Keyward
