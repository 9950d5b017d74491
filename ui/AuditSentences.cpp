#include "ui/AuditSentences.h"

#include "core/Role.h"
#include "ui/UserModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QVariant>

namespace Keyward::AuditSentences {

namespace {

// A JSON number as the typed entry holds it: an integer as qlonglong, any other as double.
bool isNumber(const QVariant& value)
{
    const int type = value.typeId();
    return type == QMetaType::Double || type == QMetaType::LongLong || type == QMetaType::Int;
}

// What the sentences are built from. Each sentence is translated whole (a "You …" form and a "%1 …" form), with the
// object as a phrase of its own ("the key “ci”", "your key “ci”", "the key “ci” of bob@acme.test").
struct Parts
{
    const Api::AuditEntry& entry;
    bool you = false; // the signed-in user did it
    QString who; // the actor's e-mail (or id)
    QString selfUserId;
    EmailOf emailOf;

    QString detail(const char* member) const { return entry.details.value(QLatin1String(member)).toString(); }
    int number(const char* member, int fallback = -1) const
    {
        const QVariant value = entry.details.value(QLatin1String(member));
        return isNumber(value) ? value.toInt() : fallback;
    }
    bool has(const char* member) const { return entry.details.contains(QLatin1String(member)); }
    QString targetName() const { return entry.targetName.isEmpty() ? entry.targetId : entry.targetName; }
    bool targetIsSelf() const { return !selfUserId.isEmpty() && entry.targetId == selfUserId; }
    bool targetIsActor() const { return !entry.actor.id.isEmpty() && entry.targetId == entry.actor.id; }
};

// The key an entry is about, with its owner where that is not who acted.
QString keyPhrase(const Parts& p, const QString& name)
{
    const QString& owner = p.entry.subjectUserId;
    if (owner.isEmpty() || owner == p.entry.actor.id)
        return QCoreApplication::translate("Keyward::AuditSentences", "the key “%1”").arg(name);
    if (!p.selfUserId.isEmpty() && owner == p.selfUserId)
        return QCoreApplication::translate("Keyward::AuditSentences", "your key “%1”").arg(name);
    const QString email = p.emailOf ? p.emailOf(owner) : QString();
    if (!email.isEmpty())
        return QCoreApplication::translate("Keyward::AuditSentences", "the key “%1” of %2").arg(name, email);
    return QCoreApplication::translate("Keyward::AuditSentences", "the key “%1”").arg(name);
}

// Any object, for the sentences that do not know the action.
QString objectPhrase(const Parts& p)
{
    const QString& type = p.entry.targetType;
    const QString name = p.targetName();
    if (name.isEmpty())
        return {};
    if (type == QLatin1String("key"))
        return keyPhrase(p, name);
    if (type == QLatin1String("user"))
        return QCoreApplication::translate("Keyward::AuditSentences", "the user %1").arg(name);
    if (type == QLatin1String("tenant"))
        return QCoreApplication::translate("Keyward::AuditSentences", "the tenant “%1”").arg(name);
    if (type.isEmpty())
        return name;
    return QCoreApplication::translate("Keyward::AuditSentences", "%1 “%2”").arg(type, name);
}

QString durationText(qint64 seconds)
{
    // Each count in a variable: lupdate 6.4 skips a call whose count is an expression with '/'.
    const int n = static_cast<int>(seconds);
    const int days = n / 86400;
    const int hours = n / 3600;
    const int minutes = n / 60;
    if (seconds > 0 && seconds % 86400 == 0)
        return QCoreApplication::translate("Keyward::AuditSentences", "%n day(s)", nullptr, days);
    if (seconds > 0 && seconds % 3600 == 0)
        return QCoreApplication::translate("Keyward::AuditSentences", "%n hour(s)", nullptr, hours);
    if (seconds > 0 && seconds % 60 == 0)
        return QCoreApplication::translate("Keyward::AuditSentences", "%n minute(s)", nullptr, minutes);
    return QCoreApplication::translate("Keyward::AuditSentences", "%n second(s)", nullptr, n);
}

// What a check was for ("2fa.code" entries say where the code was asked for).
QString wherePhrase(const QString& where)
{
    if (where == QLatin1String("login"))
        return QCoreApplication::translate("Keyward::AuditSentences", "sign-in");
    if (where == QLatin1String("password.change"))
        return QCoreApplication::translate("Keyward::AuditSentences", "a password change");
    if (where == QLatin1String("email.change"))
        return QCoreApplication::translate("Keyward::AuditSentences", "an e-mail address change");
    if (where == QLatin1String("2fa.enrol"))
        return QCoreApplication::translate("Keyward::AuditSentences", "the set-up of two-factor authentication");
    if (where == QLatin1String("2fa.confirm"))
        return QCoreApplication::translate("Keyward::AuditSentences", "the confirmation of two-factor authentication");
    if (where == QLatin1String("2fa.disable"))
        return QCoreApplication::translate("Keyward::AuditSentences", "turning off two-factor authentication");
    if (where == QLatin1String("2fa.recovery_codes"))
        return QCoreApplication::translate("Keyward::AuditSentences", "the creation of new recovery codes");
    if (where == QLatin1String("auth_key.generate"))
        return QCoreApplication::translate("Keyward::AuditSentences", "the creation of an authentication key");
    return where;
}

QString methodText(const QString& method)
{
    if (method == QLatin1String("password"))
        return QCoreApplication::translate("Keyward::AuditSentences", "password");
    if (method == QLatin1String("authentication_key"))
        return QCoreApplication::translate("Keyward::AuditSentences", "authentication key");
    if (method == QLatin1String("api_key"))
        return QCoreApplication::translate("Keyward::AuditSentences", "API key");
    return method;
}

// A changed field of a key or user, as the sentences name it ("the description and scopes of …").
QString fieldName(const QString& field)
{
    if (field == QLatin1String("name"))
        return QCoreApplication::translate("Keyward::AuditSentences", "name");
    if (field == QLatin1String("description"))
        return QCoreApplication::translate("Keyward::AuditSentences", "description");
    if (field == QLatin1String("expires_at"))
        return QCoreApplication::translate("Keyward::AuditSentences", "expiry date");
    if (field == QLatin1String("scopes"))
        return QCoreApplication::translate("Keyward::AuditSentences", "scopes");
    if (field == QLatin1String("rate_limit"))
        return QCoreApplication::translate("Keyward::AuditSentences", "rate limit");
    if (field == QLatin1String("email"))
        return QCoreApplication::translate("Keyward::AuditSentences", "e-mail address");
    if (field == QLatin1String("role"))
        return QCoreApplication::translate("Keyward::AuditSentences", "role");
    if (field == QLatin1String("disabled"))
        return QCoreApplication::translate("Keyward::AuditSentences", "sign-in access");
    return field;
}

// The fields a change touched, "description and scopes"; without the ones listed in skip.
QString fieldList(const QVariant& fields, const QStringList& skip = {})
{
    QStringList names;
    for (const QVariant& field : fields.toList())
        if (!skip.contains(field.toString()))
            names << fieldName(field.toString());
    return QLocale().createSeparatedList(names);
}

QString roleText(const QString& name)
{
    const std::optional<Role> role = roleFromName(name);
    return role ? UserModel::roleText(*role) : name;
}

QString keySentence(const Parts& p)
{
    const QString& action = p.entry.action;
    const QString key = keyPhrase(p, p.targetName());
    if (action == QLatin1String("key.created"))
        return p.you ? QCoreApplication::translate("Keyward::AuditSentences", "You created %1").arg(key)
                     : QCoreApplication::translate("Keyward::AuditSentences", "%1 created %2").arg(p.who, key);
    if (action == QLatin1String("key.revoked"))
        return p.you ? QCoreApplication::translate("Keyward::AuditSentences", "You revoked %1").arg(key)
                     : QCoreApplication::translate("Keyward::AuditSentences", "%1 revoked %2").arg(p.who, key);
    if (action == QLatin1String("key.reactivated"))
        return p.you ? QCoreApplication::translate("Keyward::AuditSentences", "You re-activated %1").arg(key)
                     : QCoreApplication::translate("Keyward::AuditSentences", "%1 re-activated %2").arg(p.who, key);
    if (action == QLatin1String("key.deleted"))
        return p.you ? QCoreApplication::translate("Keyward::AuditSentences", "You deleted %1").arg(key)
                     : QCoreApplication::translate("Keyward::AuditSentences", "%1 deleted %2").arg(p.who, key);
    if (action == QLatin1String("key.rotated")) {
        const int grace = p.number("grace_seconds", 0);
        if (grace <= 0)
            return p.you ? QCoreApplication::translate("Keyward::AuditSentences",
                                                       "You rotated %1; the old secret stopped working at once")
                               .arg(key)
                         : QCoreApplication::translate("Keyward::AuditSentences",
                                                       "%1 rotated %2; the old secret stopped working at once")
                               .arg(p.who, key);
        return p.you
            ? QCoreApplication::translate("Keyward::AuditSentences", "You rotated %1; the old secret works for %2 more")
                  .arg(key, durationText(grace))
            : QCoreApplication::translate("Keyward::AuditSentences", "%1 rotated %2; the old secret works for %3 more")
                  .arg(p.who, key, durationText(grace));
    }
    if (action == QLatin1String("key.updated")) {
        const QString previous = p.detail("previous_name");
        const QVariant fields = p.entry.details.value(QLatin1String("fields"));
        if (!previous.isEmpty()) {
            const QString old = keyPhrase(p, previous);
            const QString others = fieldList(fields, {QStringLiteral("name")});
            const QString name = p.targetName();
            if (others.isEmpty())
                return p.you
                    ? QCoreApplication::translate("Keyward::AuditSentences", "You renamed %1 to “%2”").arg(old, name)
                    : QCoreApplication::translate("Keyward::AuditSentences", "%1 renamed %2 to “%3”")
                          .arg(p.who, old, name);
            return p.you
                ? QCoreApplication::translate("Keyward::AuditSentences", "You renamed %1 to “%2” and changed its %3")
                      .arg(old, name, others)
                : QCoreApplication::translate("Keyward::AuditSentences", "%1 renamed %2 to “%3” and changed its %4")
                      .arg(p.who, old, name, others);
        }
        const QString changed = fieldList(fields);
        if (changed.isEmpty())
            return p.you ? QCoreApplication::translate("Keyward::AuditSentences", "You edited %1").arg(key)
                         : QCoreApplication::translate("Keyward::AuditSentences", "%1 edited %2").arg(p.who, key);
        return p.you
            ? QCoreApplication::translate("Keyward::AuditSentences", "You changed the %1 of %2").arg(changed, key)
            : QCoreApplication::translate("Keyward::AuditSentences", "%1 changed the %2 of %3")
                  .arg(p.who, changed, key);
    }
    return {};
}

QString authKeySentence(const Parts& p)
{
    const QString& action = p.entry.action;
    if (action == QLatin1String("auth_key.generated"))
        return p.you
            ? QCoreApplication::translate("Keyward::AuditSentences", "You created your authentication key")
            : QCoreApplication::translate("Keyward::AuditSentences", "%1 created their authentication key").arg(p.who);
    if (action == QLatin1String("auth_key.deleted"))
        return p.you
            ? QCoreApplication::translate("Keyward::AuditSentences", "You deleted your authentication key")
            : QCoreApplication::translate("Keyward::AuditSentences", "%1 deleted their authentication key").arg(p.who);
    if (action == QLatin1String("auth_key.regenerated")) {
        const int grace = p.number("grace_seconds", 0);
        if (grace <= 0)
            return p.you ? QCoreApplication::translate(
                       "Keyward::AuditSentences",
                       "You replaced your authentication key; the old one stopped working at once")
                         : QCoreApplication::translate(
                               "Keyward::AuditSentences",
                               "%1 replaced their authentication key; the old one stopped working at once")
                               .arg(p.who);
        return p.you
            ? QCoreApplication::translate("Keyward::AuditSentences",
                                          "You replaced your authentication key; the old one works for %1 more")
                  .arg(durationText(grace))
            : QCoreApplication::translate("Keyward::AuditSentences",
                                          "%1 replaced their authentication key; the old one works for %2 more")
                  .arg(p.who, durationText(grace));
    }
    return {};
}

QString accountSentence(const Parts& p)
{
    const QString& action = p.entry.action;
    if (action == QLatin1String("login")) {
        const QString method = p.detail("method");
        if (method == QLatin1String("authentication_key"))
            return p.you
                ? QCoreApplication::translate("Keyward::AuditSentences", "You signed in with your authentication key")
                : QCoreApplication::translate("Keyward::AuditSentences", "%1 signed in with their authentication key")
                      .arg(p.who);
        if (method == QLatin1String("api_key"))
            return p.you
                ? QCoreApplication::translate("Keyward::AuditSentences", "You signed in with an API key")
                : QCoreApplication::translate("Keyward::AuditSentences", "%1 signed in with an API key").arg(p.who);
        return p.you ? QCoreApplication::translate("Keyward::AuditSentences", "You signed in")
                     : QCoreApplication::translate("Keyward::AuditSentences", "%1 signed in").arg(p.who);
    }
    if (action == QLatin1String("password.changed")) {
        if (p.has("revoked_api_keys")) {
            const int revoked = p.number("revoked_api_keys", 0);
            return p.you ? QCoreApplication::translate("Keyward::AuditSentences",
                                                       "You changed your password and revoked your %n API key(s)",
                                                       nullptr, revoked)
                         : QCoreApplication::translate("Keyward::AuditSentences",
                                                       "%1 changed their password and revoked their %n API key(s)",
                                                       nullptr, revoked)
                               .arg(p.who);
        }
        return p.you ? QCoreApplication::translate("Keyward::AuditSentences", "You changed your password")
                     : QCoreApplication::translate("Keyward::AuditSentences", "%1 changed their password").arg(p.who);
    }
    if (action == QLatin1String("2fa.enabled"))
        return p.you ? QCoreApplication::translate("Keyward::AuditSentences", "You turned on two-factor authentication")
                     : QCoreApplication::translate("Keyward::AuditSentences", "%1 turned on two-factor authentication")
                           .arg(p.who);
    if (action == QLatin1String("2fa.disabled"))
        return p.you
            ? QCoreApplication::translate("Keyward::AuditSentences", "You turned off two-factor authentication")
            : QCoreApplication::translate("Keyward::AuditSentences", "%1 turned off two-factor authentication")
                  .arg(p.who);
    if (action == QLatin1String("2fa.recovery_code_used")) {
        const int left = p.number("remaining", 0);
        return p.you
            ? QCoreApplication::translate("Keyward::AuditSentences", "You used a recovery code; %n left", nullptr, left)
            : QCoreApplication::translate("Keyward::AuditSentences", "%1 used a recovery code; %n left", nullptr, left)
                  .arg(p.who);
    }
    if (action == QLatin1String("2fa.recovery_codes_regenerated")) {
        const int count = p.number("count");
        if (count < 0)
            return p.you
                ? QCoreApplication::translate("Keyward::AuditSentences", "You made new recovery codes")
                : QCoreApplication::translate("Keyward::AuditSentences", "%1 made new recovery codes").arg(p.who);
        return p.you
            ? QCoreApplication::translate("Keyward::AuditSentences", "You made %n new recovery code(s)", nullptr, count)
            : QCoreApplication::translate("Keyward::AuditSentences", "%1 made %n new recovery code(s)", nullptr, count)
                  .arg(p.who);
    }
    return {};
}

QString userSentence(const Parts& p)
{
    const QString& action = p.entry.action;
    const QString user = p.targetName();
    if (action == QLatin1String("user.created")) {
        const QString role = p.detail("role");
        if (role.isEmpty())
            return p.you
                ? QCoreApplication::translate("Keyward::AuditSentences", "You created the user %1").arg(user)
                : QCoreApplication::translate("Keyward::AuditSentences", "%1 created the user %2").arg(p.who, user);
        return p.you ? QCoreApplication::translate("Keyward::AuditSentences", "You created the user %1 as %2")
                           .arg(user, roleText(role))
                     : QCoreApplication::translate("Keyward::AuditSentences", "%1 created the user %2 as %3")
                           .arg(p.who, user, roleText(role));
    }
    if (action == QLatin1String("2fa.reset")) {
        if (p.targetIsActor())
            return p.you
                ? QCoreApplication::translate("Keyward::AuditSentences", "You reset your own two-factor authentication")
                : QCoreApplication::translate("Keyward::AuditSentences", "%1 reset their own two-factor authentication")
                      .arg(p.who);
        if (p.targetIsSelf())
            return QCoreApplication::translate("Keyward::AuditSentences", "%1 reset your two-factor authentication")
                .arg(p.who);
        return p.you
            ? QCoreApplication::translate("Keyward::AuditSentences", "You reset the two-factor authentication of %1")
                  .arg(user)
            : QCoreApplication::translate("Keyward::AuditSentences", "%1 reset the two-factor authentication of %2")
                  .arg(p.who, user);
    }
    if (action == QLatin1String("user.updated")) {
        const QVariant fields = p.entry.details.value(QLatin1String("fields"));
        if (p.targetIsActor()) {
            // Their own account: the e-mail address (named by the new one) and the name.
            if (fields.toStringList().contains(QStringLiteral("email"))) {
                const QString others = fieldList(fields, {QStringLiteral("email")});
                if (others.isEmpty())
                    return p.you ? QCoreApplication::translate("Keyward::AuditSentences",
                                                               "You changed your e-mail address to %1")
                                       .arg(user)
                                 : QCoreApplication::translate("Keyward::AuditSentences",
                                                               "%1 changed their e-mail address to %2")
                                       .arg(p.who, user);
                return p.you ? QCoreApplication::translate("Keyward::AuditSentences",
                                                           "You changed your e-mail address to %1 and your %2")
                                   .arg(user, others)
                             : QCoreApplication::translate("Keyward::AuditSentences",
                                                           "%1 changed their e-mail address to %2 and their %3")
                                   .arg(p.who, user, others);
            }
            const QString changed = fieldList(fields);
            if (changed.isEmpty())
                return p.you
                    ? QCoreApplication::translate("Keyward::AuditSentences", "You updated your account")
                    : QCoreApplication::translate("Keyward::AuditSentences", "%1 updated their account").arg(p.who);
            return p.you
                ? QCoreApplication::translate("Keyward::AuditSentences", "You changed your %1").arg(changed)
                : QCoreApplication::translate("Keyward::AuditSentences", "%1 changed their %2").arg(p.who, changed);
        }
        const QString changed = fieldList(fields);
        if (p.targetIsSelf())
            return changed.isEmpty()
                ? QCoreApplication::translate("Keyward::AuditSentences", "%1 updated your account").arg(p.who)
                : QCoreApplication::translate("Keyward::AuditSentences", "%1 changed your %2").arg(p.who, changed);
        if (changed.isEmpty())
            return p.you
                ? QCoreApplication::translate("Keyward::AuditSentences", "You updated the user %1").arg(user)
                : QCoreApplication::translate("Keyward::AuditSentences", "%1 updated the user %2").arg(p.who, user);
        return p.you
            ? QCoreApplication::translate("Keyward::AuditSentences", "You changed the %1 of %2").arg(changed, user)
            : QCoreApplication::translate("Keyward::AuditSentences", "%1 changed the %2 of %3")
                  .arg(p.who, changed, user);
    }
    if (action == QLatin1String("tenant.updated")) {
        QStringList changes;
        if (p.has("max_key_lifetime_days")) {
            const int days = p.number("max_key_lifetime_days", 0);
            changes << (days == 0 ? QCoreApplication::translate("Keyward::AuditSentences", "no limit on key lifetimes")
                                  : QCoreApplication::translate("Keyward::AuditSentences",
                                                                "keys live at most %n day(s)", nullptr, days));
        }
        if (p.has("session_chain_days")) {
            // A variable, not p.number("…") in the call: lupdate 6.4 hangs on a string literal in the count.
            const int chainDays = p.number("session_chain_days", 0);
            changes << QCoreApplication::translate("Keyward::AuditSentences", "a sign-in lasts at most %n day(s)",
                                                   nullptr, chainDays);
        }
        const QString tenant = p.targetName();
        if (changes.isEmpty())
            return p.you
                ? QCoreApplication::translate("Keyward::AuditSentences", "You changed the settings of the tenant “%1”")
                      .arg(tenant)
                : QCoreApplication::translate("Keyward::AuditSentences", "%1 changed the settings of the tenant “%2”")
                      .arg(p.who, tenant);
        const QString list = QLocale().createSeparatedList(changes);
        return p.you
            ? QCoreApplication::translate("Keyward::AuditSentences", "You changed the settings of the tenant “%1”: %2")
                  .arg(tenant, list)
            : QCoreApplication::translate("Keyward::AuditSentences", "%1 changed the settings of the tenant “%2”: %3")
                  .arg(p.who, tenant, list);
    }
    return {};
}

// The entries of refusals and failed checks.
QString failureSentence(const Parts& p)
{
    const QString& action = p.entry.action;
    const QString reason = reasonText(p.detail("reason"));
    if (action == QLatin1String("login")) {
        if (reason.isEmpty())
            return p.you ? QCoreApplication::translate("Keyward::AuditSentences", "Your sign-in failed")
                         : QCoreApplication::translate("Keyward::AuditSentences", "Sign-in by %1 failed").arg(p.who);
        return p.you
            ? QCoreApplication::translate("Keyward::AuditSentences", "Your sign-in failed (%1)").arg(reason)
            : QCoreApplication::translate("Keyward::AuditSentences", "Sign-in by %1 failed (%2)").arg(p.who, reason);
    }
    if (action == QLatin1String("2fa.code")) {
        const QString where = wherePhrase(p.detail("where"));
        if (where.isEmpty())
            return p.you
                ? QCoreApplication::translate("Keyward::AuditSentences", "Your second-factor check failed (%1)")
                      .arg(reason)
                : QCoreApplication::translate("Keyward::AuditSentences", "Second-factor check of %1 failed (%2)")
                      .arg(p.who, reason);
        return p.you
            ? QCoreApplication::translate("Keyward::AuditSentences", "Your second-factor check failed during %1 (%2)")
                  .arg(where, reason)
            : QCoreApplication::translate("Keyward::AuditSentences", "Second-factor check of %1 failed during %2 (%3)")
                  .arg(p.who, where, reason);
    }
    if (action == QLatin1String("step_up"))
        return p.you ? QCoreApplication::translate("Keyward::AuditSentences", "Your password confirmation failed (%1)")
                           .arg(reason)
                     : QCoreApplication::translate("Keyward::AuditSentences", "Password confirmation by %1 failed (%2)")
                           .arg(p.who, reason);
    if (action == QLatin1String("password.change"))
        return p.you
            ? QCoreApplication::translate("Keyward::AuditSentences", "Your password change failed (%1)").arg(reason)
            : QCoreApplication::translate("Keyward::AuditSentences", "Password change by %1 failed (%2)")
                  .arg(p.who, reason);
    if (action == QLatin1String("user.create"))
        return p.you ? QCoreApplication::translate("Keyward::AuditSentences", "You could not create the user %1 (%2)")
                           .arg(p.targetName(), reason)
                     : QCoreApplication::translate("Keyward::AuditSentences", "%1 could not create the user %2 (%3)")
                           .arg(p.who, p.targetName(), reason);
    if (action == QLatin1String("session.refresh_replayed")) {
        const int ended = p.number("sessions_ended", 0);
        return p.targetIsSelf()
            ? QCoreApplication::translate("Keyward::AuditSentences",
                                          "A copied sign-in of yours was refused; %n session(s) ended", nullptr, ended)
            : QCoreApplication::translate("Keyward::AuditSentences",
                                          "A copied sign-in of %1 was refused; %n session(s) ended", nullptr, ended)
                  .arg(p.targetName());
    }
    if (action == QLatin1String("key.used_after_revoke"))
        return QCoreApplication::translate("Keyward::AuditSentences", "Someone tried to use %1 after it was revoked")
            .arg(keyPhrase(p, p.targetName()));
    return {};
}

// Any entry, named by its action: "Key rotated: the key “ci”, by alice@acme.test (Failed: wrong password)".
QString genericSentence(const Parts& p)
{
    const QString action = actionName(p.entry.action);
    const QString object = objectPhrase(p);
    QString sentence;
    if (p.who.isEmpty())
        sentence = object.isEmpty()
            ? action
            : QCoreApplication::translate("Keyward::AuditSentences", "%1: %2").arg(action, object);
    else if (object.isEmpty())
        sentence = p.you ? QCoreApplication::translate("Keyward::AuditSentences", "%1, by you").arg(action)
                         : QCoreApplication::translate("Keyward::AuditSentences", "%1, by %2").arg(action, p.who);
    else
        sentence = p.you
            ? QCoreApplication::translate("Keyward::AuditSentences", "%1: %2, by you").arg(action, object)
            : QCoreApplication::translate("Keyward::AuditSentences", "%1: %2, by %3").arg(action, object, p.who);
    if (!isFailure(p.entry))
        return sentence;
    const QString reason = reasonText(p.detail("reason"));
    const QString outcome = reason.isEmpty()
        ? outcomeName(p.entry.outcome)
        : QCoreApplication::translate("Keyward::AuditSentences", "%1: %2").arg(outcomeName(p.entry.outcome), reason);
    return QCoreApplication::translate("Keyward::AuditSentences", "%1 (%2)").arg(sentence, outcome);
}

} // namespace

QString describe(const Api::AuditEntry& entry, const QString& selfUserId, const EmailOf& emailOf)
{
    const bool you = !selfUserId.isEmpty() && entry.actor.id == selfUserId;
    const Parts p {entry, you, entry.actor.email.isEmpty() ? entry.actor.id : entry.actor.email, selfUserId, emailOf};
    QString sentence;
    if (isFailure(entry)) {
        sentence = failureSentence(p);
    } else if (p.who.isEmpty() && !p.you) {
        sentence.clear(); // who did it is not recorded: only the generic form fits
    } else if (entry.action.startsWith(QLatin1String("key."))) {
        sentence = keySentence(p);
    } else if (entry.action.startsWith(QLatin1String("auth_key."))) {
        sentence = authKeySentence(p);
    } else {
        sentence = accountSentence(p);
        if (sentence.isEmpty())
            sentence = userSentence(p);
    }
    return sentence.isEmpty() ? genericSentence(p) : sentence;
}

QString actionName(const QString& action)
{
    static const QHash<QString, const char*> names {
        {QStringLiteral("login"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Sign-in")},
        {QStringLiteral("session.refresh_replayed"),
         QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Copied sign-in refused")},
        {QStringLiteral("step_up"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Password confirmation")},
        {QStringLiteral("password.change"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Password change attempt")},
        {QStringLiteral("password.changed"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Password changed")},
        {QStringLiteral("2fa.code"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Second-factor check")},
        {QStringLiteral("2fa.enabled"),
         QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Two-factor authentication turned on")},
        {QStringLiteral("2fa.disabled"),
         QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Two-factor authentication turned off")},
        {QStringLiteral("2fa.reset"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Two-factor authentication reset")},
        {QStringLiteral("2fa.recovery_code_used"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Recovery code used")},
        {QStringLiteral("2fa.recovery_codes_regenerated"),
         QT_TRANSLATE_NOOP("Keyward::AuditSentences", "New recovery codes")},
        {QStringLiteral("key.created"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Key created")},
        {QStringLiteral("key.updated"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Key edited")},
        {QStringLiteral("key.revoked"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Key revoked")},
        {QStringLiteral("key.reactivated"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Key re-activated")},
        {QStringLiteral("key.rotated"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Key rotated")},
        {QStringLiteral("key.deleted"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Key deleted")},
        {QStringLiteral("key.used_after_revoke"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Revoked key used")},
        {QStringLiteral("auth_key.generated"),
         QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Authentication key created")},
        {QStringLiteral("auth_key.regenerated"),
         QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Authentication key replaced")},
        {QStringLiteral("auth_key.deleted"),
         QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Authentication key deleted")},
        {QStringLiteral("user.created"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "User created")},
        {QStringLiteral("user.create"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "User not created")},
        {QStringLiteral("user.updated"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "User changed")},
        {QStringLiteral("tenant.updated"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Tenant settings changed")},
    };
    const char* name = names.value(action);
    if (!name)
        return action.isEmpty() ? QCoreApplication::translate("Keyward::AuditSentences", "Unknown action") : action;
    return QCoreApplication::translate("Keyward::AuditSentences", name);
}

QString outcomeName(const QString& outcome)
{
    if (outcome == QLatin1String("ok"))
        return QCoreApplication::translate("Keyward::AuditSentences", "Succeeded");
    if (outcome == QLatin1String("failed"))
        return QCoreApplication::translate("Keyward::AuditSentences", "Failed");
    if (outcome == QLatin1String("denied"))
        return QCoreApplication::translate("Keyward::AuditSentences", "Denied");
    return outcome;
}

bool isFailure(const Api::AuditEntry& entry)
{
    return !entry.outcome.isEmpty() && entry.outcome != QLatin1String("ok");
}

QString reasonText(const QString& reason)
{
    if (reason == QLatin1String("bad_password"))
        return QCoreApplication::translate("Keyward::AuditSentences", "wrong password");
    if (reason == QLatin1String("disabled"))
        return QCoreApplication::translate("Keyward::AuditSentences", "the account is disabled");
    if (reason == QLatin1String("bad_otp"))
        return QCoreApplication::translate("Keyward::AuditSentences", "wrong authenticator code");
    if (reason == QLatin1String("replayed_otp"))
        return QCoreApplication::translate("Keyward::AuditSentences", "authenticator code used before");
    if (reason == QLatin1String("bad_recovery_code"))
        return QCoreApplication::translate("Keyward::AuditSentences", "wrong or used recovery code");
    if (reason == QLatin1String("email_taken"))
        return QCoreApplication::translate("Keyward::AuditSentences", "the e-mail address is in use");
    return reason;
}

QString targetTypeName(const QString& type)
{
    if (type == QLatin1String("key"))
        return QCoreApplication::translate("Keyward::AuditSentences", "Key");
    if (type == QLatin1String("user"))
        return QCoreApplication::translate("Keyward::AuditSentences", "User");
    if (type == QLatin1String("tenant"))
        return QCoreApplication::translate("Keyward::AuditSentences", "Tenant");
    return type;
}

QString detailName(const QString& member)
{
    static const QHash<QString, const char*> names {
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Reason")},
        {QStringLiteral("where"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "During")},
        {QStringLiteral("method"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Signed in with")},
        {QStringLiteral("key_id"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Key id")},
        {QStringLiteral("via_key"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Through the key")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Name")},
        {QStringLiteral("previous_name"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Previous name")},
        {QStringLiteral("previous_email"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Previous e-mail address")},
        {QStringLiteral("fields"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Changed")},
        {QStringLiteral("expires_at"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Expires")},
        {QStringLiteral("grace_seconds"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Old secret valid for")},
        {QStringLiteral("remaining"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Recovery codes left")},
        {QStringLiteral("count"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Recovery codes")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Role")},
        {QStringLiteral("was_enabled"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Was turned on")},
        {QStringLiteral("revoked_api_keys"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "API keys revoked")},
        {QStringLiteral("authentication_key_deleted"),
         QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Authentication key deleted")},
        {QStringLiteral("max_key_lifetime_days"),
         QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Longest key lifetime (days)")},
        {QStringLiteral("session_chain_days"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Longest sign-in (days)")},
        {QStringLiteral("family"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Sign-in")},
        {QStringLiteral("sessions_ended"), QT_TRANSLATE_NOOP("Keyward::AuditSentences", "Sessions ended")},
    };
    const char* name = names.value(member);
    return name ? QCoreApplication::translate("Keyward::AuditSentences", name) : member;
}

QString detailValue(const QString& member, const QVariant& value)
{
    if (member == QLatin1String("reason"))
        return reasonText(value.toString());
    if (member == QLatin1String("where"))
        return wherePhrase(value.toString());
    if (member == QLatin1String("method"))
        return methodText(value.toString());
    if (member == QLatin1String("role"))
        return roleText(value.toString());
    if (member == QLatin1String("fields"))
        return fieldList(value);
    if (member == QLatin1String("grace_seconds"))
        return value.toInt() > 0 ? durationText(value.toInt())
                                 : QCoreApplication::translate("Keyward::AuditSentences", "no grace period");
    if (member == QLatin1String("expires_at") && value.typeId() == QMetaType::QString) {
        const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (at.isValid())
            return QLocale().toString(at.toLocalTime(), QLocale::LongFormat);
    }
    if (isNumber(value)) {
        const double number = value.toDouble();
        return number == static_cast<qint64>(number) ? QLocale().toString(static_cast<qint64>(number))
                                                     : QLocale().toString(number);
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QCoreApplication::translate("Keyward::AuditSentences", "yes")
                              : QCoreApplication::translate("Keyward::AuditSentences", "no");
    case QMetaType::QString:
        return value.toString();
    case QMetaType::QVariantList: {
        QStringList items;
        for (const QVariant& item : value.toList())
            items << detailValue({}, item);
        return items.join(QStringLiteral(", "));
    }
    case QMetaType::QVariantMap: {
        // A nested object: its members in the same words, inline.
        QStringList members;
        const QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            members << QStringLiteral("%1=%2").arg(it.key(), detailValue(it.key(), it.value()));
        return QStringLiteral("{%1}").arg(members.join(QStringLiteral(", ")));
    }
    default:
        return QCoreApplication::translate("Keyward::AuditSentences", "—");
    }
}

QStringList detailLines(const QVariantMap& details)
{
    QStringList lines;
    for (auto it = details.begin(); it != details.end(); ++it)
        lines << QCoreApplication::translate("Keyward::AuditSentences", "%1: %2")
                     .arg(detailName(it.key()), detailValue(it.key(), it.value()));
    return lines;
}

} // namespace Keyward::AuditSentences
