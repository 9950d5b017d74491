// The API Keys page against a real keywardd (offscreen, real keychain): creating keys with each expiry preset and a
// custom date through the real dialog, refusing past dates, the tenant's cap on the date picker, the secret shown
// once, revoke, re-activate (not once expired), edit, rotate, delete, copy key id, the filters, the admin's owner
// picker, remembered column widths, and the models under QAbstractItemModelTester.

#include "core/Timestamps.h"
#include "tests/support/ConsoleHarness.h"
#include "ui/ApiKeyFilterProxy.h"
#include "ui/ApiKeyModel.h"
#include "ui/ApiKeysTab.h"
#include "ui/AuditModel.h"
#include "ui/CreateKeyDialog.h"
#include "ui/Dialogs.h"
#include "ui/EmptyState.h"
#include "ui/KeyDetailsPane.h"
#include "ui/KeyStatusCombo.h"
#include "ui/KeyTableView.h"
#include "ui/MessageWidget.h"
#include "ui/SecretDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <memory>

using namespace Keyward;
using namespace Keyward::Test;

namespace {
const QString UserEmail = QStringLiteral("alice@acme.test");
const QString UserPassword = QStringLiteral("quiet-harbor-lamp-7");
constexpr qint64 Day = 86400;

// The visible child of this type and name (closed dialogs linger until deleteLater runs).
template<typename T> T* visibleChild(QObject* parent, const QString& name)
{
    for (T* child : parent->findChildren<T*>(name)) {
        if (child->isVisible())
            return child;
    }
    return nullptr;
}

QDateTime utc(const QJsonValue& value)
{
    return QDateTime::fromMSecsSinceEpoch(Timestamps::fromIso(value.toString()).value_or(0), Qt::UTC);
}

QJsonObject key(const QString& name, int days = 30)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("expires_in_days"), days}};
}

// The server's key objects as the model takes them.
QList<Api::Key> typed(const QJsonArray& objects)
{
    QList<Api::Key> keys;
    for (const QJsonValue& object : objects) {
        const std::optional<Api::Key> key = Api::Key::fromJson(object.toObject());
        if (key)
            keys.append(*key);
    }
    return keys;
}
} // namespace

