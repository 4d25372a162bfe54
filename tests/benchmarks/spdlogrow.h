#ifndef SLACKLOG_BENCH_SPDLOGROW_H
#define SLACKLOG_BENCH_SPDLOGROW_H

#include <QtCore/qlogging.h>
#include <QtCore/qstring.h>

// spdlog's async logger with a null sink, what a C++ user would pick instead. Built
// only when spdlog is found; available() says whether it was.
namespace Bench::Spdlog {

bool available();
QString version();
void start();
void stop();
// A Qt application's messages reach spdlog through a handler, as they reach SlackLog.
void handler(QtMsgType type, const QMessageLogContext &context, const QString &message);
// spdlog called directly, without Qt's logging in front: its own cost alone.
void logDirectly(int i);

} // namespace Bench::Spdlog

#endif // SLACKLOG_BENCH_SPDLOGROW_H
