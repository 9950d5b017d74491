#include "tests/support/TotpCode.h"

#include <QMessageAuthenticationCode>
#include <QStringList>

namespace Keyward::Test {

QByteArray base32Decode(const QByteArray& text)
{
    static const QByteArray alphabet = QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : text.toUpper()) {
        const qsizetype value = alphabet.indexOf(c);
        if (value < 0)
            continue; // padding
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            out.append(static_cast<char>((buffer >> (bits - 8)) & 0xFF));
            bits -= 8;
        }
    }
    return out;
}

QString totpCode(const QByteArray& rawKey, qint64 unixSeconds)
{
    const quint64 counter = static_cast<quint64>(unixSeconds / 30);
    QByteArray message(8, '\0');
    for (int i = 0; i < 8; ++i)
        message[7 - i] = static_cast<char>((counter >> (8 * i)) & 0xFF);
    const QByteArray mac = QMessageAuthenticationCode::hash(message, rawKey, QCryptographicHash::Sha1);
    const int offset = static_cast<quint8>(mac.at(mac.size() - 1)) & 0x0F;
    const quint32 binary = (static_cast<quint32>(static_cast<quint8>(mac.at(offset)) & 0x7F) << 24)
        | (static_cast<quint32>(static_cast<quint8>(mac.at(offset + 1))) << 16)
        | (static_cast<quint32>(static_cast<quint8>(mac.at(offset + 2))) << 8)
        | static_cast<quint32>(static_cast<quint8>(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

QString wrongTotpCode(const QByteArray& rawKey, qint64 unixSeconds)
{
    QStringList near;
    for (int step = -2; step <= 2; ++step)
        near.append(totpCode(rawKey, unixSeconds + step * 30));
    for (int candidate = 0;; ++candidate) {
        const QString code = QStringLiteral("%1").arg(candidate, 6, 10, QLatin1Char('0'));
        if (!near.contains(code))
            return code;
    }
}

} // namespace Keyward::Test
