#include "server/service/Ids.h"

#include <sodium.h>

namespace Keyward {

QString newId(const char* prefix)
{
    static constexpr char Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString id = QLatin1String(prefix) + QLatin1Char('_');
    for (int i = 0; i < 16; ++i)
        id.append(QLatin1Char(Alphabet[randombytes_uniform(62)]));
    return id;
}

} // namespace Keyward
