#include "deliverymonitor.h"

#include "deliverymonitor_p.h"
#include "engine_p.h"

namespace SlackLog {

DeliveryMonitor::DeliveryMonitor(QObject *parent)
    : QObject(parent), d_ptr(std::make_unique<DeliveryMonitorPrivate>(this))
{
    Internal::Engine::instance().addMonitor(d_ptr.get());
}

DeliveryMonitor::~DeliveryMonitor()
{
    Internal::Engine::instance().removeMonitor(d_ptr.get());
}

void DeliveryMonitor::emitPending()
{
    Q_D(DeliveryMonitor);
    std::deque<DeliveryResult> results;
    {
        const std::lock_guard lock(d->mutex);
        results.swap(d->pending);
        d->wakePosted = false;
    }
    for (const DeliveryResult &result : results)
        Q_EMIT deliveryFinished(result);
}

void DeliveryMonitorPrivate::post(const DeliveryResult &result)
{
    bool wake = false;
    {
        const std::lock_guard lock(mutex);
        pending.push_back(result);
        wake = !std::exchange(wakePosted, true);
    }
    // By name: the call is then made entirely inside QtCore, and the results travel under our
    // own mutex, which ThreadSanitizer can see.
    if (wake)
        QMetaObject::invokeMethod(q, "emitPending", Qt::QueuedConnection);
}

} // namespace SlackLog
