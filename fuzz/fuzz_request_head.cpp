// The connection guard's reading of a request head (server/http/RequestHead): any bytes, framed as the guard frames
// them (up to the first blank line), and as a head still arriving.

#include "fuzz/FuzzCheck.h"
#include "server/http/RequestHead.h"

#include <cstdint>
#include <cstring>

using Keyward::RequestHead;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const char* text = reinterpret_cast<const char*>(data);
    const qint64 length = static_cast<qint64>(size);
    constexpr qint64 MaxBody = 64 * 1024;

    // Whatever the bytes, parse() gives a verdict and stays inside them.
    const RequestHead whole = RequestHead::parse(text, length, MaxBody);
    FUZZ_CHECK(whole.contentLength >= 0);

    // As the guard does: the head ends at the first "\r\n\r\n".
    const void* end = memmem(text, size, "\r\n\r\n", 4);
    if (!end)
        return 0;
    const qint64 headLength = static_cast<const char*>(end) - text + 4;
    const RequestHead head = RequestHead::parse(text, headLength, MaxBody);
    FUZZ_CHECK(head.contentLength >= 0);
    if (head.verdict == RequestHead::Verdict::Accept) {
        FUZZ_CHECK(head.contentLength <= MaxBody);
        // A head the guard accepts never looked like garbage while it was arriving.
        const qint64 step = headLength > 2048 ? headLength / 512 : 1;
        for (qint64 prefix = 0; prefix < headLength; prefix += step)
            FUZZ_CHECK(RequestHead::plausibleStart(text, prefix));
    }
    if (head.verdict == RequestHead::Verdict::TooLarge)
        FUZZ_CHECK(head.contentLength > MaxBody);
    return 0;
}
