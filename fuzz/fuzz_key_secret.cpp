// KeySecret::isWellFormed (core/KeySecret): the check every presented key passes before any lookup.

#include "core/KeySecret.h"
#include "fuzz/FuzzCheck.h"

#include <cstdint>

namespace KeySecret = Keyward::KeySecret;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray secret
        = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    KeySecret::Kind kind = KeySecret::Kind::ApiKey;
    if (!KeySecret::isWellFormed(secret, &kind))
        return 0;
    // Well formed: the prefix is the kind's, and the checksum is the CRC of what precedes it.
    FUZZ_CHECK(secret.startsWith(KeySecret::prefixFor(kind)));
    const qsizetype body = secret.size() - KeySecret::ChecksumLength;
    FUZZ_CHECK(KeySecret::base62(KeySecret::crc32(secret.left(body)), KeySecret::ChecksumLength) == secret.mid(body));
    FUZZ_CHECK(KeySecret::hash(secret).size() == 64);
    FUZZ_CHECK(KeySecret::displayPrefix(secret).size() == 11);
    return 0;
}
