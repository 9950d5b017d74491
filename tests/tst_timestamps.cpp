// The wire's time format: the hand-written formatter gives exactly Qt's ISO text in UTC, across leap years,
// centuries, the epoch and before it; parsing reads it back.

#include "core/Timestamps.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace Keyward;

class TestTimestamps : public QObject
{
    Q_OBJECT
private slots:
    void matchesQt_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::newRow("epoch") << qint64(0);
        QTest::newRow("before the epoch") << qint64(-1);
        QTest::newRow("1969-12-31T23:59:59") << qint64(-1000);
        QTest::newRow("leap day 2000") << QDateTime(QDate(2000, 2, 29), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("not a leap year 2100")
            << QDateTime(QDate(2100, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - 1;
        QTest::newRow("leap day 2024") << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("new year")
            << QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("year 1601") << QDateTime(QDate(1601, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    void matchesQt()
    {
        QFETCH(qint64, ms);
        QCOMPARE(Timestamps::toIso(ms), QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate));
    }

    void matchesQtOnRandomTimes()
    {
        QRandomGenerator random(20261124);
        for (int i = 0; i < 200000; ++i) {
            const qint64 ms = qint64(random.bounded(8000000000.0)) * 1000 - 4000000000LL * 1000 + random.bounded(1000);
            const QString expected = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
            if (Timestamps::toIso(ms) != expected)
                QFAIL(qPrintable(QStringLiteral("%1: %2 != %3").arg(ms).arg(Timestamps::toIso(ms), expected)));
        }
    }

    void roundTrips()
    {
        const qint64 ms = QDateTime(QDate(2026, 11, 24), QTime(12, 33, 54), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(Timestamps::fromIso(Timestamps::toIso(ms)), std::optional<qint64>(ms));
        QCOMPARE(Timestamps::toIso(ms), QStringLiteral("2026-11-24T12:33:54Z"));
    }
};

QTEST_GUILESS_MAIN(TestTimestamps)
#include "tst_timestamps.moc"
