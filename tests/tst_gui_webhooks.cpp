// The Webhooks page against a real keywardd (started with --webhook-allow-private, offscreen, real keychain) and a
// real receiver (tests/support/WebhookReceiver): an admin creates a webhook through the dialog, sees its signing secret
// once, copies it, and the receiver verifies a test event with that copy; the delivery log shows the delivery and its
// attempts (a refused one, then a redelivery); a URL the server refuses keeps the dialog open with the server's reason
// on the URL field; edit, disable and enable, rotate (a new secret shown once, both secrets sign meanwhile) and
// delete; a server error lands in the page's message bar; support sees the page with nothing to change; a plain user
// has no Webhooks page.

#include "tests/support/ConsoleHarness.h"
#include "tests/support/WebhookReceiver.h"
#include "ui/Dialogs.h"
#include "ui/EmptyState.h"
#include "ui/MessageWidget.h"
#include "ui/Translations.h"
#include "ui/WebhookAttemptModel.h"
#include "ui/WebhookDeliveryLog.h"
#include "ui/WebhookDeliveryModel.h"
#include "ui/WebhookDialog.h"
#include "ui/WebhookModel.h"
#include "ui/WebhookSecretDialog.h"
#include "ui/WebhooksTab.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Test;

namespace {
const QString Password = QStringLiteral("quiet-harbor-lamp-7");
const QString SupportEmail = QStringLiteral("sam@acme.test");
const QString UserEmail = QStringLiteral("ivy@acme.test");
} // namespace

