#include "cli/Commands.h"

#include "cli/TextTable.h"
#include "core/Policy.h"
#include "core/Timestamps.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <memory>
#include <unistd.h>

namespace Keyward::Cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("keyward-cli", text);
}

QString day(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd")) : tr("never");
}

QString minute(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            + QStringLiteral(" UTC")
                  : tr("never");
}

// A secret read from stdin (never an argument: it would show in the process list and the shell's history).
QByteArray readStdinLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.readLine().trimmed();
}

QString describe(const Api::Key& k)
{
    QString out;
    const auto line = [&out](const QString& label, const QString& value) {
        out += (label + QLatin1Char(':')).leftJustified(16) + value + QLatin1Char('\n');
    };
    line(tr("ID"), k.id);
    line(tr("Name"), k.name);
    if (!k.description.isEmpty())
        line(tr("Description"), k.description);
    line(tr("Status"), keyStatusName(k.status));
    line(tr("Prefix"), k.prefix);
    line(tr("Owner"), k.owner.email);
    line(tr("Scopes"), k.scopes.join(QStringLiteral(", ")));
    line(tr("Rate limit"), k.rateLimit > 0 ? tr("%1 a minute").arg(k.rateLimit) : tr("none"));
    line(tr("Created"), minute(k.createdAt));
    line(tr("Expires"), minute(k.expiresAt));
    line(tr("Last used"), minute(k.lastUsedAt));
    if (!k.lastUsedAddress.isEmpty())
        line(tr("Last used from"), k.lastUsedAddress);
    return out;
}

// --expires: a preset number of days or a date (the key expires at that day's start, UTC).
bool readExpiry(const QString& text, int* days, qint64* at)
{
    bool number = false;
    const int n = text.toInt(&number);
    if (number) {
        if (!Policy::isExpiryPreset(n))
            return false;
        *days = n;
        return true;
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return false;
    *at = QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    return true;
}

QString expiryHelp()
{
    QStringList presets;
    for (const int d : Policy::ExpiryPresetDays)
        presets << QString::number(d);
    return tr("Days (%1) or a date YYYY-MM-DD").arg(presets.join(QLatin1Char('|')));
}

// --grace: seconds, or a number with s, m, h or d.
std::optional<int> readDuration(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d+)([smhd]?)$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    const qint64 factor = unit == QLatin1String("m") ? 60
        : unit == QLatin1String("h")                 ? 3600
        : unit == QLatin1String("d")                 ? 86400
                                                     : 1;
    if (n * factor > Policy::MaxRotationGraceSeconds)
        return std::nullopt;
    return static_cast<int>(n * factor);
}

// --user EMAIL: the user's id, from the tenant's users (admins) or "me" for oneself.
void resolveUser(CliContext& ctx, const QString& email, std::function<void(const QString& userId)> then)
{
    if (email.isEmpty()) {
        then({});
        return;
    }
    ctx.users().list(&ctx, [&ctx, email, then](const Result<QList<Api::User>>& users) {
        if (!users.ok()) {
            ctx.refuse(users.error);
            return;
        }
        for (const Api::User& user : *users.value) {
            if (user.email.compare(email, Qt::CaseInsensitive) == 0) {
                then(user.id);
                return;
            }
        }
        ctx.refuse({404, QStringLiteral("NOT_FOUND"), tr("No user with the e-mail %1 in this tenant").arg(email), {}});
    });
}

// Every page of the listing, then `done` with all the keys.
void listAll(CliContext& ctx, Api::KeyQuery query, std::shared_ptr<QList<Api::Key>> keys,
             std::function<void(const QList<Api::Key>&)> done)
{
    query.limit = Policy::MaxKeysPerPage;
    ctx.keys().list(query, &ctx, [&ctx, query, keys, done](const Result<Api::KeyPage>& page) mutable {
        if (!page.ok()) {
            ctx.refuse(page.error);
            return;
        }
        keys->append(page.value->keys);
        if (page.value->nextCursor.isEmpty()) {
            done(*keys);
            return;
        }
        query.cursor = page.value->nextCursor;
        listAll(ctx, query, keys, done);
    });
}

