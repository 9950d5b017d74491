#pragma once

#include "core/ApiError.h"
#include "core/PasswordPolicy.h"

namespace Keyward {

// A new password against PasswordPolicy: null when acceptable, otherwise 400 VALIDATION_FAILED naming `field`, with
// the length or strength that fell short (details.min_length, details.score, details.min_score).
inline ApiError newPasswordProblem(const QString& field, const QString& password, const QStringList& userInputs)
{
    const PasswordPolicy::Assessment assessed = PasswordPolicy::assess(password, userInputs);
    if (!assessed.longEnough()) {
        ApiError error = ApiError::validation(
            field, QStringLiteral("The password needs at least %1 characters").arg(PasswordPolicy::MinLength));
        error.details.insert(QStringLiteral("min_length"), PasswordPolicy::MinLength);
        return error;
    }
    if (!assessed.strongEnough()) {
        ApiError error = ApiError::validation(field,
                                              QStringLiteral("This password is too easy to guess (strength %1 "
                                                             "of %2, at least %3 needed): use a longer passphrase")
                                                  .arg(assessed.score)
                                                  .arg(PasswordPolicy::MaxScore)
                                                  .arg(PasswordPolicy::MinScore));
        error.details.insert(QStringLiteral("score"), assessed.score);
        error.details.insert(QStringLiteral("min_score"), PasswordPolicy::MinScore);
        return error;
    }
    return {};
}

} // namespace Keyward
