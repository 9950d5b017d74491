// The TOTP code parser (server/service/Totp::matchingStep): the "otp"/"code" a client sends. The first 4 bytes pick
// the time (within ±68 years of 2033), the rest is the code. Also base32 decoding of the same bytes.

#include "fuzz/FuzzCheck.h"
#include "server/service/Totp.h"

#include <cstdint>
#include <cstring>

namespace Totp = Keyward::Totp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QByteArray secret = QByteArrayLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    qint32 shift = 0;
    if (size >= 4)
        memcpy(&shift, data, 4);
    const qint64 now = 2000000000LL + shift;
    const char* text = reinterpret_cast<const char*>(data) + (size >= 4 ? 4 : 0);
    const qsizetype length = static_cast<qsizetype>(size >= 4 ? size - 4 : size);
    const QString code = QString::fromUtf8(text, length);

    const qint64 step = Totp::matchingStep(secret, code, now);
    if (step != -1) {
        // Only the current step or one either side matches, and only with exactly its six digits.
        FUZZ_CHECK(step >= now / 30 - 1 && step <= now / 30 + 1);
        FUZZ_CHECK(Totp::codeAt(secret, step * 30) == code.trimmed());
    }

    const QByteArray raw = QByteArray::fromRawData(text, length);
    const QByteArray decoded = Totp::base32Decode(raw);
    FUZZ_CHECK(decoded.size() <= raw.size());
    FUZZ_CHECK(Totp::base32Decode(Totp::base32Encode(decoded)) == decoded);
    return 0;
}
