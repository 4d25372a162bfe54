#ifndef SLACKLOG_BENCH_BURST_H
#define SLACKLOG_BENCH_BURST_H

#include <QtCore/qurl.h>

namespace SlackLog::Testing {
class SlackStandIn;
}

namespace Bench {

struct BurstResult
{
    int lines = 0;
    int posts = 0; // every request, those answered 429 included
    int rateLimited = 0; // requests answered 429
    double seconds = 0; // from the first line logged to the last line's arrival
    int lost = 0; // lines that never arrived
    int duplicates = 0; // lines that arrived more than once
    qint64 deliveredCharacters = 0; // the text of the posts answered 200
    int textBudget = 0;
    int minimumPosts = 0; // ceil(deliveredCharacters / textBudget)
};

// \a lines distinct 60-character lines logged at once, through SlackLog with its default
// settings, to \a slack, which enforces 1 post/s. Gives up after \a timeoutSeconds.
BurstResult slackLogBurst(SlackLog::Testing::SlackStandIn &slack, int lines, int timeoutSeconds);

// The same lines, one blocking post each, to the same limit: what the naive handler loses.
BurstResult naiveBurst(SlackLog::Testing::SlackStandIn &slack, int lines);

} // namespace Bench

#endif // SLACKLOG_BENCH_BURST_H
