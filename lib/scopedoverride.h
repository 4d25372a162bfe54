#ifndef SLACKLOG_SCOPEDOVERRIDE_H
#define SLACKLOG_SCOPEDOVERRIDE_H

#include "destination.h"
#include "slacklog_export.h"

#include <memory>

namespace SlackLog {

/*!
    \brief Sends the messages that this thread logs while the object lives to another destination.

    The fields set in the Destination win over routes and settings; scopes nest, the innermost
    winning field by field. Other threads are not affected.
    \code
    {
        SlackLog::ScopedOverride oncall({.channel = QStringLiteral("@oncall")}); // C++20
        qCritical() << "payment service down";
    }
    \endcode
    In C++17, fill a SlackLog::Destination first and pass it.
*/
class SLACKLOG_EXPORT ScopedOverride
{
public:
    explicit ScopedOverride(const Destination &overrides);
    ~ScopedOverride();

    ScopedOverride(const ScopedOverride &) = delete;
    ScopedOverride &operator=(const ScopedOverride &) = delete;

    /*! \brief The override in effect on this thread, merged over the enclosing scopes. */
    const Destination &destination() const { return *m_merged; }

private:
    std::shared_ptr<const Destination> m_merged;
    const std::shared_ptr<const Destination> *m_enclosing;
};

} // namespace SlackLog

#endif // SLACKLOG_SCOPEDOVERRIDE_H
