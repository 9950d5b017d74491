#include "core/PasswordPolicy.h"

#include <cmath>
#include <sodium.h>
#include <vector>
#include <zxcvbn.h>

namespace Keyward::PasswordPolicy {

namespace {
// zxcvbn's score from its estimate of the guesses needed (log2 of them is the entropy zxcvbn-c returns).
int scoreFromBits(double bits)
{
    const double guessesLog10 = bits * std::log10(2.0);
    if (guessesLog10 < 3)
        return 0;
    if (guessesLog10 < 6)
        return 1;
    if (guessesLog10 < 8)
        return 2;
    if (guessesLog10 < 10)
        return 3;
    return 4;
}
} // namespace

Assessment assess(const QString& password, const QStringList& userInputs)
{
    Assessment result;
    result.length = static_cast<int>(password.size());
    if (password.isEmpty())
        return result;
    QByteArray utf8 = password.toUtf8();
    std::vector<QByteArray> inputs;
    inputs.reserve(static_cast<size_t>(userInputs.size()) * 2 + 2);
    inputs.push_back(QByteArrayLiteral("keyward"));
    for (const QString& input : userInputs) {
        if (input.isEmpty())
            continue;
        inputs.push_back(input.toLower().toUtf8());
        const qsizetype at = input.indexOf(QLatin1Char('@')); // an e-mail's local part is a word of its own
        if (at > 0)
            inputs.push_back(input.left(at).toLower().toUtf8());
    }
    std::vector<const char*> dictionary;
    for (const QByteArray& word : inputs)
        dictionary.push_back(word.constData());
    dictionary.push_back(nullptr);
    result.entropyBits = ZxcvbnMatch(utf8.constData(), dictionary.data(), nullptr);
    result.score = scoreFromBits(result.entropyBits);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return result;
}

} // namespace Keyward::PasswordPolicy
