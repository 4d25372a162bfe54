#ifndef SLACKLOG_CALLSITES_P_H
#define SLACKLOG_CALLSITES_P_H

#include "categoryrules_p.h"
#include "record_p.h"

#include <QtCore/qhash.h>
#include <QtCore/qmutex.h>

#include <atomic>

QT_BEGIN_NAMESPACE
class QMessageLogContext;
QT_END_NAMESPACE

namespace SlackLog::Internal {

// What the logging thread needs to decide, per place that logs.
struct CallSite
{
    const Origin *origin = nullptr;
    quint8 levelMask = 0; // bit n: Level n is posted
    bool needsQThread = false;

    bool accepts(Level level) const { return levelMask & (1u << unsigned(level)); }
};

struct Filter
{
    Level minimum = Level::Debug;
    CategoryRules rules;
    bool needsQThread = false;
};

/*
    Decides, per call site, whether its messages are posted, and interns its category, file and
    function. Each thread keeps a small cache keyed by the context's pointers, so that a repeated
    log call costs a few compares instead of string work; a new filter invalidates every cache.
*/
class CallSites
{
public:
    CallSite lookup(const QMessageLogContext &context);
    void setFilter(const Filter &filter);

private:
    CallSite resolve(const char *category, const char *file, int line, const char *function);

    std::atomic<quint32> m_generation{1};
    QMutex m_mutex;
    Filter m_filter;
    // Origins are never freed: records and caches point at them, and there are as many as there
    // are places in the code that log.
    QHash<QByteArray, const Origin *> m_origins;
};

} // namespace SlackLog::Internal

#endif // SLACKLOG_CALLSITES_P_H
