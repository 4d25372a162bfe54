#include "textsplit_p.h"

#include <QtCore/qrandom.h>
#include <QtCore/qregularexpression.h>
#include <QtTest/QTest>

using namespace SlackLog::Internal;

namespace {

// splitText raises smaller budgets to this.
constexpr qsizetype kMinimumBudget = 48;

const QString kEmoji = QStringLiteral("\U0001F600");

QString lines(qsizetype size, qsizetype lineLength)
{
    QString text;
    for (int i = 0; text.size() < size; ++i) {
        const QString head = QStringLiteral("line %1 ").arg(i, 4, 10, QLatin1Char('0'));
        text += head + QString(lineLength - 1 - head.size(), u'x') + u'\n';
    }
    text.truncate(size);
    return text;
}

// Whether cutting before `at` falls inside one of the entities of escaped text.
bool insideEntity(const QString &text, qsizetype at)
{
    for (const QString &entity :
         {QStringLiteral("&amp;"), QStringLiteral("&lt;"), QStringLiteral("&gt;")}) {
        for (qsizetype i = text.indexOf(entity); i >= 0; i = text.indexOf(entity, i + 1)) {
            if (i < at && at < i + entity.size())
                return true;
        }
    }
    return false;
}

// Checks what holds for every split, and returns where in text each part but the last ends.
// Call through QVERIFY(!QTest::currentTestFailed()) afterwards.
QList<qsizetype> verifySplit(const QString &text, qsizetype budget, const QStringList &parts)
{
    budget = std::max(budget, kMinimumBudget);
    if (text.size() <= budget) {
        [&] { QCOMPARE(parts, QStringList{text}); }();
        return {};
    }
    QList<qsizetype> cuts;
    qsizetype pos = 0;
    [&] {
        QVERIFY2(parts.size() >= 2, qPrintable(QString::number(parts.size())));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QString &part = parts.at(i);
            QVERIFY2(part.size() <= budget, qPrintable(part));
            // Not a QRegularExpression: it matches nothing in text with lone surrogates.
            const QString marker = QStringLiteral(" (%1/%2)").arg(i + 1).arg(parts.size());
            QVERIFY2(part.endsWith(marker), qPrintable(part.right(20)));
            const QString body = part.chopped(marker.size());
            QVERIFY(!body.isEmpty());
            QCOMPARE(text.mid(pos, body.size()), body);
            pos += body.size();
            if (i + 1 < parts.size()) {
                cuts.append(pos);
                if (text.at(pos) == u'\n')
                    ++pos; // the newline at a cut is dropped
            }
        }
        QCOMPARE(pos, text.size());
    }();
    return cuts;
}

// Escaped text of words, entities, emoji, spaces and line ends.
QString wellFormedText(QRandomGenerator &random, qsizetype size)
{
    static const QStringList tokens = {QStringLiteral("word"),       QStringLiteral("a"),
                                       QStringLiteral(" "),          QStringLiteral("\n"),
                                       QStringLiteral("&amp;"),      QStringLiteral("&lt;"),
                                       QStringLiteral("&gt;"),       kEmoji,
                                       QStringLiteral("longerword"), QStringLiteral("\n\n")};
    QString text;
    while (text.size() < size)
        text += tokens.at(random.bounded(int(tokens.size())));
    return text;
}

// Any UTF-16 units, lone surrogates and stray '&' included.
QString anyText(QRandomGenerator &random, qsizetype size)
{
    static const char16_t units[] = {u'a', u' ', u'\n', u'&', u';', 0xD83D, 0xDE00, 0xDC00, 0};
    QString text;
    for (qsizetype i = 0; i < size; ++i)
        text += QChar(units[random.bounded(int(std::size(units)))]);
    return text;
}

} // namespace

