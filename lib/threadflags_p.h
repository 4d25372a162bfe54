#ifndef SLACKLOG_THREADFLAGS_P_H
#define SLACKLOG_THREADFLAGS_P_H

namespace SlackLog::Internal {

// True on SlackLog's worker thread, and on any thread while it posts synchronously: messages
// raised there (QNetworkAccessManager and QSslSocket warn) go to the previous handler only, so
// delivery can never feed itself. Plain bools, so they stay readable during thread exit.
inline thread_local bool t_deliveringHere = false;
inline thread_local bool t_isWorkerThread = false;

class DeliveringHere
{
public:
    DeliveringHere() : m_was(t_deliveringHere) { t_deliveringHere = true; }
    ~DeliveringHere() { t_deliveringHere = m_was; }
    DeliveringHere(const DeliveringHere &) = delete;
    DeliveringHere &operator=(const DeliveringHere &) = delete;

private:
    bool m_was;
};

} // namespace SlackLog::Internal

#endif // SLACKLOG_THREADFLAGS_P_H
