#pragma once

#include "core/ApiTypes.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>

namespace Keyward {

// Audit entries in words, for people: one translated sentence per entry ("alice@acme.test created the key “deploy
// bot”", "You signed in", "Sign-in by bob@acme.test failed (wrong password)") and the names of actions, outcomes and
// detail members. Keys and users are named as the entry recorded them (the name at the time), by id where it
// recorded none. Pure functions of the entry: the translations come from the context "Keyward::AuditSentences".
namespace AuditSentences {

// A user's e-mail by id, from what the page knows (the owner of a key an entry is about); empty where it knows none.
using EmailOf = std::function<QString(const QString& userId)>;

// The entry as one sentence. selfUserId is the signed-in user: their own deeds read "You …"; empty: nobody is.
// Never empty: an action this console does not know is named by its code.
QString describe(const Api::AuditEntry& entry, const QString& selfUserId, const EmailOf& emailOf = {});
// "Key created" for "key.created"; the code itself for an action this console does not know.
QString actionName(const QString& action);
// "Succeeded" for "ok", "Failed", "Denied"; the code itself for others.
QString outcomeName(const QString& outcome);
bool isFailure(const Api::AuditEntry& entry);
// Why a check failed ("wrong password" for "bad_password"); the code itself for others.
QString reasonText(const QString& reason);
// "Key" for "key", "User", "Tenant"; the code itself for others.
QString targetTypeName(const QString& type);
// A member of the entry's details, named ("Previous name" for "previous_name") and its value in words.
QString detailName(const QString& member);
QString detailValue(const QString& member, const QVariant& value);
// Every member of the details as "Name: value", in the order of their codes.
QStringList detailLines(const QVariantMap& details);

} // namespace AuditSentences

} // namespace Keyward
