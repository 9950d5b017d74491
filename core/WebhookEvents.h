#pragma once

#include <QStringList>

namespace Keyward {

// The event types a webhook can subscribe to: the one list, for keywardd and its clients (subscriptions are checked
// against it, and a webhook created without "events" gets all of them). In this order everywhere (stored, shown).
namespace WebhookEvents {
inline const QStringList& all()
{
    static const QStringList names {
        QStringLiteral("key.created"),        QStringLiteral("key.updated"),  QStringLiteral("key.revoked"),
        QStringLiteral("key.reactivated"),    QStringLiteral("key.rotated"),  QStringLiteral("key.deleted"),
        QStringLiteral("key.expiring"),       QStringLiteral("key.expired"),  QStringLiteral("key.leaked"),
        QStringLiteral("auth_key.generated"), QStringLiteral("webhook.test"),
    };
    return names;
}
inline bool isKnown(const QString& name)
{
    return all().contains(name);
}
} // namespace WebhookEvents

} // namespace Keyward
