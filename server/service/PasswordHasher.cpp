#include "server/service/PasswordHasher.h"

#include <sodium.h>

namespace Keyward {

PasswordHasher::PasswordHasher(Cost cost)
{
    switch (cost) {
    case Cost::Minimum:
        m_opsLimit = 2;
        m_memLimit = 19u * 1024u * 1024u;
        break;
    case Cost::Interactive:
        m_opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        m_memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
        break;
    case Cost::Moderate:
        m_opsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
        m_memLimit = crypto_pwhash_MEMLIMIT_MODERATE;
        break;
    }
    unsigned char random[32];
    randombytes_buf(random, sizeof random);
    m_decoy = hash(QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(random), sizeof random).toBase64()));
    sodium_memzero(random, sizeof random);
}

bool PasswordHasher::costFromName(const QString& name, Cost* cost)
{
    if (name == QLatin1String("minimum"))
        *cost = Cost::Minimum;
    else if (name == QLatin1String("interactive"))
        *cost = Cost::Interactive;
    else if (name == QLatin1String("moderate"))
        *cost = Cost::Moderate;
    else
        return false;
    return true;
}

QByteArray PasswordHasher::hash(const QString& password) const
{
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), m_opsLimit,
                                     m_memLimit);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return rc == 0 ? QByteArray(out) : QByteArray();
}

bool PasswordHasher::verify(const QByteArray& encodedHash, const QString& password) const
{
    if (encodedHash.isEmpty())
        return false;
    QByteArray utf8 = password.toUtf8();
    const int rc = crypto_pwhash_str_verify(encodedHash.constData(), utf8.constData(),
                                            static_cast<unsigned long long>(utf8.size()));
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return rc == 0;
}

bool PasswordHasher::needsRehash(const QByteArray& encodedHash) const
{
    return crypto_pwhash_str_needs_rehash(encodedHash.constData(), m_opsLimit, m_memLimit) != 0;
}

} // namespace Keyward
