#include "spoolformat_p.h"

#include <QtTest/QTest>

using namespace SlackLog;
using namespace SlackLog::Internal;

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
    QCOMPARE(contents.damaged, 0u);
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
    QCOMPARE(contents.damaged, 0u);
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
        QCOMPARE(contents.damaged, midEntry ? 1u : 0u);
        for (size_t i = 0; i < whole; ++i)
            QCOMPARE(contents.records[i].message, u"message %1"_qs.arg(i + 1));
    }
}

void tst_SpoolFormat::damageInTheMiddleLosesOnlyThatEntry_data()
{
    QTest::addColumn<int>("entry"); // which entry gets a flipped byte
    QTest::addColumn<int>("offsetInEntry");
    QTest::addRow("first entry's type") << 0 << 0;
    QTest::addRow("second entry's length") << 1 << 2;
    QTest::addRow("second entry's text") << 1 << 40;
    QTest::addRow("third entry's checksum") << 2 << -1;
}

void tst_SpoolFormat::damageInTheMiddleLosesOnlyThatEntry()
{
    QFETCH(int, entry);
    QFETCH(int, offsetInEntry);
    QList<qsizetype> ends;
    QByteArray bytes = threeRecords(&ends);
    const qsizetype start = entry == 0 ? SpoolFormat::header().size() : ends.at(entry - 1);
    const qsizetype at = offsetInEntry >= 0 ? start + offsetInEntry : ends.at(entry) - 1;
    bytes[at] = char(bytes.at(at) ^ 0x5a);
    const SegmentContents contents = SpoolFormat::parse(bytes);
    QCOMPARE(contents.damaged, 1u);
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
    QCOMPARE(contents.damaged, 1u);
    QCOMPARE(SpoolFormat::parse(QByteArrayView()).damaged, 0u);
}

QTEST_APPLESS_MAIN(tst_SpoolFormat)
#include "tst_spoolformat.moc"
