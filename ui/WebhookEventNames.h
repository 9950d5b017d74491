#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Keyward {

// What the console calls the webhook event types (Api::webhookEventTypes()) in the user's language: "Key revoked"
// for key.revoked. The wire names stay the server's; an event type this console does not know keeps its wire name.
class WebhookEventNames
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::WebhookEventNames)
public:
    static QString name(const QString& type);
    // "All events", or "3 events" (the names themselves are in list()).
    static QString summary(const QStringList& events, bool all);
    // The names, one per line, in the order given.
    static QString list(const QStringList& events);
};

} // namespace Keyward