class tst_TextSplit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shortTextUnchanged_data();
    void shortTextUnchanged();
    void cutsAtLineEnds();
    void cutsAtSpaces();
    void noPartOfOnlyASpace();
    void entityNeverSplit_data();
    void entityNeverSplit();
    void surrogatesNeverSplit_data();
    void surrogatesNeverSplit();
    void edgeBudgets_data();
    void edgeBudgets();
    void markerWidthSettles_data();
    void markerWidthSettles();
    void randomText();
    void truncate_data();
    void truncate();
    void truncateCountsExactly_data();
    void truncateCountsExactly();
    void codeBlockFencesStayBalanced_data();
    void codeBlockFencesStayBalanced();
    void codeBlockBacktickCannotCloseTheBlock_data();
    void codeBlockBacktickCannotCloseTheBlock();
};

void tst_TextSplit::shortTextUnchanged_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("budget");
    QTest::addRow("empty") << QString() << qsizetype(100);
    QTest::addRow("short") << QStringLiteral("disk almost full") << qsizetype(100);
    QTest::addRow("exactly the budget") << QString(100, u'x') << qsizetype(100);
    QTest::addRow("newlines kept") << QStringLiteral("a\nb\n") << qsizetype(100);
    QTest::addRow("tiny budget raised") << QString(kMinimumBudget, u'x') << qsizetype(10);
}

void tst_TextSplit::shortTextUnchanged()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, budget);
    QCOMPARE(splitText(text, budget), QStringList{text});
}

void tst_TextSplit::cutsAtLineEnds()
{
    const QString text = lines(10'000, 60);
    QCOMPARE(text.size(), 10'000);
    const QStringList parts = splitText(text, 4000);
    const QList<qsizetype> cuts = verifySplit(text, 4000, parts);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(parts.size(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(parts.at(i).endsWith(QStringLiteral("x (%1/3)").arg(i + 1)));
    for (const qsizetype cut : cuts) {
        QCOMPARE(text.at(cut), u'\n');
        QCOMPARE(cut % 60, 59);
    }
    // The most whole lines that fit beside the marker.
    QCOMPARE(cuts, (QList<qsizetype>{3959, 7919}));
}

void tst_TextSplit::cutsAtSpaces()
{
    const QString text = QStringLiteral("word ").repeated(100);
    const QStringList parts = splitText(text, 100);
    const QList<qsizetype> cuts = verifySplit(text, 100, parts);
    QVERIFY(!QTest::currentTestFailed());
    for (const qsizetype cut : cuts)
        QCOMPARE(text.at(cut - 1), u' ');
    QVERIFY(parts.first().endsWith(QStringLiteral("word  (1/%1)").arg(parts.size())));
}

// A space at the very start of a part is no place to cut: the part would be that space alone.
void tst_TextSplit::noPartOfOnlyASpace()
{
    const QString text = u' ' + QString(200, u'y');
    const QStringList parts = splitText(text, 100);
    verifySplit(text, 100, parts);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(parts.first(), u' ' + QString(93, u'y') + QStringLiteral(" (1/3)"));
}

void tst_TextSplit::entityNeverSplit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("budget");
    // At budget 100 a part of a two-part text holds 94 units of text: put the entity across 94.
    for (const QString &entity :
         {QStringLiteral("&amp;"), QStringLiteral("&lt;"), QStringLiteral("&gt;")}) {
        for (qsizetype at = 94 - entity.size(); at <= 94; ++at) {
            QTest::addRow("%s at %lld", qPrintable(entity), qlonglong(at))
                    << QString(at, u'x') + entity + QString(60, u'y') << qsizetype(100);
        }
    }
    QTest::addRow("only entities") << QStringLiteral("&amp;").repeated(300) << qsizetype(100);
    QTest::addRow("entities and emoji")
            << QString(QStringLiteral("&lt;") + kEmoji + QStringLiteral("&gt;")).repeated(200)
            << qsizetype(77);
}

void tst_TextSplit::entityNeverSplit()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, budget);
    const QStringList parts = splitText(text, budget);
    const QList<qsizetype> cuts = verifySplit(text, budget, parts);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(!cuts.isEmpty());
    for (const qsizetype cut : cuts)
        QVERIFY2(!insideEntity(text, cut), qPrintable(QString::number(cut)));
    for (const QString &part : parts)
        QVERIFY(part.isValidUtf16());
}

void tst_TextSplit::surrogatesNeverSplit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("budget");
    QTest::addRow("emoji, even budget") << kEmoji.repeated(500) << qsizetype(100);
    QTest::addRow("emoji, odd budget") << kEmoji.repeated(500) << qsizetype(101);
    QTest::addRow("shifted by one") << u'a' + kEmoji.repeated(500) << qsizetype(100);
    QTest::addRow("shifted, odd budget") << u'a' + kEmoji.repeated(500) << qsizetype(101);
    QTest::addRow("minimum budget") << kEmoji.repeated(500) << qsizetype(0);
}

