#include "server/http/RequestHead.h"

#include <QByteArrayView>

namespace Keyward {

namespace {

// tchar (RFC 9110 5.6.2): the characters of a method and of a field name.
bool isTokenChar(unsigned char c)
{
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

// The request-target (RFC 9112 3.2) in any of its forms uses visible ASCII only.
bool isTargetChar(unsigned char c)
{
    return c > 0x20 && c < 0x7F;
}

// A field value: visible characters, spaces and tabs, and obs-text (RFC 9110 5.5); never NUL, CR, LF or DEL.
bool isValueChar(unsigned char c)
{
    return c == '\t' || (c >= 0x20 && c != 0x7F);
}

bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

bool nameIs(const unsigned char* name, qint64 length, const char* expected)
{
    return QByteArrayView(reinterpret_cast<const char*>(name), length)
               .compare(QByteArrayView(expected), Qt::CaseInsensitive)
        == 0;
}

// Runs over the request line (without its CRLF). Returns nullptr when it is valid so far (complete: entirely).
// *major receives the HTTP major version when the line is complete.
const char* requestLineProblem(const unsigned char* p, qint64 length, bool complete, int* major)
{
    const unsigned char* end = p + length;
    const unsigned char* start = p;
    while (p < end && isTokenChar(*p))
        ++p;
    if (p == end)
        return complete ? "the request line has no target" : nullptr;
    if (p == start || *p != ' ')
        return "the request line does not start with a method";
    start = ++p;
    while (p < end && isTargetChar(*p))
        ++p;
    if (p == end)
        return complete ? "the request line has no HTTP version" : nullptr;
    if (p == start || *p != ' ')
        return "the request target is not valid";
    ++p;
    static constexpr char Version[] = "HTTP/D.D";
    qint64 i = 0;
    for (; i < 8 && p + i < end; ++i) {
        const unsigned char c = p[i];
        if (Version[i] == 'D' ? !isDigit(c) : c != static_cast<unsigned char>(Version[i]))
            return "the request line does not end with an HTTP version";
    }
    if (p + i < end)
        return "the request line does not end with an HTTP version";
    if (!complete)
        return nullptr;
    if (i < 8)
        return "the request line does not end with an HTTP version";
    *major = p[5] - '0';
    return nullptr;
}

} // namespace

bool RequestHead::plausibleStart(const char* data, qint64 length, const char** problem)
{
    const unsigned char* p = reinterpret_cast<const unsigned char*>(data);
    const unsigned char* end = p + length;
    // Empty lines before the request line are ignored (RFC 9112 2.2).
    while (end - p >= 2 && p[0] == '\r' && p[1] == '\n')
        p += 2;
    if (p < end && *p == '\r' && end - p == 1)
        return true;
    const unsigned char* lineEnd = p;
    while (lineEnd < end && *lineEnd != '\r' && *lineEnd != '\n')
        ++lineEnd;
    const char* found = nullptr;
    int major = 0;
    if (lineEnd < end && *lineEnd == '\n')
        found = "a line ends without CR";
    else if (lineEnd < end && lineEnd + 1 < end && lineEnd[1] != '\n')
        found = "a CR without LF";
    else
        found = requestLineProblem(p, lineEnd - p, lineEnd < end, &major);
    if (found && problem)
        *problem = found;
    return !found;
}

RequestHead RequestHead::parse(const char* head, qint64 length, qint64 maxBodyBytes)
{
    RequestHead result;
    const auto malformed = [&result](const char* problem) {
        result.verdict = Verdict::Malformed;
        result.problem = problem;
        return result;
    };
    const unsigned char* p = reinterpret_cast<const unsigned char*>(head);
    const unsigned char* end = p + length;
    while (end - p >= 2 && p[0] == '\r' && p[1] == '\n')
        p += 2;

    bool seenLength = false;
    bool requestLine = true;
    while (p < end) {
        // One line; it must end with CRLF, and hold no other CR or LF.
        const unsigned char* lineEnd = p;
        while (lineEnd < end && *lineEnd != '\r' && *lineEnd != '\n')
            ++lineEnd;
        if (lineEnd == end)
            return malformed("the head does not end with an empty line");
        if (*lineEnd == '\n')
            return malformed("a line ends without CR");
        if (lineEnd + 1 == end || lineEnd[1] != '\n')
            return malformed("a CR without LF");
        const qint64 lineLength = lineEnd - p;
        const unsigned char* next = lineEnd + 2;

        if (requestLine) {
            int major = 0;
            if (const char* problem = requestLineProblem(p, lineLength, true, &major))
                return malformed(problem);
            if (major != 1) {
                result.verdict = Verdict::BadVersion;
                result.problem = "only HTTP/1.x is spoken here";
                return result;
            }
            requestLine = false;
            p = next;
            continue;
        }
        if (lineLength == 0) // the blank line: the end of the head
            break;
        if (*p == ' ' || *p == '\t')
            return malformed("a header line is folded (obs-fold)");
        const unsigned char* name = p;
        while (p < lineEnd && isTokenChar(*p))
            ++p;
        if (p < lineEnd && (*p == ' ' || *p == '\t'))
            return malformed("whitespace between a header name and its colon");
        if (p == name || p == lineEnd || *p != ':')
            return malformed("a header line is not name: value");
        const qint64 nameLength = p - name;
        ++p;
        for (const unsigned char* v = p; v < lineEnd; ++v) {
            if (!isValueChar(*v))
                return malformed("a header value holds a control character");
        }
        if (nameIs(name, nameLength, "content-length")) {
            while (p < lineEnd && (*p == ' ' || *p == '\t'))
                ++p;
            if (p == lineEnd || !isDigit(*p))
                return malformed("the Content-Length header is not a number");
            qint64 value = 0;
            while (p < lineEnd && isDigit(*p)) {
                if (value <= maxBodyBytes) // saturates just over the limit; a longer number is still too large
                    value = value * 10 + (*p - '0');
                ++p;
            }
            while (p < lineEnd && (*p == ' ' || *p == '\t'))
                ++p;
            if (p != lineEnd)
                return malformed("the Content-Length header is not a number");
            // Two different lengths would let the guard and Qt's parser frame the stream differently (RFC 9112 6.3).
            if (seenLength && value != result.contentLength)
                return malformed("conflicting Content-Length headers");
            result.contentLength = value;
            seenLength = true;
        } else if (nameIs(name, nameLength, "transfer-encoding")) {
            result.verdict = Verdict::Chunked;
            return result;
        }
        p = next;
    }
    if (requestLine)
        return malformed("the request line is missing");
    if (result.contentLength > maxBodyBytes)
        result.verdict = Verdict::TooLarge;
    return result;
}

} // namespace Keyward
