// The Tenant Keys page against a real keywardd (offscreen, real keychain): filters and sorting sent to the server
// and compared with its answers, support's read-only view, bulk revoke as admin, CSV export, progressive loading of
// 1200 keys in pages of 500, and a new filter cancelling the load under way. Models under QAbstractItemModelTester.

#include "tests/support/ConsoleHarness.h"
#include "ui/ApiKeyFilterProxy.h"
#include "ui/ApiKeyModel.h"
#include "ui/ApiKeysTab.h"
#include "ui/AuditTab.h"
#include "ui/CreateKeyDialog.h"
#include "ui/Dialogs.h"
#include "ui/EmptyState.h"
#include "ui/KeyTableView.h"
#include "ui/MessageWidget.h"
#include "ui/SecretDialog.h"
#include "ui/TenantKeysTab.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Keyward;
using namespace Keyward::Test;

namespace {
const QString Password = QStringLiteral("quiet-harbor-lamp-7");
const QString BobEmail = QStringLiteral("bob@acme.test");
const QString CarolEmail = QStringLiteral("carol@acme.test");
const QString DaveEmail = QStringLiteral("dave@acme.test");
const QString ErinEmail = QStringLiteral("erin@acme.test");
const QString SupportEmail = QStringLiteral("sam@acme.test");
const char* const MutatingActions[] = {"actionNewTenantKey",       "actionEditTenantKey",   "actionRevokeSelected",
                                       "actionReactivateSelected", "actionRotateTenantKey", "actionDeleteSelected"};

QJsonObject keyFor(const QString& userId, const QString& name, int days = 30)
{
    return {
        {QStringLiteral("name"), name}, {QStringLiteral("expires_in_days"), days}, {QStringLiteral("user_id"), userId}};
}
} // namespace

