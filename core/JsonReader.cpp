#include "core/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>
#include <unordered_set>
#include <vector>

namespace Keyward {

namespace {

// A recursive-descent recogniser for RFC 8259 with the checks QJsonDocument leaves out. Recursion is bounded by
// JsonReader::MaxDepth. Member names are collected per object (unescaped, as UTF-8) only to find duplicates.
class SyntaxChecker
{
public:
    SyntaxChecker(const char* data, qsizetype size)
        : m_begin(reinterpret_cast<const unsigned char*>(data))
        , m_p(m_begin)
        , m_end(m_begin + size)
    { }

    bool run()
    {
        if (m_end - m_p >= 3 && m_p[0] == 0xEF && m_p[1] == 0xBB && m_p[2] == 0xBF)
            m_p += 3; // a UTF-8 byte order mark may be ignored (RFC 8259 8.1), as QJsonDocument does
        skipSpace();
        if (!value(0))
            return false;
        skipSpace();
        return m_p == m_end || fail("unexpected text after the JSON value");
    }

    const char* problem() const { return m_problem; }
    qsizetype offset() const { return m_p - m_begin; }

private:
    bool fail(const char* problem)
    {
        m_problem = problem;
        return false;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool literal(const char* word, qsizetype length)
    {
        if (m_end - m_p < length || memcmp(m_p, word, static_cast<size_t>(length)) != 0)
            return fail("invalid value");
        m_p += length;
        return true;
    }

    bool value(int depth)
    {
        if (m_p == m_end)
            return fail("unexpected end of the text");
        switch (*m_p) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string(nullptr);
        case 't':
            return literal("true", 4);
        case 'f':
            return literal("false", 5);
        case 'n':
            return literal("null", 4);
        default:
            return number();
        }
    }

    bool digits()
    {
        const unsigned char* start = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p != start;
    }

    bool number()
    {
        const unsigned char* start = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p < m_end && *m_p == '0')
            ++m_p;
        else if (!digits())
            return fail("invalid value");
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (!digits())
                return fail("invalid number");
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return fail("invalid number");
        }
        // Beyond a double's range (1e400): QJsonDocument refuses these too (RFC 8259 6 lets a parser set the range).
        double parsed = 0;
        const auto converted
            = std::from_chars(reinterpret_cast<const char*>(start), reinterpret_cast<const char*>(m_p), parsed);
        if (converted.ec == std::errc::result_out_of_range) {
            m_p = start;
            return fail("number out of range");
        }
        return true;
    }

    bool array(int depth)
    {
        if (depth > JsonReader::MaxDepth)
            return fail("nested too deeply");
        ++m_p; // '['
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        for (;;) {
            skipSpace();
            if (!value(depth))
                return false;
            skipSpace();
            if (m_p == m_end)
                return fail("unterminated array");
            if (*m_p == ']') {
                ++m_p;
                return true;
            }
            if (*m_p != ',')
                return fail("expected , or ] in an array");
            ++m_p;
        }
    }

    bool object(int depth)
    {
        if (depth > JsonReader::MaxDepth)
            return fail("nested too deeply");
        ++m_p; // '{'
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        // Few members: compare with each; many (up to some thousands fit in 64 KiB): a hash set.
        std::vector<std::string> names;
        std::unordered_set<std::string> many;
        for (;;) {
            skipSpace();
            if (m_p == m_end || *m_p != '"')
                return fail("expected a member name in quotes");
            const unsigned char* nameStart = m_p;
            std::string name;
            if (!string(&name))
                return false;
            bool duplicate = false;
            if (many.empty()) {
                duplicate = std::find(names.begin(), names.end(), name) != names.end();
                if (!duplicate && names.size() == 16) {
                    many.insert(std::make_move_iterator(names.begin()), std::make_move_iterator(names.end()));
                    duplicate = !many.insert(std::move(name)).second;
                } else if (!duplicate) {
                    names.push_back(std::move(name));
                }
            } else {
                duplicate = !many.insert(std::move(name)).second;
            }
            if (duplicate) {
                m_p = nameStart;
                return fail("duplicate member name");
            }
            skipSpace();
            if (m_p == m_end || *m_p != ':')
                return fail("expected : after a member name");
            ++m_p;
            skipSpace();
            if (!value(depth))
                return false;
            skipSpace();
            if (m_p == m_end)
                return fail("unterminated object");
            if (*m_p == '}') {
                ++m_p;
                return true;
            }
            if (*m_p != ',')
                return fail("expected , or } in an object");
            ++m_p;
        }
    }

