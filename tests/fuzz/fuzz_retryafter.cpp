// A server's Retry-After header: seconds, or an HTTP date in any of its three forms.

#include "fuzzcheck.h"
#include "retryafter_p.h"

#include <QtCore/qdatetime.h>

#include <cstddef>
#include <cstdint>

using namespace SlackLog::Internal;
using namespace std::chrono_literals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray value(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    const std::optional<std::chrono::milliseconds> delay = retryAfterDelay(value, now);
    // Whatever the server says, the wait stays within [1 s, 15 min].
    if (delay)
        FUZZ_CHECK(*delay >= 1s && *delay <= 15min);
    return 0;
}
