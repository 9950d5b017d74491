#pragma once

#include <QByteArray>
#include <QList>

namespace Keyward {

// The Standard Webhooks signature (standardwebhooks.com): "v1," + base64(HMAC-SHA256(secret, id "." timestamp "."
// body)), where the secret is the raw bytes behind "whsec_…". During a secret rotation the header carries one
// signature per live secret, separated by spaces, so a receiver holding either verifies.
namespace WebhookSignature {
QByteArray sign(const QByteArray& secret, const QByteArray& messageId, qint64 timestampSeconds, const QByteArray& body);
// The webhook-signature header's value for these secrets (the current one first).
QByteArray header(const QList<QByteArray>& secrets, const QByteArray& messageId, qint64 timestampSeconds,
                  const QByteArray& body);
} // namespace WebhookSignature

} // namespace Keyward