void showKey(CliContext& ctx, const Result<Api::Key>& result, const QString& humanLine = {})
{
    if (!result.ok()) {
        ctx.refuse(result.error);
        return;
    }
    if (ctx.json())
        ctx.printJson(result.value->toJson());
    else
        ctx.print(humanLine.isEmpty() ? describe(*result.value) : humanLine + QLatin1Char('\n'));
    ctx.finish(Success);
}

void showIssued(CliContext& ctx, const QCommandLineParser& p, const Result<Api::IssuedKey>& result, const QString& what)
{
    if (!result.ok()) {
        ctx.refuse(result.error);
        return;
    }
    const Api::IssuedKey& issued = *result.value;
    if (p.isSet(QStringLiteral("quiet")))
        ctx.print(QString::fromLatin1(issued.secret) + QLatin1Char('\n'));
    else if (ctx.json())
        ctx.printJson(issued.toJson());
    else
        ctx.print(what + QLatin1Char('\n') + tr("Secret (shown once): %1\n").arg(QString::fromLatin1(issued.secret)));
    ctx.finish(Success);
}

// A list for scripts (--json: one array of the records as the API writes them) or for people (a table; `empty`
// when there is nothing and it says so), then the end.
template<typename T, typename Cells>
void printList(CliContext& ctx, const QList<T>& items, const QStringList& header, Cells cells,
               const QString& empty = {})
{
    if (ctx.json()) {
        QJsonArray array;
        for (const T& item : items)
            array.append(item.toJson());
        ctx.printJson(array);
    } else if (items.isEmpty() && !empty.isEmpty()) {
        ctx.print(empty);
    } else {
        TextTable table(header);
        for (const T& item : items)
            table.addRow(cells(item));
        ctx.print(table.render());
    }
    ctx.finish(Success);
}

QCommandLineOption valueOption(const char* name, const QString& description, const char* valueName)
{
    return QCommandLineOption(QLatin1String(name), description, QLatin1String(valueName));
}

void addKeyFields(QCommandLineParser& p)
{
    p.addOption(valueOption("description", tr("What the key is for"), "TEXT"));
    p.addOption(valueOption("expires", expiryHelp(), "WHEN"));
    p.addOption(valueOption("scope", tr("A scope (read, write, admin, webhook); repeatable"), "SCOPE"));
    p.addOption(valueOption("rate-limit", tr("Requests a minute (0: none)"), "N"));
}

// The fields of create and edit: false (and a usage error) when one is malformed.
bool readKeyFields(CliContext& ctx, const QCommandLineParser& p, Api::KeyChanges* changes)
{
    if (p.isSet(QStringLiteral("description")))
        changes->description = p.value(QStringLiteral("description"));
    if (p.isSet(QStringLiteral("scope")))
        changes->scopes = p.values(QStringLiteral("scope"));
    if (p.isSet(QStringLiteral("rate-limit"))) {
        bool ok = false;
        const int n = p.value(QStringLiteral("rate-limit")).toInt(&ok);
        if (!ok || n < 0) {
            ctx.usage(tr("--rate-limit needs a number of requests a minute"));
            return false;
        }
        changes->rateLimit = n;
    }
    if (p.isSet(QStringLiteral("expires"))) {
        int days = 0;
        qint64 at = 0;
        if (!readExpiry(p.value(QStringLiteral("expires")), &days, &at)) {
            ctx.usage(tr("--expires: %1").arg(expiryHelp()));
            return false;
        }
        if (days > 0)
            changes->expiresInDays = days;
        else
            changes->expiresAt = at;
    }
    return true;
}

const QString Quiet = QStringLiteral("quiet");

