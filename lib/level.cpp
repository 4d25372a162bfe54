#include "level.h"

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
    const QStringView trimmed = name.trimmed();
    for (size_t i = 0; i < levelNames.size(); ++i) {
        if (trimmed.compare(QStringView(levelNames[i]), Qt::CaseInsensitive) == 0)
            return static_cast<Level>(i);
    }
    return std::nullopt;
}

} // namespace SlackLog

#include "moc_level.cpp"
