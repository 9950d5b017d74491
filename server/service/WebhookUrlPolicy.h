#pragma once

#include "core/ApiError.h"

#include <QString>

class QHostAddress;

namespace Keyward {

// Where a webhook may point: an absolute https URL with a host and no user name or password, at most MaxLength
// characters, whose host is neither an IP literal in a private, loopback, link-local, unspecified, shared (CGNAT),
// multicast or reserved range nor a name that is local by definition (localhost, *.localhost, *.local, *.internal).
// This is the check when the URL is given; a public name that resolves inward is caught at connect time, after DNS,
// by the delivery (that check belongs to the sender, not here). allowPrivate (--webhook-allow-private, for tests
// and local development) also allows http and every address.
namespace WebhookUrlPolicy {
constexpr int MaxLength = 2048;
// Null when the URL is acceptable; otherwise a 400 VALIDATION_FAILED on "url" that says why.
ApiError check(const QString& url, bool allowPrivate);
// Null when the address is public; otherwise what it is ("is a loopback address"). The sender asks this of every
// address a name resolves to, just before it connects.
const char* inwardRange(const QHostAddress& address);
} // namespace WebhookUrlPolicy

} // namespace Keyward
