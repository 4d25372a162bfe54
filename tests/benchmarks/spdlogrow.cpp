#include "spdlogrow.h"

#if defined(SLACKLOG_BENCH_HAVE_SPDLOG)
#include <spdlog/async.h>
#include <spdlog/sinks/null_sink.h>
#include <spdlog/spdlog.h>

#include <memory>
#endif

namespace Bench::Spdlog {

#if defined(SLACKLOG_BENCH_HAVE_SPDLOG)
namespace {
std::shared_ptr<spdlog::logger> logger;
} // namespace

bool available()
{
    return true;
}

QString version()
{
    return QStringLiteral("%1.%2.%3")
            .arg(SPDLOG_VER_MAJOR)
            .arg(SPDLOG_VER_MINOR)
            .arg(SPDLOG_VER_PATCH);
}

void start()
{
    // spdlog's defaults: a queue of 8192 messages, one backend thread, and a caller that
    // waits when the queue is full.
    logger = spdlog::create_async<spdlog::sinks::null_sink_mt>("bench");
    logger->set_level(spdlog::level::trace);
}

void stop()
{
    logger.reset();
    spdlog::shutdown();
}

void handler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    const spdlog::level::level_enum level = type == QtDebugMsg ? spdlog::level::debug
            : type == QtInfoMsg                                ? spdlog::level::info
            : type == QtWarningMsg                             ? spdlog::level::warn
                                                               : spdlog::level::err;
    const QByteArray utf8 = message.toUtf8();
    logger->log(level, spdlog::string_view_t(utf8.constData(), std::size_t(utf8.size())));
}

void logDirectly(int i)
{
    logger->warn("benchmark line {:07d}: the quick brown fox jumps over the lazy dog", i);
}
#else
bool available()
{
    return false;
}
QString version()
{
    return {};
}
void start() { }
void stop() { }
void handler(QtMsgType, const QMessageLogContext &, const QString &) { }
void logDirectly(int) { }
#endif

} // namespace Bench::Spdlog