class TestGuiTenantKeys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_console.startServer());
        const QByteArray admin = adminToken();
        for (const QString& email : {BobEmail, CarolEmail, DaveEmail, ErinEmail}) {
            m_users[email] = m_console.server().createUser(admin, email, QStringLiteral("user"));
            QVERIFY(!m_users[email].isEmpty());
        }
        QVERIFY(!m_console.server().createUser(admin, SupportEmail, QStringLiteral("support")).isEmpty());
        for (int i = 0; i < 3; ++i)
            QVERIFY(!createKey(BobEmail, QStringLiteral("bob %1").arg(i), i == 0 ? 7 : 60).isEmpty());
        QVERIFY(!createKey(CarolEmail, QStringLiteral("carol ci")).isEmpty());
        // A name a spreadsheet would take for a formula, with a comma and quotes.
        QVERIFY(!createKey(CarolEmail, QStringLiteral("=SUM(A1), \"quoted\"")).isEmpty());
        QVERIFY(!m_console.server()
                     .createKey(admin,
                                {{QStringLiteral("name"), QStringLiteral("admin own")},
                                 {QStringLiteral("expires_in_days"), 90}})
                     .isEmpty());
    }

    void init() { Dialogs::setNextAnswer(std::nullopt); }
    void cleanup()
    {
        Dialogs::setNextAnswer(std::nullopt);
        if (QTest::currentTestFailed())
            m_signedInAs.clear();
    }
    void cleanupTestCase()
    {
        m_testers.clear();
        m_tab = nullptr;
    }

    void filterByUserShowsOnlyThatUsersKeys()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        QCOMPARE(rowIds(), serverIds({})); // everything, newest first
        auto* users = m_tab->findChild<QComboBox*>(QStringLiteral("userComboBox"));
        QTRY_VERIFY(users->findData(m_users[BobEmail]) > 0);
        users->setCurrentIndex(users->findData(m_users[BobEmail]));
        QVERIFY(waitLoaded());
        QCOMPARE(m_tab->currentQuery().userId, m_users[BobEmail]);
        const QStringList ids = rowIds();
        QCOMPARE(ids.size(), 3);
        QCOMPARE(ids, serverIds({{QStringLiteral("user"), m_users[BobEmail]}}));
        for (int row = 0; row < m_tab->model()->rowCount(); ++row)
            QCOMPARE(m_tab->model()->index(row, ApiKeyModel::Owner).data().toString(), BobEmail);
        users->setCurrentIndex(0);
        QVERIFY(waitLoaded());
        QVERIFY(m_tab->currentQuery().userId.isEmpty());
    }

    // The tenant's active keys expiring soon are counted whatever the filters, and one click lists them.
    void expiryWarningCountsActiveKeysAndFilters()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        const int expiring = int(serverIds({{QStringLiteral("status"), QStringLiteral("active")},
                                            {QStringLiteral("expiring_within_days"), QStringLiteral("7")}})
                                     .size());
        QVERIFY(expiring >= 1); // bob 0
        auto* warning = m_tab->findChild<MessageWidget*>(QStringLiteral("expiryWarningMessage"));
        QTRY_VERIFY(warning->isVisible());
        QVERIFY2(warning->text().startsWith(QString::number(expiring) + QLatin1Char(' ')), qPrintable(warning->text()));
        warning->actionButton()->click();
        QVERIFY(waitLoaded());
        QCOMPARE(m_tab->currentQuery().expiringWithinDays, TenantKeysTab::ExpiringDays);
        QCOMPARE(m_tab->model()->rowCount(), expiring);
        m_tab->findChild<QCheckBox*>(QStringLiteral("expiringCheckBox"))->setChecked(false);
        QVERIFY(waitLoaded());
    }

    void statusSearchAndExpiryGoToTheServer()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        const QString revoked = createKey(CarolEmail, QStringLiteral("carol revoked"));
        QCOMPARE(m_console.server()
                     .http()
                     .post(QStringLiteral("v1/api-keys/%1/revoke").arg(revoked), {}, session(adminToken()))
                     .status,
                 200);

        auto* status = m_tab->findChild<QComboBox*>(QStringLiteral("statusComboBox"));
        status->setCurrentIndex(status->findData(QStringLiteral("inactive")));
        QVERIFY(waitLoaded());
        QCOMPARE(m_tab->currentQuery().status, QStringLiteral("inactive"));
        QCOMPARE(rowIds(), serverIds({{QStringLiteral("status"), QStringLiteral("inactive")}}));
        QVERIFY(rowIds().contains(revoked));
        status->setCurrentIndex(0);
        QVERIFY(waitLoaded());

        auto* search = m_tab->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QVERIFY(search->isClearButtonEnabled());
        QVERIFY(m_console.triggerAction("actionFind"));
        QTRY_COMPARE(m_console.window()->focusWidget(), search);
        search->setText(QStringLiteral("carol"));
        // Typing waits a moment before asking the server.
        QTRY_COMPARE(m_tab->currentQuery().text, QStringLiteral("carol"));
        QVERIFY(waitLoaded());
        QCOMPARE(rowIds(), serverIds({{QStringLiteral("q"), QStringLiteral("carol")}}));
        QCOMPARE(rowIds().size(), 3);
        search->clear();
        QTRY_VERIFY(m_tab->currentQuery().text.isEmpty());
        QVERIFY(waitLoaded());

        auto* expiring = m_tab->findChild<QCheckBox*>(QStringLiteral("expiringCheckBox"));
        expiring->setChecked(true);
        QVERIFY(waitLoaded());
        QCOMPARE(m_tab->currentQuery().expiringWithinDays, 7);
        const QStringList soon = serverIds({{QStringLiteral("expiring_within_days"), QStringLiteral("7")}});
        QCOMPARE(rowIds(), soon);
        QVERIFY(!soon.isEmpty());
        for (int row = 0; row < m_tab->model()->rowCount(); ++row)
            QVERIFY(m_tab->model()->index(row, ApiKeyModel::Expires).data(ApiKeyModel::ExpiringSoonRole).toBool());

        // A search that matches nothing on top: the table says so, and Clear filters drops every filter at once.
        search->setText(QStringLiteral("no key is called this"));
        QTRY_COMPARE(m_tab->currentQuery().text, QStringLiteral("no key is called this"));
        QVERIFY(waitLoaded());
        QCOMPARE(m_tab->model()->rowCount(), 0);
        EmptyState* empty = m_tab->findChild<KeyTableView*>(QStringLiteral("tenantKeysTableView"))->emptyState();
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QLatin1String("No key matches")), qPrintable(empty->text()));
        QCOMPARE(empty->button()->text(), QStringLiteral("Clear filters"));
        empty->button()->click();
        QVERIFY(waitLoaded());
        QVERIFY(search->text().isEmpty());
        QVERIFY(!expiring->isChecked());
        QCOMPARE(m_tab->currentQuery().text, QString());
        QCOMPARE(m_tab->currentQuery().expiringWithinDays, -1);
        QCOMPARE(rowIds(), serverIds({}));
        QVERIFY(!empty->isVisible());
    }

    void sortableColumnsMapToTheServer()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        QHeaderView* header = m_tab->findChild<QTableView*>(QStringLiteral("tenantKeysTableView"))->horizontalHeader();
        QCOMPARE(m_tab->currentQuery().sort, QStringLiteral("-created_at"));

        header->setSortIndicator(ApiKeyModel::Name, Qt::AscendingOrder);
        QVERIFY(waitLoaded());
        QCOMPARE(m_tab->currentQuery().sort, QStringLiteral("name"));
        QCOMPARE(viewIds(), serverIds({{QStringLiteral("sort"), QStringLiteral("name")}}));

        header->setSortIndicator(ApiKeyModel::Expires, Qt::DescendingOrder);
        QVERIFY(waitLoaded());
        QCOMPARE(m_tab->currentQuery().sort, QStringLiteral("-expires_at"));
        QCOMPARE(viewIds(), serverIds({{QStringLiteral("sort"), QStringLiteral("-expires_at")}}));

        // Owner is not a server sort: the loaded rows are sorted here, without asking again.
        header->setSortIndicator(ApiKeyModel::Owner, Qt::AscendingOrder);
        QVERIFY(!m_tab->isLoading());
        QCOMPARE(m_tab->currentQuery().sort, QStringLiteral("-expires_at"));
        QStringList owners;
        for (int row = 0; row < m_tab->proxy()->rowCount(); ++row)
            owners << m_tab->proxy()->index(row, ApiKeyModel::Owner).data().toString();
        QStringList sorted = owners;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
        QCOMPARE(owners, sorted);

        header->setSortIndicator(ApiKeyModel::Created, Qt::DescendingOrder);
        QVERIFY(waitLoaded());
        QCOMPARE(viewIds(), serverIds({}));
    }

    void supportSeesEverythingButChangesNothing()
    {
        QVERIFY(openTab(SupportEmail, Password));
        QCOMPARE(rowIds(), serverIds({}));
        QVERIFY(m_tab->model()->rowCount() >= 6);
        auto* view = m_tab->findChild<QTableView*>(QStringLiteral("tenantKeysTableView"));
        view->selectAll();
        for (const char* name : MutatingActions) {
            auto* action = m_tab->findChild<QAction*>(QLatin1String(name));
            QVERIFY2(!action || (!action->isVisible() && !action->isEnabled()), name);
        }
        QVERIFY(!m_tab->canCreate());
        // Ctrl+N here makes a key of one's own: it opens API Keys and its dialog, never a tenant-wide one.
        QVERIFY(m_console.triggerAction("actionNew"));
        auto* tabs = m_console.window()->findChild<QTabWidget*>(QStringLiteral("tabWidget"));
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("apiKeysTab"));
        CreateKeyDialog* dialog = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                dialog = tabs->currentWidget()->findChild<CreateKeyDialog*>(QStringLiteral("createKeyDialog"));
                return dialog && dialog->isVisible();
            },
            5000));
        dialog->reject();
        tabs->setCurrentWidget(m_tab);
        QVERIFY(m_tab->findChild<QAction*>(QStringLiteral("actionExportCsv"))->isEnabled());
        for (QAction* action : view->actions()) {
            if (action->isVisible() && !action->isSeparator())
                QVERIFY2(QStringList({QStringLiteral("actionCopyTenantKeyId"), QStringLiteral("actionExportCsv"),
                                      QStringLiteral("actionReloadTenantKeys")})
                             .contains(action->objectName()),
                         qPrintable(action->objectName()));
        }
        // And the server would refuse anyway.
        const QByteArray support = m_console.server().login(SupportEmail, Password);
        const HttpResponse r = m_console.server().http().post(
            QStringLiteral("v1/api-keys/%1/revoke").arg(m_tab->model()->idAt(0)), {}, session(support));
        QCOMPARE(r.status, 403);
    }

    void adminRevokesThreeSelectedKeys()
    {
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids << createKey(DaveEmail, QStringLiteral("dave %1").arg(i));
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        auto* users = m_tab->findChild<QComboBox*>(QStringLiteral("userComboBox"));
        QTRY_VERIFY(users->findData(m_users[DaveEmail]) > 0);
        users->setCurrentIndex(users->findData(m_users[DaveEmail]));
        QVERIFY(waitLoaded());
        QCOMPARE(m_tab->model()->rowCount(), 3);
        auto* revoke = m_tab->findChild<QAction*>(QStringLiteral("actionRevokeSelected"));
        QVERIFY(revoke->isVisible());
        QVERIFY(!revoke->isEnabled()); // nothing selected
        m_tab->findChild<QTableView*>(QStringLiteral("tenantKeysTableView"))->selectAll();
        QVERIFY(revoke->isEnabled());
        QVERIFY(!m_tab->findChild<QAction*>(QStringLiteral("actionReactivateSelected"))->isEnabled());

        Dialogs::setNextAnswer(true);
        revoke->trigger();
        // The question names the keys and whose they are.
        for (int i = 0; i < 3; ++i)
            QVERIFY2(Dialogs::lastQuestion().contains(QStringLiteral("“dave %1” of %2").arg(i).arg(DaveEmail)),
                     qPrintable(Dialogs::lastQuestion()));
        for (const QString& id : std::as_const(ids)) {
            QTRY_COMPARE(m_tab->model()->index(m_tab->model()->indexOf(id), ApiKeyModel::Status).data().toString(),
                         QStringLiteral("Revoked"));
            QCOMPARE(serverKey(id).value(QStringLiteral("status")).toString(), QStringLiteral("inactive"));
        }
        QTRY_VERIFY(!revoke->isEnabled());
        QVERIFY(m_tab->findChild<QAction*>(QStringLiteral("actionReactivateSelected"))->isEnabled());
        users->setCurrentIndex(0);
        QVERIFY(waitLoaded());
    }

    void adminRotatesAndDeletesAUsersKey()
    {
        const QJsonObject created
            = m_console.server().createKey(adminToken(), keyFor(m_users[ErinEmail], QStringLiteral("erin deploy")));
        const QString id = created.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        m_tab->reload();
        QVERIFY(waitLoaded());
        auto* view = m_tab->findChild<QTableView*>(QStringLiteral("tenantKeysTableView"));
        const QModelIndex index
            = m_tab->proxy()->mapFromSource(m_tab->model()->index(m_tab->model()->indexOf(id), ApiKeyModel::Name));
        QVERIFY(index.isValid());
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        // The details say who made the key for erin: the admin, by e-mail.
        QTRY_COMPARE(m_tab->findChild<QLabel*>(QStringLiteral("createdByValue"))->text(),
                     QLatin1String(TestServer::AdminEmail));
        auto* rotate = m_tab->findChild<QAction*>(QStringLiteral("actionRotateTenantKey"));
        QVERIFY(rotate->isVisible() && rotate->isEnabled());
        rotate->trigger();
        QInputDialog* input = nullptr;
        QTRY_VERIFY((input = m_tab->findChild<QInputDialog*>(QStringLiteral("rotateInputDialog"))));
        input->setTextValue(input->comboBoxItems().at(0)); // the old secret stops at once
        input->accept();
        SecretDialog* secret = nullptr;
        QTRY_VERIFY((secret = m_tab->findChild<SecretDialog*>(QStringLiteral("secretDialog"))) && secret->isVisible());
        const QString newSecret = secret->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"))->text();
        secret->findChild<QCheckBox*>(QStringLiteral("storedCheckBox"))->setChecked(true);
        secret->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Close)->click();
        QVERIFY(newSecret != created.value(QStringLiteral("secret")).toString());
        QCOMPARE(serverKey(id).value(QStringLiteral("prefix")).toString(), newSecret.left(11));
        QTRY_COMPARE(m_tab->model()->index(m_tab->model()->indexOf(id), ApiKeyModel::Prefix).data().toString(),
                     newSecret.left(11));

        // Delete asks with the key's name and owner, and says it cannot be undone.
        view->selectionModel()->setCurrentIndex(
            m_tab->proxy()->mapFromSource(m_tab->model()->index(m_tab->model()->indexOf(id), ApiKeyModel::Name)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Dialogs::setNextAnswer(true);
        m_tab->findChild<QAction*>(QStringLiteral("actionDeleteSelected"))->trigger();
        QVERIFY(Dialogs::lastQuestion().contains(QStringLiteral("“erin deploy”")));
        QVERIFY(Dialogs::lastQuestion().contains(QStringLiteral("cannot be restored")));
        QTRY_COMPARE(m_tab->model()->indexOf(id), -1);
        QCOMPARE(m_console.server().http().get(QStringLiteral("v1/api-keys/%1").arg(id), session(adminToken())).status,
                 404);
    }

    // One source of truth: what one page changes, every page shows at once, without loading again; a page whose
    // data is old (or behind) loads again when it is shown, and the window says when the page was updated.
    void aChangeOnOnePageShowsOnEveryPage()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        auto* own = m_console.showTab<ApiKeysTab>();
        QVERIFY(own);
        QTRY_VERIFY(!own->isLoading());
        QSignalSpy tenantLoads(m_tab, &TenantKeysTab::pageLoaded);
        QSignalSpy ownLoads(own, &ApiKeysTab::loaded);

        // Created on API Keys: Tenant Keys lists it.
        QVERIFY(m_console.triggerAction("actionNew"));
        CreateKeyDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = own->findChild<CreateKeyDialog*>(QStringLiteral("createKeyDialog")))
                    && dialog->isVisible());
        dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("shared truth"));
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
        SecretDialog* secret = nullptr;
        QTRY_VERIFY((secret = own->findChild<SecretDialog*>(QStringLiteral("secretDialog"))) && secret->isVisible());
        secret->findChild<QCheckBox*>(QStringLiteral("storedCheckBox"))->setChecked(true);
        secret->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Close)->click();
        const QString id = own->currentKeyId();
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY(m_tab->model()->indexOf(id) >= 0);

        // Revoked on Tenant Keys: API Keys shows it revoked.
        m_console.showTab<TenantKeysTab>();
        QVERIFY(waitLoaded());
        auto* view = m_tab->findChild<QTableView*>(QStringLiteral("tenantKeysTableView"));
        view->selectionModel()->setCurrentIndex(
            m_tab->proxy()->mapFromSource(m_tab->model()->index(m_tab->model()->indexOf(id), ApiKeyModel::Name)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Dialogs::setNextAnswer(true);
        m_tab->findChild<QAction*>(QStringLiteral("actionRevokeSelected"))->trigger();
        QTRY_COMPARE(own->model()->statusAt(own->model()->indexOf(id)), KeyStatus::Inactive);

        // Deleted on API Keys: gone from Tenant Keys.
        m_console.showTab<ApiKeysTab>();
        QTRY_VERIFY(!own->isLoading());
        QVERIFY(own->selectKey(id));
        Dialogs::setNextAnswer(true);
        own->findChild<QAction*>(QStringLiteral("actionDeleteKey"))->trigger();
        QTRY_COMPARE(m_tab->model()->indexOf(id), -1);
        QCOMPARE(own->model()->indexOf(id), -1);
        // None of it needed a reload (a page shown within 30 s of its load is not loaded again).
        QCOMPARE(tenantLoads.count(), 0);
        QCOMPARE(ownLoads.count(), 0);

        // The audit log, which all of that added to, is behind: shown, it loads again.
        auto* audit = m_console.showTab<AuditTab>();
        QVERIFY(audit);
        QTRY_VERIFY(audit->updatedAt().isValid() && !audit->isStale());
        const auto* updated = m_console.window()->findChild<QLabel*>(QStringLiteral("updatedLabel"));
        QVERIFY(updated->isVisible());
        QVERIFY2(updated->text().startsWith(QLatin1String("Updated ")), qPrintable(updated->text()));

        // Data older than the limit loads again when its page is shown: a key made elsewhere appears.
        const QString elsewhere = createKey(DaveEmail, QStringLiteral("made elsewhere"));
        ConsoleTab::setStaleAfterMsForTests(0);
        m_console.showTab<TenantKeysTab>();
        ConsoleTab::setStaleAfterMsForTests(ConsoleTab::StaleAfterMs);
        QVERIFY(waitLoaded());
        QVERIFY(m_tab->model()->indexOf(elsewhere) >= 0);
        QCOMPARE(tenantLoads.count() > 0, true);
    }

    void csvExportHasAHeaderAndOneLinePerKey()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keys.csv"));
        QVERIFY(m_tab->exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.last(), QByteArray()); // ends with a line break
        QCOMPARE(lines.size() - 2, m_tab->proxy()->rowCount());
        QCOMPARE(lines.first().trimmed(),
                 QByteArray("id,name,description,owner,prefix,scopes,status,created_at,expires_at,last_used_at"));
        QSet<QByteArray> ids;
        for (qsizetype i = 1; i < lines.size() - 1; ++i)
            ids.insert(lines.at(i).left(lines.at(i).indexOf(',')));
        QCOMPARE(ids.size(), m_tab->proxy()->rowCount());
        for (const QString& id : m_tab->model()->ids())
            QVERIFY(ids.contains(id.toUtf8()));
        // Quoted per RFC 4180, and not a formula for a spreadsheet.
        QVERIFY(lines.join('\n').contains("\"'=SUM(A1), \"\"quoted\"\"\""));

        // The same through the action and its file dialog.
        const QString viaDialog = dir.filePath(QStringLiteral("dialog.csv"));
        QVERIFY(m_tab->findChild<QAction*>(QStringLiteral("actionExportCsv"))->isEnabled());
        m_tab->findChild<QAction*>(QStringLiteral("actionExportCsv"))->trigger();
        QFileDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_tab->findChild<QFileDialog*>(QStringLiteral("exportFileDialog"))));
        dialog->selectFile(viaDialog);
        QMetaObject::invokeMethod(dialog, "accept"); // a slot, protected in QFileDialog
        QTRY_VERIFY(QFile::exists(viaDialog));
        QFile second(viaDialog);
        QVERIFY(second.open(QIODevice::ReadOnly));
        QCOMPARE(second.readAll().count('\n'), lines.size() - 1);
    }

    void progressiveLoadingOf1200Keys()
    {
        QElapsedTimer timer;
        timer.start();
        const QByteArray admin = adminToken();
        for (int i = 0; i < 1200; ++i) {
            const QJsonObject key = m_console.server().createKey(
                admin, keyFor(m_users[ErinEmail], QStringLiteral("erin %1").arg(i, 4, 10, QLatin1Char('0'))));
            QVERIFY(!key.isEmpty());
        }
        qInfo() << "created 1200 keys in" << timer.elapsed() << "ms";

        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        auto* progress = m_tab->findChild<QProgressBar*>(QStringLiteral("loadProgressBar"));
        auto* label = m_tab->findChild<QLabel*>(QStringLiteral("loadLabel"));
        struct Step
        {
            int loaded;
            bool done;
            bool progressVisible;
            QString label;
            int rows;
        };
        QList<Step> steps;
        connect(m_tab, &TenantKeysTab::pageLoaded, this, [&](int loaded, bool done) {
            steps.append({loaded, done, progress->isVisible(), label->text(), m_tab->model()->rowCount()});
        });
        auto* users = m_tab->findChild<QComboBox*>(QStringLiteral("userComboBox"));
        QTRY_VERIFY(users->findData(m_users[ErinEmail]) > 0);
        users->setCurrentIndex(users->findData(m_users[ErinEmail]));
        QVERIFY(progress->isVisible()); // at once, before the first page
        QVERIFY(waitLoaded());
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).loaded, 500);
        QCOMPARE(steps.at(0).rows, 500); // on screen while the next page is fetched
        QVERIFY(!steps.at(0).done);
        QVERIFY(steps.at(0).progressVisible);
        QVERIFY2(steps.at(0).label.startsWith(QLatin1String("Loaded 500 key")), qPrintable(steps.at(0).label));
        QCOMPARE(steps.at(1).loaded, 1000);
        QVERIFY(steps.at(1).progressVisible);
        QVERIFY(steps.at(1).label.startsWith(QLatin1String("Loaded 1000 key")));
        QCOMPARE(steps.at(2).loaded, 1200);
        QVERIFY(steps.at(2).done);
        QVERIFY(!progress->isVisible());
        QCOMPARE(m_tab->model()->rowCount(), 1200);
        const QStringList loaded = rowIds();
        QCOMPARE(QSet<QString>(loaded.cbegin(), loaded.cend()).size(), 1200);
        QCOMPARE(rowIds(), serverIds({{QStringLiteral("user"), m_users[ErinEmail]}}));
        disconnect(m_tab, &TenantKeysTab::pageLoaded, this, nullptr);
    }

    void newFilterCancelsTheRunningLoad()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        QSignalSpy errors(m_tab, &ConsoleTab::errorOccurred);
        auto* users = m_tab->findChild<QComboBox*>(QStringLiteral("userComboBox"));
        QTRY_VERIFY(users->findData(m_users[ErinEmail]) > 0);
        users->setCurrentIndex(0);
        QVERIFY(waitLoaded());
        users->setCurrentIndex(users->findData(m_users[ErinEmail]));
        QVERIFY(m_tab->isLoading());
        users->setCurrentIndex(users->findData(m_users[BobEmail])); // before erin's first page arrived
        QVERIFY(waitLoaded());
        QTest::qWait(200); // nothing of the cancelled load arrives later
        QCOMPARE(rowIds(), serverIds({{QStringLiteral("user"), m_users[BobEmail]}}));
        QCOMPARE(errors.count(), 0); // a cancelled load is no error

        // Stop keeps what has arrived and says so.
        users->setCurrentIndex(users->findData(m_users[ErinEmail]));
        QSignalSpy pages(m_tab, &TenantKeysTab::pageLoaded);
        QVERIFY(pages.wait(10000));
        m_tab->stopLoading();
        QVERIFY(!m_tab->isLoading());
        QCOMPARE(m_tab->model()->rowCount(), 500);
        QVERIFY(!m_tab->findChild<QProgressBar*>(QStringLiteral("loadProgressBar"))->isVisible());
        QVERIFY(m_tab->findChild<QLabel*>(QStringLiteral("loadLabel"))->text().startsWith(QLatin1String("Stopped")));
        QTest::qWait(200);
        QCOMPARE(m_tab->model()->rowCount(), 500);
        QCOMPARE(errors.count(), 0);
    }