void tst_TextSplit::surrogatesNeverSplit()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, budget);
    const QStringList parts = splitText(text, budget);
    verifySplit(text, budget, parts);
    QVERIFY(!QTest::currentTestFailed());
    for (const QString &part : parts)
        QVERIFY2(part.isValidUtf16(), qPrintable(part));
}

void tst_TextSplit::edgeBudgets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("budget");
    QTest::addColumn<int>("expectedParts");
    QTest::addRow("exactly the budget") << QString(4000, u'x') << qsizetype(4000) << 1;
    QTest::addRow("budget + 1") << QString(4001, u'x') << qsizetype(4000) << 2;
    QTest::addRow("budget + 1, newline last")
            << QString(4000, u'x') + u'\n' << qsizetype(4000) << 2;
    QTest::addRow("minimum budget + 1") << QString(kMinimumBudget + 1, u'x') << qsizetype(16) << 2;
    QTest::addRow("zero budget") << QString(200, u'x') << qsizetype(0) << 5;
    QTest::addRow("negative budget") << QString(200, u'x') << qsizetype(-1) << 5;
    QTest::addRow("huge budget") << QString(200, u'x') << std::numeric_limits<qsizetype>::max()
                                 << 1;
}

void tst_TextSplit::edgeBudgets()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, budget);
    QFETCH(int, expectedParts);
    const QStringList parts = splitText(text, budget);
    verifySplit(text, budget, parts);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(parts.size(), expectedParts);
}

void tst_TextSplit::markerWidthSettles_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<int>("expectedParts");
    // At budget 100, " (i/n)" leaves 94 units for n < 10, and 92 for n < 100.
    QTest::addRow("nine full parts") << qsizetype(9 * 94) << 9;
    QTest::addRow("one more unit makes ten") << qsizetype(9 * 94 + 1) << 10;
    QTest::addRow("ninety-nine") << qsizetype(99 * 92) << 99;
    // 100 parts need three digits, which leave 90 units: 9109 / 90 makes 102.
    QTest::addRow("a hundred and more") << qsizetype(99 * 92 + 1) << 102;
}

void tst_TextSplit::markerWidthSettles()
{
    QFETCH(qsizetype, size);
    QFETCH(int, expectedParts);
    const QString text(size, u'x');
    const QStringList parts = splitText(text, 100);
    verifySplit(text, 100, parts);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(parts.size(), expectedParts);
    QVERIFY(parts.last().endsWith(QStringLiteral(" (%1/%1)").arg(expectedParts)));
}

// A cheap stand-in for the fuzzer: every split terminates and keeps its promises.
void tst_TextSplit::randomText()
{
    QRandomGenerator random(20240301);
    for (int round = 0; round < 300; ++round) {
        const qsizetype budget = random.bounded(-10, 300);
        const qsizetype size = random.bounded(0, 3000);
        const QString wellFormed = wellFormedText(random, size);
        const QStringList parts = splitText(wellFormed, budget);
        const QList<qsizetype> cuts = verifySplit(wellFormed, budget, parts);
        QVERIFY2(!QTest::currentTestFailed(), qPrintable(QString::number(round)));
        for (const qsizetype cut : cuts)
            QVERIFY(!insideEntity(wellFormed, cut));
        for (const QString &part : parts)
            QVERIFY(part.isValidUtf16());

        const QString any = anyText(random, size);
        verifySplit(any, budget, splitText(any, budget));
        QVERIFY2(!QTest::currentTestFailed(), qPrintable(QString::number(round)));

        const qsizetype maxChars = random.bounded(-10, 300);
        for (const QString &text : {wellFormed, any}) {
            const QString truncated = truncateText(text, maxChars);
            QVERIFY(truncated.size() <= std::max<qsizetype>(maxChars, 0));
        }
    }
}

