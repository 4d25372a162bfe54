#include "spoolformat_p.h"

#include <QtCore/QElapsedTimer>
#include <QtTest/QTest>

using namespace SlackLog;
using namespace SlackLog::Internal;

Q_DECLARE_METATYPE(SequenceRanges)

// The bytes of a spool segment: what a crash, a cut or damage leaves must be read back as far
// as it is intact, and never crash the reader.
class tst_SpoolFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordsRoundTrip_data();
    void recordsRoundTrip();
    void acknowledgementsMerge();
    void everyCutRecoversTheWholeEntriesBeforeIt();
    void damageInTheMiddleLosesOnlyThatEntry_data();
    void damageInTheMiddleLosesOnlyThatEntry();
    void foreignBytesAreNotASpool();
    void aLaterVersionIsNotRead_data();
    void aLaterVersionIsNotRead();
    void sentMarksRoundTrip();
    void rangesSubtract_data();
    void rangesSubtract();
    void entriesOfALaterTypeAreSkipped();
    void craftedDamageTakesLinearTime();
};

namespace {

SpooledRecord record(quint64 sequence, const QString &message)
{
    SpooledRecord r;
    r.sequence = sequence;
    r.utcMSecs = 1700000000000 + qint64(sequence);
    r.threadId = 4242;
    r.line = int(sequence) * 10;
    r.level = Level::Warning;
    r.destinationRef = QByteArray(16, char(sequence));
    r.category = "db.pool";
    r.file = "pool.cpp";
    r.function = "void Pool::open()";
    r.message = message;
    return r;
}

QByteArray threeRecords(QList<qsizetype> *entryEnds = nullptr)
{
    QByteArray bytes = SpoolFormat::header();
    for (quint64 i = 1; i <= 3; ++i) {
        bytes += SpoolFormat::recordEntry(record(i, u"message %1"_qs.arg(i)));
        if (entryEnds)
            entryEnds->append(bytes.size());
    }
    return bytes;
}

} // namespace

void tst_SpoolFormat::recordsRoundTrip_data()
{
    QTest::addColumn<QString>("message");
    QTest::addRow("plain") << u"disk full"_qs;
    QTest::addRow("empty") << QString();
    QTest::addRow("multi-line") << u"first\nsecond\n\tthird"_qs;
    QTest::addRow("non-ASCII") << u"Grüße, 日本語, emoji \U0001F525"_qs;
    QTest::addRow("entity text") << u"a &amp; b <tag>"_qs;
    QTest::addRow("long") << QString(100000, u'x');
}

void tst_SpoolFormat::recordsRoundTrip()
{
    QFETCH(QString, message);
    const SpooledRecord original = record(7, message);
    const SegmentContents contents = SpoolFormat::parse(
            QByteArray(SpoolFormat::header() + SpoolFormat::recordEntry(original)));
    QVERIFY(contents.headerValid);
    QCOMPARE(contents.damagedRecords, 0u);
    QCOMPARE(contents.damagedStretches, 0u);
    QCOMPARE(contents.records.size(), size_t(1));
    const SpooledRecord &read = contents.records.front();
    QCOMPARE(read.sequence, original.sequence);
    QCOMPARE(read.utcMSecs, original.utcMSecs);
    QCOMPARE(read.threadId, original.threadId);
    QCOMPARE(read.line, original.line);
    QCOMPARE(read.level, original.level);
    QCOMPARE(read.destinationRef, original.destinationRef);
    QCOMPARE(read.category, original.category);
    QCOMPARE(read.file, original.file);
    QCOMPARE(read.function, original.function);
    QCOMPARE(read.message, original.message);
}

void tst_SpoolFormat::acknowledgementsMerge()
{
    QByteArray bytes = SpoolFormat::header();
    bytes += SpoolFormat::acknowledgementEntry(SpoolFormat::toRanges({5, 3, 4, 9}));
    bytes += SpoolFormat::acknowledgementEntry(SpoolFormat::toRanges({6, 1}));
    bytes += SpoolFormat::consumedEntry(2);
    const SegmentContents contents = SpoolFormat::parse(bytes);
    QCOMPARE(contents.damagedRecords, 0u);
    QCOMPARE(contents.damagedStretches, 0u);
    const SequenceRanges expected{{1, 1}, {3, 6}, {9, 9}};
    QCOMPARE(contents.acknowledged, expected);
    QCOMPARE(contents.consumed, 2u);
    QVERIFY(SpoolFormat::contains(contents.acknowledged, 4));
    QVERIFY(!SpoolFormat::contains(contents.acknowledged, 2));
    QVERIFY(!SpoolFormat::contains(contents.acknowledged, 10));
}

