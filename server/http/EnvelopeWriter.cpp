#include "server/http/EnvelopeWriter.h"

#include "server/service/JsonWriter.h"
#include "server/service/Views.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Keyward::EnvelopeWriter {

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

QByteArray keyListing(const KeyListing& listing)
{
    QByteArray out;
    out.reserve(64 + listing.keys.size() * 512);
    out += R"({"errors":[],"response":{"keys":[)";
    for (qsizetype i = 0; i < listing.keys.size(); ++i) {
        if (i > 0)
            out += ',';
        Views::appendKey(out, listing.keys.at(i), listing.now);
    }
    out += R"(],"next_cursor":)";
    JsonWriter json(out);
    if (listing.nextCursor.isEmpty())
        json.null();
    else
        json.string(listing.nextCursor);
    out += R"(},"success":true})";
    return out;
}

QByteArray validKey(const KeyIndex::Entry& key)
{
    QByteArray out;
    out.reserve(384);
    out += R"({"success":true,"errors":[],"response":{"valid":true,"code":"VALID",)";
    Views::appendVerifyFragment(out, key.record(), key.tenantName);
    out += R"(,"ratelimit":null}})";
    return out;
}

} // namespace Keyward::EnvelopeWriter
