#include "callsites_p.h"

#include <QtCore/qlogging.h>

#include <cstring>

namespace SlackLog::Internal {

namespace {

struct CacheEntry
{
    const char *category;
    const char *file;
    const char *function;
    int line;
    quint32 generation;
    CallSite site;
};

constexpr size_t cacheSize = 64;
// Trivially destructible, so a message logged from a thread_local destructor still finds it.
thread_local CacheEntry t_cache[cacheSize];

size_t slotOf(const char *category, const char *file, int line)
{
    const auto mix = (quintptr(category) >> 4) ^ (quintptr(file) >> 4) ^ quintptr(line) * 31u;
    return mix % cacheSize;
}

} // namespace

CallSite CallSites::lookup(const QMessageLogContext &context)
{
    const char *category = context.category ? context.category : "default";
    CacheEntry &entry = t_cache[slotOf(category, context.file, context.line)];
    const quint32 generation = m_generation.load(std::memory_order_acquire);
    // The pointers alone could match a string that took the place of a freed one (an unloaded
    // plugin's), so the category, which the filter decides on, is compared by content too.
    if (entry.generation == generation && entry.category == category && entry.file == context.file
        && entry.line == context.line && entry.function == context.function
        && std::strcmp(entry.site.origin->category.constData(), category) == 0)
        return entry.site;
    const CallSite site = resolve(category, context.file, context.line, context.function);
    entry = {category, context.file, context.function, context.line, generation, site};
    return site;
}

void CallSites::setFilter(const Filter &filter)
{
    QMutexLocker locker(&m_mutex);
    m_filter = filter;
    m_generation.fetch_add(1, std::memory_order_acq_rel);
}

CallSite CallSites::resolve(const char *category, const char *file, int line, const char *function)
{
    QByteArray key(category);
    key += '\0';
    key += file;
    key += '\0';
    key += function;
    key += '\0';
    key += QByteArray::number(line);

    QMutexLocker locker(&m_mutex);
    const Origin *&origin = m_origins[key];
    if (!origin)
        origin = new Origin{QByteArray(category), QByteArray(file), QByteArray(function), line};
    CallSite site;
    site.origin = origin;
    site.needsQThread = m_filter.needsQThread;
    if (!isNeverPosted(origin->category)) {
        for (int level = int(m_filter.minimum); level <= int(Level::Fatal); ++level) {
            if (m_filter.rules.isEnabled(origin->category, Level(level)))
                site.levelMask |= quint8(1u << unsigned(level));
        }
    }
    return site;
}

} // namespace SlackLog::Internal
