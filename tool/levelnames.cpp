#include "levelnames.h"

#include <QtCore/QCoreApplication>
#include <QtWidgets/QComboBox>

QString levelDisplayName(SlackLog::Level level)
{
    switch (level) {
    case SlackLog::Level::Debug:
        return QCoreApplication::translate("Level", "Debug");
    case SlackLog::Level::Info:
        return QCoreApplication::translate("Level", "Info");
    case SlackLog::Level::Warning:
        return QCoreApplication::translate("Level", "Warning");
    case SlackLog::Level::Critical:
        return QCoreApplication::translate("Level", "Critical");
    case SlackLog::Level::Fatal:
        return QCoreApplication::translate("Level", "Fatal");
    }
    return QString();
}

QIcon levelIcon(SlackLog::Level level)
{
    return QIcon(QStringLiteral(":/icons/levels/") + SlackLog::levelName(level)
                 + QStringLiteral(".svg"));
}

void addLevels(QComboBox *combo, SlackLog::Level first, SlackLog::Level last)
{
    for (int i = int(first); i <= int(last); ++i) {
        const auto level = static_cast<SlackLog::Level>(i);
        combo->addItem(levelIcon(level), levelDisplayName(level), QVariant::fromValue(level));
    }
}
