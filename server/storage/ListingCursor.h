#pragma once

#include <QString>
#include <QVariant>

namespace Keyward {

// Keyset cursor of the key listing: the sort value of the last row and its id, so the next page starts right after
// it. The text is base64url of "value\nid"; clients treat it as opaque. Its own file so a fuzz target can reach it.
namespace ListingCursor {
QString encode(const QVariant& value, const QString& id);
// False for anything encode() did not produce (bad base64, no separator, empty id).
bool decode(const QString& cursor, QString* value, QString* id);
} // namespace ListingCursor

} // namespace Keyward
