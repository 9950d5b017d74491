#pragma once

#include <QByteArray>
#include <QString>

namespace Keyward {

// argon2id through libsodium's crypto_pwhash_str. Costs (measured on the project's 2-core machines, one verify):
//   interactive: 64 MiB, t=2, ~0.12 s (the default);  moderate: 256 MiB, t=3, ~0.7 s;
//   minimum: OWASP's floor, 19 MiB, t=2, ~0.03 s (used by the test suite to keep it fast).
// Callers run hash() and verify() off the HTTP event loop.
class PasswordHasher
{
public:
    enum class Cost { Minimum, Interactive, Moderate };

    explicit PasswordHasher(Cost cost = Cost::Interactive);
    static bool costFromName(const QString& name, Cost* cost);

    QByteArray hash(const QString& password) const; // empty on failure (out of memory)
    bool verify(const QByteArray& encodedHash, const QString& password) const;
    bool needsRehash(const QByteArray& encodedHash) const;
    // A hash of a random password: verifying against it costs the same as a real user, for unknown e-mails.
    const QByteArray& decoyHash() const { return m_decoy; }

private:
    unsigned long long m_opsLimit;
    size_t m_memLimit;
    QByteArray m_decoy;
};

} // namespace Keyward
