#include "core/Scopes.h"

namespace Keyward {

namespace {
struct ScopeName
{
    Scope scope;
    const char* name;
};
constexpr ScopeName Names[]
    = {{Scope::Read, "read"}, {Scope::Write, "write"}, {Scope::Admin, "admin"}, {Scope::Webhook, "webhook"}};
} // namespace

QStringList scopeNames(Scopes scopes)
{
    QStringList names;
    for (const ScopeName& entry : Names) {
        if (scopes.testFlag(entry.scope))
            names.append(QLatin1String(entry.name));
    }
    return names;
}

std::optional<Scopes> scopesFromNames(const QStringList& names)
{
    Scopes scopes;
    for (const QString& name : names) {
        bool known = false;
        for (const ScopeName& entry : Names) {
            if (name == QLatin1String(entry.name)) {
                scopes |= entry.scope;
                known = true;
            }
        }
        if (!known)
            return std::nullopt;
    }
    return scopes;
}

} // namespace Keyward
