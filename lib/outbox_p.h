#ifndef SLACKLOG_OUTBOX_P_H
#define SLACKLOG_OUTBOX_P_H

#include "answer_p.h"
#include "lane_p.h"
#include "ledger_p.h"
#include "postcomposer_p.h"
#include "recordqueue_p.h"
#include "slacklog_export.h"
#include "spool_p.h"

#include <QtCore/qhash.h>
#include <QtCore/qstringlist.h>

#include <deque>
#include <limits>
#include <optional>

namespace SlackLog::Internal {

// One post's worth of messages for one destination.
struct Batch
{
    QString key; // the destination
    QString webhook; // the lane: posts to one webhook are paced together
    Destination destination;
    QByteArray payload;
    int messageCount = 0;
    quint64 firstSequence = 0;
    quint64 lastSequence = 0;
    int attempt = 1; // 2 and up: sent again after a failure
    // Messages that may already have reached the server, by an earlier attempt or an earlier
    // run: counted as possible duplicates when this is sent.
    quint64 possibleDuplicates = 0;
};

// What an answer did to a post's messages.
struct Settlement
{
    AnswerKind kind = AnswerKind::Delivered;
    quint64 settled = 0; // messages whose fate is now known
    bool willRetry = false;
    std::chrono::milliseconds retryIn{0};
    bool expired = false;
    quint64 rejectedWithDestination = 0; // further messages for a webhook that is gone
};

/*
    Messages that have been formatted but not yet settled, by destination, and the state of each
    webhook: its pacing, its pause after a 429 or a failure, and whether it is gone. Whoever
    delivers owns it: the worker while the application runs, the exit path otherwise.

    Each webhook has at most one post under way or waiting to be sent again; what arrives
    meanwhile waits and goes into the next post together, up to the text budget. Every message
    is settled here, in the ledger, exactly once.
*/
class SLACKLOG_AUTOTEST_EXPORT Outbox
{
public:
    explicit Outbox(Ledger *ledger = nullptr) : m_ledger(ledger) { }
    Outbox(Outbox &&) = default;
    Outbox &operator=(Outbox &&) = default;
    ~Outbox();

    // Formats records under the settings in effect at each one's sequence number, folds
    // repeats and splits what is over the text budget.
    // The posts' fields show \a applicationName and \a applicationVersion.
    void add(Records &records, std::vector<ConfigChange> &changes, const QString &applicationName,
             const QString &applicationVersion = QString());

    // A line of SlackLog's own, such as a drop notice, for the default destination. It settles
    // no message.
    void addNotice(const QString &text);

    // The next post that may go now, marked as under way; nullopt when none may.
    std::optional<Batch> takeReady(qint64 nowMs);

    // When takeReady() will next have a post, on the steady clock; -1 when nothing waits.
    qint64 nextReadyAt(qint64 nowMs) const;

    // Settles the post under way for \a batch by its answer. A post sent again after an
    // answer that may have come from the server counts as a possible duplicate when it goes.
    Settlement answer(const Batch &batch, const Answer &answer, qint64 nowMs);

    // The post under way was not sent, or cut short before an answer: it waits to go again.
    void release(const Batch &batch, qint64 nowMs);

    // The post under way will never be answered: its messages are dropped for \a reason.
    void abandon(const Batch &batch, DropReason reason, qint64 nowMs);

    // Drops messages until the queue and this hold at most \a maxMessages and \a maxBytes,
    // oldest first, never one under way. True when this starts a run of drops.
    bool trim(quint64 maxMessages, qint64 maxBytes, qint64 nowUtcMSecs);

    // At exit every post may carry Slack's limit, so that a queue drains in few posts.
    void setExitBudget(bool exit) { m_exitBudget = exit; }

    bool isEmpty() const { return m_destinations.isEmpty(); }
    quint64 messageCount() const;

    // The lowest sequence number not yet settled, or max() when nothing waits.
    quint64 lowestUnsettled() const;

    // The settings of the latest messages; null before the first.
    const DeliveryConfig *config() const { return m_config.get(); }

    // The last sequence number that reached the outbox.
    quint64 lastAdded() const { return m_lastAdded; }

    // Drops every message, under way or not, for \a reason. Returns how many. With a spool,
    // shutdown leaves them in the spool for the next run instead; they are not counted here.
    quint64 dropAll(DropReason reason);

