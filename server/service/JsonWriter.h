#pragma once

#include <QByteArray>
#include <QString>

namespace Keyward {

// Appends JSON text straight into a buffer, for the responses that carry thousands of objects (key listings):
// building them as QJsonObject and serialising costs several times more. The text is exactly what
// QJsonDocument::toJson(Compact) writes for the same values, which a test checks.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray& out)
        : m_out(out)
    { }

    void raw(const char* text) { m_out += text; }
    void string(const QString& text);
    void number(qint64 value) { m_out += QByteArray::number(value); }
    void null() { m_out += "null"; }
    // "name": — with the comma before it unless it is the object's first member.
    void key(const char* name, bool first = false);

private:
    QByteArray& m_out;
};

} // namespace Keyward
