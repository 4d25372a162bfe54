#ifndef SLACKLOG_BENCH_RECIPEROW_H
#define SLACKLOG_BENCH_RECIPEROW_H

#include "percall.h"

#include <QtCore/qstring.h>

namespace Bench {

// The original Python recipe's design, timed by recipe_queue.py in python3.
struct RecipeResult
{
    bool ran = false;
    QString why; // when it did not run
    QString pythonVersion;
    Percentiles perCall[2]; // at 1 and 2 threads
};

RecipeResult runRecipe(int calls, int rounds);

} // namespace Bench

#endif // SLACKLOG_BENCH_RECIPEROW_H
