#include "messagehandler.h"

#include "engine_p.h"
#include "statistics.h"

namespace SlackLog {

bool install(const Settings &settings)
{
    return Internal::Engine::instance().install(settings);
}

bool flush(std::chrono::milliseconds timeout)
{
    return Internal::Engine::instance().flush(QDeadlineTimer(timeout));
}

void uninstall()
{
    Internal::Engine::instance().uninstall();
}

bool isInstalled()
{
    return Internal::Engine::instance().isInstalled();
}

Settings installedSettings()
{
    return Internal::Engine::instance().settings();
}

Statistics statistics()
{
    return Internal::Engine::instance().statistics();
}

} // namespace SlackLog
