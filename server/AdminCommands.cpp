#include "server/AdminCommands.h"

#include "server/service/Ids.h"

#include <QTextStream>
#include <cstdio>
#include <sodium.h>
#include <unistd.h>

namespace Keyward::AdminCommands {

namespace {
QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}
QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// The password for a new account: from stdin when it is not a terminal (scripts), else generated and shown once.
QString passwordFromStdinOrGenerated(bool* generated)
{
    if (!isatty(STDIN_FILENO)) {
        QTextStream in(stdin);
        const QString line = in.readLine();
        if (!line.isEmpty()) {
            *generated = false;
            return line;
        }
    }
    *generated = true;
    return generatePassword();
}

bool createTenantWithAdmin(ServiceContext& context, UserService& users, const QString& name, const QString& email,
                           const QString& password, bool showPassword)
{
    if (context.storage.tenantByName(name)) {
        err() << "keywardd: a tenant named \"" << name << "\" already exists\n";
        return false;
    }
    TenantRecord tenant {newId("ten"), name, 0, context.clock.now()};
    if (!context.storage.createTenant(tenant)) {
        err() << "keywardd: could not create the tenant\n";
        return false;
    }
    UserRecord admin;
    const ApiError error
        = users.createUser(tenant.id, email, QStringLiteral("Administrator"), Role::Admin, password, &admin);
    if (!error.isNull()) {
        err() << "keywardd: could not create the admin: " << error.message << "\n";
        return false;
    }
    out() << "Created tenant \"" << name << "\" with admin " << admin.email << "\n";
    if (showPassword)
        out() << "Admin password (shown once, store it now): " << password << "\n";
    out().flush();
    return true;
}
} // namespace

QString generatePassword()
{
    static constexpr char Alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    QString password;
    for (int i = 0; i < 20; ++i)
        password.append(QLatin1Char(Alphabet[randombytes_uniform(sizeof Alphabet - 1)]));
    return password;
}

bool bootstrap(ServiceContext& context, UserService& users)
{
    const int tenants = context.storage.tenantCount();
    if (tenants != 0)
        return tenants > 0;
    const QString tenant = qEnvironmentVariable("KEYWARD_TENANT", QStringLiteral("default"));
    const QString email = qEnvironmentVariable("KEYWARD_ADMIN_EMAIL", QStringLiteral("admin@example.com"));
    QString password = qEnvironmentVariable("KEYWARD_ADMIN_PASSWORD");
    const bool generated = password.isEmpty();
    if (generated)
        password = generatePassword();
    out() << "First start: ";
    return createTenantWithAdmin(context, users, tenant, email, password, generated);
}

int run(const QStringList& args, const QHash<QString, QString>& options, ServiceContext& context, UserService& users)
{
    if (args.size() == 3 && args.at(0) == QLatin1String("tenant") && args.at(1) == QLatin1String("add")) {
        const QString email = options.value(QStringLiteral("admin-email"));
        if (email.isEmpty()) {
            err() << "keywardd: tenant add needs --admin-email\n";
            return 2;
        }
        bool generated = false;
        const QString password = passwordFromStdinOrGenerated(&generated);
        return createTenantWithAdmin(context, users, args.at(2), email, password, generated) ? 0 : 1;
    }
    if (args.size() == 2 && args.at(0) == QLatin1String("user") && args.at(1) == QLatin1String("add")) {
        const QString tenantName = options.value(QStringLiteral("tenant"));
        const QString email = options.value(QStringLiteral("email"));
        const std::optional<Role> role = roleFromName(options.value(QStringLiteral("role"), QStringLiteral("user")));
        if (tenantName.isEmpty() || email.isEmpty() || !role) {
            err() << "keywardd: user add needs --tenant NAME --email E --role user|support|admin\n";
            return 2;
        }
        const auto tenant = context.storage.tenantByName(tenantName);
        if (!tenant) {
            err() << "keywardd: no tenant named \"" << tenantName << "\"\n";
            return 1;
        }
        bool generated = false;
        const QString password = passwordFromStdinOrGenerated(&generated);
        UserRecord user;
        const ApiError error
            = users.createUser(tenant->id, email, options.value(QStringLiteral("name")), *role, password, &user);
        if (!error.isNull()) {
            err() << "keywardd: " << error.message << "\n";
            return 1;
        }
        out() << "Created " << roleName(user.role) << " " << user.email << " in tenant \"" << tenant->name << "\"\n";
        if (generated)
            out() << "Password (shown once, store it now): " << password << "\n";
        return 0;
    }
    err() << "keywardd: unknown command \"" << args.join(QLatin1Char(' '))
          << "\"; try: tenant add NAME --admin-email E | user add --tenant NAME --email E --role R\n";
    return 2;
}

} // namespace Keyward::AdminCommands
