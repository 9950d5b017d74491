// The key listing's cursor (server/storage/ListingCursor): ?cursor= is client text.

#include "fuzz/FuzzCheck.h"
#include "server/storage/ListingCursor.h"

#include <cstdint>

namespace ListingCursor = Keyward::ListingCursor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // The value arrives decoded from the query (QUrlQuery, FullyDecoded): any text.
    const QString cursor = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString value;
    QString id;
    if (!ListingCursor::decode(cursor, &value, &id))
        return 0;
    FUZZ_CHECK(!id.isEmpty());
    FUZZ_CHECK(!id.contains(QLatin1Char('\n')));
    // What decodes, re-encodes to a cursor that decodes to the same.
    QString again;
    QString againId;
    FUZZ_CHECK(ListingCursor::decode(ListingCursor::encode(value, id), &again, &againId));
    FUZZ_CHECK(again == value);
    FUZZ_CHECK(againId == id);
    return 0;
}
