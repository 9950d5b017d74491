#include "core/Envelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Keyward::Envelope {

QByteArray success(const QJsonValue& response)
{
    const QJsonObject envelope {{QStringLiteral("success"), true},
                                {QStringLiteral("errors"), QJsonArray()},
                                {QStringLiteral("response"), response}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

QByteArray failure(const ApiError& error)
{
    const QJsonObject envelope {{QStringLiteral("success"), false},
                                {QStringLiteral("errors"), QJsonArray {error.message}},
                                {QStringLiteral("error"), error.toJson()}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

} // namespace Keyward::Envelope
