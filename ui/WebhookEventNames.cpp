#include "ui/WebhookEventNames.h"

namespace Keyward {

QString WebhookEventNames::name(const QString& type)
{
    if (type == QLatin1String("key.created"))
        return tr("Key created");
    if (type == QLatin1String("key.updated"))
        return tr("Key edited");
    if (type == QLatin1String("key.revoked"))
        return tr("Key revoked");
    if (type == QLatin1String("key.reactivated"))
        return tr("Key re-activated");
    if (type == QLatin1String("key.rotated"))
        return tr("Key rotated");
    if (type == QLatin1String("key.deleted"))
        return tr("Key deleted");
    if (type == QLatin1String("key.expiring"))
        return tr("Key about to expire");
    if (type == QLatin1String("key.expired"))
        return tr("Key expired");
    if (type == QLatin1String("key.leaked"))
        return tr("Key found leaked");
    if (type == QLatin1String("auth_key.generated"))
        return tr("Authentication key created");
    if (type == QLatin1String("webhook.test"))
        return tr("Test event");
    return type;
}

QString WebhookEventNames::summary(const QStringList& events, bool all)
{
    if (all)
        return tr("All events");
    const int count = int(events.size());
    return tr("%n event(s)", nullptr, count);
}

QString WebhookEventNames::list(const QStringList& events)
{
    QStringList names;
    for (const QString& type : events)
        names.append(name(type));
    return names.join(QLatin1Char('\n'));
}

} // namespace Keyward
