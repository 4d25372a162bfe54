#ifndef SLACKLOG_RETRYAFTER_P_H
#define SLACKLOG_RETRYAFTER_P_H

#include "slacklog_export.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qdatetime.h>

#include <chrono>
#include <optional>

namespace SlackLog::Internal {

// How long a 429's Retry-After asks to wait from nowUtc. The value is delta-seconds ("30") or an
// HTTP-date in any of RFC 9110 5.6.7's three forms (IMF-fixdate, RFC 850, asctime), read in
// English whatever the locale. The wait is clamped to [1 s, 15 min]; a date that has passed gives
// 1 s. std::nullopt when the value is empty or unreadable (signs, fractions, numbers too large
// for 64 bits, invalid dates).
SLACKLOG_AUTOTEST_EXPORT std::optional<std::chrono::milliseconds>
retryAfterDelay(const QByteArray &value, const QDateTime &nowUtc);

} // namespace SlackLog::Internal

#endif // SLACKLOG_RETRYAFTER_P_H