private:
    bool openTab(const QString& email, const QString& password)
    {
        if (m_signedInAs == email && m_tab) {
            m_console.showTab<TenantKeysTab>();
            return waitLoaded();
        }
        m_testers.clear();
        m_tab = nullptr;
        if (m_console.window() && m_console.api().hasSession())
            m_console.triggerAction("actionSignOut");
        else
            m_console.openConsole();
        if (!m_console.signIn(email, password))
            return false;
        m_tab = m_console.showTab<TenantKeysTab>();
        if (!m_tab)
            return false;
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m_tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m_tab->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        if (!waitLoaded())
            return false;
        m_signedInAs = email;
        return true;
    }

    bool waitLoaded()
    {
        return QTest::qWaitFor([this] { return !m_tab->isLoading(); }, 15000);
    }

    // The ids in the model's order (the server's order) and in the view's order.
    QStringList rowIds() const { return m_tab->model()->ids(); }
    QStringList viewIds() const
    {
        QStringList ids;
        for (int row = 0; row < m_tab->proxy()->rowCount(); ++row)
            ids << m_tab->proxy()->index(row, 0).data(ApiKeyModel::IdRole).toString();
        return ids;
    }

    // What the server lists for these filters, every page.
    QStringList serverIds(const QList<QPair<QString, QString>>& filters)
    {
        QStringList ids;
        QString cursor;
        do {
            QUrlQuery query;
            query.setQueryItems(filters);
            query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            const HttpResponse r = m_console.server().http().get(
                QStringLiteral("v1/api-keys?") + query.toString(QUrl::FullyEncoded), session(adminToken()));
            if (r.status != 200) {
                qWarning() << "listing failed" << r.status << r.body;
                return {};
            }
            for (const QJsonValue& key : r.response().value(QStringLiteral("keys")).toArray())
                ids << key.toObject().value(QStringLiteral("id")).toString();
            cursor = r.response().value(QStringLiteral("next_cursor")).toString();
        } while (!cursor.isEmpty());
        return ids;
    }

    QString createKey(const QString& ownerEmail, const QString& name, int days = 30)
    {
        return m_console.server()
            .createKey(adminToken(), keyFor(m_users.value(ownerEmail), name, days))
            .value(QStringLiteral("id"))
            .toString();
    }
    QJsonObject serverKey(const QString& id)
    {
        return m_console.server()
            .http()
            .get(QStringLiteral("v1/api-keys/%1").arg(id), session(adminToken()))
            .response();
    }
    QByteArray adminToken()
    {
        if (m_adminToken.isEmpty())
            m_adminToken = m_console.server().loginAdmin();
        return m_adminToken;
    }

    ConsoleHarness m_console;
    QHash<QString, QString> m_users; // e-mail -> id
    QByteArray m_adminToken;
    QString m_signedInAs;
    TenantKeysTab* m_tab = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

QTEST_MAIN(TestGuiTenantKeys)
#include "tst_gui_tenantkeys.moc"
