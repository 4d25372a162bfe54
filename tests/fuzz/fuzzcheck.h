#ifndef SLACKLOG_FUZZCHECK_H
#define SLACKLOG_FUZZCHECK_H

// What every fuzz target asserts: a broken promise aborts, which libFuzzer and the corpus
// driver both report with the input that caused it.

#include <QtCore/qstring.h>

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition) \
    do { \
        if (!(condition)) { \
            std::fprintf(stderr, "%s:%d: broken: %s\n", __FILE__, __LINE__, #condition); \
            std::abort(); \
        } \
    } while (false)

// Text that turns into valid UTF-8: no lone surrogate anywhere.
inline bool isValidText(const QString &text)
{
    return text.isValidUtf16();
}

#endif // SLACKLOG_FUZZCHECK_H
