#include "level.h"

#include "names_p.h"

#include <array>

namespace SlackLog {

namespace {
constexpr std::array<const char16_t *, 5> levelNames = {u"debug", u"info", u"warning", u"critical",
                                                        u"fatal"};
}

Level levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return Level::Debug;
    case QtInfoMsg:
        return Level::Info;
    case QtWarningMsg:
        return Level::Warning;
    case QtCriticalMsg:
        return Level::Critical;
    case QtFatalMsg:
        return Level::Fatal;
    }
    return Level::Critical;
}

QtMsgType messageTypeOf(Level level)
{
    switch (level) {
    case Level::Debug:
        return QtDebugMsg;
    case Level::Info:
        return QtInfoMsg;
    case Level::Warning:
        return QtWarningMsg;
    case Level::Critical:
        return QtCriticalMsg;
    case Level::Fatal:
        return QtFatalMsg;
    }
    return QtCriticalMsg;
}

QString levelName(Level level)
{
    return QString::fromUtf16(levelNames[static_cast<size_t>(level)]);
}

std::optional<Level> levelFromName(QStringView name)
{
    if (const auto index = Internal::indexOfName(levelNames, name))
        return static_cast<Level>(*index);
    return std::nullopt;
}

} // namespace SlackLog

#include "moc_level.cpp"
