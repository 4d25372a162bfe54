// Reading a spool file that a crash cut off, a disk damaged, or something else wrote.

#include "fuzzcheck.h"
#include "spoolformat_p.h"

#include <cstddef>
#include <cstdint>

using namespace SlackLog::Internal;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    // The first byte chooses: with the header put in front, the fuzzer reaches entries at once.
    QByteArray bytes;
    if (data[0] & 1)
        bytes = SpoolFormat::header();
    bytes.append(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const SegmentContents contents = SpoolFormat::parse(bytes);
    for (const SpooledRecord &record : contents.records) {
        FUZZ_CHECK(isValidText(record.message));
        // What was read back is written and read again unchanged.
        const SegmentContents again = SpoolFormat::parse(
                QByteArray(SpoolFormat::header() + SpoolFormat::recordEntry(record)));
        FUZZ_CHECK(again.records.size() == 1 && again.damagedRecords == 0
                   && again.damagedStretches == 0);
        FUZZ_CHECK(again.records.front().message == record.message);
        FUZZ_CHECK(again.records.front().sequence == record.sequence);
    }
    for (size_t i = 1; i < contents.acknowledged.size(); ++i)
        FUZZ_CHECK(contents.acknowledged[i - 1].second < contents.acknowledged[i].first);
    return 0;
}
