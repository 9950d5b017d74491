#pragma once

#include <QFlags>
#include <QStringList>
#include <optional>

namespace Keyward {

// Key permissions from the seeds: read (GET), write (mutations), admin (user management), webhook.
// Account is internal: the whole account (password sessions and the authentication key). It never appears on the
// wire and an API key never carries it.
enum class Scope { Read = 0x1, Write = 0x2, Admin = 0x4, Webhook = 0x8, Account = 0x100 };
Q_DECLARE_FLAGS(Scopes, Scope)
Q_DECLARE_OPERATORS_FOR_FLAGS(Scopes)

inline constexpr Scopes AllScopes = Scopes(Scope::Read) | Scope::Write | Scope::Admin | Scope::Webhook;
inline constexpr Scopes AccountScopes = AllScopes | Scope::Account;

QStringList scopeNames(Scopes scopes);
// Nullopt when a name is unknown.
std::optional<Scopes> scopesFromNames(const QStringList& names);

} // namespace Keyward