class TestGuiApiKeys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_console.startServer());
        const QByteArray admin = m_console.server().loginAdmin();
        m_aliceId = m_console.server().createUser(admin, UserEmail, QStringLiteral("user"));
        QVERIFY(!m_aliceId.isEmpty());
    }

    void init() { Dialogs::setNextAnswer(std::nullopt); }

    void cleanup()
    {
        Dialogs::setNextAnswer(std::nullopt);
        if (QTest::currentTestFunction() == QByteArrayLiteral("tenantCapLimitsTheDatePicker"))
            setTenantCap(0);
        if (QTest::currentTestFailed())
            m_signedInAs.clear(); // start the next test from a fresh console
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        m_tab = nullptr;
    }

    void modelsPassTheTester()
    {
        ApiKeyModel model;
        ApiKeyFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray token = aliceToken();
        QJsonArray page;
        for (int i = 0; i < 5; ++i)
            page.append(m_console.server().createKey(token, key(QStringLiteral("tester %1").arg(i), i == 0 ? 7 : 30)));
        model.append(typed(page));
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!model.keyAt(0).toJson().contains(QStringLiteral("secret")));
        model.append(typed(page)); // the same keys again: updated, not doubled
        QCOMPARE(model.rowCount(), 5);
        proxy.setFilterText(QStringLiteral("tester 3"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText({});
        proxy.setExpiringSoonOnly(true);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setExpiringSoonOnly(false);
        proxy.sort(ApiKeyModel::Expires, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, ApiKeyModel::Name).data().toString(), QStringLiteral("tester 0"));
        QCOMPARE(proxy.index(0, ApiKeyModel::Expires).data(Qt::EditRole).metaType().id(), QMetaType::QDateTime);
        Api::Key revoked = typed(page).at(2);
        revoked.status = KeyStatus::Inactive;
        QVERIFY(model.updateKey(revoked));
        proxy.setStatusFilter(KeyStatus::Inactive);
        QCOMPARE(proxy.rowCount(), 1);
        // A leaked key (GitHub secret scanning) says so, whatever its expiry, with where it was found.
        Api::Key leaked = typed(page).at(3);
        leaked.status = KeyStatus::Leaked;
        leaked.leak = {QStringLiteral("https://github.com/acme/app/blob/main/.env"), QStringLiteral("github"),
                       QDateTime::currentMSecsSinceEpoch() - 60000};
        leaked.expiresAt = QDateTime::currentMSecsSinceEpoch() - 1000; // lapsed since: still "leaked"
        QVERIFY(model.updateKey(leaked));
        const int leakedRow = model.indexOf(leaked.id);
        QCOMPARE(model.statusAt(leakedRow), KeyStatus::Leaked);
        QCOMPARE(model.index(leakedRow, ApiKeyModel::Status).data().toString(), QStringLiteral("Leaked"));
        QVERIFY(model.index(leakedRow, ApiKeyModel::Status)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("https://github.com/acme/app/blob/main/.env")));
        QCOMPARE(model.keyAt(leakedRow).leak.url, leaked.leak.url);
        proxy.setStatusFilter(KeyStatus::Leaked);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, ApiKeyModel::Name).data().toString(), leaked.name);
        KeyStatusCombo statusCombo;
        QVERIFY(statusCombo.findData(QStringLiteral("leaked")) >= 0);
        proxy.setStatusFilter(std::nullopt);
        const QString id = page.at(1).toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(model.indexOf(id), 1);
        QVERIFY(model.removeKey(id));
        QCOMPARE(model.indexOf(id), -1);
        QCOMPARE(model.rowCount(), 4);
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);

        // The page's own model and proxy, while they load.
        QVERIFY(openTab(UserEmail, UserPassword));
        m_tab->reload();
        QTRY_VERIFY(!m_tab->isLoading());
        QVERIFY(m_tab->model()->rowCount() >= 5);
    }

    // The compact rows give back exactly the keys they were fed: every field, the shared ones (owner, tenant,
    // creator, scopes) included.
    void keyAtGivesBackWhatWasFed()
    {
        ApiKeyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 now = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000; // the wire has whole seconds
        Api::Key base;
        base.prefix = QStringLiteral("kw_key_ab12");
        base.scopes = {QStringLiteral("read"), QStringLiteral("write")};
        base.owner = {QStringLiteral("u1"), QStringLiteral("alice@acme.test")};
        base.tenantId = QStringLiteral("t1");
        base.createdAt = now - 10 * Day * 1000;
        base.updatedAt = now - Day * 1000;
        base.expiresAt = now + 30 * Day * 1000;
        base.createdBy = QStringLiteral("u1");

        Api::Key neverUsed = base; // no last use, no expiry, no scopes
        neverUsed.id = QStringLiteral("k1");
        neverUsed.name = QStringLiteral("never used");
        neverUsed.expiresAt = 0;
        neverUsed.scopes = {};
        Api::Key revoked = base;
        revoked.id = QStringLiteral("k2");
        revoked.name = QStringLiteral("revoked");
        revoked.status = KeyStatus::Inactive;
        revoked.lastUsedAt = now - 3600 * 1000;
        revoked.lastUsedAddress = QStringLiteral("192.0.2.7");
        Api::Key described = base;
        described.id = QStringLiteral("k3");
        described.name = QStringLiteral("described, rate-limited");
        described.description = QStringLiteral("CI pipeline, \"nightly\"");
        described.rateLimit = 120;
        described.scopes = {QStringLiteral("admin")};
        described.owner = {QStringLiteral("u2"), QStringLiteral("bob@acme.test")};
        described.createdBy = QStringLiteral("u1");
        Api::Key expired = base;
        expired.id = QStringLiteral("k4");
        expired.name = QStringLiteral("expired");
        expired.status = KeyStatus::Expired;
        expired.expiresAt = now - Day * 1000;
        const QList<Api::Key> fed {neverUsed, revoked, described, expired};

        model.append(fed);
        QCOMPARE(model.rowCount(), int(fed.size()));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.keyAt(row).toJson(), fed.at(row).toJson());
        QVERIFY(model.keyAt(-1).id.isEmpty());
        QVERIFY(model.keyAt(model.rowCount()).id.isEmpty());

        // An update replaces every field, and a page with a key already there updates it.
        Api::Key edited = described;
        edited.description.clear();
        edited.rateLimit = 0;
        edited.name = QStringLiteral("edited");
        QVERIFY(model.updateKey(edited));
        QCOMPARE(model.keyAt(2).toJson(), edited.toJson());
        model.append({described});
        QCOMPARE(model.rowCount(), int(fed.size()));
        QCOMPARE(model.keyAt(2).toJson(), described.toJson());
    }

    void createWithPreset_data()
    {
        QTest::addColumn<int>("days");
        for (int days : CreateKeyDialog::Presets)
            QTest::addRow("%d days", days) << days;
    }
    void createWithPreset()
    {
        QFETCH(int, days);
        QVERIFY(openTab(UserEmail, UserPassword));
        CreateKeyDialog* dialog = openCreateDialog();
        QVERIFY(dialog);
        const QString name = QStringLiteral("preset %1").arg(days);
        dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(name);
        dialog->findChild<QLineEdit*>(QStringLiteral("descriptionLineEdit"))->setText(QStringLiteral("made by a test"));
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("expiryComboBox"));
        combo->setCurrentIndex(combo->findData(days));
        QVERIFY(!dialog->findChild<QDateEdit*>(QStringLiteral("expiryDateEdit"))->isVisible());
        const QDateTime before = QDateTime::currentDateTimeUtc();
        clickOk(dialog);

        const QString secret = takeSecret();
        QVERIFY(secret.startsWith(QLatin1String("kw_key_")));
        QCOMPARE(secret.size(), 43);

        const QString id = idOf(name);
        QVERIFY(!id.isEmpty());
        const QJsonObject server = serverKey(id);
        QCOMPARE(server.value(QStringLiteral("name")).toString(), name);
        QCOMPARE(server.value(QStringLiteral("description")).toString(), QStringLiteral("made by a test"));
        QCOMPARE(server.value(QStringLiteral("scopes")).toArray(), QJsonArray {QStringLiteral("read")});
        const QDateTime expires = utc(server.value(QStringLiteral("expires_at")));
        QVERIFY2(qAbs(before.addSecs(days * Day).secsTo(expires)) < 300, qPrintable(expires.toString(Qt::ISODate)));

        // The row, and the warning for keys expiring within a week.
        const int row = m_tab->model()->indexOf(id);
        const QModelIndex expiresIndex = m_tab->model()->index(row, ApiKeyModel::Expires);
        QCOMPARE(m_tab->model()->index(row, ApiKeyModel::Status).data().toString(), QStringLiteral("Active"));
        QVERIFY(!m_tab->model()->keyAt(row).toJson().contains(QStringLiteral("secret")));
        QCOMPARE(expiresIndex.data(ApiKeyModel::ExpiringSoonRole).toBool(), days == 7);
        QCOMPARE(!expiresIndex.data(Qt::DecorationRole).isNull(), days == 7);
        if (days == 7) {
            QVERIFY2(expiresIndex.data(Qt::ToolTipRole).toString().contains(QLatin1String("Expires in 7 day")),
                     qPrintable(expiresIndex.data(Qt::ToolTipRole).toString()));
            auto* warning = m_tab->findChild<MessageWidget*>(QStringLiteral("expiryWarningMessage"));
            QVERIFY(warning->isVisible());
            QCOMPARE(warning->type(), MessageWidget::Type::Warning);
            // One click shows just those keys.
            auto* expiring = m_tab->findChild<QCheckBox*>(QStringLiteral("expiringCheckBox"));
            QVERIFY(!expiring->isChecked());
            warning->actionButton()->click();
            QVERIFY(expiring->isChecked());
            QVERIFY(m_tab->proxy()->rowCount() >= 1);
            for (int r = 0; r < m_tab->proxy()->rowCount(); ++r)
                QVERIFY(m_tab->proxy()->index(r, 0).data(ApiKeyModel::ExpiringSoonRole).toBool());
            expiring->setChecked(false);
        }
    }

    // The rate limit is chosen in the dialog (and changed in Edit); the scopes say what they mean and, in Edit, why
    // they cannot change.
    void rateLimitAndScopesInTheDialog()
    {
        QVERIFY(openTab(UserEmail, UserPassword));
        CreateKeyDialog* dialog = openCreateDialog();
        QVERIFY(dialog);
        auto* hint = dialog->findChild<QLabel*>(QStringLiteral("scopesHintLabel"));
        QVERIFY(hint->isVisibleTo(dialog) && hint->text().contains(QLatin1String("write")));
        auto* rate = dialog->findChild<QSpinBox*>(QStringLiteral("rateLimitSpinBox"));
        QCOMPARE(rate->value(), 0);
        QCOMPARE(rate->text(), QStringLiteral("No limit"));
        dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("limited"));
        rate->setValue(600);
        clickOk(dialog);
        takeSecret();
        QString id;
        QTRY_VERIFY(!(id = idOf(QStringLiteral("limited"))).isEmpty());
        const auto serverLimit = [&] {
            return m_console.server()
                .http()
                .get(QStringLiteral("v1/api-keys/%1").arg(id), session(aliceToken()))
                .response()
                .value(QStringLiteral("rate_limit"))
                .toInt();
        };
        QCOMPARE(serverLimit(), 600);

        QVERIFY(m_tab->selectKey(id));
        QVERIFY(trigger("actionEditKey"));
        CreateKeyDialog* edit = nullptr;
        QTRY_VERIFY((edit = visibleChild<CreateKeyDialog>(m_tab, QStringLiteral("editKeyDialog"))));
        QVERIFY(edit->findChild<QLabel*>(QStringLiteral("scopesHintLabel"))->text().contains(QLatin1String("cannot")));
        auto* editRate = edit->findChild<QSpinBox*>(QStringLiteral("rateLimitSpinBox"));
        QCOMPARE(editRate->value(), 600);
        editRate->setValue(0);
        clickOk(edit);
        QTRY_VERIFY(!visibleChild<CreateKeyDialog>(m_tab, QStringLiteral("editKeyDialog")));
        QCOMPARE(serverLimit(), 0);
    }

    void secretDialogNeedsConfirmationAndCopies()
    {
        QVERIFY(openTab(UserEmail, UserPassword));
        CreateKeyDialog* dialog = openCreateDialog();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("copied"));
        dialog->findChild<QCheckBox*>(QStringLiteral("writeCheckBox"))->setChecked(true);
        QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("adminCheckBox"))->isVisible()); // not an admin
        QVERIFY(!dialog->findChild<QComboBox*>(QStringLiteral("ownerComboBox"))->isVisible());
        clickOk(dialog);

        SecretDialog* secretDialog = nullptr;
        QTRY_VERIFY((secretDialog = visibleChild<SecretDialog>(m_tab, QStringLiteral("secretDialog"))));
        const QString secret = secretDialog->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"))->text();
        QVERIFY(secretDialog->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"))->isReadOnly());
        QPushButton* close
            = secretDialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Close);
        QVERIFY(!close->isEnabled());
        secretDialog->reject(); // Escape does not close it either
        QVERIFY(secretDialog->isVisible());
        auto* copy = secretDialog->findChild<QPushButton*>(QStringLiteral("copyButton"));
        QCOMPARE(copy->accessibleName(), QStringLiteral("Copy key"));
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), secret);
        QVERIFY(m_console.clipboard().isCountingDown());
        // The real keychain works here, so keeping the key there is offered; ticked, it is saved on close.
        auto* keychain = secretDialog->findChild<QCheckBox*>(QStringLiteral("keychainCheckBox"));
        QVERIFY(keychain->isVisible());
        keychain->setChecked(true);
        secretDialog->findChild<QCheckBox*>(QStringLiteral("storedCheckBox"))->setChecked(true);
        QVERIFY(close->isEnabled());
        close->click();
        QTRY_VERIFY(!visibleChild<SecretDialog>(m_tab, QStringLiteral("secretDialog")));
        m_console.clipboard().clearSecret();

        const QString entry
            = SecretStore::entryName(m_console.window()->session().server, m_console.window()->session().email,
                                     SecretStore::keyKind(idOf(QStringLiteral("copied"))));
        QTRY_VERIFY(m_console.secrets().storedNames().contains(entry));
        bool read = false;
        m_console.secrets().read(entry, this, [&](const SecretStore::Result& result) {
            QCOMPARE(result.secret, secret.toLatin1());
            read = true;
        });
        QTRY_VERIFY(read);

        const QJsonObject server = serverKey(idOf(QStringLiteral("copied")));
        QCOMPARE(server.value(QStringLiteral("scopes")).toArray(),
                 (QJsonArray {QStringLiteral("read"), QStringLiteral("write")}));
    }

    void createWithCustomDate()
    {
        QVERIFY(openTab(UserEmail, UserPassword));
        CreateKeyDialog* dialog = openCreateDialog();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("custom date"));
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("expiryComboBox"));
        combo->setCurrentIndex(combo->findData(CreateKeyDialog::CustomExpiry));
        auto* dateEdit = dialog->findChild<QDateEdit*>(QStringLiteral("expiryDateEdit"));
        QVERIFY(dateEdit->isVisible());
        QVERIFY(dateEdit->calendarPopup());
        QCOMPARE(dateEdit->minimumDate(), QDate::currentDate().addDays(1));
        dateEdit->setDate(QDate::currentDate().addDays(45));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        clickOk(dialog);
        QVERIFY(!takeSecret().isEmpty());
        const QDateTime expires
            = utc(serverKey(idOf(QStringLiteral("custom date"))).value(QStringLiteral("expires_at")));
        QVERIFY2(qAbs(before.addSecs(45 * Day).secsTo(expires)) < 300, qPrintable(expires.toString(Qt::ISODate)));
    }

    void pastCustomDateIsRefused()
    {
        QVERIFY(openTab(UserEmail, UserPassword));
        const int keysBefore = serverKeyCount();
        CreateKeyDialog* dialog = openCreateDialog();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("in the past"));
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("expiryComboBox"));
        combo->setCurrentIndex(combo->findData(CreateKeyDialog::CustomExpiry));
        auto* dateEdit = dialog->findChild<QDateEdit*>(QStringLiteral("expiryDateEdit"));
        const QDate tomorrow = QDate::currentDate().addDays(1);
        // The picker does not take a past date, nor today.
        dateEdit->setDate(QDate::currentDate().addDays(-3));
        QVERIFY(dateEdit->date() >= tomorrow);
        dateEdit->setDate(QDate::currentDate());
        QVERIFY(dateEdit->date() >= tomorrow);

        // And accept() checks again, as if midnight had passed while the dialog was open.
        dateEdit->setMinimumDate(QDate::currentDate().addDays(-10));
        dateEdit->setDate(QDate::currentDate().addDays(-1));
        clickOk(dialog);
        auto* error = dialog->findChild<MessageWidget*>(QStringLiteral("errorMessage"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("future")));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dateEdit->minimumDate(), tomorrow);
        QTest::qWait(200);
        QVERIFY(!visibleChild<SecretDialog>(m_tab, QStringLiteral("secretDialog")));
        QCOMPARE(serverKeyCount(), keysBefore);

        // An empty name is refused the same way.
        dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("   "));
        dateEdit->setDate(tomorrow);
        clickOk(dialog);
        QVERIFY(error->text().contains(QLatin1String("name")));
        dialog->reject();
        QTRY_VERIFY(!visibleChild<CreateKeyDialog>(m_tab, QStringLiteral("createKeyDialog")));
    }

    void tenantCapLimitsTheDatePicker()
    {
        QVERIFY(openTab(UserEmail, UserPassword));
        QVERIFY(setTenantCap(30));
        CreateKeyDialog* dialog = openCreateDialog();
        QVERIFY(dialog);
        auto* dateEdit = dialog->findChild<QDateEdit*>(QStringLiteral("expiryDateEdit"));
        // The dialog asks the server (GET /v1/tenant): the cap set after sign-in counts.
        QTRY_COMPARE(dateEdit->maximumDate(), QDate::currentDate().addDays(30));
        QCOMPARE(dialog->maxLifetimeDays(), 30);
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("expiryComboBox"));
        auto* items = qobject_cast<QStandardItemModel*>(combo->model());
        QVERIFY(items);
        QVERIFY(items->item(combo->findData(30))->isEnabled());
        QVERIFY(!items->item(combo->findData(60))->isEnabled());
        QVERIFY(!items->item(combo->findData(90))->isEnabled());
        combo->setCurrentIndex(combo->findData(CreateKeyDialog::CustomExpiry));
        dateEdit->setDate(QDate::currentDate().addDays(60));
        QCOMPARE(dateEdit->date(), QDate::currentDate().addDays(30));

        // The last day the picker allows is accepted by the server.
        dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("at the cap"));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        clickOk(dialog);
        QVERIFY(!takeSecret().isEmpty());
        const QDateTime expires
            = utc(serverKey(idOf(QStringLiteral("at the cap"))).value(QStringLiteral("expires_at")));
        QVERIFY(expires <= QDateTime::currentDateTimeUtc().addSecs(30 * Day));
        QVERIFY(expires > before.addSecs(29 * Day));

        QVERIFY(setTenantCap(0));
        dialog = openCreateDialog();
        QVERIFY(dialog);
        dateEdit = dialog->findChild<QDateEdit*>(QStringLiteral("expiryDateEdit"));
        QTRY_VERIFY(dateEdit->maximumDate() > QDate::currentDate().addDays(3650));
        dialog->reject();
    }

    void adminPicksTheOwner()
    {
        QVERIFY(openTab(QLatin1String(TestServer::AdminEmail), QLatin1String(TestServer::AdminPassword)));
        CreateKeyDialog* dialog = openCreateDialog();
        QVERIFY(dialog);
        auto* owner = dialog->findChild<QComboBox*>(QStringLiteral("ownerComboBox"));
        auto* adminScope = dialog->findChild<QCheckBox*>(QStringLiteral("adminCheckBox"));
        QVERIFY(owner->isVisible());
        QVERIFY(adminScope->isVisible());
        QVERIFY(adminScope->isEnabled()); // the admin's own key may carry admin
        QTRY_VERIFY(owner->findData(m_aliceId) >= 0);
        // One format for every user, the signed-in one included; typing any part of it finds the user.
        QCOMPARE(owner->itemText(0), QStringLiteral("%1 (you)").arg(QLatin1String(TestServer::AdminEmail)));
        const QString alice = owner->itemText(owner->findData(m_aliceId));
        QVERIFY2(alice.startsWith(UserEmail), qPrintable(alice)); // "alice@acme.test (Alice)"
        QVERIFY(owner->isEditable());
        owner->completer()->setCompletionPrefix(QStringLiteral("ALIC"));
        QCOMPARE(owner->completer()->completionCount(), 1);
        QCOMPARE(owner->completer()->currentCompletion(), alice);
        owner->lineEdit()->setText(QStringLiteral("nobody at all"));
        emit owner->lineEdit()->editingFinished(); // no such user: the choice stays
        QCOMPARE(owner->currentIndex(), 0);
        QCOMPARE(owner->currentText(), owner->itemText(0));
        owner->lineEdit()->setText(alice);
        emit owner->lineEdit()->editingFinished();
        QCOMPARE(owner->currentData().toString(), m_aliceId);
        QVERIFY(!adminScope->isEnabled()); // alice is no admin
        dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("made for alice"));
        clickOk(dialog);
        QVERIFY(!takeSecret().isEmpty());
        // Not one of the admin's own keys: not on this page (decided when the answer came, before the secret was
        // shown), but alice owns it on the server.
        QVERIFY(idOf(QStringLiteral("made for alice")).isEmpty());
        const HttpResponse r = m_console.server().http().get(
            QStringLiteral("v1/api-keys?user=%1&q=made%20for%20alice").arg(m_aliceId), session(adminToken()));
        const QJsonArray keys = r.response().value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(
            keys.at(0).toObject().value(QStringLiteral("owner")).toObject().value(QStringLiteral("email")).toString(),
            UserEmail);
    }

    void revokeAndReactivate()
    {
        QVERIFY(openTab(UserEmail, UserPassword));
        const QString id = createOnServer(QStringLiteral("to revoke"));
        QVERIFY(m_tab->selectKey(id));
        QVERIFY(action("actionRevokeKey")->isEnabled());
        QVERIFY(!action("actionReactivateKey")->isEnabled());

        Dialogs::setNextAnswer(false); // "Cancel": nothing happens
        action("actionRevokeKey")->trigger();
        QVERIFY(Dialogs::lastQuestion().contains(QLatin1String("to revoke"))); // asked, and answered at once
        QVERIFY(!m_tab->isLoading());
        QCOMPARE(serverKey(id).value(QStringLiteral("status")).toString(), QStringLiteral("active"));

        Dialogs::setNextAnswer(true);
        QVERIFY(trigger("actionRevokeKey"));
        QTRY_COMPARE(statusText(id), QStringLiteral("Revoked"));
        QCOMPARE(serverKey(id).value(QStringLiteral("status")).toString(), QStringLiteral("inactive"));
        QVERIFY(!action("actionRevokeKey")->isEnabled());
        QVERIFY(!action("actionRotateKey")->isEnabled());
        QVERIFY(action("actionReactivateKey")->isEnabled());

        QVERIFY(trigger("actionReactivateKey"));
        QTRY_COMPARE(statusText(id), QStringLiteral("Active"));
        QCOMPARE(serverKey(id).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QVERIFY(action("actionRevokeKey")->isEnabled());
        QVERIFY(!action("actionReactivateKey")->isEnabled());
    }

    // A confirmation says when a key was used within the last hour: a service may still depend on it.
    void revokeSaysWhenTheKeyWasUsedRecently()
    {
        QVERIFY(openTab(UserEmail, UserPassword));
        const QJsonObject used = m_console.server().createKey(aliceToken(), key(QStringLiteral("in use")));
        const QString idle = createOnServer(QStringLiteral("idle"));
        QVERIFY(verify(used.value(QStringLiteral("secret")).toString()));
        m_tab->reload();
        QTRY_VERIFY(!m_tab->isLoading() && m_tab->model()->indexOf(used.value(QStringLiteral("id")).toString()) >= 0);
        QVERIFY(m_tab->selectKey(used.value(QStringLiteral("id")).toString()));
        Dialogs::setNextAnswer(false);
        QVERIFY(trigger("actionRevokeKey"));
        QVERIFY2(Dialogs::lastQuestion().contains(QLatin1String("within the last hour")),
                 qPrintable(Dialogs::lastQuestion()));
        QVERIFY(m_tab->selectKey(idle));
        Dialogs::setNextAnswer(false);
        QVERIFY(trigger("actionRevokeKey"));
        QVERIFY(!Dialogs::lastQuestion().contains(QLatin1String("within the last hour")));
        QCOMPARE(serverKey(idle).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    }

    void editKey()
    {
        QVERIFY(openTab(UserEmail, UserPassword));
        const QString id = createOnServer(QStringLiteral("to edit"));
        QVERIFY(m_tab->selectKey(id));
        QVERIFY(trigger("actionEditKey"));
        CreateKeyDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleChild<CreateKeyDialog>(m_tab, QStringLiteral("editKeyDialog"))));
        QCOMPARE(dialog->mode(), CreateKeyDialog::Mode::Edit);
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
        QCOMPARE(name->text(), QStringLiteral("to edit"));
        QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("readCheckBox"))->isEnabled()); // scopes are fixed
        name->setText(QStringLiteral("edited"));
        dialog->findChild<QLineEdit*>(QStringLiteral("descriptionLineEdit"))->setText(QStringLiteral("now described"));
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("expiryComboBox"));
        QCOMPARE(combo->currentData().toInt(), CreateKeyDialog::KeepExpiry);
        combo->setCurrentIndex(combo->findData(90));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        clickOk(dialog);
        QTRY_COMPARE(m_tab->model()->index(m_tab->model()->indexOf(id), ApiKeyModel::Name).data().toString(),
                     QStringLiteral("edited"));
        const QJsonObject server = serverKey(id);
        QCOMPARE(server.value(QStringLiteral("name")).toString(), QStringLiteral("edited"));
        QCOMPARE(server.value(QStringLiteral("description")).toString(), QStringLiteral("now described"));
        QVERIFY(qAbs(before.addSecs(90 * Day).secsTo(utc(server.value(QStringLiteral("expires_at"))))) < 300);
    }

    void rotateShowsTheNewSecret()
    {
        QVERIFY(openTab(UserEmail, UserPassword));
        const QJsonObject created = m_console.server().createKey(aliceToken(), key(QStringLiteral("to rotate")));
        const QString oldSecret = created.value(QStringLiteral("secret")).toString();
        const QString id = created.value(QStringLiteral("id")).toString();
        m_tab->reload();
        QTRY_VERIFY(!m_tab->isLoading() && m_tab->model()->indexOf(id) >= 0);
        QVERIFY(m_tab->selectKey(id));
        QVERIFY(trigger("actionRotateKey"));
        QInputDialog* input = nullptr;
        QTRY_VERIFY((input = visibleChild<QInputDialog>(m_tab, QStringLiteral("rotateInputDialog"))));
        QCOMPARE(input->comboBoxItems().size(), int(std::size(ApiKeysTab::GracePeriods)));
        input->setTextValue(input->comboBoxItems().at(1)); // one hour
        input->accept();
        const QString newSecret = takeSecret();
        QVERIFY(newSecret.startsWith(QLatin1String("kw_key_")));
        QVERIFY(newSecret != oldSecret);
        QTRY_COMPARE(m_tab->model()->index(m_tab->model()->indexOf(id), ApiKeyModel::Prefix).data().toString(),
                     newSecret.left(11));
        // The old secret keeps working for the grace period; the new one works.
        QVERIFY(verify(oldSecret));
        QVERIFY(verify(newSecret));
    }

    void deleteKey()
    {
        QVERIFY(openTab(UserEmail, UserPassword));
        const QString id = createOnServer(QStringLiteral("to delete"));
        QVERIFY(m_tab->selectKey(id));
        Dialogs::setNextAnswer(true);
        QVERIFY(trigger("actionDeleteKey"));
        QTRY_COMPARE(m_tab->model()->indexOf(id), -1);
        QCOMPARE(m_console.server().http().get(QStringLiteral("v1/api-keys/%1").arg(id), session(aliceToken())).status,
                 404);
        QVERIFY(m_tab->currentKeyId() != id);
    }

    void copyKeyId()
    {
        QVERIFY(openTab(UserEmail, UserPassword));
        const QString id = createOnServer(QStringLiteral("to copy"));
        QVERIFY(m_tab->selectKey(id));
        QCOMPARE(m_tab->currentKeyId(), id);
        QVERIFY(trigger("actionCopyKeyId"));
        QCOMPARE(QGuiApplication::clipboard()->text(), id);
        QVERIFY(!m_console.clipboard().isCountingDown()); // an id is no secret
    }

    // An empty table says why and offers the way out: the first key for a user who has none, Clear filters for a
    // filter that matches nothing.
    void emptyStatesOfferTheWayOut()
    {
        const QString email = QStringLiteral("newcomer@acme.test");
        const QString userId
            = m_console.server().createUser(m_console.server().loginAdmin(), email, QStringLiteral("user"));
        QVERIFY(!userId.isEmpty());
        QVERIFY(openTab(email, UserPassword));
        auto* view = m_tab->findChild<KeyTableView*>(QStringLiteral("keysTableView"));
        EmptyState* empty = view->emptyState();
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QLatin1String("no API keys yet")), qPrintable(empty->text()));
        QCOMPARE(empty->button()->text(), QStringLiteral("Create your first key"));
        QVERIFY(empty->button()->isVisible());
        empty->button()->click();
        CreateKeyDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleChild<CreateKeyDialog>(m_tab, QStringLiteral("createKeyDialog"))));
        dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("first key"));
        clickOk(dialog);
        QVERIFY(!takeSecret().isEmpty());
        QTRY_COMPARE(m_tab->model()->rowCount(), 1);
        QVERIFY(!empty->isVisible());

        // Revoked keys only: none; Clear filters shows the key again.
        auto* status = m_tab->findChild<QComboBox*>(QStringLiteral("statusComboBox"));
        status->setCurrentIndex(status->findData(QStringLiteral("inactive")));
        QCOMPARE(m_tab->proxy()->rowCount(), 0);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QLatin1String("No key matches")), qPrintable(empty->text()));
        QCOMPARE(empty->button()->text(), QStringLiteral("Clear filters"));
        empty->button()->click();
        QCOMPARE(status->currentIndex(), 0);
        QCOMPARE(m_tab->proxy()->rowCount(), 1);
        QTRY_VERIFY(!empty->isVisible());
        m_signedInAs.clear();
    }

    void filtersNarrowTheTable()
    {
        QVERIFY(openTab(UserEmail, UserPassword));
        m_tab->reload();
        QTRY_VERIFY(!m_tab->isLoading());
        auto* search = m_tab->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QVERIFY(search->isClearButtonEnabled());
        QVERIFY(!search->accessibleName().isEmpty());
        QVERIFY(m_console.triggerAction("actionFind"));
        QTRY_COMPARE(m_console.window()->focusWidget(), search); // Ctrl+F reaches the page's search field
        search->setText(QStringLiteral("PRESET 9"));
        QCOMPARE(m_tab->proxy()->rowCount(), 1);
        QCOMPARE(m_tab->proxy()->index(0, ApiKeyModel::Name).data().toString(), QStringLiteral("preset 90"));
        search->setText(QStringLiteral("kw_key_"));
        QCOMPARE(m_tab->proxy()->rowCount(), m_tab->model()->rowCount()); // every prefix
        search->clear();

        const QString revoked = createOnServer(QStringLiteral("filtered out"));
        QCOMPARE(m_console.server()
                     .http()
                     .post(QStringLiteral("v1/api-keys/%1/revoke").arg(revoked), {}, session(aliceToken()))
                     .status,
                 200);
        m_tab->reload();
        QTRY_VERIFY(!m_tab->isLoading() && statusText(revoked) == QLatin1String("Revoked"));
        auto* status = m_tab->findChild<QComboBox*>(QStringLiteral("statusComboBox"));
        status->setCurrentIndex(status->findData(QStringLiteral("inactive")));
        QVERIFY(m_tab->proxy()->rowCount() >= 1);
        for (int row = 0; row < m_tab->proxy()->rowCount(); ++row)
            QCOMPARE(m_tab->proxy()->index(row, ApiKeyModel::Status).data().toString(), QStringLiteral("Revoked"));
        status->setCurrentIndex(0);

        auto* expiring = m_tab->findChild<QCheckBox*>(QStringLiteral("expiringCheckBox"));
        expiring->setChecked(true);
        QVERIFY(m_tab->proxy()->rowCount() >= 1);
        for (int row = 0; row < m_tab->proxy()->rowCount(); ++row)
            QVERIFY(m_tab->proxy()->index(row, 0).data(ApiKeyModel::ExpiringSoonRole).toBool());
        expiring->setChecked(false);
        QCOMPARE(m_tab->proxy()->rowCount(), m_tab->model()->rowCount());
    }

    void columnsShowEveryDetailAndCanBeChosen()
    {
        QVERIFY(openTab(UserEmail, UserPassword));
        QJsonObject described = key(QStringLiteral("docs deploy"));
        described.insert(QStringLiteral("description"), QStringLiteral("publishes the docs site"));
        const QString id = m_console.server().createKey(aliceToken(), described).value(QStringLiteral("id")).toString();
        m_tab->reload();
        QTRY_VERIFY(!m_tab->isLoading() && m_tab->model()->indexOf(id) >= 0);
        auto* view = m_tab->findChild<KeyTableView*>(QStringLiteral("keysTableView"));
        QVERIFY(view);
        const int row = m_tab->model()->indexOf(id);
        QVERIFY(!view->isColumnHidden(ApiKeyModel::Description));
        QCOMPARE(m_tab->model()->index(row, ApiKeyModel::Description).data().toString(),
                 QStringLiteral("publishes the docs site"));
        QVERIFY(view->isColumnHidden(ApiKeyModel::Owner)); // always the user here
        QVERIFY(view->isColumnHidden(ApiKeyModel::LastUsedFrom)); // until chosen
        // Dates are not cut: the column is as wide as the text it shows.
        for (const int column : {ApiKeyModel::Created, ApiKeyModel::Expires}) {
            const QString text = m_tab->model()->index(row, column).data().toString();
            QVERIFY2(view->columnWidth(column) > view->fontMetrics().horizontalAdvance(text), qPrintable(text));
        }

        // The header's menu offers every column but the owner, and brings the defaults back.
        std::unique_ptr<QMenu> menu(view->createColumnsMenu(nullptr));
        QStringList offered;
        for (QAction* action : menu->actions()) {
            if (action->isCheckable())
                offered << action->text();
        }
        QCOMPARE(offered.size(), ApiKeyModel::ColumnCount - 1);
        QVERIFY(!offered.contains(QStringLiteral("Owner")));
        auto* lastUsedFrom = menu->findChild<QAction*>(QStringLiteral("column%1Action").arg(ApiKeyModel::LastUsedFrom));
        QVERIFY(lastUsedFrom && !lastUsedFrom->isChecked());
        lastUsedFrom->setChecked(true);
        QVERIFY(!view->isColumnHidden(ApiKeyModel::LastUsedFrom));
        QVERIFY(!menu->findChild<QAction*>(QStringLiteral("column%1Action").arg(ApiKeyModel::Name))->isEnabled());
        menu->findChild<QAction*>(QStringLiteral("defaultColumnsAction"))->trigger();
        QVERIFY(view->isColumnHidden(ApiKeyModel::LastUsedFrom));
        QVERIFY(view->isColumnHidden(ApiKeyModel::Owner));

        // Search matches the description that is now shown.
        auto* search = m_tab->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        search->setText(QStringLiteral("docs site"));
        QCOMPARE(m_tab->proxy()->rowCount(), 1);
        // A search that matches nothing says so instead of showing an empty grid; Escape clears it.
        search->setText(QStringLiteral("no key is called this"));
        QCOMPARE(m_tab->proxy()->rowCount(), 0);
        QVERIFY2(view->emptyText().contains(QLatin1String("No key matches")), qPrintable(view->emptyText()));
        m_tab->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_tab->window()));
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QCOMPARE(m_tab->proxy()->rowCount(), m_tab->model()->rowCount());
    }

    // The details pane shows every field of the selected key, its own audit trail, and keeps up with changes.
    void detailsPaneShowsEveryFieldAndTheTrail()
    {
        QVERIFY(openTab(UserEmail, UserPassword));
        QJsonObject body = key(QStringLiteral("detailed"));
        body.insert(QStringLiteral("description"), QStringLiteral("reads the billing API"));
        body.insert(QStringLiteral("rate_limit"), 600);
        body.insert(QStringLiteral("scopes"), QJsonArray {QStringLiteral("read"), QStringLiteral("write")});
        const QJsonObject created = m_console.server().createKey(aliceToken(), body);
        const QString id = created.value(QStringLiteral("id")).toString();
        QCOMPARE(m_console.server()
                     .http()
                     .post(QStringLiteral("v1/api-keys/%1/revoke").arg(id), {}, session(aliceToken()))
                     .status,
                 200);
        m_tab->reload();
        QTRY_VERIFY(!m_tab->isLoading() && m_tab->model()->indexOf(id) >= 0);
        auto* pane = m_tab->findChild<KeyDetailsPane*>(QStringLiteral("keyDetailsPane"));
        QVERIFY(pane);
        m_tab->findChild<QTableView*>(QStringLiteral("keysTableView"))->clearSelection();
        QVERIFY(pane->findChild<QLabel*>(QStringLiteral("noKeyLabel"))->isVisibleTo(pane));

        QVERIFY(m_tab->selectKey(id));
        const auto field = [pane](const char* name) { return pane->findChild<QLabel*>(QLatin1String(name))->text(); };
        QCOMPARE(field("nameValue"), QStringLiteral("detailed"));
        QCOMPARE(field("descriptionValue"), QStringLiteral("reads the billing API"));
        QCOMPARE(field("idValue"), id);
        QCOMPARE(field("prefixValue"), created.value(QStringLiteral("prefix")).toString());
        QCOMPARE(field("ownerValue"), UserEmail);
        QCOMPARE(field("createdByValue"), UserEmail); // a name, not an id
        QCOMPARE(field("scopesValue"), QStringLiteral("read, write"));
        QVERIFY2(field("statusValue").startsWith(QLatin1String("Revoked")), qPrintable(field("statusValue")));
        QVERIFY2(field("rateLimitValue").contains(QLatin1String("600")), qPrintable(field("rateLimitValue")));
        QCOMPARE(field("lastUsedValue"), QStringLiteral("Never"));
        const auto trailActions = [pane] {
            QStringList actions;
            for (int row = 0; row < pane->trail()->rowCount(); ++row)
                actions << pane->trail()->entryAt(row).action;
            return actions;
        };
        QTRY_COMPARE(trailActions(), QStringList({QStringLiteral("key.revoked"), QStringLiteral("key.created")}));

        // Copied snippets name the key, never a secret.
        pane->findChild<QPushButton*>(QStringLiteral("copyEnvironmentButton"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("KEYWARD_KEY_ID=%1\nKEYWARD_KEY_PREFIX=%2\n")
                     .arg(id, created.value(QStringLiteral("prefix")).toString()));
        pane->findChild<QPushButton*>(QStringLiteral("copyCurlButton"))->click();
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY2(curl.startsWith(QLatin1String("curl ")) && curl.contains(QStringLiteral("/v1/api-keys/") + id),
                 qPrintable(curl));
        QVERIFY(!curl.contains(created.value(QStringLiteral("secret")).toString()));

        // Re-activated from the page: the pane follows, and so does the trail.
        QVERIFY(trigger("actionReactivateKey"));
        QTRY_COMPARE(field("statusValue"), QStringLiteral("Active"));
        QTRY_COMPARE(trailActions().value(0), QStringLiteral("key.reactivated"));
    }

    void columnWidthsAreRemembered()
    {
        QVERIFY(openTab(UserEmail, UserPassword));
        auto* view = m_tab->findChild<QTableView*>(QStringLiteral("keysTableView"));
        view->horizontalHeader()->resizeSection(ApiKeyModel::Name, 321);
        // "Restart" the console: the session comes back from the keychain, the widths from QSettings.
        m_testers.clear();
        m_tab = nullptr;
        m_console.openConsole();
        QVERIFY(m_console.waitReady());
        auto* tab = m_console.showTab<ApiKeysTab>();
        QVERIFY(tab);
        // In a window with room for it: a narrow one narrows the name (tst_gui_layout) and widens it back.
        m_console.window()->resize(800, 600);
        QTRY_VERIFY(tab->findChild<QTableView*>(QStringLiteral("keysTableView"))->columnWidth(ApiKeyModel::Name) < 321);
        m_console.window()->resize(1600, 800);
        QTRY_COMPARE(tab->findChild<QTableView*>(QStringLiteral("keysTableView"))->columnWidth(ApiKeyModel::Name), 321);
        m_signedInAs.clear();
    }

    // Last: the server's clock moves on by more than a week.
    void expiredKeyCannotBeReactivated()
    {
        QVERIFY(openTab(UserEmail, UserPassword));
        const QString id = createOnServer(QStringLiteral("will expire"), 7);
        QCOMPARE(m_console.server()
                     .http()
                     .post(QStringLiteral("v1/api-keys/%1/revoke").arg(id), {}, session(aliceToken()))
                     .status,
                 200);
        m_tab->reload();
        QTRY_VERIFY(!m_tab->isLoading() && statusText(id) == QLatin1String("Revoked"));
        QVERIFY(m_tab->selectKey(id));
        QVERIFY(action("actionReactivateKey")->isEnabled());

        m_console.server().advanceClock(8 * Day);
        m_aliceToken.clear(); // the test's own sessions lapsed too
        m_adminToken.clear();
        QVERIFY(m_console.triggerAction("actionRefresh")); // F5: the session is renewed on the way
        QTRY_COMPARE(statusText(id), QStringLiteral("Expired"));
        QTRY_COMPARE(m_tab->currentKeyId(), id); // the selection survives the reload
        QVERIFY(!action("actionReactivateKey")->isEnabled());
        QVERIFY(!action("actionRevokeKey")->isEnabled());
        QVERIFY(!action("actionRotateKey")->isEnabled());
        QVERIFY(action("actionDeleteKey")->isEnabled());
        QVERIFY(action("actionEditKey")->isEnabled());
        // The server agrees.
        const HttpResponse r = m_console.server().http().post(QStringLiteral("v1/api-keys/%1/reactivate").arg(id), {},
                                                              session(aliceToken()));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("KEY_EXPIRED"));
        // The edit dialog does not offer a new expiry for it.
        QVERIFY(trigger("actionEditKey"));
        CreateKeyDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleChild<CreateKeyDialog>(m_tab, QStringLiteral("editKeyDialog"))));
        QVERIFY(!dialog->findChild<QComboBox*>(QStringLiteral("expiryComboBox"))->isEnabled());
        dialog->reject();
    }

