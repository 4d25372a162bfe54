#include "testmessage.h"

#include <QtCore/QDebug>

void logTestMessage(SlackLog::Level level, const QByteArray &category, const QString &text)
{
    const QMessageLogger logger(nullptr, 0, nullptr, category.constData());
    switch (level) {
    case SlackLog::Level::Debug:
        logger.debug().noquote() << text;
        break;
    case SlackLog::Level::Info:
        logger.info().noquote() << text;
        break;
    case SlackLog::Level::Warning:
        logger.warning().noquote() << text;
        break;
    case SlackLog::Level::Critical:
    case SlackLog::Level::Fatal:
        logger.critical().noquote() << text;
        break;
    }
}
