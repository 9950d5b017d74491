#include "server/storage/ListingCursor.h"

#include <QByteArray>

namespace Keyward::ListingCursor {

QString encode(const QVariant& value, const QString& id)
{
    const QByteArray raw = value.toString().toUtf8() + '\n' + id.toUtf8();
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decode(const QString& cursor, QString* value, QString* id)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const int split = decoded.decoded.lastIndexOf('\n');
    if (split < 0)
        return false;
    *value = QString::fromUtf8(decoded.decoded.left(split));
    *id = QString::fromUtf8(decoded.decoded.mid(split + 1));
    return !id->isEmpty();
}

} // namespace Keyward::ListingCursor
