#pragma once

#include "core/ApiError.h"
#include "server/service/KeyIndex.h"
#include "server/service/KeyService.h"

#include <QByteArray>
#include <QJsonValue>

namespace Keyward {

// The one place on the server that writes the response envelope of DESIGN.md: {"success", "errors", "response"}
// or {"success", "errors", "error"}. success() and failure() go through QJsonDocument (members sorted by name); the
// two answers that carry the load are written straight into the buffer, with no JSON objects: a page of up to 1000
// keys (the same text success() would write for it) and the verify answer for a live unlimited key.
namespace EnvelopeWriter {
QByteArray success(const QJsonValue& response);
QByteArray failure(const ApiError& error);
// GET /v1/api-keys: {"errors":[],"response":{"keys":[…],"next_cursor":…},"success":true}
QByteArray keyListing(const KeyListing& listing);
// POST /v1/keys/verify's hot path, "success" first (the bytes clients and bench/verify have always seen):
// {"success":true,"errors":[],"response":{"valid":true,"code":"VALID",…,"ratelimit":null}}
QByteArray validKey(const KeyIndex::Entry& key);
} // namespace EnvelopeWriter

} // namespace Keyward