    int hex4()
    {
        if (m_end - m_p < 4)
            return -1;
        int code = 0;
        for (int i = 0; i < 4; ++i) {
            const unsigned char c = m_p[i];
            const int digit = c >= '0' && c <= '9' ? c - '0'
                : c >= 'a' && c <= 'f'             ? c - 'a' + 10
                : c >= 'A' && c <= 'F'             ? c - 'A' + 10
                                                   : -1;
            if (digit < 0)
                return -1;
            code = code * 16 + digit;
        }
        m_p += 4;
        return code;
    }

    static void appendUtf8(std::string* out, quint32 code)
    {
        if (code < 0x80) {
            out->push_back(static_cast<char>(code));
        } else if (code < 0x800) {
            out->push_back(static_cast<char>(0xC0 | (code >> 6)));
            out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
        } else if (code < 0x10000) {
            out->push_back(static_cast<char>(0xE0 | (code >> 12)));
            out->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
            out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
        } else {
            out->push_back(static_cast<char>(0xF0 | (code >> 18)));
            out->push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
            out->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
            out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
        }
    }

    bool escape(std::string* out)
    {
        ++m_p; // '\\'
        if (m_p == m_end)
            return fail("unterminated string");
        const unsigned char c = *m_p;
        const char* simple = strchr("\"\\/bfnrt", c);
        if (c != 0 && simple) {
            ++m_p;
            if (out) {
                static constexpr char Decoded[] = "\"\\/\b\f\n\r\t";
                out->push_back(Decoded[simple - "\"\\/bfnrt"]);
            }
            return true;
        }
        if (c != 'u')
            return fail("invalid escape in a string");
        const unsigned char* start = m_p - 1;
        ++m_p;
        int code = hex4();
        if (code < 0) {
            m_p = start;
            return fail("invalid \\u escape in a string");
        }
        if (code >= 0xDC00 && code <= 0xDFFF) {
            m_p = start;
            return fail("lone surrogate in a \\u escape");
        }
        if (code >= 0xD800 && code <= 0xDBFF) {
            int low = -1;
            if (m_end - m_p >= 2 && m_p[0] == '\\' && m_p[1] == 'u') {
                m_p += 2;
                low = hex4();
            }
            if (low < 0xDC00 || low > 0xDFFF) {
                m_p = start;
                return fail("lone surrogate in a \\u escape");
            }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        }
        if (out)
            appendUtf8(out, static_cast<quint32>(code));
        return true;
    }

    // One UTF-8 sequence of two to four bytes (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF).
    bool utf8Sequence(std::string* out)
    {
        const unsigned char lead = *m_p;
        int continuation = 0;
        unsigned char low = 0x80, high = 0xBF; // the allowed range of the second byte
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuation = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuation = 2;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuation = 3;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return fail("invalid UTF-8");
        }
        if (m_end - m_p <= continuation)
            return fail("invalid UTF-8");
        if (m_p[1] < low || m_p[1] > high)
            return fail("invalid UTF-8");
        for (int i = 2; i <= continuation; ++i) {
            if ((m_p[i] & 0xC0) != 0x80)
                return fail("invalid UTF-8");
        }
        if (out)
            out->append(reinterpret_cast<const char*>(m_p), static_cast<size_t>(continuation + 1));
        m_p += continuation + 1;
        return true;
    }

    bool string(std::string* out)
    {
        ++m_p; // '"'
        for (;;) {
            // The plain run: printable ASCII other than the quote and the backslash.
            const unsigned char* run = m_p;
            while (m_p < m_end && *m_p >= 0x20 && *m_p < 0x80 && *m_p != '"' && *m_p != '\\')
                ++m_p;
            if (out)
                out->append(reinterpret_cast<const char*>(run), static_cast<size_t>(m_p - run));
            if (m_p == m_end)
                return fail("unterminated string");
            const unsigned char c = *m_p;
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c == '\\') {
                if (!escape(out))
                    return false;
            } else if (c < 0x20) {
                return fail("raw control character in a string (escape it)");
            } else if (!utf8Sequence(out)) {
                return false;
            }
        }
    }

    const unsigned char* m_begin;
    const unsigned char* m_p;
    const unsigned char* m_end;
    const char* m_problem = "invalid JSON";
};

} // namespace

