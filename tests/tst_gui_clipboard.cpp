// The console's clipboard: secrets are marked for clipboard managers, a countdown runs, and the secret is cleared
// when the time is up, but only if the clipboard still holds it; quitting clears it too.

#include "ui/Clipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Keyward;

class TestGuiClipboard : public QObject
{
    Q_OBJECT
private slots:
    void init() { QGuiApplication::clipboard()->clear(); }

    void secretIsMarkedAndCleared()
    {
        Clipboard clipboard;
        clipboard.setClearSeconds(2);
        QSignalSpy countdown(&clipboard, &Clipboard::countdown);
        QSignalSpy cleared(&clipboard, &Clipboard::cleared);
        clipboard.copySecret(QStringLiteral("kw_key_secret"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("kw_key_secret"));
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(clipboard.isCountingDown());
        QCOMPARE(countdown.size(), 1);
        QCOMPARE(countdown.first().first().toInt(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 1, 5000);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(countdown.size() >= 2);
        QCOMPARE(countdown.last().first().toInt(), 1);
        QVERIFY(!clipboard.isCountingDown());
    }

    void somethingCopiedSinceIsLeftAlone()
    {
        Clipboard clipboard;
        clipboard.setClearSeconds(1);
        QSignalSpy cleared(&clipboard, &Clipboard::cleared);
        clipboard.copySecret(QStringLiteral("kw_key_secret"));
        QGuiApplication::clipboard()->setText(QStringLiteral("the user's own text"));
        QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 1, 5000);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the user's own text"));
    }

    void plainTextIsNotCleared()
    {
        Clipboard clipboard;
        clipboard.setClearSeconds(1);
        clipboard.copyText(QStringLiteral("key_0123456789abcdef"));
        QVERIFY(!clipboard.isCountingDown());
        QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
        QTest::qWait(1500);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("key_0123456789abcdef"));
    }

    void destroyingTheClipboardClearsTheSecret()
    {
        {
            Clipboard clipboard;
            clipboard.copySecret(QStringLiteral("kw_pat_secret"));
            QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("kw_pat_secret"));
        } // the console quits
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }
};

QTEST_MAIN(TestGuiClipboard)
#include "tst_gui_clipboard.moc"