    // The spool, when the settings have one: every message added is written ahead to it.
    bool hasSpool() const { return m_spool && m_spool->isOpen(); }
    // Whether the settings ask for one, open or not: what it does not hold at shutdown is
    // lost for spool_full rather than for the shutdown timeout.
    bool spoolWanted() const { return m_spoolWanted; }
    // Opens the spool the settings name now, rather than with the first message, so that its
    // run is older than a qFatal's spooled message (see Engine::spoolFatal).
    void openSpool(const Settings &settings);
    // Writes what was added and settled since the last call.
    void syncSpool();
    // Leaves what the spool holds there, for the next run, and lets go of its directory.
    void closeSpool();
    // What earlier runs left in the spool, at most \a maxRecords at a time. They are taken
    // up as new messages, numbered from \a firstSequence (see RecordQueue::takeAll). The
    // first call reads the spool's files: on the worker, never in install().
    bool hasReplay();
    std::vector<SpooledRecord> takeReplay(size_t maxRecords);
    void addReplay(std::vector<SpooledRecord> &&replayed, quint64 firstSequence,
                   const QString &applicationName, const QString &applicationVersion = QString());
    // Problems of the spool since the last call, in words.
    QStringList takeSpoolProblems();

private:
    struct Line
    {
        quint64 sequence = 0;
        int messages = 1; // settled with this line: 0 for all but the last part of a message
        qint64 cost = 0; // what its messages hold in memory, as the queue counted it
        QString text;
        // For folding repeats: the raw message and where it came from.
        const Origin *origin = nullptr;
        QString message;
        qint64 threadId = 0;
        Level level = Level::Debug;
        // Of its messages, those an earlier run had in a post under way when it ended.
        int possiblyDelivered = 0;
        qint64 firstUtcMSecs = 0;
        int repeats = 0;
        bool foldable = false;
        bool notice = false;
        bool continued = false; // a later part of a split message
        bool markedSent = false; // in the spool
        // Some sending of it may have reached the server, in this run or an earlier one.
        bool mayHaveArrived = false;
        std::vector<quint64> foldedSequences; // of the repeats, for the spool
    };
    struct PerDestination
    {
        Destination destination;
        QString webhook;
        std::deque<Line> lines;
        int underWay = 0;
    };
    struct Lane
    {
        Pacer pacer;
        qint64 pausedUntilMs = 0;
        qint64 sentMs = 0; // of the post under way
        bool busy = false; // a post under way, or waiting to be sent again
        std::optional<Batch> resend;
        int failures = 0;
        qint64 firstFailureMs = 0;
        bool gone = false;
    };

    // False when the spool is on and could not take the record. A record taken up from the
    // spool (\a replayed) is there already; \a possiblyDelivered when its run had sent it.
    bool addRecord(Record &record, const Destination &destination, const QString &applicationName,
                   bool replayed = false, bool possiblyDelivered = false);
    // Writes down, before the post goes, which messages it carries (see Spool::markSent).
    void markSentInSpool(const QString &key, int lines);
    // After an answer that asks for the post again: whether it may have reached the server.
    void noteArrival(const QString &key, bool mayHaveArrived);
    void applySpoolSettings();
    bool writeAhead(const Record &record, const QString &key, const Destination &destination);
    void settleInSpool(const Line &line, std::optional<DropReason> reason);
    void push(const QString &key, const Destination &destination, Line &&line);
    bool isGone(const QString &webhook) const;
    void settleUnderWay(const QString &key, std::optional<DropReason> reason);
    void settleLines(const QString &key, int count, std::optional<DropReason> reason);
    quint64 rejectAll(const QString &webhook);
    qsizetype budget(const Destination &destination) const;
    Batch makeBatch(const QString &key, PerDestination &entry);
    void configureLanes();

    Ledger *m_ledger;
    QHash<QString, PerDestination> m_destinations;
    QHash<QString, Lane> m_lanes;
    std::shared_ptr<const DeliveryConfig> m_config;
    QHash<const Origin *, int> m_routeCache;
    quint64 m_lastAdded = 0;
    // For the posts' fields.
    QString m_applicationName;
    QString m_applicationVersion;
    bool m_exitBudget = false;
    std::unique_ptr<Spool> m_spool;
    // The settings ask for a spool: what it does not hold at shutdown counts as spool_full,
    // also when it could not be opened.
    bool m_spoolWanted = false;
    QHash<QString, QByteArray> m_refByKey; // destination key -> the reference the spool keeps
    QHash<QByteArray, Destination> m_destinationByRef;
    // Where replayed messages were logged from: records point into it, so it only grows.
    std::deque<Origin> m_replayOrigins;
    QHash<QByteArray, const Origin *> m_replayOriginByKey;
};

// What tells destinations apart: posts to one key go one after the other.
QString destinationKey(const Destination &destination);

} // namespace SlackLog::Internal

#endif // SLACKLOG_OUTBOX_P_H
