#include "callgrind.h"

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>

namespace Bench {

namespace {

// The instructions callgrind counted inside logWarning(), on the thread that called it.
double countedInstructions(const QString &valgrind, const QString &program, const QString &row,
                           int calls)
{
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("callgrind.out"));
    QProcess run;
    run.start(valgrind,
              {QStringLiteral("--tool=callgrind"), QStringLiteral("--callgrind-out-file=") + file,
               QStringLiteral("--toggle-collect=Bench::logWarning(int)"), program,
               QStringLiteral("--hot-path"), row, QString::number(calls)});
    if (!run.waitForFinished(600000) || run.exitCode() != 0)
        return -1;
    QFile profile(file);
    if (!profile.open(QIODevice::ReadOnly))
        return -1;
    while (!profile.atEnd()) {
        const QByteArray line = profile.readLine();
        if (line.startsWith("summary:"))
            return line.mid(8).trimmed().toDouble();
    }
    return -1;
}

} // namespace

double instructionsPerCall(const QString &program, const QString &row)
{
    const QString valgrind = QStandardPaths::findExecutable(QStringLiteral("valgrind"));
    if (valgrind.isEmpty())
        return -1;
    constexpr int shortRun = 1000;
    constexpr int longRun = 6000;
    const double fewer = countedInstructions(valgrind, program, row, shortRun);
    const double more = countedInstructions(valgrind, program, row, longRun);
    if (fewer < 0 || more < 0)
        return -1;
    return (more - fewer) / (longRun - shortRun);
}

} // namespace Bench
