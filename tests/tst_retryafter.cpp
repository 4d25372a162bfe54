#include "retryafter_p.h"

#include <QtCore/qlocale.h>
#include <QtTest/QTest>

using namespace SlackLog::Internal;
using namespace std::chrono_literals;

namespace {

// Friday, 1 March 2024, noon UTC.
QDateTime fixedNow()
{
    return QDateTime(QDate(2024, 3, 1), QTime(12, 0, 0), Qt::UTC);
}

constexpr qint64 kUnreadable = -1;
constexpr qint64 kShortest = 1'000;
constexpr qint64 kLongest = 15 * 60'000;

} // namespace

class tst_RetryAfter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void delay_data();
    void delay();
    void ignoresDefaultLocale();
    void invalidNowRejectsDates();
    void prefixesNeverCrash_data();
    void prefixesNeverCrash();
};

void tst_RetryAfter::delay_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs"); // kUnreadable: std::nullopt

    // delta-seconds
    QTest::addRow("seconds") << QByteArray("2") << qint64(2'000);
    QTest::addRow("whitespace") << QByteArray(" 30 ") << qint64(30'000);
    QTest::addRow("tabs") << QByteArray("\t45\t") << qint64(45'000);
    QTest::addRow("leading zeros") << QByteArray("007") << qint64(7'000);
    QTest::addRow("zero clamps to 1 s") << QByteArray("0") << kShortest;
    QTest::addRow("15 min exactly") << QByteArray("900") << kLongest;
    QTest::addRow("one day clamps to 15 min") << QByteArray("86400") << kLongest;
    QTest::addRow("largest 64-bit number clamps") << QByteArray("9223372036854775807") << kLongest;

    // IMF-fixdate, RFC 850 and asctime
    QTest::addRow("IMF-fixdate") << QByteArray("Fri, 01 Mar 2024 12:01:30 GMT") << qint64(90'000);
    QTest::addRow("RFC 850") << QByteArray("Friday, 01-Mar-24 12:00:30 GMT") << qint64(30'000);
    QTest::addRow("asctime") << QByteArray("Fri Mar  1 12:00:10 2024") << qint64(10'000);
    QTest::addRow("asctime, single space")
            << QByteArray("Fri Mar 1 12:00:10 2024") << qint64(10'000);
    QTest::addRow("asctime, two-digit day") << QByteArray("Sun Mar 10 12:00:00 2024") << kLongest;
    QTest::addRow("date with spaces around")
            << QByteArray("  Fri, 01 Mar 2024 12:00:05 GMT ") << qint64(5'000);
    QTest::addRow("date is now") << QByteArray("Fri, 01 Mar 2024 12:00:00 GMT") << kShortest;
    QTest::addRow("date in the past") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << kShortest;
    QTest::addRow("RFC 850 in the past")
            << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << kShortest;
    QTest::addRow("asctime in the past") << QByteArray("Sun Nov  6 08:49:37 1994") << kShortest;
    QTest::addRow("date a day ahead clamps to 15 min")
            << QByteArray("Sat, 02 Mar 2024 12:00:00 GMT") << kLongest;
    // Two-digit years: at most 50 years ahead, otherwise the century before.
    QTest::addRow("RFC 850, year 74 is 2074")
            << QByteArray("Thursday, 01-Mar-74 12:00:00 GMT") << kLongest;
    QTest::addRow("RFC 850, year 75 is 1975")
            << QByteArray("Saturday, 01-Mar-75 12:00:00 GMT") << kShortest;

    // Unreadable
    QTest::addRow("empty") << QByteArray() << kUnreadable;
    QTest::addRow("blank") << QByteArray("   ") << kUnreadable;
    QTest::addRow("negative") << QByteArray("-5") << kUnreadable;
    QTest::addRow("plus sign") << QByteArray("+5") << kUnreadable;
    QTest::addRow("fraction") << QByteArray("1.5") << kUnreadable;
    QTest::addRow("space inside") << QByteArray("3 0") << kUnreadable;
    QTest::addRow("overflow") << QByteArray("99999999999999999999") << kUnreadable;
    QTest::addRow("garbage") << QByteArray("soon") << kUnreadable;
    QTest::addRow("binary") << QByteArray("\x00\xff\x01", 3) << kUnreadable;
    QTest::addRow("no such day") << QByteArray("Fri, 31 Feb 2024 12:00:00 GMT") << kUnreadable;
    QTest::addRow("no such hour") << QByteArray("Fri, 01 Mar 2024 25:00:00 GMT") << kUnreadable;
    QTest::addRow("time without seconds")
            << QByteArray("Fri, 01 Mar 2024 12:00 GMT") << kUnreadable;
    QTest::addRow("zone other than GMT")
            << QByteArray("Fri, 01 Mar 2024 12:00:00 UTC") << kUnreadable;
    QTest::addRow("lower-case month") << QByteArray("Fri, 01 mar 2024 12:00:00 GMT") << kUnreadable;
    QTest::addRow("German names") << QByteArray("Fr, 01 Mär 2024 12:00:00 GMT") << kUnreadable;
    QTest::addRow("long day name in IMF-fixdate")
            << QByteArray("Friday, 01 Mar 2024 12:00:00 GMT") << kUnreadable;
    QTest::addRow("two-digit year in IMF-fixdate")
            << QByteArray("Fri, 01 Mar 24 12:00:00 GMT") << kUnreadable;
    QTest::addRow("RFC 850 without dashes")
            << QByteArray("Friday, 01 Mar 24 12:00:00 GMT") << kUnreadable;
    QTest::addRow("ISO 8601") << QByteArray("2024-03-01T12:00:30Z") << kUnreadable;
}

void tst_RetryAfter::delay()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const std::optional<std::chrono::milliseconds> delay = retryAfterDelay(value, fixedNow());
    if (expectedMs == kUnreadable) {
        QVERIFY2(!delay, qPrintable(QString::number(delay.value_or(0ms).count())));
    } else {
        QVERIFY(delay);
        QCOMPARE(qint64(delay->count()), expectedMs);
    }
}

// Month and day names are English in HTTP, whatever the user's language.
void tst_RetryAfter::ignoresDefaultLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto delay = retryAfterDelay("Fri, 01 Mar 2024 12:01:30 GMT", fixedNow());
    QLocale::setDefault(previous);
    QVERIFY(delay);
    QCOMPARE(*delay, 90s);
}

void tst_RetryAfter::invalidNowRejectsDates()
{
    QVERIFY(!retryAfterDelay("Fri, 01 Mar 2024 12:01:30 GMT", QDateTime()));
    QCOMPARE(retryAfterDelay("5", QDateTime()), std::optional(5000ms));
}

void tst_RetryAfter::prefixesNeverCrash_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addRow("IMF-fixdate") << QByteArray("Fri, 01 Mar 2024 12:01:30 GMT");
    QTest::addRow("RFC 850") << QByteArray("Friday, 01-Mar-24 12:00:30 GMT");
    QTest::addRow("asctime") << QByteArray("Fri Mar  1 12:00:10 2024");
}

// Every prefix and suffix of a valid date is either unreadable or clamped.
void tst_RetryAfter::prefixesNeverCrash()
{
    QFETCH(QByteArray, value);
    for (qsizetype n = 0; n <= value.size(); ++n) {
        for (const QByteArray &piece : {value.first(n), value.sliced(n)}) {
            const auto delay = retryAfterDelay(piece, fixedNow());
            if (delay)
                QVERIFY2(*delay >= 1s && *delay <= 15min, piece.constData());
        }
    }
}

QTEST_APPLESS_MAIN(tst_RetryAfter)
#include "tst_retryafter.moc"
