// Every page of the console, signed in as an admin against a real keywardd, at 1100×720 and at 900×600 in English,
// German and French: no command hides behind a tool bar's "»", no tab or menu falls off, no column header, button,
// label or date is cut, and nothing needs horizontal scrolling. Each problem found is named in the failure.

#include "tests/support/ConsoleHarness.h"
#include "tests/support/WebhookReceiver.h"
#include "ui/ConsoleTab.h"
#include "ui/Translations.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QScrollBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

using namespace Keyward;
using namespace Keyward::Test;

namespace {

QString nameOf(const QWidget* widget)
{
    return widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                          : widget->objectName();
}

// Visible on screen, not just not hidden: inside a visible page.
bool shown(const QWidget* widget)
{
    return widget->isVisible() && widget->width() > 0 && widget->height() > 0;
}

void checkToolBars(const QWidget* page, QStringList& problems)
{
    for (const QToolBar* bar : page->findChildren<QToolBar*>()) {
        if (!shown(bar))
            continue;
        // The extension button ("»") appears exactly when some action did not fit.
        for (const QToolButton* button : bar->findChildren<QToolButton*>(QStringLiteral("qt_toolbar_ext_button")))
            if (button->isVisible())
                problems << QStringLiteral("%1: a command is in the tool bar's overflow menu").arg(nameOf(page));
        for (QAction* action : bar->actions()) {
            if (!action->isVisible() || action->isSeparator())
                continue;
            const QWidget* widget = bar->widgetForAction(action);
            if (!widget || !widget->isVisible())
                problems << QStringLiteral("%1: \"%2\" is not on the tool bar").arg(nameOf(page), action->text());
        }
    }
}

void checkTables(const QWidget* page, QStringList& problems)
{
    for (const QTableView* table : page->findChildren<QTableView*>()) {
        if (!shown(table))
            continue;
        const QHeaderView* header = table->horizontalHeader();
        const QAbstractItemModel* model = table->model();
        if (table->horizontalScrollBar()->isVisible()) {
            QStringList widths;
            for (int visual = 0; visual < header->count(); ++visual)
                if (!header->isSectionHidden(header->logicalIndex(visual)))
                    widths << QStringLiteral("%1 %2").arg(
                        model->headerData(header->logicalIndex(visual), Qt::Horizontal).toString(),
                        QString::number(header->sectionSize(header->logicalIndex(visual))));
            problems << QStringLiteral("%1: %2 needs horizontal scrolling (%3 px wide: %4)")
                            .arg(nameOf(page), nameOf(table))
                            .arg(table->viewport()->width())
                            .arg(widths.join(QLatin1String(", ")));
        }
        for (int logical = 0; logical < header->count(); ++logical) {
            if (header->isSectionHidden(logical))
                continue;
            const QString text = model->headerData(logical, Qt::Horizontal).toString();
            if (header->sectionSize(logical) < header->sectionSizeHint(logical))
                problems << QStringLiteral("%1: the header \"%2\" is cut (%3 px of %4)")
                                .arg(nameOf(page), text)
                                .arg(header->sectionSize(logical))
                                .arg(header->sectionSizeHint(logical));
            // Dates (and times) are never cut: a cell whose value is a date is as wide as its text.
            const int margin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
            for (int row = 0; row < std::min(model->rowCount(), 20); ++row) {
                const QModelIndex index = model->index(row, logical);
                if (model->data(index, Qt::EditRole).metaType().id() != QMetaType::QDateTime)
                    continue;
                const QString shownText = model->data(index, Qt::DisplayRole).toString();
                const int needed = table->fontMetrics().horizontalAdvance(shownText) + margin;
                if (header->sectionSize(logical) < needed) {
                    problems << QStringLiteral("%1: the date \"%2\" in \"%3\" is cut (%4 px of %5)")
                                    .arg(nameOf(page), shownText, text)
                                    .arg(header->sectionSize(logical))
                                    .arg(needed);
                    break;
                }
            }
        }
    }
}

void checkButtonsAndLabels(const QWidget* page, QStringList& problems)
{
    for (const QAbstractButton* button : page->findChildren<QAbstractButton*>()) {
        // A line edit's own buttons (show password, clear) are icons the line edit sizes.
        if (!shown(button) || button->text().isEmpty() || button->objectName().startsWith(QLatin1String("qt_"))
            || qobject_cast<QLineEdit*>(button->parentWidget()))
            continue;
        if (button->width() < button->minimumSizeHint().width())
            problems << QStringLiteral("%1: the button \"%2\" is cut (%3 px of %4)")
                            .arg(nameOf(page), button->text())
                            .arg(button->width())
                            .arg(button->minimumSizeHint().width());
    }
    for (const QLabel* label : page->findChildren<QLabel*>()) {
        if (!shown(label) || label->text().isEmpty() || label->wordWrap() || !label->pixmap().isNull())
            continue;
        if (label->width() < label->minimumSizeHint().width())
            problems << QStringLiteral("%1: the label \"%2\" is cut (%3 px of %4)")
                            .arg(nameOf(page), label->text())
                            .arg(label->width())
                            .arg(label->minimumSizeHint().width());
    }
}

void checkWindow(QMainWindow& window, const QSize& size, QStringList& problems)
{
    if (window.size() != size)
        problems << QStringLiteral("the window cannot be %1×%2: its content needs %3×%4")
                        .arg(size.width())
                        .arg(size.height())
                        .arg(window.minimumSizeHint().width())
                        .arg(window.minimumSizeHint().height());
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabWidget"));
    const QTabBar* bar = tabs->tabBar();
    const QRect last = bar->tabRect(bar->count() - 1);
    if (last.right() > bar->width() || bar->tabRect(0).left() < 0)
        problems << QStringLiteral("the page tabs do not fit (%1 px of %2)").arg(last.right()).arg(bar->width());
    for (const QToolButton* button : window.menuBar()->findChildren<QToolButton*>())
        if (button->isVisible())
            problems << QStringLiteral("a menu is in the menu bar's overflow");
}

} // namespace

class TestGuiLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Webhooks to a local receiver (allowed by --webhook-allow-private), so that the delivery log has rows.
        QVERIFY(m_console.startServer({QStringLiteral("--webhook-allow-private")}));
        QVERIFY(m_receiver.listen());
        TestServer& server = m_console.server();
        const QByteArray admin = server.loginAdmin();
        // Data of the lengths an admin's day has: long names, every status, a few users.
        const QString user
            = server.createUser(admin, QStringLiteral("deployment-robot@acme.test"), QStringLiteral("user"));
        QVERIFY(!user.isEmpty());
        QVERIFY(!server.createUser(admin, QStringLiteral("support-engineer@acme.test"), QStringLiteral("support"))
                     .isEmpty());
        for (int i = 0; i < 6; ++i) {
            const QJsonObject key = server.createKey(
                admin,
                {{QStringLiteral("name"), QStringLiteral("Production billing exporter %1").arg(i)},
                 {QStringLiteral("description"), QStringLiteral("Nightly export of invoices to the warehouse")},
                 {QStringLiteral("expires_in_days"), QList<int> {7, 30, 60, 90}.at(i % 4)}});
            QVERIFY(!key.value(QStringLiteral("secret")).toString().isEmpty());
            if (i == 0)
                QCOMPARE(
                    server.http()
                        .post(QStringLiteral("v1/api-keys/%1/revoke").arg(key.value(QStringLiteral("id")).toString()),
                              {}, session(admin))
                        .status,
                    200);
        }
        // Webhooks of the lengths seen in practice: a long URL and description, a disabled one, a delivery each.
        const QList<QJsonObject> webhooks {
            {{QStringLiteral("url"), m_receiver.url(QStringLiteral("/hooks/keyward/production/alerts")).toString()},
             {QStringLiteral("description"), QStringLiteral("Security team pager for revoked and leaked keys")}},
            {{QStringLiteral("url"), m_receiver.url(QStringLiteral("/ci")).toString()},
             {QStringLiteral("events"), QJsonArray {QStringLiteral("key.expiring"), QStringLiteral("key.expired")}},
             {QStringLiteral("enabled"), false}},
        };
        for (const QJsonObject& body : webhooks) {
            const HttpResponse created = server.http().postJson(QStringLiteral("v1/webhooks"), body, session(admin));
            QCOMPARE(created.status, 201);
            if (created.response().value(QStringLiteral("enabled")).toBool())
                QCOMPARE(server.http()
                             .postJson(QStringLiteral("v1/webhooks/%1/test")
                                           .arg(created.response().value(QStringLiteral("id")).toString()),
                                       {}, session(admin))
                             .status,
                         202);
        }
    }

    void cleanup()
    {
        const QList<QTranslator*> translators = QCoreApplication::instance()->findChildren<QTranslator*>();
        for (QTranslator* translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void everyPageFits_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QSize>("size");
        for (const char* locale : {"en_US", "de_DE", "fr_FR"}) {
            QTest::addRow("%s 1100x720", locale) << QString::fromLatin1(locale) << QSize(1100, 720);
            QTest::addRow("%s 900x600", locale) << QString::fromLatin1(locale) << QSize(900, 600);
        }
    }
    void everyPageFits()
    {
        QFETCH(QString, locale);
        QFETCH(QSize, size);
        QLocale::setDefault(QLocale(locale));
        installTranslations(QLocale(locale));
        MainWindow& window = m_console.openConsole();
        QVERIFY(m_console.signInAdmin());
        window.resize(size);
        QStringList problems;
        for (ConsoleTab* tab : window.tabs()) {
            window.findChild<QTabWidget*>(QStringLiteral("tabWidget"))->setCurrentWidget(tab);
            // Loaded: nothing in flight any more.
            auto* busy = window.findChild<QProgressBar*>(QStringLiteral("busyProgressBar"));
            QVERIFY(QTest::qWaitFor([&] { return !busy->isVisible(); }, 10000));
            QCoreApplication::processEvents();
            checkWindow(window, size, problems);
            checkToolBars(tab, problems);
            checkTables(tab, problems);
            checkButtonsAndLabels(tab, problems);
        }
        QVERIFY(m_console.triggerAction("actionSignOut")); // the next row signs in again, in its language
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private:
    ConsoleHarness m_console;
    WebhookReceiver m_receiver;
};

QTEST_MAIN(TestGuiLayout)
#include "tst_gui_layout.moc"