std::vector<Command> makeCommands()
{
    std::vector<Command> list;
    const auto quietOption = [](const QString& what) { return QCommandLineOption(Quiet, what); };

    list.push_back(
        {QStringLiteral("login"),
         {},
         tr("Sign in and keep the session in the OS keychain"),
         [](QCommandLineParser& p) {
             p.addOption(valueOption("email", tr("The account's e-mail"), "EMAIL"));
             p.addOption(QCommandLineOption(QStringLiteral("password-stdin"), tr("Read the password from stdin")));
             p.addOption(valueOption("otp", tr("The code from the authenticator app"), "CODE"));
             p.addOption(QCommandLineOption(QStringLiteral("auth-key-stdin"),
                                            tr("Sign in with the authentication key read from stdin")));
         },
         [](CliContext& ctx, const QCommandLineParser& p, const QStringList&) {
             const bool withKey = p.isSet(QStringLiteral("auth-key-stdin"));
             const QString email = p.value(QStringLiteral("email"));
             if (withKey == !email.isEmpty()) {
                 ctx.usage(tr("login needs --email E --password-stdin, or --auth-key-stdin"));
                 return;
             }
             if (!withKey && !p.isSet(QStringLiteral("password-stdin"))) {
                 ctx.usage(tr("login --email needs --password-stdin (the password is never an argument)"));
                 return;
             }
             const QByteArray secret = readStdinLine();
             if (secret.isEmpty()) {
                 ctx.usage(withKey ? tr("no authentication key on stdin") : tr("no password on stdin"));
                 return;
             }
             ApiReply* reply = withKey
                 ? ctx.client().loginWithKey(secret)
                 : ctx.client().login(email, QString::fromUtf8(secret), p.value(QStringLiteral("otp")));
             QObject::connect(reply, &ApiReply::finished, &ctx, [&ctx](const QJsonValue&) {
                 const QString who = ctx.client().sessionEmail();
                 ctx.credentials().adopt(who);
                 if (ctx.json())
                     ctx.printJson(
                         QJsonObject {{QStringLiteral("server"), ctx.server()}, {QStringLiteral("email"), who}});
                 else
                     ctx.print(tr("Signed in to %1 as %2.\n").arg(ctx.server(), who));
                 ctx.finish(Success);
             });
             QObject::connect(reply, &ApiReply::failed, &ctx, [&ctx](const ApiError& e) { ctx.refuse(e); });
         },
         false});

    list.push_back({QStringLiteral("logout"),
                    {},
                    tr("End the session and forget it"),
                    {},
                    [](CliContext& ctx, const QCommandLineParser&, const QStringList&) {
                        ApiReply* reply = ctx.client().logout();
                        const auto done = [&ctx] {
                            ctx.credentials().forget([&ctx] {
                                if (ctx.json())
                                    ctx.printJson(QJsonObject {{QStringLiteral("signed_out"), true}});
                                else
                                    ctx.print(tr("Signed out.\n"));
                                ctx.finish(Success);
                            });
                        };
                        // Forgotten here whatever the server says (it may have ended the session already).
                        QObject::connect(reply, &ApiReply::finished, &ctx, done);
                        QObject::connect(reply, &ApiReply::failed, &ctx, done);
                    }});

    list.push_back(
        {QStringLiteral("keys list"),
         {},
         tr("List API keys"),
         [](QCommandLineParser& p) {
             p.addOption(valueOption("user", tr("Only this user's keys (admins and support)"), "EMAIL"));
             p.addOption(valueOption("status", tr("active, inactive, expired or leaked"), "STATUS"));
             p.addOption(valueOption("search", tr("In name, description or prefix"), "TEXT"));
         },
         [](CliContext& ctx, const QCommandLineParser& p, const QStringList&) {
             Api::KeyQuery query;
             query.status = p.value(QStringLiteral("status"));
             if (!query.status.isEmpty() && !keyStatusFromName(query.status)) {
                 ctx.usage(tr("--status must be active, inactive, expired or leaked"));
                 return;
             }
             query.text = p.value(QStringLiteral("search"));
             resolveUser(ctx, p.value(QStringLiteral("user")), [&ctx, query](const QString& userId) mutable {
                 query.userId = userId;
                 listAll(ctx, query, std::make_shared<QList<Api::Key>>(), [&ctx](const QList<Api::Key>& keys) {
                     printList(
                         ctx, keys,
                         {tr("ID"), tr("NAME"), tr("STATUS"), tr("PREFIX"), tr("OWNER"), tr("EXPIRES"),
                          tr("LAST USED")},
                         [](const Api::Key& k) {
                             return QStringList {k.id,          k.name,           keyStatusName(k.status), k.prefix,
                                                 k.owner.email, day(k.expiresAt), minute(k.lastUsedAt)};
                         },
                         tr("No keys.\n"));
                 });
             });
         }});

    list.push_back({QStringLiteral("keys show"),
                    QStringLiteral("ID"),
                    tr("Show one key"),
                    {},
                    [](CliContext& ctx, const QCommandLineParser&, const QStringList& a) {
                        ctx.keys().get(a.at(0), &ctx, [&ctx](const Result<Api::Key>& r) { showKey(ctx, r); });
                    },
                    true,
                    1,
                    1});

    list.push_back(
        {QStringLiteral("keys create"), QStringLiteral("NAME"), tr("Create an API key; its secret is shown once"),
         [quietOption](QCommandLineParser& p) {
             addKeyFields(p);
             p.addOption(valueOption("user", tr("Whose key it is (admins)"), "EMAIL"));
             p.addOption(quietOption(tr("Print only the secret (KEY=$(keyward-cli keys create … --quiet))")));
         },
         [](CliContext& ctx, const QCommandLineParser& p, const QStringList& a) {
             Api::KeyChanges fields;
             if (!readKeyFields(ctx, p, &fields))
                 return;
             Api::KeyDraft draft;
             draft.name = a.at(0);
             draft.description = fields.description.value_or(QString());
             draft.scopes = fields.scopes.value_or(QStringList());
             draft.rateLimit = fields.rateLimit.value_or(0);
             draft.expiresInDays = fields.expiresInDays.value_or(fields.expiresAt ? 0 : 30);
             draft.expiresAt = fields.expiresAt.value_or(0);
             resolveUser(ctx, p.value(QStringLiteral("user")), [&ctx, &p, draft](const QString& userId) mutable {
                 draft.userId = userId;
                 ctx.keys().create(draft, &ctx, [&ctx, &p](const Result<Api::IssuedKey>& r) {
                     showIssued(ctx, p, r,
                                r.ok() ? tr("Created key %1 (%2), expires %3.")
                                             .arg(r.value->key.id, r.value->key.name, minute(r.value->key.expiresAt))
                                       : QString());
                 });
             });
         },
         true, 1, 1});

    list.push_back({QStringLiteral("keys edit"), QStringLiteral("ID"),
                    tr("Change a key's name, description, scopes, "
                       "rate limit or expiry"),
                    [](QCommandLineParser& p) {
                        p.addOption(valueOption("name", tr("A new name"), "NAME"));
                        addKeyFields(p);
                    },
                    [](CliContext& ctx, const QCommandLineParser& p, const QStringList& a) {
                        Api::KeyChanges changes;
                        if (p.isSet(QStringLiteral("name")))
                            changes.name = p.value(QStringLiteral("name"));
                        if (!readKeyFields(ctx, p, &changes))
                            return;
                        if (changes.isEmpty()) {
                            ctx.usage(tr("keys edit: say what to change (see --help)"));
                            return;
                        }
                        ctx.keys().update(a.at(0), changes, &ctx,
                                          [&ctx](const Result<Api::Key>& r) { showKey(ctx, r); });
                    },
                    true, 1, 1});

    list.push_back({QStringLiteral("keys revoke"),
                    QStringLiteral("ID"),
                    tr("Revoke a key (it can be re-activated)"),
                    {},
                    [](CliContext& ctx, const QCommandLineParser&, const QStringList& a) {
                        ctx.keys().revoke(a.at(0), &ctx, [&ctx, id = a.at(0)](const Result<Api::Key>& r) {
                            showKey(ctx, r, tr("Revoked key %1.").arg(id));
                        });
                    },
                    true,
                    1,
                    1});
    list.push_back({QStringLiteral("keys reactivate"),
                    QStringLiteral("ID"),
                    tr("Re-activate a revoked key"),
                    {},
                    [](CliContext& ctx, const QCommandLineParser&, const QStringList& a) {
                        ctx.keys().reactivate(a.at(0), &ctx, [&ctx, id = a.at(0)](const Result<Api::Key>& r) {
                            showKey(ctx, r, tr("Re-activated key %1.").arg(id));
                        });
                    },
                    true,
                    1,
                    1});

    list.push_back({QStringLiteral("keys rotate"), QStringLiteral("ID"), tr("Give a key a new secret"),
                    [quietOption](QCommandLineParser& p) {
                        p.addOption(valueOption("grace",
                                                tr("How long the old secret keeps working: seconds, or 30m, 24h, 7d "
                                                   "(default 0: it dies now)"),
                                                "DURATION"));
                        p.addOption(quietOption(tr("Print only the new secret")));
                    },
                    [](CliContext& ctx, const QCommandLineParser& p, const QStringList& a) {
                        const std::optional<int> grace
                            = p.isSet(QStringLiteral("grace")) ? readDuration(p.value(QStringLiteral("grace"))) : 0;
                        if (!grace) {
                            ctx.usage(tr("--grace: seconds, or a number with s, m, h or d, at most 7 days"));
                            return;
                        }
                        ctx.keys().rotate(a.at(0), *grace, &ctx, [&ctx, &p](const Result<Api::IssuedKey>& r) {
                            QString what;
                            if (r.ok())
                                what = r.value->previousValidUntil > 0
                                    ? tr("Rotated key %1; the old secret works until %2.")
                                          .arg(r.value->key.id, minute(r.value->previousValidUntil))
                                    : tr("Rotated key %1; the old secret no longer works.").arg(r.value->key.id);
                            showIssued(ctx, p, r, what);
                        });
                    },
                    true, 1, 1});

    list.push_back(
        {QStringLiteral("keys delete"), QStringLiteral("ID"), tr("Delete a key for good"),
         [](QCommandLineParser& p) { p.addOption(QCommandLineOption(QStringLiteral("yes"), tr("Do not ask"))); },
         [](CliContext& ctx, const QCommandLineParser& p, const QStringList& a) {
             if (!p.isSet(QStringLiteral("yes"))) {
                 if (!::isatty(STDIN_FILENO)) {
                     ctx.usage(tr("keys delete: add --yes to delete without asking"));
                     return;
                 }
                 ctx.print(tr("Delete key %1 for good? [y/N] ").arg(a.at(0)));
                 const QByteArray answer = readStdinLine().toLower();
                 if (answer != "y" && answer != "yes") {
                     ctx.usage(tr("not deleted"));
                     return;
                 }
             }
             ctx.keys().remove(a.at(0), &ctx, [&ctx, id = a.at(0)](const Result<Nothing>& r) {
                 if (!r.ok()) {
                     ctx.refuse(r.error);
                     return;
                 }
                 if (ctx.json())
                     ctx.printJson(QJsonObject {{QStringLiteral("deleted"), true}, {QStringLiteral("id"), id}});
                 else
                     ctx.print(tr("Deleted key %1.\n").arg(id));
                 ctx.finish(Success);
             });
         },
         true, 1, 1});

    list.push_back(
        {QStringLiteral("auth-key generate"),
         {},
         tr("Generate your authentication key (the previous one dies)"),
         [quietOption](QCommandLineParser& p) {
             p.addOption(
                 QCommandLineOption(QStringLiteral("password-stdin"),
                                    tr("Read your password from stdin (needed unless you signed in just now)")));
             p.addOption(valueOption("otp", tr("The code from the authenticator app"), "CODE"));
             p.addOption(quietOption(tr("Print only the secret")));
         },
         [](CliContext& ctx, const QCommandLineParser& p, const QStringList&) {
             const QString password
                 = p.isSet(QStringLiteral("password-stdin")) ? QString::fromUtf8(readStdinLine()) : QString();
             ctx.account().generateAuthenticationKey(
                 password, p.value(QStringLiteral("otp")), &ctx,
                 [&ctx, &p](const Result<Api::IssuedAuthenticationKey>& r) {
                     if (!r.ok()) {
                         ctx.refuse(r.error);
                         return;
                     }
                     if (p.isSet(Quiet))
                         ctx.print(QString::fromLatin1(r.value->secret) + QLatin1Char('\n'));
                     else if (ctx.json())
                         ctx.printJson(r.value->toJson());
                     else
                         ctx.print((r.value->replaced
                                        ? tr("New authentication key %1 (the previous one no longer works).\n")
                                        : tr("Authentication key %1 generated.\n"))
                                       .arg(r.value->prefix)
                                   + tr("Secret (shown once): %1\n").arg(QString::fromLatin1(r.value->secret)));
                     ctx.finish(Success);
                 });
         }});

    list.push_back({QStringLiteral("users list"),
                    {},
                    tr("List the tenant's users (admins)"),
                    {},
                    [](CliContext& ctx, const QCommandLineParser&, const QStringList&) {
                        ctx.users().list(&ctx, [&ctx](const Result<QList<Api::User>>& r) {
                            if (!r.ok()) {
                                ctx.refuse(r.error);
                                return;
                            }
                            printList(ctx, *r.value,
                                      {tr("ID"), tr("EMAIL"), tr("NAME"), tr("ROLE"), tr("2FA"), tr("DISABLED")},
                                      [](const Api::User& u) {
                                          return QStringList {u.id,
                                                              u.email,
                                                              u.name,
                                                              roleName(u.role),
                                                              u.twoFactorEnabled ? tr("yes") : tr("no"),
                                                              u.disabled ? tr("yes") : tr("no")};
                                      });
                        });
                    }});

    list.push_back({QStringLiteral("audit"),
                    {},
                    tr("Show the audit log, newest first"),
                    [](QCommandLineParser& p) {
                        p.addOption(valueOption("action", tr("Only this action, e.g. key.created"), "ACTION"));
                        p.addOption(valueOption("limit", tr("How many entries (default 50)"), "N"));
                    },
                    [](CliContext& ctx, const QCommandLineParser& p, const QStringList&) {
                        Api::AuditQuery query;
                        query.action = p.value(QStringLiteral("action"));
                        query.limit = 50;
                        if (p.isSet(QStringLiteral("limit"))) {
                            bool ok = false;
                            query.limit = p.value(QStringLiteral("limit")).toInt(&ok);
                            if (!ok || query.limit < 1) {
                                ctx.usage(tr("--limit needs a number"));
                                return;
                            }
                        }
                        ctx.audit().list(query, &ctx, [&ctx](const Result<Api::AuditPage>& r) {
                            if (!r.ok()) {
                                ctx.refuse(r.error);
                                return;
                            }
                            printList(
                                ctx, r.value->entries,
                                {tr("TIME"), tr("ACTION"), tr("OUTCOME"), tr("ACTOR"), tr("TARGET"), tr("ADDRESS")},
                                [](const Api::AuditEntry& e) {
                                    return QStringList {minute(e.at),  e.action,   e.outcome,
                                                        e.actor.email, e.targetId, e.clientAddress};
                                });
                        });
                    }});

    list.push_back({QStringLiteral("verify"),
                    QStringLiteral("[KEY]"),
                    tr("Check a key (read from stdin when not given): exit 0 valid, 1 not"),
                    {},
                    [](CliContext& ctx, const QCommandLineParser&, const QStringList& a) {
                        const QByteArray key = a.isEmpty() ? readStdinLine() : a.at(0).toLatin1();
                        if (key.isEmpty()) {
                            ctx.usage(tr("verify: give a key, or one on stdin"));
                            return;
                        }
                        ctx.keys().verify(key, &ctx, [&ctx](const Result<Api::Verification>& r) {
                            if (!r.ok()) {
                                ctx.refuse(r.error);
                                return;
                            }
                            const Api::Verification& v = *r.value;
                            if (ctx.json())
                                ctx.printJson(v.toJson());
                            else if (v.valid)
                                ctx.print(
                                    tr("valid: key %1 of %2 (%3), scopes %4\n")
                                        .arg(v.keyId, v.owner.email, v.tenantName, v.scopes.join(QLatin1Char(','))));
                            else
                                ctx.print(tr("invalid: %1 (%2)\n").arg(v.message, v.code));
                            ctx.finish(v.valid ? Success : Refused);
                        });
                    },
                    false,
                    0,
                    1});
    return list;
}

} // namespace

const std::vector<Command>& commands()
{
    static const std::vector<Command> list = makeCommands();
    return list;
}

} // namespace Keyward::Cli