bool JsonReader::checkSyntax(const QByteArray& text, QString* problem, qsizetype* offset)
{
    SyntaxChecker checker(text.constData(), text.size());
    if (checker.run())
        return true;
    if (problem)
        *problem = QString::fromLatin1(checker.problem());
    if (offset)
        *offset = checker.offset();
    return false;
}

JsonReader::JsonReader(const QByteArray& body, std::initializer_list<const char*> allowedFields)
{
    QString problem;
    qsizetype offset = 0;
    if (!checkSyntax(body, &problem, &offset)) {
        m_error = ApiError::malformed(
            QStringLiteral("The body is not valid JSON: %1 at offset %2").arg(problem).arg(offset),
            QJsonObject {{QStringLiteral("offset"), offset}});
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_error = ApiError::malformed(QStringLiteral("The body is not valid JSON: %1 at offset %2")
                                          .arg(parseError.errorString())
                                          .arg(parseError.offset));
        return;
    }
    if (!document.isObject()) {
        m_error = ApiError::malformed(QStringLiteral("The body must be a JSON object"));
        return;
    }
    m_object = document.object();
    QSet<QString> allowed;
    for (const char* field : allowedFields)
        allowed.insert(QLatin1String(field));
    QStringList unknown;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            unknown.append(it.key());
    }
    if (!unknown.isEmpty()) {
        m_error = ApiError::malformed(
            QStringLiteral("Unknown field(s): %1").arg(unknown.join(QStringLiteral(", "))),
            QJsonObject {{QStringLiteral("unknown_fields"), QJsonArray::fromStringList(unknown)}});
    }
}

bool JsonReader::has(const char* field) const
{
    return m_object.contains(QLatin1String(field));
}

bool JsonReader::isNull(const char* field) const
{
    return m_object.value(QLatin1String(field)).isNull();
}

bool JsonReader::fail(const QString& field, const QString& message)
{
    if (m_error.isNull())
        m_error = ApiError::malformed(message, QJsonObject {{QStringLiteral("field"), field}});
    return false;
}

QString JsonReader::requiredString(const char* field, int maxLength)
{
    const QString name = QLatin1String(field);
    if (!m_object.contains(name) || m_object.value(name).isNull()) {
        fail(name, QStringLiteral("The field \"%1\" is required").arg(name));
        return {};
    }
    return optionalString(field, {}, maxLength);
}

QString JsonReader::optionalString(const char* field, const QString& fallback, int maxLength)
{
    const QString name = QLatin1String(field);
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isString()) {
        fail(name, QStringLiteral("The field \"%1\" must be a string").arg(name));
        return fallback;
    }
    const QString text = value.toString();
    if (text.size() > maxLength) {
        fail(name, QStringLiteral("The field \"%1\" is longer than %2 characters").arg(name).arg(maxLength));
        return fallback;
    }
    return text;
}

std::optional<qint64> JsonReader::optionalInteger(const char* field)
{
    const QString name = QLatin1String(field);
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number || std::fabs(number) > 9007199254740991.0) {
        fail(name, QStringLiteral("The field \"%1\" must be an integer").arg(name));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<bool> JsonReader::optionalBool(const char* field)
{
    const QString name = QLatin1String(field);
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool()) {
        fail(name, QStringLiteral("The field \"%1\" must be true or false").arg(name));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QList<qint64>> JsonReader::optionalIntegerList(const char* field)
{
    const QString name = QLatin1String(field);
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QString message = QStringLiteral("The field \"%1\" must be an array of integers").arg(name);
    if (!value.isArray()) {
        fail(name, message);
        return std::nullopt;
    }
    QList<qint64> result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        const double number = item.toDouble();
        if (!item.isDouble() || std::floor(number) != number || std::fabs(number) > 9007199254740991.0) {
            fail(name, message);
            return std::nullopt;
        }
        result.append(static_cast<qint64>(number));
    }
    return result;
}

std::optional<QStringList> JsonReader::optionalStringList(const char* field)
{
    const QString name = QLatin1String(field);
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isArray()) {
        fail(name, QStringLiteral("The field \"%1\" must be an array of strings").arg(name));
        return std::nullopt;
    }
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        if (!item.isString()) {
            fail(name, QStringLiteral("The field \"%1\" must be an array of strings").arg(name));
            return std::nullopt;
        }
        result.append(item.toString());
    }
    return result;
}

} // namespace Keyward
