// JsonReader (core/JsonReader): the strict syntax check against QJsonDocument, and the typed accessors.

#include "core/JsonReader.h"
#include "fuzz/FuzzCheck.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cstdint>

using Keyward::JsonReader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    QString problem;
    qsizetype offset = -1;
    const bool strict = JsonReader::checkSyntax(body, &problem, &offset);
    if (!strict) {
        FUZZ_CHECK(!problem.isEmpty());
        FUZZ_CHECK(offset >= 0 && offset <= body.size());
    } else {
        // The strict check only ever refuses more than QJsonDocument: what it passes, Qt parses (Qt takes only an
        // object or an array at the top, which is all JsonReader wants anyway).
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        const QByteArray top
            = body.trimmed().startsWith("\xef\xbb\xbf") ? body.trimmed().mid(3).trimmed() : body.trimmed();
        if (top.startsWith('{') || top.startsWith('['))
            FUZZ_CHECK(error.error == QJsonParseError::NoError);
        // What Qt writes back out is strict JSON too (no duplicates, no raw controls, valid UTF-8).
        if (document.isObject() || document.isArray())
            FUZZ_CHECK(JsonReader::checkSyntax(document.toJson(QJsonDocument::Compact)));
    }

    JsonReader reader(body, {"name", "key", "password", "scopes", "expires_in_days", "disabled", "description"});
    FUZZ_CHECK(reader.ok() == reader.error().isNull());
    if (!strict)
        FUZZ_CHECK(!reader.ok());
    if (reader.ok()) {
        const QString name = reader.optionalString("name", {}, 200);
        FUZZ_CHECK(name.size() <= 200);
        reader.requiredString("key", 256);
        reader.optionalInteger("expires_in_days");
        reader.optionalBool("disabled");
        reader.optionalStringList("scopes");
        reader.isNull("description");
        reader.has("password");
        FUZZ_CHECK(reader.ok() == reader.error().isNull());
    }
    return 0;
}
