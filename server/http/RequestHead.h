#pragma once

#include <QtGlobal>

namespace Keyward {

// The connection guard's reading of a request head (RFC 9112), in place and without allocating: the request line,
// every header line, and the body's framing. Qt HttpServer 6.4 is more lenient and answers nothing at all to what
// it cannot parse; the guard answers these itself.
struct RequestHead
{
    enum class Verdict {
        Accept, // well formed; contentLength bytes of body follow
        Malformed, // 400
        Chunked, // 411: Transfer-Encoding (only Content-Length framing is accepted)
        TooLarge, // 413: the Content-Length is over the limit
        BadVersion, // 505: not HTTP/1.x
    };
    Verdict verdict = Verdict::Accept;
    const char* problem = ""; // for Malformed: what is wrong (static text)
    qint64 contentLength = 0;

    // head: the whole head, from the request line through the blank line that ends it ("\r\n\r\n").
    static RequestHead parse(const char* head, qint64 length, qint64 maxBodyBytes);

    // For a head still arriving: false (and the problem) once these first bytes cannot start a valid request line,
    // so that garbage gets its 400 at once rather than after the head timeout.
    static bool plausibleStart(const char* data, qint64 length, const char** problem = nullptr);
};

} // namespace Keyward
