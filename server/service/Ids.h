#pragma once

#include <QString>

namespace Keyward {

// Object ids such as "key_3xK9…": a type prefix and 16 base62 characters from libsodium, so ids are not guessable
// and a leaked id says what it is.
QString newId(const char* prefix);

} // namespace Keyward
