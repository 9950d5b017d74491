#pragma once

#include "core/ApiError.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace Keyward {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Raw HTTP/1.1 responses. keywardd writes its responses itself (rather than through QHttpServerResponder) so that
// the connection guard, synchronous and asynchronous routes all produce the same bytes.
namespace HttpWire {
QByteArray reasonPhrase(int status);
// IMF-fixdate (RFC 9110 5.6.7), e.g. "Sun, 06 Nov 1994 08:49:37 GMT"; every answer carries one as its Date.
QByteArray httpDate(qint64 unixSeconds);
QByteArray response(int status, const HeaderList& headers, const QByteArray& body, bool closeConnection = false);
QByteArray errorResponse(const ApiError& error, bool closeConnection = false);
} // namespace HttpWire

} // namespace Keyward
