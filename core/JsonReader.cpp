#include "core/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <cmath>

namespace Keyward {

JsonReader::JsonReader(const QByteArray& body, std::initializer_list<const char*> allowedFields)
{
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
