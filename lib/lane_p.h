#ifndef SLACKLOG_LANE_P_H
#define SLACKLOG_LANE_P_H

#include <QtCore/qglobal.h>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace SlackLog::Internal {

// A token bucket: on average rate posts a second, and up to burst at once after a pause.
class Pacer
{
public:
    void configure(double rate, int burst)
    {
        m_rate = rate;
        m_burst = burst;
        m_tokens = std::min(m_tokens, double(burst));
    }

    // When the next post may go, on the steady clock in ms.
    qint64 readyAt(qint64 nowMs) const
    {
        if (tokensAt(nowMs) >= 1.0)
            return nowMs;
        const qint64 from = std::max(nowMs, m_lastMs);
        return from + qint64(std::ceil((1.0 - tokensAt(from)) * 1000.0 / m_rate));
    }

    // A post sent at \a sentMs was answered at \a answeredMs. The server counted it somewhere
    // in between, so the token it took is given back only from the answer on: paced from the
    // sending, a post could reach the server less than 1/rate after the one before.
    void postAnswered(qint64 sentMs, qint64 answeredMs)
    {
        m_tokens = std::max(0.0, tokensAt(sentMs) - 1.0);
        // One millisecond more, because the clock's milliseconds are truncated: the answer
        // may have come up to 1 ms after answeredMs, and the server counted just before it.
        m_lastMs = std::max(sentMs, answeredMs) + 1;
        m_started = true;
    }

    // After a 429 the server's bucket is empty, whatever ours says: one post (the resend) at
    // \a untilMs, then the steady rate. A burst left in ours would meet another 429.
    void holdUntil(qint64 untilMs)
    {
        m_tokens = 1.0;
        m_lastMs = untilMs;
        m_started = true;
    }

private:
    double tokensAt(qint64 nowMs) const
    {
        if (!m_started)
            return m_burst;
        const qint64 elapsed = std::max<qint64>(0, nowMs - m_lastMs);
        return std::min(double(m_burst), m_tokens + double(elapsed) * m_rate / 1000.0);
    }

    double m_rate = 1.0;
    int m_burst = 3;
    double m_tokens = 0;
    qint64 m_lastMs = 0;
    bool m_started = false;
};

// The wait before retry number \a attempt (1, 2, …) after a 5xx or a network failure: 1, 2,
// 4 … 60 s, each within ±20 %, so that senders that failed together do not retry together,
// and each wait is still longer than the one before. \a jitter is in [0, 1).
inline std::chrono::milliseconds backoffDelay(int attempt, double jitter)
{
    const qint64 base = std::min<qint64>(60000, qint64(1000) << std::clamp(attempt - 1, 0, 6));
    return std::chrono::milliseconds(qint64(double(base) * (0.8 + 0.4 * jitter)));
}

} // namespace SlackLog::Internal

#endif // SLACKLOG_LANE_P_H