class TestGuiWebhooks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        installTranslations(QLocale(QLocale::English)); // as the console's main does: "1 event", "2 events"
        QVERIFY(m_console.startServer({QStringLiteral("--webhook-allow-private")}));
        QVERIFY(m_receiver.listen());
        const QByteArray admin = m_console.server().loginAdmin();
        QVERIFY(!m_console.server().createUser(admin, SupportEmail, QStringLiteral("support")).isEmpty());
        QVERIFY(!m_console.server().createUser(admin, UserEmail, QStringLiteral("user")).isEmpty());
    }
    void init()
    {
        Dialogs::setNextAnswer(std::nullopt);
        QGuiApplication::clipboard()->clear();
    }

    void adminCreatesAWebhookAndSeesItsSecretOnce()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        QCOMPARE(m_tab->model()->rowCount(), 0);
        // The empty list says so and offers the way out.
        auto* view = m_tab->findChild<QTableView*>(QStringLiteral("webhooksTableView"));
        auto* empty = view->findChild<EmptyState*>(QStringLiteral("emptyState"));
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().startsWith(QLatin1String("No webhooks yet")), qPrintable(empty->text()));
        QCOMPARE(empty->button()->text(), QStringLiteral("&New Webhook…"));
        empty->button()->click();
        WebhookDialog* dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), WebhookDialog::Mode::Create);
        auto* all = dialog->findChild<QCheckBox*>(QStringLiteral("allEventsCheckBox"));
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("eventsListWidget"));
        QVERIFY(all->isChecked()); // All events by default, every type listed by its name
        QVERIFY(!list->isEnabled());
        QCOMPARE(list->count(), int(Api::webhookEventTypes().size()));
        QCOMPARE(list->item(0)->text(), QStringLiteral("Key created"));
        QCOMPARE(dialog->checkedEvents(), Api::webhookEventTypes());

        const QString url = m_receiver.url().toString();
        dialog->findChild<QLineEdit*>(QStringLiteral("urlLineEdit"))->setText(url);
        dialog->findChild<QLineEdit*>(QStringLiteral("descriptionLineEdit"))->setText(QStringLiteral("Alerts"));
        okButton(dialog)->click();

        // The secret, once: copied through the console's clipboard, and the dialog stays until it is stored.
        WebhookSecretDialog* secretDialog = nullptr;
        QTRY_VERIFY((secretDialog = m_tab->findChild<WebhookSecretDialog*>(QStringLiteral("webhookSecretDialog")))
                    && secretDialog->isVisible());
        QTRY_VERIFY(!m_tab->findChild<WebhookDialog*>(QStringLiteral("webhookDialog")));
        const QString secret = secretDialog->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"))->text();
        QVERIFY2(secret.startsWith(QLatin1String("whsec_")), qPrintable(secret));
        QVERIFY(secretDialog->findChild<QLabel*>(QStringLiteral("standardLabel"))
                    ->text()
                    .contains(QLatin1String("Standard Webhooks signing secret")));
        QVERIFY(!secretDialog->findChild<QLabel*>(QStringLiteral("overlapLabel"))); // a new webhook: no old secret
        auto* close
            = secretDialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Close);
        QVERIFY(!close->isEnabled());
        secretDialog->reject(); // Escape: not before the secret is stored
        QVERIFY(secretDialog->isVisible());
        secretDialog->findChild<QPushButton*>(QStringLiteral("copyButton"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), secret);
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArray("secret"));
        m_secret = QGuiApplication::clipboard()->text();
        secretDialog->findChild<QCheckBox*>(QStringLiteral("storedCheckBox"))->setChecked(true);
        close->click();
        QTRY_VERIFY(!m_tab->findChild<WebhookSecretDialog*>(QStringLiteral("webhookSecretDialog")));

        // The server has it, with every event; the page lists and selects it.
        const QJsonArray webhooks = serverWebhooks();
        QCOMPARE(webhooks.size(), 1);
        const QJsonObject created = webhooks.at(0).toObject();
        QCOMPARE(created.value(QStringLiteral("url")).toString(), url);
        QCOMPARE(created.value(QStringLiteral("description")).toString(), QStringLiteral("Alerts"));
        QCOMPARE(created.value(QStringLiteral("events")).toArray().size(), Api::webhookEventTypes().size());
        m_webhookId = created.value(QStringLiteral("id")).toString();
        const int row = m_tab->model()->indexOf(m_webhookId);
        QVERIFY(row >= 0);
        QCOMPARE(m_tab->currentWebhook().id, m_webhookId);
        QCOMPARE(m_tab->model()->index(row, WebhookModel::Events).data().toString(), QStringLiteral("All events"));
        QCOMPARE(m_tab->model()->index(row, WebhookModel::Enabled).data().toString(), QStringLiteral("Enabled"));
        QVERIFY(!empty->isVisible());
    }

    void theDeliveryLogShowsATestEventAndARedelivery()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        QVERIFY(m_tab->selectWebhook(m_webhookId));
        WebhookDeliveryLog* log = m_tab->deliveryLog();
        QTRY_VERIFY(!log->isLoading());
        m_receiver.reset();
        m_receiver.setSecrets({m_secret});
        // The receiver refuses the first try: the log shows the refusal and when the next try is due.
        m_receiver.answer(503, 1);
        QVERIFY(log->sendTestAction()->isEnabled());
        log->sendTestAction()->trigger();
        QTRY_COMPARE(log->deliveries()->rowCount(), 1);
        const Api::WebhookDelivery queued = log->currentDelivery();
        QCOMPARE(queued.event, QStringLiteral("webhook.test"));
        QCOMPARE(queued.webhookId, m_webhookId);
        QCOMPARE(log->deliveries()->index(0, WebhookDeliveryModel::Event).data().toString(),
                 QStringLiteral("Test event"));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.ofType("webhook.test").size(), 1, 15000);
        // Signed with the secret the dialog showed and the clipboard carried.
        QCOMPARE(m_receiver.ofType("webhook.test").first().verifiedBy, QList<int> {0});
        QCOMPARE(m_receiver.ofType("webhook.test").first().id, queued.id.toUtf8());
        QVERIFY(refreshUntil(log, [&] { return deliveryOf(log, queued.id).attemptCount >= 1; }));
        QVERIFY(log->selectDelivery(queued.id));
        QCOMPARE(log->attempts()->rowCount(), 1);
        QCOMPARE(log->attempts()->index(0, WebhookAttemptModel::Result).data().toString(), QStringLiteral("HTTP 503"));
        QVERIFY(
            log->attempts()->index(0, WebhookAttemptModel::Latency).data().toString().endsWith(QLatin1String("ms")));
        if (deliveryOf(log, queued.id).status == Api::WebhookDelivery::Status::Pending) {
            QVERIFY(!log->attempts()->index(0, WebhookAttemptModel::NextRetry).data().toString().isEmpty());
            QCOMPARE(log->deliveries()
                         ->index(log->deliveries()->indexOf(queued.id), WebhookDeliveryModel::Status)
                         .data()
                         .toString(),
                     QStringLiteral("Pending"));
        }

        // Redeliver: sent again at once with the same webhook-id, and this time taken.
        QSignalSpy status(m_tab, &ConsoleTab::statusMessage);
        QVERIFY(log->redeliverAction()->isEnabled());
        log->redeliverAction()->trigger();
        QTRY_VERIFY(!status.isEmpty());
        QVERIFY2(status.last().at(0).toString().contains(QLatin1String("delivered again")),
                 qPrintable(status.last().at(0).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_receiver.ofType("webhook.test").size() >= 2, 15000);
        QCOMPARE(m_receiver.ofType("webhook.test").last().id, queued.id.toUtf8());
        QVERIFY(refreshUntil(
            log, [&] { return deliveryOf(log, queued.id).status == Api::WebhookDelivery::Status::Delivered; }));
        QVERIFY(log->selectDelivery(queued.id));
        QVERIFY(log->attempts()->rowCount() >= 2);
        QCOMPARE(log->attempts()->index(0, WebhookAttemptModel::Result).data().toString(), QStringLiteral("HTTP 200"));
        QCOMPARE(log->deliveries()
                     ->index(log->deliveries()->indexOf(queued.id), WebhookDeliveryModel::Status)
                     .data()
                     .toString(),
                 QStringLiteral("Delivered"));
        QVERIFY(log->deliveries()
                    ->index(log->deliveries()->indexOf(queued.id), WebhookDeliveryModel::NextAttempt)
                    .data()
                    .toString()
                    .isEmpty());
    }

    void aRefusedUrlShowsTheServersReasonInTheDialog()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        const int before = m_tab->model()->rowCount();
        const QString refused = QStringLiteral("ftp://hooks.example.com/keyward");
        // What the server says of this URL, asked directly (it creates nothing).
        const HttpResponse direct
            = m_console.server().http().postJson(QStringLiteral("v1/webhooks"), {{QStringLiteral("url"), refused}},
                                                 session(m_console.server().loginAdmin()));
        QCOMPARE(direct.status, 400);
        const QString reason
            = direct.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        QVERIFY(!reason.isEmpty());

        QVERIFY(triggerTabAction("actionNewWebhook"));
        WebhookDialog* dialog = openDialog();
        QVERIFY(dialog);
        auto* urlEdit = dialog->findChild<QLineEdit*>(QStringLiteral("urlLineEdit"));
        auto* error = dialog->findChild<MessageWidget*>(QStringLiteral("errorMessage"));
        // Nothing typed: refused here, nothing sent.
        okButton(dialog)->click();
        QVERIFY(error->isVisible());
        QVERIFY(dialog->isVisible());
        QCOMPARE(serverWebhooks().size(), before);

        urlEdit->setText(refused);
        okButton(dialog)->click();
        QTRY_COMPARE(error->text(), reason);
        QVERIFY(error->isVisible());
        QVERIFY(dialog->isVisible());
        QVERIFY(okButton(dialog)->isEnabled()); // usable again
        QCOMPARE(dialog->focusWidget(), urlEdit);
        QCOMPARE(serverWebhooks().size(), before);
        QCOMPARE(m_tab->model()->rowCount(), before);

        // Events: none chosen is refused here too.
        urlEdit->setText(m_receiver.url(QStringLiteral("/other")).toString());
        dialog->findChild<QCheckBox*>(QStringLiteral("allEventsCheckBox"))->setChecked(false);
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("eventsListWidget"));
        QVERIFY(list->isEnabled());
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(Qt::Unchecked);
        okButton(dialog)->click();
        QVERIFY(error->text().contains(QLatin1String("at least one event")));
        QCOMPARE(dialog->focusWidget(), list);
        dialog->reject();
        QTRY_VERIFY(!m_tab->findChild<WebhookDialog*>(QStringLiteral("webhookDialog")));
        QCOMPARE(serverWebhooks().size(), before);
    }

    void adminEditsTheEvents()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        QVERIFY(m_tab->selectWebhook(m_webhookId));
        QVERIFY(triggerTabAction("actionEditWebhook"));
        WebhookDialog* dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), WebhookDialog::Mode::Edit);
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("urlLineEdit"))->text(), m_receiver.url().toString());
        auto* all = dialog->findChild<QCheckBox*>(QStringLiteral("allEventsCheckBox"));
        QVERIFY(all->isChecked());
        all->setChecked(false);
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("eventsListWidget"));
        const QStringList wanted {QStringLiteral("key.created"), QStringLiteral("key.revoked")};
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(wanted.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                       : Qt::Unchecked);
        dialog->findChild<QLineEdit*>(QStringLiteral("descriptionLineEdit"))->setText(QStringLiteral("Key alerts"));
        okButton(dialog)->click();
        QTRY_VERIFY(!m_tab->findChild<WebhookDialog*>(QStringLiteral("webhookDialog")));
        const QJsonObject changed = serverWebhook(m_webhookId);
        QCOMPARE(changed.value(QStringLiteral("events")).toArray(),
                 (QJsonArray {QStringLiteral("key.created"), QStringLiteral("key.revoked")}));
        QCOMPARE(changed.value(QStringLiteral("description")).toString(), QStringLiteral("Key alerts"));
        const int row = m_tab->model()->indexOf(m_webhookId);
        QCOMPARE(m_tab->model()->index(row, WebhookModel::Events).data().toString(), QStringLiteral("2 events"));
        QCOMPARE(m_tab->model()->index(row, WebhookModel::Description).data().toString(), QStringLiteral("Key alerts"));
        QVERIFY(m_tab->model()
                    ->index(row, WebhookModel::Events)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("Key revoked")));

        // Edit again: the dialog shows the events chosen.
        QVERIFY(triggerTabAction("actionEditWebhook"));
        dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("allEventsCheckBox"))->isChecked());
        QCOMPARE(dialog->checkedEvents(), wanted);
        dialog->reject();
        QTRY_VERIFY(!m_tab->findChild<WebhookDialog*>(QStringLiteral("webhookDialog")));
    }

    void adminDisablesAndEnables()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        QVERIFY(m_tab->selectWebhook(m_webhookId));
        QVERIFY(!action("actionEnableWebhook")->isEnabled());
        QVERIFY(triggerTabAction("actionDisableWebhook"));
        QTRY_VERIFY(!serverWebhook(m_webhookId).value(QStringLiteral("enabled")).toBool());
        QTRY_VERIFY(action("actionEnableWebhook")->isEnabled());
        QVERIFY(!action("actionDisableWebhook")->isEnabled());
        const int row = m_tab->model()->indexOf(m_webhookId);
        QCOMPARE(m_tab->model()->index(row, WebhookModel::Enabled).data().toString(), QStringLiteral("Disabled"));
        // A disabled webhook gets no test event (the server would refuse it: 409 WEBHOOK_DISABLED).
        QVERIFY(!m_tab->deliveryLog()->sendTestAction()->isEnabled());
        QVERIFY(triggerTabAction("actionEnableWebhook"));
        QTRY_VERIFY(serverWebhook(m_webhookId).value(QStringLiteral("enabled")).toBool());
        QTRY_VERIFY(m_tab->deliveryLog()->sendTestAction()->isEnabled());
        QVERIFY(action("actionDisableWebhook")->isEnabled());
    }

    void rotateShowsANewSecretAndBothSign()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        QVERIFY(m_tab->selectWebhook(m_webhookId));
        Dialogs::setNextAnswer(true);
        QVERIFY(triggerTabAction("actionRotateWebhookSecret"));
        QVERIFY2(Dialogs::lastQuestion().contains(QLatin1String("24 hours")), qPrintable(Dialogs::lastQuestion()));
        WebhookSecretDialog* secretDialog = nullptr;
        QTRY_VERIFY((secretDialog = m_tab->findChild<WebhookSecretDialog*>(QStringLiteral("webhookSecretDialog")))
                    && secretDialog->isVisible());
        const QString secret = secretDialog->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"))->text();
        QVERIFY(secret.startsWith(QLatin1String("whsec_")));
        QVERIFY(secret != m_secret);
        QVERIFY(secretDialog->findChild<QLabel*>(QStringLiteral("overlapLabel"))); // the old one still signs
        QVERIFY(!serverWebhook(m_webhookId).value(QStringLiteral("previous_secret_expires_at")).isNull());
        secretDialog->findChild<QPushButton*>(QStringLiteral("copyButton"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), secret);
        secretDialog->findChild<QCheckBox*>(QStringLiteral("storedCheckBox"))->setChecked(true);
        secretDialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Close)
            ->click();
        QTRY_VERIFY(!m_tab->findChild<WebhookSecretDialog*>(QStringLiteral("webhookSecretDialog")));

        // Meanwhile a delivery carries a signature from each.
        m_receiver.reset();
        m_receiver.setSecrets({m_secret, secret});
        m_tab->deliveryLog()->sendTestAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.ofType("webhook.test").size(), 1, 15000);
        QList<int> verifiedBy = m_receiver.ofType("webhook.test").first().verifiedBy;
        std::sort(verifiedBy.begin(), verifiedBy.end());
        QCOMPARE(verifiedBy, (QList<int> {0, 1}));
        m_secret = secret;
    }

    void aServerErrorShowsInThePage()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        // A webhook someone else deletes while the page still shows it.
        const QByteArray admin = m_console.server().loginAdmin();
        const HttpResponse created = m_console.server().http().postJson(
            QStringLiteral("v1/webhooks"),
            {{QStringLiteral("url"), m_receiver.url(QStringLiteral("/gone")).toString()}}, session(admin));
        QCOMPARE(created.status, 201);
        const QString id = created.response().value(QStringLiteral("id")).toString();
        QVERIFY(triggerTabAction("actionReloadWebhooks"));
        QTRY_VERIFY(m_tab->model()->indexOf(id) >= 0);
        QVERIFY(m_tab->selectWebhook(id));
        QCOMPARE(m_console.server().http().del(QStringLiteral("v1/webhooks/%1").arg(id), session(admin)).status, 200);
        const HttpResponse direct
            = m_console.server().http().postJson(QStringLiteral("v1/webhooks/%1/test").arg(id), {}, session(admin));
        QCOMPARE(direct.status, 404);
        MessageWidget* message = m_tab->messageWidget();
        m_tab->deliveryLog()->sendTestAction()->trigger();
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->text(),
                 direct.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString());
        QCOMPARE(message->type(), MessageWidget::Type::Error);
        // The next reload puts it away, and the webhook with it.
        QVERIFY(triggerTabAction("actionReloadWebhooks"));
        QTRY_VERIFY(!message->isVisible());
        QCOMPARE(m_tab->model()->indexOf(id), -1);
    }

    void offlineDisablesEveryChange()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        QVERIFY(m_tab->selectWebhook(m_webhookId));
        const char* changing[] = {"actionNewWebhook",          "actionEditWebhook",   "actionDisableWebhook",
                                  "actionRotateWebhookSecret", "actionDeleteWebhook", "actionSendTestEvent"};
        for (const char* name : changing)
            QVERIFY2(action(name)->isEnabled(), name);
        m_tab->setOffline(true);
        for (const char* name : changing)
            QVERIFY2(!action(name)->isEnabled(), name);
        QVERIFY(!m_tab->deliveryLog()->redeliverAction()->isEnabled());
        QVERIFY(action("actionReloadWebhooks")->isEnabled());
        m_tab->setOffline(false);
        for (const char* name : changing)
            QVERIFY2(action(name)->isEnabled(), name);
    }

    void deleteRemovesIt()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        QVERIFY(m_tab->selectWebhook(m_webhookId));
        Dialogs::setNextAnswer(false);
        QVERIFY(triggerTabAction("actionDeleteWebhook"));
        QVERIFY(Dialogs::lastQuestion().contains(m_receiver.url().toString())); // names the URL
        QVERIFY(serverWebhook(m_webhookId).contains(QStringLiteral("id"))); // answered no: still there
        Dialogs::setNextAnswer(true);
        QVERIFY(triggerTabAction("actionDeleteWebhook"));
        QTRY_COMPARE(m_tab->model()->indexOf(m_webhookId), -1);
        QVERIFY(!serverWebhook(m_webhookId).contains(QStringLiteral("id")));
        QCOMPARE(serverWebhooks().size(), 0);
        auto* empty = m_tab->findChild<QTableView*>(QStringLiteral("webhooksTableView"))
                          ->findChild<EmptyState*>(QStringLiteral("emptyState"));
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(m_tab->currentWebhook().id.isEmpty());
        QCOMPARE(m_tab->deliveryLog()->deliveries()->rowCount(), 0);
    }

    void supportSeesWebhooksAndLogsAndChangesNothing()
    {
        // A webhook with one delivery, made by the admin.
        const QByteArray admin = m_console.server().loginAdmin();
        const HttpResponse created = m_console.server().http().postJson(
            QStringLiteral("v1/webhooks"), {{QStringLiteral("url"), m_receiver.url().toString()}}, session(admin));
        QCOMPARE(created.status, 201);
        const QString id = created.response().value(QStringLiteral("id")).toString();
        QCOMPARE(m_console.server()
                     .http()
                     .postJson(QStringLiteral("v1/webhooks/%1/test").arg(id), {}, session(admin))
                     .status,
                 202);

        QVERIFY(openTab(SupportEmail, Password));
        QVERIFY(m_tab->model()->indexOf(id) >= 0);
        QVERIFY(m_tab->selectWebhook(id));
        QTRY_VERIFY(!m_tab->deliveryLog()->isLoading());
        QTRY_COMPARE(m_tab->deliveryLog()->deliveries()->rowCount(), 1);
        QVERIFY(m_tab->deliveryLog()->selectDelivery(m_tab->deliveryLog()->deliveries()->deliveryAt(0).id));
        for (const char* name :
             {"actionNewWebhook", "actionEditWebhook", "actionDisableWebhook", "actionEnableWebhook",
              "actionRotateWebhookSecret", "actionDeleteWebhook", "actionSendTestEvent", "actionRedeliver"}) {
            QVERIFY2(!action(name)->isVisible(), name);
            QVERIFY2(!action(name)->isEnabled(), name);
        }
        QVERIFY(action("actionReloadWebhooks")->isEnabled());
        QVERIFY(action("actionReloadDeliveries")->isEnabled());
        QVERIFY(!m_tab->messageWidget()->isVisible());
    }

    void aPlainUserHasNoWebhooksPage()
    {
        QVERIFY(signInAs(UserEmail, Password));
        QVERIFY(!m_console.showTab<WebhooksTab>());
        QVERIFY(!m_console.window()->findChild<WebhooksTab*>());
        QVERIFY(m_console.window()->findChild<QTabWidget*>(QStringLiteral("tabWidget"))->count() > 0);
    }

    void cleanupTestCase() { m_testers.clear(); }

