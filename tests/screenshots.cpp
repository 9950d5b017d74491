// Takes the README's screenshots: the real console against a real keywardd with some data in it, one picture per
// page. Run by scripts/screenshots under Xvfb (the xcb platform, as on a desktop).
//   keyward_screenshots OUTPUT_FOLDER

#include "tests/support/ConsoleHarness.h"
#include "ui/ApiKeysTab.h"
#include "ui/AuditTab.h"
#include "ui/AuthKeyTab.h"
#include "ui/PasswordTab.h"
#include "ui/ProfileTab.h"
#include "ui/TenantKeysTab.h"
#include "ui/Translations.h"
#include "ui/UsersTab.h"
#include "ui/WebhooksTab.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QScreen>
#include <QTableView>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Test;

namespace {
void seed(TestServer& server)
{
    const QByteArray admin = server.loginAdmin();
    const QStringList people {QStringLiteral("dana@acme.test"), QStringLiteral("lee@acme.test"),
                              QStringLiteral("sam@acme.test")};
    server.createUser(admin, QStringLiteral("support@acme.test"), QStringLiteral("support"));
    const QStringList names {QStringLiteral("billing-prod"),   QStringLiteral("ci-deploy"),
                             QStringLiteral("grafana-read"),   QStringLiteral("webhooks"),
                             QStringLiteral("nightly-export"), QStringLiteral("terraform")};
    const int presets[] = {7, 30, 60, 90};
    int n = 0;
    for (const QString& email : people) {
        const QString id = server.createUser(admin, email, QStringLiteral("user"));
        for (const QString& name : names.mid(n % 3, 3)) {
            server.createKey(admin,
                             {{QStringLiteral("name"), name},
                              {QStringLiteral("description"), QStringLiteral("Used by the %1 job").arg(name)},
                              {QStringLiteral("user_id"), id},
                              {QStringLiteral("scopes"), QJsonArray {QStringLiteral("read"), QStringLiteral("write")}},
                              {QStringLiteral("expires_in_days"), presets[n % 4]}});
            ++n;
        }
    }
    for (const QString& name : names) {
        const QJsonObject key = server.createKey(admin,
                                                 {{QStringLiteral("name"), name + QStringLiteral("-admin")},
                                                  {QStringLiteral("expires_in_days"), presets[n++ % 4]}});
        if (n % 3 == 0)
            server.http().post(QStringLiteral("v1/api-keys/%1/revoke").arg(key.value(QStringLiteral("id")).toString()),
                               {}, session(admin));
    }
    server.http().post(QStringLiteral("v1/me/auth-key"), {}, session(admin));
    // Webhooks: one whose receiver is down (its log shows the refused attempts and the next retry), one disabled.
    const HttpResponse hook = server.http().postJson(
        QStringLiteral("v1/webhooks"),
        {{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:1/keyward")},
         {QStringLiteral("description"), QStringLiteral("Billing service: revoke cached keys")}},
        session(admin));
    server.http().postJson(QStringLiteral("v1/webhooks"),
                           {{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:1/audit-archive")},
                            {QStringLiteral("events"), QJsonArray {QStringLiteral("key.leaked")}},
                            {QStringLiteral("description"), QStringLiteral("Security team")},
                            {QStringLiteral("enabled"), false}},
                           session(admin));
    const QString hookId = hook.response().value(QStringLiteral("id")).toString();
    server.http().post(QStringLiteral("v1/webhooks/%1/test").arg(hookId), {}, session(admin));
    // The refused first attempts recorded, then one retry each (the test clock skips the 5 s).
    QTest::qWaitFor(
        [&] {
            const QJsonArray list = server.http()
                                        .get(QStringLiteral("v1/webhooks/%1/deliveries").arg(hookId), session(admin))
                                        .response()
                                        .value(QStringLiteral("deliveries"))
                                        .toArray();
            return !list.isEmpty() && list.first().toObject().value(QStringLiteral("attempt_count")).toInt() >= 1;
        },
        10000);
    server.advanceClock(6);
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    installTranslations(QLocale(QLocale::English)); // the plural forms ("1 key", "6 keys")
    const QDir out(QString::fromLocal8Bit(argc > 1 ? argv[1] : "."));
    ConsoleHarness console;
    if (!console.startServer({QStringLiteral("--webhook-allow-private")}))
        return 1;
    seed(console.server());
    MainWindow& window = console.openConsole();
    window.resize(1180, 760);
    if (!console.signInAdmin())
        return 2;
    const auto shoot = [&](ConsoleTab* tab, const char* file) {
        if (!tab)
            return false;
        QTest::qWait(1500); // the page loads its data and paints
        return window.grab().save(out.filePath(QLatin1String(file)));
    };
    bool ok = shoot(console.showTab<ProfileTab>(), "profile.png");
    ok = shoot(console.showTab<PasswordTab>(), "password.png") && ok;
    ok = shoot(console.showTab<AuthKeyTab>(), "authentication-key.png") && ok;
    // The key pages with a key selected, so that its details pane shows.
    const auto selectRow = [&](QWidget* tab, const char* view, int row) {
        if (auto* table = tab ? tab->findChild<QTableView*>(QLatin1String(view)) : nullptr) {
            QTest::qWait(1500);
            table->selectRow(qMin(row, table->model()->rowCount() - 1));
        }
        return qobject_cast<ConsoleTab*>(tab);
    };
    ok = shoot(selectRow(console.showTab<ApiKeysTab>(), "keysTableView", 1), "api-keys.png") && ok;
    ok = shoot(selectRow(console.showTab<TenantKeysTab>(), "tenantKeysTableView", 6), "tenant-keys.png") && ok;
    ok = shoot(console.showTab<UsersTab>(), "users.png") && ok;
    ok = shoot(selectRow(console.showTab<WebhooksTab>(), "webhooksTableView", 1), "webhooks.png") && ok;
    ok = shoot(selectRow(console.showTab<AuditTab>(), "auditTableView", 2), "audit.png") && ok;
    return ok ? 0 : 3;
}
