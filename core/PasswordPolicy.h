#pragma once

#include <QString>
#include <QStringList>

namespace Keyward {

// What a password must be, for the server that refuses it and the console whose meter shows it: at least MinLength
// characters (ASVS V2.1.1) and a zxcvbn score of at least MinScore. One scorer for both, so the meter never
// promises what the server then refuses.
namespace PasswordPolicy {
inline constexpr int MinLength = 12;
inline constexpr int MaxLength = 1024;
inline constexpr int MinScore = 3; // zxcvbn: 3 = "safely unguessable" (about 10^8 guesses or more)
inline constexpr int MaxScore = 4;

struct Assessment
{
    int length = 0; // in characters (UTF-16 code units, as QString counts)
    int score = 0; // zxcvbn 0 (guessable within 10^3 tries) … 4 (10^10 or more)
    double entropyBits = 0;
    bool longEnough() const { return length >= MinLength; }
    bool strongEnough() const { return score >= MinScore; }
    bool acceptable() const { return longEnough() && strongEnough() && length <= MaxLength; }
};

// `userInputs` (the e-mail, the name, the product's name) count as known words: a password built from them scores
// lower.
Assessment assess(const QString& password, const QStringList& userInputs = {});
} // namespace PasswordPolicy

} // namespace Keyward