private:
    bool signInAs(const QString& email, const QString& password)
    {
        if (m_signedInAs == email)
            return true;
        m_testers.clear();
        m_tab = nullptr;
        if (m_console.window() && m_console.api().hasSession())
            m_console.triggerAction("actionSignOut");
        else
            m_console.openConsole();
        if (!m_console.signIn(email, password))
            return false;
        m_signedInAs = email;
        return true;
    }
    bool openTab(const QString& email, const QString& password)
    {
        if (!signInAs(email, password))
            return false;
        m_tab = m_console.showTab<WebhooksTab>();
        if (!m_tab)
            return false;
        if (m_testers.empty()) {
            for (QAbstractItemModel* model :
                 {static_cast<QAbstractItemModel*>(m_tab->model()), static_cast<QAbstractItemModel*>(m_tab->proxy()),
                  static_cast<QAbstractItemModel*>(m_tab->deliveryLog()->deliveries()),
                  static_cast<QAbstractItemModel*>(m_tab->deliveryLog()->attempts())})
                m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                    model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
        return QTest::qWaitFor([this] { return !m_tab->isLoading() && m_tab->updatedAt().isValid(); }, 10000);
    }
    QAction* action(const char* name) const { return m_tab->findChild<QAction*>(QLatin1String(name)); }
    // As a click would: only an enabled action.
    bool triggerTabAction(const char* name)
    {
        QAction* found = action(name);
        if (!found || !found->isEnabled())
            return false;
        found->trigger();
        return true;
    }
    WebhookDialog* openDialog()
    {
        WebhookDialog* dialog = nullptr;
        QTest::qWaitFor(
            [&] {
                dialog = m_tab->findChild<WebhookDialog*>(QStringLiteral("webhookDialog"));
                return dialog && dialog->isVisible();
            },
            5000);
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }
    static QPushButton* okButton(QDialog* dialog)
    {
        return dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    }
    static Api::WebhookDelivery deliveryOf(WebhookDeliveryLog* log, const QString& id)
    {
        return log->deliveries()->deliveryAt(log->deliveries()->indexOf(id));
    }
    // Refreshes the log (as the user would) until the condition holds; false after the deadline.
    bool refreshUntil(WebhookDeliveryLog* log, const std::function<bool()>& condition)
    {
        return QTest::qWaitFor(
            [&] {
                if (log->isLoading())
                    return false;
                if (condition())
                    return true;
                log->reload();
                return false;
            },
            20000);
    }
    QJsonArray serverWebhooks()
    {
        return m_console.server()
            .http()
            .get(QStringLiteral("v1/webhooks"), session(m_console.server().loginAdmin()))
            .response()
            .value(QStringLiteral("webhooks"))
            .toArray();
    }
    QJsonObject serverWebhook(const QString& id)
    {
        return m_console.server()
            .http()
            .get(QStringLiteral("v1/webhooks/%1").arg(id), session(m_console.server().loginAdmin()))
            .response();
    }

    ConsoleHarness m_console;
    WebhookReceiver m_receiver;
    WebhooksTab* m_tab = nullptr;
    QString m_signedInAs;
    QString m_webhookId;
    QString m_secret;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

QTEST_MAIN(TestGuiWebhooks)
#include "tst_gui_webhooks.moc"
