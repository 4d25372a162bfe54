// A small application that tst_exit starts: it installs SlackLog from the environment, logs,
// and ends in the way its first argument names. Unless that way is about flush(), it never
// calls it.

#include <SlackLog/SlackLog>

#include <QtCore/QCoreApplication>
#include <QtCore/QDebug>
#include <QtCore/QEventLoop>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTimer>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

namespace {

void announce(const char *what)
{
    std::fprintf(stdout, "%s\n", what);
    std::fflush(stdout);
}

bool installFromEnvironment()
{
    return SlackLog::install(SlackLog::Settings::fromEnvironment());
}

// The counts a test of another run cannot read from its own process.
void printStatistics()
{
    const SlackLog::Statistics s = SlackLog::statistics();
    std::fprintf(
            stdout,
            "statistics logged=%llu delivered=%llu queued=%llu spooled=%llu replayed=%llu "
            "possibleDuplicates=%llu spoolDamaged=%llu spoolDamagedStretches=%llu\n",
            static_cast<unsigned long long>(s.logged), static_cast<unsigned long long>(s.delivered),
            static_cast<unsigned long long>(s.queued), static_cast<unsigned long long>(s.spooled),
            static_cast<unsigned long long>(s.replayed),
            static_cast<unsigned long long>(s.possibleDuplicates),
            static_cast<unsigned long long>(s.spoolDamaged),
            static_cast<unsigned long long>(s.spoolDamagedStretches));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    const char *mode = argc > 1 ? argv[1] : "return";
    const int count = argc > 2 ? std::atoi(argv[2]) : 1;

    if (std::strcmp(mode, "before-app") == 0) {
        if (!installFromEnvironment())
            return 2;
        qWarning("logged before the application existed");
        QCoreApplication app(argc, argv);
        qWarning("logged while it ran");
        announce("returning from main");
        return 0;
    }
    if (std::strcmp(mode, "no-app") == 0) {
        if (!installFromEnvironment())
            return 2;
        qWarning("logged by a program without an application object");
        announce("returning from main");
        return 0;
    }
    if (std::strcmp(mode, "after-app") == 0) {
        {
            QCoreApplication app(argc, argv);
            if (!installFromEnvironment())
                return 2;
            qWarning("logged while the application lived");
        }
        qWarning("logged after the application was gone");
        announce("returning from main");
        return 0;
    }
    if (std::strcmp(mode, "fatal-no-app") == 0) {
        if (!installFromEnvironment())
            return 2;
        qFatal("fatal without an application: %s", "disk on fire");
    }
    if (std::strcmp(mode, "after-app-pause") == 0) {
        {
            QCoreApplication app(argc, argv);
            if (!installFromEnvironment())
                return 2;
        }
        qWarning("logged after the application was gone");
        // Cleanup that outlasts the shutdown timeout: the message must still be delivered.
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        announce("returning from main");
        return 0;
    }
    if (std::strcmp(mode, "busy-exit") == 0) {
        // Another thread logs, in a category of its own, while the application object is
        // destroyed: posts of its messages are under way when SlackLog stops its worker.
        static std::thread background;
        QCoreApplication app(argc, argv);
        if (!installFromEnvironment())
            return 2;
        background = std::thread([] {
            const QLoggingCategory bulk("bulk");
            for (int i = 0; i < 200; ++i) {
                qCWarning(bulk, "background %d", i);
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        });
        std::atexit([] { background.join(); });
        qWarning("logged while it ran");
        announce("returning from main");
        return 0;
    }
    if (std::strcmp(mode, "watch") == 0) {
        // Live reload: installs from the settings file named by the second argument and logs
        // a tick every 50 ms, until killed, so the test sees where ticks go after a save.
        QCoreApplication app(argc, argv);
        SlackLog::SettingsWatcher watcher(QString::fromLocal8Bit(argv[2]));
        if (!SlackLog::isInstalled())
            return 2;
        int tick = 0;
        QTimer ticking;
        QObject::connect(&ticking, &QTimer::timeout, [&tick] { qWarning("tick %d", ++tick); });
        ticking.start(50);
        announce("watching");
        return app.exec();
    }
    if (std::strcmp(mode, "no-app-flush-twice") == 0) {
        // Without an application object, flush() posts from this thread: the first is cut off
        // at its deadline, the second sends the same post again.
        if (!installFromEnvironment())
            return 2;
        qWarning("flushed twice");
        SlackLog::flush(std::chrono::milliseconds(300));
        SlackLog::flush(std::chrono::seconds(20));
        printStatistics();
        return 0;
    }
    if (std::strcmp(mode, "flush-stats") == 0) {
        // Delivers what it logs and what the spool gives back, then says what it counted.
        QCoreApplication app(argc, argv);
        if (!installFromEnvironment())
            return 2;
        for (int i = 0; i < count; ++i)
            qWarning("message %d of %d", i + 1, count);
        // The worker reads the spool after install(): the third argument says how many
        // messages an earlier run left, and flush() waits for those too once they are in.
        const quint64 replay = argc > 3 ? quint64(std::atoll(argv[3])) : 0;
        QEventLoop loop;
        QTimer look;
        QObject::connect(&look, &QTimer::timeout, &loop, [&loop, replay] {
            if (SlackLog::statistics().replayed >= replay)
                loop.quit();
        });
        look.start(20);
        QTimer::singleShot(std::chrono::seconds(20), &loop, &QEventLoop::quit);
        if (SlackLog::statistics().replayed < replay)
            loop.exec();
        SlackLog::flush(std::chrono::seconds(20));
        printStatistics();
        return 0;
    }
    if (std::strcmp(mode, "flush-during-startup") == 0) {
        if (!installFromEnvironment())
            return 2;
        qWarning("logged before the application existed");
        // Another thread flushes while the application object comes and the worker starts.
        std::atomic<bool> stop{false};
        std::thread flusher([&stop] {
            while (!stop.load())
                SlackLog::flush(std::chrono::milliseconds(1));
        });
        {
            QCoreApplication app(argc, argv);
            qWarning("logged while it ran");
            SlackLog::flush(std::chrono::seconds(5));
        }
        stop = true;
        flusher.join();
        printStatistics();
        announce("returning from main");
        return 0;
    }

    QCoreApplication app(argc, argv);
    if (!installFromEnvironment())
        return 2;
    for (int i = 0; i < count; ++i)
        qWarning("message %d of %d", i + 1, count);
    if (std::strcmp(mode, "fatal") == 0)
        qFatal("fatal: %s", "disk on fire");
    if (std::strcmp(mode, "fatal-long") == 0) {
        QString trace;
        for (int i = 0; trace.size() < 60000; ++i)
            trace += QStringLiteral("\n#%1 frame in Disk::check() at disk.cpp:%1").arg(i);
        qFatal("fatal: disk on fire%s", qPrintable(trace));
    }
    if (std::strcmp(mode, "fatal-thread") == 0) {
        std::thread([] { qFatal("fatal on another thread: %s", "disk on fire"); }).join();
    }
    if (std::strcmp(mode, "hold") == 0) {
        // Stays up, messages queued, until the test kills it.
        announce("logged");
        return app.exec();
    }
    if (std::strcmp(mode, "exit") == 0) {
        // exit() with the application object alive: no destructor, no post routine.
        announce("returning from main");
        std::exit(0);
    }
    announce("returning from main");
    return 0;
}
