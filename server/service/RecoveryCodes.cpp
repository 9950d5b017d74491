#include "server/service/RecoveryCodes.h"

#include "core/KeySecret.h"
#include "server/service/Totp.h"

#include <QSet>
#include <sodium.h>

namespace Keyward::RecoveryCodes {

namespace {
constexpr int RandomBytes = 10; // 80 bits: exactly 16 base32 characters, no padding
constexpr int Characters = 16;
constexpr int GroupSize = 4;
} // namespace

QStringList generate()
{
    QStringList codes;
    QSet<QString> seen;
    while (codes.size() < Count) {
        QByteArray random(RandomBytes, Qt::Uninitialized);
        randombytes_buf(random.data(), static_cast<size_t>(random.size()));
        const QByteArray text = Totp::base32Encode(random).toLower();
        sodium_memzero(random.data(), static_cast<size_t>(random.size()));
        QString code;
        for (int i = 0; i < Characters; i += GroupSize) {
            if (i > 0)
                code += QLatin1Char('-');
            code += QString::fromLatin1(text.mid(i, GroupSize));
        }
        if (!seen.contains(code)) { // a repeat of 80 random bits does not happen; the check costs nothing
            seen.insert(code);
            codes.append(code);
        }
    }
    return codes;
}

QByteArray normalise(const QString& typed)
{
    QByteArray canonical;
    for (const QChar c : typed) {
        if (c == QLatin1Char('-') || c == QLatin1Char(' '))
            continue;
        const char lower = c.toLower().toLatin1();
        if (!((lower >= 'a' && lower <= 'z') || (lower >= '2' && lower <= '7')))
            return {};
        canonical.append(lower);
    }
    return canonical.size() == Characters ? canonical : QByteArray();
}

QByteArray hash(const QByteArray& canonical)
{
    return KeySecret::hash(canonical);
}

} // namespace Keyward::RecoveryCodes
