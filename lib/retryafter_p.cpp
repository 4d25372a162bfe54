#include "retryafter_p.h"

#include <QtCore/qlist.h>

#include <algorithm>
#include <array>

namespace SlackLog::Internal {

namespace {

using namespace std::chrono_literals;

constexpr std::chrono::milliseconds kShortestWait = 1s;
constexpr std::chrono::milliseconds kLongestWait = 15min;

// HTTP-dates are always in English (RFC 9110 5.6.7), so the names are spelled out here rather
// than taken from a QLocale.
constexpr std::array<const char *, 7> kShortDays = {"Mon", "Tue", "Wed", "Thu",
                                                    "Fri", "Sat", "Sun"};
constexpr std::array<const char *, 7> kLongDays = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                   "Friday", "Saturday", "Sunday"};
constexpr std::array<const char *, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

template<std::size_t N> int indexIn(const std::array<const char *, N> &names, QByteArrayView name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == QByteArrayView(names[i]))
            return int(i);
    }
    return -1;
}

bool isAllDigits(QByteArrayView s)
{
    return !s.isEmpty()
            && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A run of minWidth to maxWidth ASCII digits (at most 4), or -1.
int smallNumber(QByteArrayView s, qsizetype minWidth, qsizetype maxWidth)
{
    if (s.size() < minWidth || s.size() > maxWidth || !isAllDigits(s))
        return -1;
    int n = 0;
    for (const char c : s)
        n = n * 10 + (c - '0');
    return n;
}

// RFC 850's two-digit year: the year ending in those digits that is at most 50 years ahead.
int fullYear(int twoDigits, int nowYear)
{
    int year = nowYear - nowYear % 100 + twoDigits;
    if (year > nowYear + 50)
        year -= 100;
    else if (year + 100 <= nowYear + 50)
        year += 100;
    return year;
}

QTime timeOfDay(QByteArrayView s)
{
    if (s.size() != 8 || s[2] != ':' || s[5] != ':')
        return {};
    const int h = smallNumber(s.sliced(0, 2), 2, 2);
    const int m = smallNumber(s.sliced(3, 2), 2, 2);
    const int sec = smallNumber(s.sliced(6, 2), 2, 2);
    if (h < 0 || m < 0 || sec < 0)
        return {};
    return QTime(h, m, sec); // invalid when out of range
}

QDateTime httpDate(const QByteArray &value, int nowYear)
{
    const QList<QByteArray> t = value.simplified().split(' ');
    int day = -1;
    int month = -1;
    int year = -1;
    QTime time;
    if (t.size() == 6 && t[0].endsWith(',') && indexIn(kShortDays, t[0].chopped(1)) >= 0
        && t[5] == "GMT") {
        // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
        day = smallNumber(t[1], 1, 2);
        month = indexIn(kMonths, t[2]) + 1;
        year = smallNumber(t[3], 4, 4);
        time = timeOfDay(t[4]);
    } else if (t.size() == 4 && t[0].endsWith(',') && indexIn(kLongDays, t[0].chopped(1)) >= 0
               && t[3] == "GMT") {
        // RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"
        const QList<QByteArray> date = t[1].split('-');
        if (date.size() != 3)
            return {};
        day = smallNumber(date[0], 1, 2);
        month = indexIn(kMonths, date[1]) + 1;
        const int twoDigits = smallNumber(date[2], 2, 2);
        year = twoDigits < 0 ? -1 : fullYear(twoDigits, nowYear);
        time = timeOfDay(t[2]);
    } else if (t.size() == 5 && indexIn(kShortDays, t[0]) >= 0) {
        // asctime: "Sun Nov  6 08:49:37 1994", the double space gone with simplified()
        month = indexIn(kMonths, t[1]) + 1;
        day = smallNumber(t[2], 1, 2);
        time = timeOfDay(t[3]);
        year = smallNumber(t[4], 4, 4);
    } else {
        return {};
    }
    // QDate takes negative years as BC, so a missing year is rejected here.
    const QDate date(year, month, day);
    if (year < 1 || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

std::optional<std::chrono::milliseconds> retryAfterDelay(const QByteArray &value,
                                                         const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;

    std::chrono::milliseconds wait;
    if (isAllDigits(trimmed)) {
        bool ok = false;
        const qlonglong seconds = trimmed.toLongLong(&ok);
        if (!ok)
            return std::nullopt; // more than 64 bits hold
        // Clamp before converting, so that seconds * 1000 cannot overflow.
        wait = std::chrono::seconds(std::min<qlonglong>(seconds, kLongestWait / 1s));
    } else {
        if (!nowUtc.isValid())
            return std::nullopt;
        const QDateTime until = httpDate(trimmed, nowUtc.date().year());
        if (!until.isValid())
            return std::nullopt;
        wait = std::chrono::milliseconds(nowUtc.msecsTo(until));
    }
    return std::clamp(wait, kShortestWait, kLongestWait);
}

} // namespace SlackLog::Internal
