#include "server/service/Totp.h"

#include "core/KeySecret.h"

#include <QMessageAuthenticationCode>
#include <QUrl>
#include <sodium.h>

namespace Keyward::Totp {

namespace {
constexpr char Base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr qint64 StepSeconds = 30;
} // namespace

QByteArray base32Encode(const QByteArray& data)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : data) {
        buffer = (buffer << 8) | static_cast<quint8>(c);
        bits += 8;
        while (bits >= 5) {
            out.append(Base32Alphabet[(buffer >> (bits - 5)) & 0x1F]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(Base32Alphabet[(buffer << (5 - bits)) & 0x1F]);
    return out;
}

QByteArray base32Decode(const QByteArray& text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : text) {
        const char* pos = strchr(Base32Alphabet, c >= 'a' && c <= 'z' ? c - 32 : c);
        if (c == '=' || !pos || !*pos)
            continue;
        buffer = (buffer << 5) | static_cast<quint32>(pos - Base32Alphabet);
        bits += 5;
        if (bits >= 8) {
            out.append(static_cast<char>((buffer >> (bits - 8)) & 0xFF));
            bits -= 8;
        }
    }
    return out;
}

QByteArray newSecret()
{
    QByteArray raw(20, Qt::Uninitialized);
    randombytes_buf(raw.data(), static_cast<size_t>(raw.size()));
    const QByteArray encoded = base32Encode(raw);
    sodium_memzero(raw.data(), static_cast<size_t>(raw.size()));
    return encoded;
}

QString provisioningUri(const QByteArray& base32Secret, const QString& account, const QString& issuer)
{
    const QString label = QString::fromLatin1(QUrl::toPercentEncoding(issuer + QLatin1Char(':') + account, "@"));
    return QStringLiteral("otpauth://totp/%1?secret=%2&issuer=%3&algorithm=SHA1&digits=6&period=30")
        .arg(label, QString::fromLatin1(base32Secret), QString::fromLatin1(QUrl::toPercentEncoding(issuer)));
}

QString codeAt(const QByteArray& base32Secret, qint64 unixSeconds)
{
    const quint64 counter = static_cast<quint64>(unixSeconds / StepSeconds);
    QByteArray message(8, '\0');
    for (int i = 7; i >= 0; --i)
        message[i] = static_cast<char>((counter >> (8 * (7 - i))) & 0xFF);
    const QByteArray mac
        = QMessageAuthenticationCode::hash(message, base32Decode(base32Secret), QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0F;
    const quint32 binary = (static_cast<quint32>(mac.at(offset) & 0x7F) << 24)
        | (static_cast<quint32>(static_cast<quint8>(mac.at(offset + 1))) << 16)
        | (static_cast<quint32>(static_cast<quint8>(mac.at(offset + 2))) << 8)
        | static_cast<quint32>(static_cast<quint8>(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

qint64 matchingStep(const QByteArray& base32Secret, const QString& code, qint64 unixSeconds)
{
    const QByteArray given = code.trimmed().toLatin1();
    qint64 match = -1;
    for (int drift = -1; drift <= 1; ++drift) {
        const qint64 at = unixSeconds + drift * StepSeconds;
        // Compare every candidate in constant time; never stop early on a match.
        if (KeySecret::equal(codeAt(base32Secret, at).toLatin1(), given))
            match = at / StepSeconds;
    }
    return match;
}

} // namespace Keyward::Totp
