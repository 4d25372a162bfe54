#ifndef SLACKLOG_DELIVERYMONITOR_P_H
#define SLACKLOG_DELIVERYMONITOR_P_H

#include "deliverymonitor.h"

#include <deque>
#include <mutex>

namespace SlackLog {

// Results wait here for the monitor's thread, which is woken once for however many arrive.
class DeliveryMonitorPrivate
{
public:
    explicit DeliveryMonitorPrivate(DeliveryMonitor *monitor) : q(monitor) { }

    // Called from whichever thread delivers.
    void post(const DeliveryResult &result);

    DeliveryMonitor *const q;
    std::mutex mutex;
    std::deque<DeliveryResult> pending;
    bool wakePosted = false;
};

} // namespace SlackLog

#endif // SLACKLOG_DELIVERYMONITOR_P_H
