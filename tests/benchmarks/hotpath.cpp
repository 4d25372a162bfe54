#include "hotpath.h"

#include "comparisons.h"
#include "logcall.h"

#include <SlackLog/SlackLog>
#include <SlackLog/SlackStandIn>

namespace Bench {

int runHotPath(const QString &row, int calls)
{
    SlackLog::Testing::SlackStandIn slack;
    slack.listen();
    qInstallMessageHandler(noOpHandler);
    if (row == QLatin1String("slacklog")) {
        SlackLog::Settings settings;
        settings.setWebhookUrl(slack.webhookUrl());
        settings.setSpoolDirectory(QString());
        if (!SlackLog::install(settings))
            return 1;
    }
    // Call sites resolved and caches warm before counting starts.
    loggedCalls(0, 100);
    loggedCalls(100, calls);
    SlackLog::uninstall();
    return 0;
}

} // namespace Bench
