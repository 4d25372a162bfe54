#include "scopedoverride.h"

#include "scopedoverride_p.h"

namespace SlackLog {

namespace {
// Points at the innermost live ScopedOverride's merged destination on this thread. A plain
// pointer, so that it stays valid to read in thread-exit code after other thread_locals die.
thread_local const std::shared_ptr<const Destination> *t_current = nullptr;
} // namespace

ScopedOverride::ScopedOverride(const Destination &overrides)
    : m_merged(std::make_shared<const Destination>(t_current ? (*t_current)->overriddenBy(overrides)
                                                             : overrides)),
      m_enclosing(t_current)
{
    t_current = &m_merged;
}

ScopedOverride::~ScopedOverride()
{
    t_current = m_enclosing;
}

namespace Internal {
std::shared_ptr<const Destination> currentScopedOverride()
{
    return t_current ? *t_current : nullptr;
}
} // namespace Internal

} // namespace SlackLog
