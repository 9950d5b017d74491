#include "server/service/WebhookSignature.h"

#include <sodium.h>

namespace Keyward::WebhookSignature {

QByteArray sign(const QByteArray& secret, const QByteArray& messageId, qint64 timestampSeconds, const QByteArray& body)
{
    const QByteArray prefix = messageId + '.' + QByteArray::number(timestampSeconds) + '.';
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(secret.constData()),
                                static_cast<size_t>(secret.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(prefix.constData()),
                                  static_cast<unsigned long long>(prefix.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(body.constData()),
                                  static_cast<unsigned long long>(body.size()));
    QByteArray mac(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char*>(mac.data()));
    sodium_memzero(&state, sizeof state);
    return QByteArrayLiteral("v1,") + mac.toBase64();
}

QByteArray header(const QList<QByteArray>& secrets, const QByteArray& messageId, qint64 timestampSeconds,
                  const QByteArray& body)
{
    QByteArrayList signatures;
    for (const QByteArray& secret : secrets)
        signatures.append(sign(secret, messageId, timestampSeconds, body));
    return signatures.join(' ');
}

} // namespace Keyward::WebhookSignature
