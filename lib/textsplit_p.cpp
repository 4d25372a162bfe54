#include "textsplit_p.h"

#include "slacktext_p.h"
#include "translation_p.h"

#include <QtCore/qlist.h>
#include <QtCore/qlocale.h>

#include <algorithm>

namespace SlackLog::Internal {

namespace {

// "&amp;", the longest of the three entities in escaped text.
constexpr qsizetype kLongestEntity = 5;

// A marker " (i/n)" takes 4 + 2 * 19 units at most (qsizetype has 19 digits), so this budget
// always leaves at least 6 units of text per part: enough to pass any entity or surrogate pair,
// so every part makes progress.
constexpr qsizetype kMinimumBudget = 48;

bool splitsPair(QStringView text, qsizetype at)
{
    return at > 0 && at < text.size() && text[at - 1].isHighSurrogate()
            && text[at].isLowSurrogate();
}

// Whether an '&' within the last few units before `at` (but not before `from`, where the part
// begins) has no ';' after it yet.
bool splitsEntity(QStringView text, qsizetype from, qsizetype at)
{
    for (qsizetype i = at - 1; i >= std::max(from, at - kLongestEntity); --i) {
        if (text[i] == u';')
            return false;
        if (text[i] == u'&')
            return true;
    }
    return false;
}

// The last position in (from, limit] to cut at without splitting a pair or an entity. In escaped
// text an entity leaves at most four bad positions in a row, so only the last few are tried;
// text with stray '&'s falls back to whole characters. `from` when there is no such position.
qsizetype hardCut(QStringView text, qsizetype from, qsizetype limit)
{
    for (qsizetype at = limit; at > from && at >= limit - kLongestEntity; --at) {
        if (!splitsPair(text, at) && !splitsEntity(text, from, at))
            return at;
    }
    for (qsizetype at = limit; at > from; --at) { // two tries at most: pairs do not overlap
        if (!splitsPair(text, at))
            return at;
    }
    return from;
}

struct Piece
{
    qsizetype begin;
    qsizetype end;
};

// The pieces of text when each may hold `room` units. room >= 2, so each piece is non-empty.
QList<Piece> pieces(QStringView text, qsizetype room)
{
    QList<Piece> result;
    qsizetype begin = 0;
    while (text.size() - begin > room) {
        // A newline right at begin + room still fits, as it is dropped.
        const QStringView window = text.sliced(begin, room + 1);
        if (const qsizetype newline = window.lastIndexOf(u'\n'); newline > 0) {
            result.append({begin, begin + newline});
            begin += newline + 1;
            continue;
        }
        const qsizetype space = window.first(room).lastIndexOf(u' ');
        const qsizetype end = space > 0 ? begin + space + 1 : hardCut(text, begin, begin + room);
        result.append({begin, end});
        begin = end;
    }
    if (begin < text.size())
        result.append({begin, text.size()});
    return result;
}

qsizetype decimalDigits(qsizetype n)
{
    qsizetype digits = 1;
    for (; n >= 10; n /= 10)
        ++digits;
    return digits;
}

// The pieces of text when each part holds `room` units, a marker " (i/n)" included, whose width
// depends on the number of parts: assume the widest marker for n digits, and widen until the
// count fits.
QList<Piece> markedPieces(QStringView text, qsizetype room)
{
    QList<Piece> parts;
    for (qsizetype digits = 1;; ++digits) {
        parts = pieces(text, room - (4 + 2 * digits));
        if (decimalDigits(parts.size()) <= digits)
            return parts;
    }
}

QString partMarker(qsizetype i, qsizetype count, QChar separator)
{
    return separator + QStringLiteral("(%1/%2)").arg(i + 1).arg(count);
}

QString truncationMarker(qsizetype cut)
{
    return DeliveryText::tr("… [%1 characters cut]")
            .arg(QLocale(QLocale::English).toString(qlonglong(cut)));
}

} // namespace

QStringList splitText(const QString &text, qsizetype budget)
{
    budget = std::max(budget, kMinimumBudget);
    if (text.size() <= budget)
        return {text};

    const QList<Piece> parts = markedPieces(text, budget);
    QStringList result;
    result.reserve(parts.size());
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const Piece &p = parts.at(i);
        result.append(text.sliced(p.begin, p.end - p.begin) + partMarker(i, parts.size(), u' '));
    }
    return result;
}

QStringList splitCodeBlock(const QString &lead, const QString &code, qsizetype budget)
{
    // CommonMark servers (Mattermost, Discord) take a fence only at the start of a line, and a
    // closing one only with nothing after it; Slack takes that layout too.
    static const QString open = QStringLiteral("```\n");
    static const QString close = QStringLiteral("\n```");
    const QString inner = breakBacktickRuns(code);
    const QString head = lead.trimmed().isEmpty() ? open : lead.trimmed() + u'\n' + open;
    const qsizetype overhead = head.size() + close.size();
    budget = std::max(budget, kMinimumBudget + overhead);
    if (overhead + inner.size() <= budget)
        return {head + inner + close};

    const QList<Piece> parts = markedPieces(inner, budget - overhead);
    QStringList result;
    result.reserve(parts.size());
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const Piece &p = parts.at(i);
        result.append((i == 0 ? head : open) + inner.sliced(p.begin, p.end - p.begin) + close
                      + partMarker(i, parts.size(), u'\n'));
    }
    return result;
}

QString truncateText(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    maxChars = std::max<qsizetype>(maxChars, 0);

    // The marker's length depends on how much is cut; each round cuts more, until it fits.
    qsizetype keep = hardCut(text, 0, maxChars);
    for (;;) {
        const QString marker = truncationMarker(text.size() - keep);
        const qsizetype room = maxChars - marker.size();
        if (room < 0)
            break;
        if (keep <= room)
            return text.first(keep) + marker;
        keep = hardCut(text, 0, room);
    }
    // Not even the marker fits: only cut.
    return text.first(hardCut(text, 0, maxChars));
}

} // namespace SlackLog::Internal
