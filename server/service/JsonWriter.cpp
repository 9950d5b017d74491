#include "server/service/JsonWriter.h"

namespace Keyward {

void JsonWriter::key(const char* name, bool first)
{
    if (!first)
        m_out += ',';
    m_out += '"';
    m_out += name;
    m_out += "\":";
}

void JsonWriter::string(const QString& text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    m_out.reserve(m_out.size() + utf8.size() + 2);
    m_out += '"';
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (byte < 0x20) {
                m_out += "\\u00";
                m_out += Hex[byte >> 4];
                m_out += Hex[byte & 0xF];
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
}

} // namespace Keyward
