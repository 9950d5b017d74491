#pragma once

#include "core/ApiError.h"

#include <QJsonObject>
#include <QStringList>
#include <initializer_list>
#include <optional>

namespace Keyward {

// Strict reader for request bodies: the body must be a JSON object, unknown fields are named in the error,
// and every accessor checks the type. The first problem found is kept; check ok() before using the values.
// Before QJsonDocument sees the body, checkSyntax() holds it to RFC 8259 (QJsonDocument alone takes raw control
// characters in strings, duplicate member names with the last one winning, and invalid UTF-8).
class JsonReader
{
public:
    JsonReader(const QByteArray& body, std::initializer_list<const char*> allowedFields);

    // One pass over the text: true if it is a single JSON value (RFC 8259) of valid UTF-8, with no raw control
    // character in a string, no lone surrogate in a \u escape, no object naming a member twice (compared after
    // unescaping), and nested at most MaxDepth deep. Otherwise says what and where (byte offset).
    static constexpr int MaxDepth = 64;
    static bool checkSyntax(const QByteArray& text, QString* problem = nullptr, qsizetype* offset = nullptr);

    bool ok() const { return m_error.isNull(); }
    const ApiError& error() const { return m_error; }
    bool has(const char* field) const;
    bool isNull(const char* field) const;

    QString requiredString(const char* field, int maxLength = 1024);
    QString optionalString(const char* field, const QString& fallback = {}, int maxLength = 1024);
    std::optional<qint64> optionalInteger(const char* field);
    std::optional<bool> optionalBool(const char* field);
    std::optional<QStringList> optionalStringList(const char* field);
    std::optional<QList<qint64>> optionalIntegerList(const char* field);

private:
    bool fail(const QString& field, const QString& message);

    QJsonObject m_object;
    ApiError m_error;
};

} // namespace Keyward
