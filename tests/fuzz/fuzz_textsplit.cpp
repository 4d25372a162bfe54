// Splitting a long message into parts, and cutting one that is over the cap.

#include "fuzzcheck.h"
#include "textsplit_p.h"

#include <cstddef>
#include <cstdint>

using namespace SlackLog::Internal;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const qsizetype budget = 48 + qsizetype(data[0]) * 4;
    const qsizetype cap = qsizetype(data[1]) * 8;
    const QString text =
            QString::fromUtf8(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const QStringList parts = splitText(text, budget);
    FUZZ_CHECK(!parts.isEmpty());
    for (const QString &part : parts) {
        FUZZ_CHECK(part.size() <= budget);
        FUZZ_CHECK(isValidText(part));
    }
    if (text.size() <= budget)
        FUZZ_CHECK(parts.size() == 1 && parts.constFirst() == text);
    const QString cut = truncateText(text, cap);
    FUZZ_CHECK(cut.size() <= qMax(cap, qsizetype(0)) || cut == text);
    FUZZ_CHECK(isValidText(cut));
    return 0;
}
