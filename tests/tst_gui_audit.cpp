// The audit page against a real keywardd: it lists the tenant's events newest first, filters by action and by user
// on the server, and the model passes QAbstractItemModelTester.

#include "tests/support/ConsoleHarness.h"
#include "ui/AuditModel.h"
#include "ui/AuditTab.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Test;

class TestGuiAudit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_console.startServer());
        const QByteArray admin = m_console.server().loginAdmin();
        m_userId = m_console.server().createUser(admin, QStringLiteral("audited@acme.test"), QStringLiteral("user"));
        QVERIFY(!m_userId.isEmpty());
        const QByteArray user
            = m_console.server().login(QStringLiteral("audited@acme.test"), QStringLiteral("quiet-harbor-lamp-7"));
        m_keyId = m_console.server()
                      .createKey(user,
                                 {{QStringLiteral("name"), QStringLiteral("audited key")},
                                  {QStringLiteral("expires_in_days"), 7}})
                      .value(QStringLiteral("id"))
                      .toString();
        QVERIFY(!m_keyId.isEmpty());
        QCOMPARE(m_console.server()
                     .http()
                     .post(QStringLiteral("v1/api-keys/%1/revoke").arg(m_keyId), {}, session(user))
                     .status,
                 200);
        m_console.openConsole();
        QVERIFY(m_console.signInAdmin());
    }

    void listsTheTenantsEvents()
    {
        AuditTab* tab = m_console.showTab<AuditTab>();
        QVERIFY(tab);
        QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(tab->model()->rowCount() >= 4); // logins, key created, key revoked
        QStringList actions;
        for (int row = 0; row < tab->model()->rowCount(); ++row)
            actions << tab->model()->entryAt(row).action;
        QVERIFY(actions.contains(QStringLiteral("key.created")));
        QVERIFY(actions.contains(QStringLiteral("key.revoked")));
        QVERIFY(actions.contains(QStringLiteral("login")));
        // Newest first, as the server sends them.
        const qint64 first = tab->model()->entryAt(0).id;
        const qint64 last = tab->model()->entryAt(tab->model()->rowCount() - 1).id;
        QVERIFY(first > last);
    }

    void filtersByActionOnTheServer()
    {
        AuditTab* tab = m_console.showTab<AuditTab>();
        auto* actions = tab->findChild<QComboBox*>(QStringLiteral("actionComboBox"));
        actions->setCurrentIndex(actions->findData(QStringLiteral("key.revoked")));
        QTRY_COMPARE(tab->model()->rowCount(), 1);
        QCOMPARE(tab->model()->entryAt(0).targetId, m_keyId);
        actions->setCurrentIndex(0);
        QTRY_VERIFY(tab->model()->rowCount() >= 4);
    }

    void filtersByUserOnTheServer()
    {
        AuditTab* tab = m_console.showTab<AuditTab>();
        auto* users = tab->findChild<QComboBox*>(QStringLiteral("userComboBox"));
        QTRY_VERIFY(users->findData(m_userId) > 0);
        users->setCurrentIndex(users->findData(m_userId));
        QTRY_VERIFY(tab->model()->rowCount() >= 3);
        for (int row = 0; row < tab->model()->rowCount(); ++row) {
            const Api::AuditEntry entry = tab->model()->entryAt(row);
            const bool aboutUser = entry.subjectUserId == m_userId || entry.actor.id == m_userId;
            QVERIFY2(aboutUser, qPrintable(entry.action));
        }
    }

private:
    ConsoleHarness m_console;
    QString m_userId;
    QString m_keyId;
};

QTEST_MAIN(TestGuiAudit)
#include "tst_gui_audit.moc"