void tst_SpoolFormat::everyCutRecoversTheWholeEntriesBeforeIt()
{
    // A kill -9 or a power cut can end the file at any byte.
    QList<qsizetype> ends;
    const QByteArray whole = threeRecords(&ends);
    const qsizetype headerSize = SpoolFormat::header().size();
    for (qsizetype cut = headerSize; cut <= whole.size(); ++cut) {
        const SegmentContents contents = SpoolFormat::parse(QByteArrayView(whole).first(cut));
        const size_t whole = size_t(std::count_if(ends.cbegin(), ends.cend(),
                                                  [cut](qsizetype end) { return end <= cut; }));
        const bool midEntry = cut != headerSize && !ends.contains(cut);
        QCOMPARE(contents.records.size(), whole);
        // What was after a cut cannot be counted: a stretch, not a number of records.
        QCOMPARE(contents.damagedStretches, midEntry ? 1u : 0u);
        QCOMPARE(contents.damagedRecords, 0u);
        for (size_t i = 0; i < whole; ++i)
            QCOMPARE(contents.records[i].message, u"message %1"_qs.arg(i + 1));
    }
}

void tst_SpoolFormat::damageInTheMiddleLosesOnlyThatEntry_data()
{
    QTest::addColumn<int>("entry"); // which entry gets a flipped byte
    QTest::addColumn<int>("offsetInEntry");
    // A damaged record whose framing is intact is counted; damage that hides where entries
    // start is a stretch of unknown size, searched through.
    QTest::addColumn<quint64>("records");
    QTest::addColumn<quint64>("stretches");
    QTest::addRow("first entry's type") << 0 << 0 << 0ull << 1ull;
    QTest::addRow("second entry's length") << 1 << 2 << 0ull << 1ull;
    QTest::addRow("second entry's text") << 1 << 40 << 1ull << 0ull;
    QTest::addRow("third entry's checksum") << 2 << -1 << 1ull << 0ull;
}

void tst_SpoolFormat::damageInTheMiddleLosesOnlyThatEntry()
{
    QFETCH(int, entry);
    QFETCH(int, offsetInEntry);
    QFETCH(quint64, records);
    QFETCH(quint64, stretches);
    QList<qsizetype> ends;
    QByteArray bytes = threeRecords(&ends);
    const qsizetype start = entry == 0 ? SpoolFormat::header().size() : ends.at(entry - 1);
    const qsizetype at = offsetInEntry >= 0 ? start + offsetInEntry : ends.at(entry) - 1;
    bytes[at] = char(bytes.at(at) ^ 0x5a);
    const SegmentContents contents = SpoolFormat::parse(bytes);
    QCOMPARE(contents.damagedRecords, records);
    QCOMPARE(contents.damagedStretches, stretches);
    QStringList messages;
    for (const SpooledRecord &r : contents.records)
        messages << r.message;
    QStringList expected{u"message 1"_qs, u"message 2"_qs, u"message 3"_qs};
    expected.removeAt(entry);
    QCOMPARE(messages, expected);
}

void tst_SpoolFormat::foreignBytesAreNotASpool()
{
    const SegmentContents contents = SpoolFormat::parse("not a spool file at all");
    QVERIFY(!contents.headerValid);
    QVERIFY(contents.records.empty());
    QCOMPARE(contents.damagedStretches, 1u);
    QCOMPARE(contents.unknownVersion, 0);
    const SegmentContents empty = SpoolFormat::parse(QByteArrayView());
    QCOMPARE(empty.damagedStretches + empty.damagedRecords, 0u);
}

void tst_SpoolFormat::aLaterVersionIsNotRead_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("version");
    QTest::addRow("2") << QByteArray("SlackLog spool 2\n") << 2;
    QTest::addRow("17") << QByteArray("SlackLog spool 17\n") << 17;
    QTest::addRow("this one") << SpoolFormat::header() << 0;
}

void tst_SpoolFormat::aLaterVersionIsNotRead()
{
    // A downgrade must not take a later version's records for damage, or read them wrongly.
    QFETCH(QByteArray, header);
    QFETCH(int, version);
    QByteArray bytes = header;
    for (quint64 i = 1; i <= 300; ++i)
        bytes += SpoolFormat::recordEntry(record(i, u"message %1"_qs.arg(i)));
    const SegmentContents contents = SpoolFormat::parse(bytes);
    QCOMPARE(contents.unknownVersion, version);
    QCOMPARE(contents.records.size(), version == 0 ? size_t(300) : size_t(0));
    QCOMPARE(contents.damagedRecords + contents.damagedStretches, 0u);
    QCOMPARE(SpoolFormat::headerVersion(header), version == 0 ? 1 : version);
}

