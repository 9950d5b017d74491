// bench/console, second half: the Tenant Keys page loading every key of a tenant from a real keywardd, then sorting.
// Baselines measured in the same run: fetching the same pages with ApiClient alone (no model, no view), and sorting
// the same values as a plain list. Prints one line of key=value figures.
//   bench_tenant_table URL EMAIL PASSWORD

#include "core/ApiClient.h"
#include "core/ProcessClock.h"
#include "ui/ApiKeyFilterProxy.h"
#include "ui/ApiKeyModel.h"
#include "ui/Clipboard.h"
#include "ui/TenantKeysTab.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTableView>
#include <QTimer>
#include <algorithm>

using namespace Keyward;

namespace {
// Runs the event loop until done() or the timeout (a benchmark program, not UI code).
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return done();
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 4) {
        fprintf(stderr, "usage: bench_tenant_table URL EMAIL PASSWORD\n");
        return 2;
    }
    ApiClient api;
    api.setBaseUrl(QUrl(QString::fromLocal8Bit(argv[1])));
    bool signedIn = false;
    ApiReply* login = api.login(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    QObject::connect(login, &ApiReply::finished, &app, [&] { signedIn = true; });
    QObject::connect(login, &ApiReply::failed, &app, [](const ApiError& e) {
        fprintf(stderr, "login failed: %s\n", qPrintable(e.message));
        QCoreApplication::exit(1);
    });
    if (!waitFor([&] { return signedIn; }, 30000))
        return 1;
    QJsonObject me;
    ApiReply* meReply = api.get(QStringLiteral("v1/me"));
    QObject::connect(meReply, &ApiReply::finished, &app, [&](const QJsonValue& v) { me = v.toObject(); });
    waitFor([&] { return !me.isEmpty(); }, 10000);
    const SessionInfo session
        = SessionInfo::fromMe(api.baseUrl().toString(), Api::Me::fromJson(me).value_or(Api::Me {}));

    // Baseline: the same pages with the client alone.
    QElapsedTimer timer;
    timer.start();
    int rawKeys = 0;
    bool rawDone = false;
    std::function<void(const QString&)> fetch = [&](const QString& cursor) {
        QUrlQuery query {{QStringLiteral("limit"), QString::number(TenantKeysTab::PageSize)}};
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        ApiReply* page = api.get(QStringLiteral("v1/api-keys"), query);
        QObject::connect(page, &ApiReply::finished, &app, [&](const QJsonValue& v) {
            const QJsonObject object = v.toObject();
            rawKeys += object.value(QStringLiteral("keys")).toArray().size();
            const QString next = object.value(QStringLiteral("next_cursor")).toString();
            if (next.isEmpty())
                rawDone = true;
            else
                fetch(next);
        });
    };
    fetch({});
    waitFor([&] { return rawDone; }, 600000);
    const double rawMs = timer.nsecsElapsed() / 1e6;

    const double rssBefore = residentMiB();
    Clipboard clipboard;
    TenantKeysTab tab(api, clipboard);
    tab.resize(1280, 800);
    tab.show();
    bool loaded = false;
    int firstPageRows = -1;
    double firstPageMs = 0;
    QObject::connect(&tab, &TenantKeysTab::pageLoaded, &app, [&](int count, bool done) {
        if (firstPageRows < 0) {
            firstPageRows = count;
            firstPageMs = timer.nsecsElapsed() / 1e6;
        }
        loaded = loaded || done;
    });
    timer.restart();
    tab.setSession(session);
    waitFor([&] { return loaded; }, 600000);
    QCoreApplication::processEvents(); // let the view lay out the last rows
    const double loadMs = timer.nsecsElapsed() / 1e6;
    const int rows = tab.model()->rowCount();
    const double rssAfter = residentMiB();

    // A column the page sorts itself (owner), both directions; and the same values as a plain list.
    auto* view = tab.findChild<QTableView*>(QStringLiteral("tenantKeysTableView"));
    timer.restart();
    view->sortByColumn(ApiKeyModel::Owner, Qt::AscendingOrder);
    QCoreApplication::processEvents();
    const double sortMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    view->sortByColumn(ApiKeyModel::Owner, Qt::DescendingOrder);
    QCoreApplication::processEvents();
    const double sortBackMs = timer.nsecsElapsed() / 1e6;
    QStringList owners;
    owners.reserve(rows);
    for (int row = 0; row < rows; ++row)
        owners.append(tab.model()->index(row, ApiKeyModel::Owner).data(Qt::EditRole).toString());
    timer.restart();
    std::sort(owners.begin(), owners.end());
    const double baselineSortMs = timer.nsecsElapsed() / 1e6;

    printf("keys=%d raw_fetch_ms=%.0f table_load_ms=%.0f load_ratio=%.2f first_page_rows=%d first_page_ms=%.0f "
           "sort_ms=%.1f sort_desc_ms=%.1f baseline_sort_ms=%.1f sort_ratio=%.1f rss_before_mib=%.0f "
           "rss_after_mib=%.0f\n",
           rows, rawMs, loadMs, loadMs / rawMs, firstPageRows, firstPageMs, sortMs, sortBackMs, baselineSortMs,
           sortMs / std::max(0.1, baselineSortMs), rssBefore, rssAfter);
    return rows == rawKeys ? 0 : 3;
}
