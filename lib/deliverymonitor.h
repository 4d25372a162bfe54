#ifndef SLACKLOG_DELIVERYMONITOR_H
#define SLACKLOG_DELIVERYMONITOR_H

#include "deliveryresult.h"
#include "slacklog_export.h"

#include <QtCore/qobject.h>

#include <memory>

namespace SlackLog {

class DeliveryMonitorPrivate;

/*!
    \brief Reports each delivery result, for user interfaces.

    Create one in the thread that should receive the signal (usually the GUI thread). Results
    arrive there through a queued connection; the logging threads never wait for a monitor.
*/
class SLACKLOG_EXPORT DeliveryMonitor : public QObject
{
    Q_OBJECT
public:
    explicit DeliveryMonitor(QObject *parent = nullptr);
    ~DeliveryMonitor() override;

Q_SIGNALS:
    /*! \brief A post to a webhook has finished, delivered or not. */
    void deliveryFinished(const SlackLog::DeliveryResult &result);

private:
    Q_INVOKABLE void emitPending();
    std::unique_ptr<DeliveryMonitorPrivate> const d_ptr;
    Q_DECLARE_PRIVATE(DeliveryMonitor)
    friend class DeliveryMonitorPrivate;
};

} // namespace SlackLog

#endif // SLACKLOG_DELIVERYMONITOR_H
