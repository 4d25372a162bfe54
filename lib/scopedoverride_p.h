#ifndef SLACKLOG_SCOPEDOVERRIDE_P_H
#define SLACKLOG_SCOPEDOVERRIDE_P_H

#include "destination.h"

#include <memory>

namespace SlackLog::Internal {

// The override in effect on the calling thread, shared with the records that it applies to.
std::shared_ptr<const Destination> currentScopedOverride();

} // namespace SlackLog::Internal

#endif // SLACKLOG_SCOPEDOVERRIDE_P_H
