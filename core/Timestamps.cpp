#include "core/Timestamps.h"

#include <QDateTime>

namespace Keyward::Timestamps {

QString toIso(qint64 ms)
{
    // Every key in every listing carries four of these: formatted by hand (days to civil date, H. Hinnant's
    // algorithm) instead of through QDateTime, which costs about ten times as much. Same text as Qt::ISODate in UTC.
    const qint64 seconds = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
    qint64 days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    const qint64 secondOfDay = seconds - days * 86400;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthPrime = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * monthPrime + 2) / 5 + 1;
    const qint64 month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
    char text[21];
    const auto put = [&text](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            text[at + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = 'T';
    put(11, secondOfDay / 3600, 2);
    text[13] = ':';
    put(14, secondOfDay / 60 % 60, 2);
    text[16] = ':';
    put(17, secondOfDay % 60, 2);
    text[19] = 'Z';
    return QString::fromLatin1(text, 20);
}

QJsonValue toJson(qint64 ms)
{
    return ms > 0 ? QJsonValue(toIso(ms)) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> fromIso(const QString& text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    // A date without a zone is read as UTC, never as the server's local time.
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    return parsed.toMSecsSinceEpoch();
}

} // namespace Keyward::Timestamps