void tst_SpoolFormat::sentMarksRoundTrip()
{
    // Sent, refused (taken back), sent again: the order of the entries decides.
    QByteArray bytes = threeRecords();
    bytes += SpoolFormat::sentEntry(SpoolFormat::toRanges({1, 2, 3}));
    bytes += SpoolFormat::unsentEntry(SpoolFormat::toRanges({2, 3}));
    bytes += SpoolFormat::sentEntry(SpoolFormat::toRanges({3}));
    bytes += SpoolFormat::acknowledgementEntry(SpoolFormat::toRanges({1}));
    const SegmentContents contents = SpoolFormat::parse(bytes);
    QCOMPARE(contents.damagedRecords + contents.damagedStretches, 0u);
    QCOMPARE(contents.sent, (SequenceRanges{{1, 1}, {3, 3}}));
    QCOMPARE(contents.unsent, (SequenceRanges{{2, 2}}));
    QCOMPARE(contents.acknowledged, (SequenceRanges{{1, 1}}));
    QCOMPARE(contents.records.size(), size_t(3));
}

void tst_SpoolFormat::rangesSubtract_data()
{
    QTest::addColumn<SequenceRanges>("ranges");
    QTest::addColumn<SequenceRanges>("minus");
    QTest::addColumn<SequenceRanges>("left");
    const quint64 max = std::numeric_limits<quint64>::max();
    QTest::addRow("nothing") << SequenceRanges{{1, 5}} << SequenceRanges{}
                             << SequenceRanges{{1, 5}};
    QTest::addRow("middle") << SequenceRanges{{1, 9}} << SequenceRanges{{3, 4}, {6, 6}}
                            << SequenceRanges{{1, 2}, {5, 5}, {7, 9}};
    QTest::addRow("all") << SequenceRanges{{2, 3}, {7, 8}} << SequenceRanges{{1, 10}}
                         << SequenceRanges{};
    QTest::addRow("edges") << SequenceRanges{{1, 5}, {8, 12}} << SequenceRanges{{5, 8}}
                           << SequenceRanges{{1, 4}, {9, 12}};
    QTest::addRow("up to max") << SequenceRanges{{1, max}} << SequenceRanges{{10, max}}
                               << SequenceRanges{{1, 9}};
}

void tst_SpoolFormat::rangesSubtract()
{
    QFETCH(SequenceRanges, ranges);
    QFETCH(SequenceRanges, minus);
    QFETCH(SequenceRanges, left);
    const SequenceRanges result = SpoolFormat::subtracted(ranges, minus);
    QCOMPARE(result, left);
    // The oracle: sequence by sequence, over the small ones.
    for (quint64 sequence = 0; sequence < 20; ++sequence)
        QCOMPARE(SpoolFormat::contains(result, sequence),
                 SpoolFormat::contains(ranges, sequence)
                         && !SpoolFormat::contains(minus, sequence));
}

void tst_SpoolFormat::entriesOfALaterTypeAreSkipped()
{
    // A later version may add a type: an intact entry of it is neither read nor damage.
    QByteArray bytes = threeRecords();
    bytes.insert(SpoolFormat::header().size(), SpoolFormat::entryOf('Z', "later"));
    bytes += SpoolFormat::entryOf('Q', QByteArray(100, 'q'));
    const SegmentContents contents = SpoolFormat::parse(bytes);
    QCOMPARE(contents.records.size(), size_t(3));
    QCOMPARE(contents.damagedRecords + contents.damagedStretches, 0u);
}

void tst_SpoolFormat::craftedDamageTakesLinearTime()
{
    // Every fifth byte starts an entry that claims 2 MiB: searched through naively, each would
    // be checksummed, hours of work for 4 MB. The reader must stay linear in the size.
    QByteArray bytes = SpoolFormat::header()
            + SpoolFormat::recordEntry(record(1, u"before the damage"_qs)) + QByteArray(1, 'x');
    QByteArray claim(1, 'R');
    const quint32 length = 2 * 1024 * 1024;
    claim += QByteArray(reinterpret_cast<const char *>(&length), 4);
    while (bytes.size() < 4 * 1024 * 1024)
        bytes += claim;
    bytes += SpoolFormat::recordEntry(record(2, u"after the damage"_qs));
    QElapsedTimer clock;
    clock.start();
    const SegmentContents contents = SpoolFormat::parse(bytes);
    // About 20 ms here: the bound is far from it, and far from what quadratic work would take.
    QVERIFY2(clock.elapsed() < 10000, QByteArray::number(clock.elapsed()));
    // What is before the damage is read; past the search's budget the rest is one stretch.
    QCOMPARE(contents.records.size(), size_t(1));
    QCOMPARE(contents.records.front().message, u"before the damage"_qs);
    QCOMPARE(contents.damagedStretches, 1u);
}

QTEST_APPLESS_MAIN(tst_SpoolFormat)
#include "tst_spoolformat.moc"
