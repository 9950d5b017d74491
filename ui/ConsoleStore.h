#pragma once

#include "core/ApiTypes.h"

#include <QObject>

namespace Keyward {

// The one place the console's pages learn what changed, whichever page (or dialog) changed it: a key created,
// changed (edit, revoke, re-activate, rotate) or deleted, or a user changed. Each key page applies what concerns
// its own rows; the audit log, which every change adds to, knows it is behind. The window owns it; pages get it
// through ConsoleTab::setStore().
class ConsoleStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void announceCreated(const Api::Key& key)
    {
        emit keyCreated(key);
        emit anythingChanged();
    }
    void announceChanged(const Api::Key& key)
    {
        emit keyChanged(key);
        emit anythingChanged();
    }
    void announceRemoved(const QString& id)
    {
        emit keyRemoved(id);
        emit anythingChanged();
    }
    void announceUsersChanged()
    {
        emit usersChanged();
        emit anythingChanged();
    }

signals:
    void keyCreated(const Keyward::Api::Key& key);
    void keyChanged(const Keyward::Api::Key& key);
    void keyRemoved(const QString& id);
    void usersChanged();
    // Any of the above: what a page shows may be behind (the audit log).
    void anythingChanged();
};

} // namespace Keyward
