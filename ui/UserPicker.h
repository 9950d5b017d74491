#pragma once

#include "core/ApiTypes.h"

class QComboBox;

namespace Keyward {

// Every place the console offers a user to pick (a new key's owner, the user filters of Tenant Keys and Audit) names
// users the same way and lets the list be searched by typing.
namespace UserPicker {
// "alice@acme.test (Alice)", "alice@acme.test" without a name; "— disabled" after a disabled user.
QString label(const Api::User& user);
// The signed-in user: "admin@acme.test (you)".
QString selfLabel(const QString& email);
// Typing filters the list (any part of the label, any case); only an entry of the list can be chosen.
void makeSearchable(QComboBox* combo);
} // namespace UserPicker

} // namespace Keyward