void tst_TextSplit::truncate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("maxChars");
    QTest::addColumn<QString>("expected");
    QTest::addRow("under") << QStringLiteral("hello") << qsizetype(10) << QStringLiteral("hello");
    QTest::addRow("at") << QStringLiteral("hello") << qsizetype(5) << QStringLiteral("hello");
    QTest::addRow("empty") << QString() << qsizetype(0) << QString();
    QTest::addRow("over") << QString(100, u'x') << qsizetype(50)
                          << QString(29, u'x') + QStringLiteral("… [71 characters cut]");
    QTest::addRow("thousands separator")
            << QString(20'000, u'x') << qsizetype(4000)
            << QString(3975, u'x') + QStringLiteral("… [16,025 characters cut]");
    // 29 units would fit beside the marker, but the 29th is inside the entity.
    QTest::addRow("entity at the cut")
            << QString(27, u'x') + QStringLiteral("&amp;") + QString(100, u'x') << qsizetype(50)
            << QString(27, u'x') + QStringLiteral("… [105 characters cut]");
    QTest::addRow("surrogate pair at the cut")
            << QString(28, u'x') + kEmoji.repeated(50) << qsizetype(50)
            << QString(28, u'x') + QStringLiteral("… [100 characters cut]");
    QTest::addRow("marker does not fit")
            << QString(100, u'x') << qsizetype(10) << QString(10, u'x');
    QTest::addRow("marker does not fit, emoji")
            << kEmoji.repeated(50) << qsizetype(11) << kEmoji.repeated(5);
    QTest::addRow("zero") << QStringLiteral("hello") << qsizetype(0) << QString();
    QTest::addRow("negative") << QStringLiteral("hello") << qsizetype(-3) << QString();
}

void tst_TextSplit::truncate()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, maxChars);
    QFETCH(QString, expected);
    const QString truncated = truncateText(text, maxChars);
    QCOMPARE(truncated, expected);
    QVERIFY(truncated.size() <= std::max<qsizetype>(maxChars, 0));
}

void tst_TextSplit::truncateCountsExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("maxChars");
    QRandomGenerator random(7);
    for (const qsizetype maxChars : {22, 23, 30, 100, 999, 1000, 1001, 4000, 40'000}) {
        for (const qsizetype size :
             {maxChars + 1, maxChars + 9, 2 * maxChars, qsizetype(100'000)}) {
            // "… [99,978 characters cut]" takes 25 units; below that only a plain cut fits.
            if (maxChars < 25 && size > 1000)
                continue;
            QTest::addRow("%lld of %lld", qlonglong(maxChars), qlonglong(size))
                    << wellFormedText(random, size).first(size) << maxChars;
        }
    }
}

void tst_TextSplit::truncateCountsExactly()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, maxChars);
    const QString truncated = truncateText(text, maxChars);
    QVERIFY(truncated.size() <= maxChars);
    QVERIFY(truncated.isValidUtf16() || !text.isValidUtf16());
    static const QRegularExpression marker(QStringLiteral("… \\[([\\d,]+) characters cut\\]$"));
    const QRegularExpressionMatch m = marker.match(truncated);
    QVERIFY2(m.hasMatch(), qPrintable(truncated.right(40)));
    const qsizetype kept = m.capturedStart();
    QCOMPARE(truncated.first(kept), text.first(kept));
    QVERIFY(!insideEntity(text, kept));
    QCOMPARE(m.captured(1), QLocale(QLocale::English).toString(qlonglong(text.size() - kept)));
}

