#ifndef SLACKLOG_TRANSLATION_P_H
#define SLACKLOG_TRANSLATION_P_H

#include <QtCore/qcoreapplication.h>

namespace SlackLog::Internal {

// The translation contexts of the library's user-visible words. Qt Linguist's lupdate reads
// SettingsText::tr("…") as context "SlackLog::Settings", the same one looked up at run time.
class SettingsText
{
    Q_DECLARE_TR_FUNCTIONS(SlackLog::Settings)
};

class DeliveryText
{
    Q_DECLARE_TR_FUNCTIONS(SlackLog::Delivery)
};

} // namespace SlackLog::Internal

#endif // SLACKLOG_TRANSLATION_P_H
