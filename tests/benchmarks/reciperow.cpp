#include "reciperow.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>

namespace Bench {

RecipeResult runRecipe(int calls, int rounds)
{
    RecipeResult result;
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        result.why = QStringLiteral("python3 is not installed");
        return result;
    }
    QProcess script;
    script.start(python,
                 {QStringLiteral(SLACKLOG_BENCH_RECIPE), QString::number(calls),
                  QString::number(rounds)});
    if (!script.waitForFinished(600000) || script.exitCode() != 0) {
        result.why = QStringLiteral("recipe_queue.py failed: ")
                + QString::fromLocal8Bit(script.readAllStandardError()).trimmed();
        return result;
    }
    const QJsonObject figures = QJsonDocument::fromJson(script.readAllStandardOutput()).object();
    result.pythonVersion = figures.value(QLatin1String("python")).toString();
    for (int threads = 1; threads <= 2; ++threads) {
        const QJsonObject at = figures.value(QString::number(threads)).toObject();
        Percentiles &p = result.perCall[threads - 1];
        p.median = at.value(QLatin1String("median")).toDouble();
        p.p99 = at.value(QLatin1String("p99")).toDouble();
        p.p999 = at.value(QLatin1String("p999")).toDouble();
        p.samples = std::size_t(at.value(QLatin1String("samples")).toInteger());
    }
    result.ran = true;
    return result;
}

} // namespace Bench
