#include "core/KeySecret.h"

#include <array>
#include <cstring>
#include <sodium.h>

namespace Keyward::KeySecret {

namespace {
constexpr char Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr int PrefixLength = 7; // "kw_xxx_"

bool isBase62(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table {};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}
} // namespace

QByteArray prefixFor(Kind kind)
{
    switch (kind) {
    case Kind::AuthenticationKey:
        return QByteArrayLiteral("kw_pat_");
    case Kind::ApiKey:
        return QByteArrayLiteral("kw_key_");
    case Kind::Session:
        return QByteArrayLiteral("kw_ses_");
    case Kind::Refresh:
        return QByteArrayLiteral("kw_ref_");
    }
    return {};
}

quint32 crc32(const QByteArray& data)
{
    static const std::array<quint32, 256> table = makeCrcTable();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ static_cast<quint8>(byte)) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

QByteArray base62(quint64 value, int width)
{
    QByteArray out(width, '0');
    for (int i = width - 1; i >= 0; --i) {
        out[i] = Alphabet[value % 62];
        value /= 62;
    }
    return out;
}

QByteArray generate(Kind kind)
{
    QByteArray secret = prefixFor(kind);
    secret.reserve(PrefixLength + RandomLength + ChecksumLength);
    for (int i = 0; i < RandomLength; ++i)
        secret.append(Alphabet[randombytes_uniform(62)]); // unbiased, from libsodium's CSPRNG
    secret.append(base62(crc32(secret), ChecksumLength));
    return secret;
}

bool isWellFormed(const QByteArray& secret, Kind* kind)
{
    // On the verify hot path: no allocation.
    if (secret.size() != PrefixLength + RandomLength + ChecksumLength)
        return false;
    const char* data = secret.constData();
    const Kind kinds[] = {Kind::AuthenticationKey, Kind::ApiKey, Kind::Session, Kind::Refresh};
    const char* const prefixes[] = {"kw_pat_", "kw_key_", "kw_ses_", "kw_ref_"};
    bool known = false;
    for (int i = 0; i < 4 && !known; ++i) {
        if (memcmp(data, prefixes[i], PrefixLength) == 0) {
            known = true;
            if (kind)
                *kind = kinds[i];
        }
    }
    if (!known)
        return false;
    for (int i = PrefixLength; i < secret.size(); ++i) {
        if (!isBase62(data[i]))
            return false;
    }
    quint32 crc = crc32(QByteArray::fromRawData(data, PrefixLength + RandomLength));
    char expected[ChecksumLength];
    for (int i = ChecksumLength - 1; i >= 0; --i) {
        expected[i] = Alphabet[crc % 62];
        crc /= 62;
    }
    return memcmp(expected, data + PrefixLength + RandomLength, ChecksumLength) == 0;
}

QByteArray hash(const QByteArray& secret)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(secret.constData()),
                       static_cast<unsigned long long>(secret.size()));
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return QByteArray(hex, crypto_hash_sha256_BYTES * 2);
}

QString displayPrefix(const QByteArray& secret)
{
    return QString::fromLatin1(secret.left(PrefixLength + DisplayRandomChars));
}

bool equal(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

} // namespace Keyward::KeySecret
