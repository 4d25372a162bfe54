#ifndef SLACKLOG_NAMES_P_H
#define SLACKLOG_NAMES_P_H

#include <QtCore/qstringview.h>

#include <array>
#include <optional>

namespace SlackLog::Internal {

// Where \a name stands among \a names, as settings spell enum values: trimmed, in any case.
template<size_t N>
std::optional<size_t> indexOfName(const std::array<const char16_t *, N> &names, QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (size_t i = 0; i < N; ++i) {
        if (trimmed.compare(QStringView(names[i]), Qt::CaseInsensitive) == 0)
            return i;
    }
    return std::nullopt;
}

} // namespace SlackLog::Internal

#endif // SLACKLOG_NAMES_P_H