void tst_TextSplit::codeBlockFencesStayBalanced_data()
{
    QTest::addColumn<QString>("lead");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qsizetype>("budget");
    QTest::addColumn<int>("parts");
    const QString trace = lines(9000, 60);
    QTest::addRow("fits") << QString() << u"first\nsecond"_qs << qsizetype(4000) << 1;
    QTest::addRow("fits exactly") << u"<!here> "_qs << lines(3000 - 16, 40) << qsizetype(3000) << 1;
    QTest::addRow("one over") << u"<!here> "_qs << lines(3000 - 15, 40) << qsizetype(3000) << 2;
    QTest::addRow("backticks") << QString() << u"a\n```\nb ````` c\n``"_qs << qsizetype(4000) << 1;
    QTest::addRow("trace in 4,000") << QString() << trace << qsizetype(4000) << 3;
    QTest::addRow("trace in a section") << u":warning: "_qs << trace << qsizetype(3000) << 4;
    QTest::addRow("trace on discord") << QString() << trace << qsizetype(2000) << 5;
    QTest::addRow("one line longer than a part")
            << QString() << u"a\n"_qs + QString(5000, u'x') << qsizetype(2000) << 4;
}

void tst_TextSplit::codeBlockFencesStayBalanced()
{
    QFETCH(QString, lead);
    QFETCH(QString, code);
    QFETCH(qsizetype, budget);
    QFETCH(int, parts);
    const QStringList split = splitCodeBlock(lead, code, budget);
    QCOMPARE(split.size(), parts);
    // Fences start their lines, and nothing follows a closing one on its line, as CommonMark
    // servers need.
    static const QRegularExpression shape(u"^```\\n(.*)\\n```(\\n\\((\\d+)/(\\d+)\\))?$"_qs,
                                          QRegularExpression::DotMatchesEverythingOption);
    QString rejoined;
    for (qsizetype i = 0; i < split.size(); ++i) {
        const QString &part = split.at(i);
        QVERIFY2(part.size() <= budget, qPrintable(QString::number(part.size())));
        // The lead goes once, on a line of its own in front of the first part.
        const QString head = lead.isEmpty() ? QString() : lead.trimmed() + u'\n';
        if (!head.isEmpty())
            QCOMPARE(part.startsWith(head), i == 0);
        const QString block = i == 0 ? part.mid(head.size()) : part;
        QCOMPARE(block.count(u"```"_qs), 2);
        const QRegularExpressionMatch match = shape.match(block);
        QVERIFY2(match.hasMatch(), qPrintable(block.left(40) + u" … "_qs + block.right(40)));
        if (split.size() > 1) {
            QCOMPARE(match.captured(3).toInt(), i + 1);
            QCOMPARE(match.captured(4).toInt(), split.size());
        }
        // A cut at a line end drops that line end; a cut elsewhere drops nothing.
        if (!rejoined.isEmpty() && code.at(rejoined.size()) == u'\n')
            rejoined += u'\n';
        rejoined += match.captured(1);
    }
    // Only the zero-width spaces that break up runs of backticks are added.
    QCOMPARE(rejoined.remove(QChar(0x200b)), code);
}

void tst_TextSplit::codeBlockBacktickCannotCloseTheBlock_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qsizetype>("budget");
    for (int run = 2; run <= 7; ++run) {
        const QString ticks(run, u'`');
        QTest::addRow("%d in a line", run) << u"a\nb "_qs + ticks + u" c"_qs << qsizetype(4000);
        QTest::addRow("%d at the start", run) << ticks + u"\nb"_qs << qsizetype(4000);
        QTest::addRow("%d at the end", run) << u"a\n"_qs + ticks << qsizetype(4000);
        // Runs that a cut between parts could split.
        QTest::addRow("%d across parts", run)
                << QString(u"x\n"_qs + QString(60, u'y') + ticks + QString(60, u'z') + u'\n')
                           .repeated(20)
                << qsizetype(200);
    }
}

void tst_TextSplit::codeBlockBacktickCannotCloseTheBlock()
{
    QFETCH(QString, code);
    QFETCH(qsizetype, budget);
    const QStringList split = splitCodeBlock(QString(), code, budget);
    for (const QString &part : split) {
        // The two fences, and no third run of three anywhere.
        QCOMPARE(part.count(u"```"_qs), 2);
        QVERIFY(part.startsWith(u"```\n"_qs));
    }
    QString rejoined = split.join(QString());
    QVERIFY(rejoined.remove(QChar(0x200b)).contains(code.left(3)));
}

QTEST_APPLESS_MAIN(tst_TextSplit)
#include "tst_textsplit.moc"