private:
    // Signs in (once per account) and shows the API Keys page, with the testers on its models.
    bool openTab(const QString& email, const QString& password)
    {
        if (m_signedInAs == email && m_console.window() && m_tab) {
            m_console.showTab<ApiKeysTab>();
            return true;
        }
        m_testers.clear();
        m_tab = nullptr;
        // Another account: sign out (the keychain would resume the last session), then in again.
        if (m_console.window() && m_console.api().hasSession())
            m_console.triggerAction("actionSignOut");
        else
            m_console.openConsole();
        if (!m_console.signIn(email, password))
            return false;
        m_tab = m_console.showTab<ApiKeysTab>();
        if (!m_tab)
            return false;
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m_tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m_tab->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        if (!QTest::qWaitFor([this] { return !m_tab->isLoading(); }, 10000))
            return false;
        m_signedInAs = email;
        return true;
    }

    CreateKeyDialog* openCreateDialog()
    {
        // Ctrl+N in the window reaches the page.
        if (!m_console.triggerAction("actionNew"))
            return nullptr;
        CreateKeyDialog* dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] { return (dialog = visibleChild<CreateKeyDialog>(m_tab, QStringLiteral("createKeyDialog"))); }, 5000);
        return dialog;
    }

    static void clickOk(QDialog* dialog)
    {
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    }

    // Waits for the secret dialog, ticks "stored", closes it and returns the secret it showed.
    QString takeSecret()
    {
        SecretDialog* dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (dialog = visibleChild<SecretDialog>(m_tab, QStringLiteral("secretDialog"))); }, 10000))
            return {};
        const QString secret = dialog->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"))->text();
        dialog->findChild<QCheckBox*>(QStringLiteral("storedCheckBox"))->setChecked(true);
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Close)->click();
        (void)QTest::qWaitFor([&] { return !visibleChild<SecretDialog>(m_tab, QStringLiteral("secretDialog")); }, 5000);
        return secret;
    }

    QAction* action(const char* name) const { return m_tab->findChild<QAction*>(QLatin1String(name)); }
    bool trigger(const char* name)
    {
        QAction* a = action(name);
        if (!a || !a->isEnabled())
            return false;
        a->trigger();
        return true;
    }

    QString idOf(const QString& name) const
    {
        for (int row = 0; row < m_tab->model()->rowCount(); ++row) {
            if (m_tab->model()->index(row, ApiKeyModel::Name).data().toString() == name)
                return m_tab->model()->idAt(row);
        }
        return {};
    }
    QString statusText(const QString& id) const
    {
        return m_tab->model()->index(m_tab->model()->indexOf(id), ApiKeyModel::Status).data().toString();
    }

    QString createOnServer(const QString& name, int days = 30)
    {
        const QString id
            = m_console.server().createKey(aliceToken(), key(name, days)).value(QStringLiteral("id")).toString();
        m_tab->reload();
        (void)QTest::qWaitFor([&] { return !m_tab->isLoading() && m_tab->model()->indexOf(id) >= 0; }, 10000);
        return id;
    }

    QByteArray aliceToken()
    {
        if (m_aliceToken.isEmpty())
            m_aliceToken = m_console.server().login(UserEmail, UserPassword);
        return m_aliceToken;
    }
    QByteArray adminToken()
    {
        if (m_adminToken.isEmpty())
            m_adminToken = m_console.server().loginAdmin();
        return m_adminToken;
    }
    QJsonObject serverKey(const QString& id)
    {
        return m_console.server()
            .http()
            .get(QStringLiteral("v1/api-keys/%1").arg(id), session(adminToken()))
            .response();
    }
    int serverKeyCount()
    {
        return m_console.server()
            .http()
            .get(QStringLiteral("v1/api-keys?user=me&limit=1000"), session(aliceToken()))
            .response()
            .value(QStringLiteral("keys"))
            .toArray()
            .size();
    }
    bool setTenantCap(int days)
    {
        return m_console.server()
                   .http()
                   .patchJson(QStringLiteral("v1/tenant"), {{QStringLiteral("max_key_lifetime_days"), days}},
                              session(adminToken()))
                   .status
            == 200;
    }
    bool verify(const QString& secret)
    {
        return m_console.server()
            .http()
            .postJson(QStringLiteral("v1/keys/verify"), {{QStringLiteral("key"), secret}})
            .response()
            .value(QStringLiteral("valid"))
            .toBool();
    }

    ConsoleHarness m_console;
    QString m_aliceId;
    QString m_signedInAs;
    QByteArray m_aliceToken;
    QByteArray m_adminToken;
    ApiKeysTab* m_tab = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

QTEST_MAIN(TestGuiApiKeys)
#include "tst_gui_apikeys.moc"
