#include "deliveryconfig_p.h"
#include "outbox_p.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

#include <limits>

Q_DECLARE_METATYPE(SlackLog::Internal::Answer)

using namespace SlackLog;
using namespace SlackLog::Internal;

namespace {

Settings settingsFor(const QString &channel)
{
    Settings settings;
    settings.setWebhookUrl(QUrl(QStringLiteral("https://hooks.slack.com/services/T1/B1/secret")));
    settings.setChannel(channel);
    settings.setMessagePattern(QStringLiteral("%{message}"));
    settings.setFormat(MessageFormat::Text);
    settings.setEmoji(Level::Warning, QString());
    settings.setSpoolDirectory(QString());
    return settings;
}

QJsonObject json(const Batch &batch)
{
    return QJsonDocument::fromJson(batch.payload).object();
}

} // namespace

Answer status(int code, const QByteArray &retryAfter = {})
{
    Answer answer;
    answer.httpStatus = code;
    answer.body = code == 200 ? QByteArrayLiteral("ok") : QByteArrayLiteral("error");
    answer.retryAfter = retryAfter;
    return answer;
}

// Takes every post as soon as it may go and answers it 200: the texts posted, in order.
QStringList deliverAll(Outbox &outbox)
{
    QStringList texts;
    qint64 now = 0;
    while (!outbox.isEmpty()) {
        const std::optional<Batch> batch = outbox.takeReady(now);
        if (!batch) {
            now = outbox.nextReadyAt(now);
            continue;
        }
        texts << json(*batch).value(u"text").toString();
        outbox.answer(*batch, status(200), now);
    }
    return texts;
}

Answer failure(Answer::Failure kind)
{
    Answer answer;
    answer.failure = kind;
    return answer;
}

class tst_Outbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { m_ledger = std::make_unique<Ledger>(); }
    void coalescesWhatWaits();
    void joinsUpToExactlyTheBudget_data();
    void joinsUpToExactlyTheBudget();
    void respectsTheTextBudget();
    void splitsAnOversizedMessageIntoMarkedParts();
    void truncatesPastTheMessageMax();
    void pacesPostsPerWebhook();
    void pacingCountsFromTheAnswer();
    void aRateLimitSpendsTheBurst();
    void aRateLimitOutlastingTheRetryTimeStillHoldsTheLane();
    void aPostCutShortCountsAgainstTheRate();
    void webhooksArePacedApart();
    void rateLimitResendsTheSamePayloadAfterRetryAfter();
    void retriesBackOffAndGrow();
    void retriesExpireAfterTheRetryTime();
    void answers_data();
    void answers();
    void aGoneWebhookTakesNoMorePosts();
    void foldsRepeats();
    void foldsRepeatsWithOtherLinesBetween();
    void foldingCanBeSwitchedOff();
    void trimDropsTheOldestButNeverWhatIsUnderWay();
    void trimHonoursTheByteCap();
    void exitBudgetTakesSlacksLimit();
    void anExitDigestStaysWithinTheServersLimit();
    void settingsApplyFromTheirSequence();
    void destinationsAreSeparate();
    void payloadFields_data();
    void payloadFields();

private:
    Record record(quint64 sequence, const QString &text, const Origin *origin = nullptr,
                  qint64 utc = 0)
    {
        Record r;
        r.sequence = sequence;
        r.message = text;
        r.level = Level::Warning;
        r.origin = origin ? origin : &m_origin;
        r.utcMSecs = utc;
        r.cost = 100;
        // As the queue counts it, so that the ledger balances.
        m_ledger->logged.store(qMax(m_ledger->logged.load(), sequence));
        m_ledger->pendingBytes += r.cost;
        return r;
    }
    Records records(quint64 first, quint64 last, const QString &text)
    {
        Records result;
        for (quint64 i = first; i <= last; ++i)
            result.push_back(
                    record(i, QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0')) + text));
        return result;
    }
    void add(Outbox &outbox, Records records, std::vector<ConfigChange> changes = {})
    {
        outbox.add(records, changes, QString());
    }
    std::vector<ConfigChange> initial(const Settings &settings)
    {
        return {{1, DeliveryConfig::compile(settings)}};
    }
    // Every accepted message is delivered, dropped for a reason, or still waits.
    bool balances(const Outbox &outbox) const
    {
        const Statistics s = m_ledger->snapshot();
        return s.logged == s.delivered + s.failed + s.dropped + outbox.messageCount();
    }

    std::unique_ptr<Ledger> m_ledger;
    Origin m_origin{"default", {}, {}, 0};
    Origin m_db{"db.sql", {}, {}, 0};
};

void tst_Outbox::coalescesWhatWaits()
{
    Outbox outbox(m_ledger.get());
    add(outbox, {record(1, QStringLiteral("a")), record(2, QStringLiteral("b"))},
        initial(settingsFor(QString())));
    add(outbox, {record(3, QStringLiteral("c"))});
    QCOMPARE(outbox.messageCount(), 3u);
    const std::optional<Batch> batch = outbox.takeReady(0);
    QVERIFY(batch);
    QCOMPARE(batch->messageCount, 3);
    QCOMPARE(batch->firstSequence, 1u);
    QCOMPARE(batch->lastSequence, 3u);
    QCOMPARE(json(*batch).value(u"text").toString(), QStringLiteral("a\nb\nc"));
    // One post under way per webhook: what comes meanwhile waits for the answer.
    add(outbox, {record(4, QStringLiteral("d"))});
    QVERIFY(!outbox.takeReady(0));
    QCOMPARE(outbox.nextReadyAt(0), -1);
    QCOMPARE(outbox.lowestUnsettled(), 1u);
    QCOMPARE(outbox.answer(*batch, status(200), 0).settled, 3u);
    QCOMPARE(m_ledger->delivered.load(), 3u);
    QCOMPARE(outbox.takeReady(0)->firstSequence, 4u);
    QVERIFY(balances(outbox));
}

void tst_Outbox::joinsUpToExactlyTheBudget_data()
{
    QTest::addColumn<int>("budget");
    QTest::addColumn<int>("joined"); // the two lines and the line break between them
    QTest::addColumn<int>("posts");
    QTest::addRow("4,000") << 4000 << 4000 << 1;
    QTest::addRow("4,001") << 4000 << 4001 << 2;
    QTest::addRow("40,000") << 40000 << 40000 << 1;
    QTest::addRow("40,001") << 40000 << 40001 << 2;
}

void tst_Outbox::joinsUpToExactlyTheBudget()
{
    QFETCH(int, budget);
    QFETCH(int, joined);
    QFETCH(int, posts);
    Settings settings = settingsFor(QString());
    settings.setPostsPerSecond(100);
    settings.setTextBudget(budget);
    Outbox outbox(m_ledger.get());
    const int first = (joined - 1) / 2;
    add(outbox, {record(1, QString(first, u'a')), record(2, QString(joined - 1 - first, u'b'))},
        initial(settings));
    const QStringList texts = deliverAll(outbox);
    QCOMPARE(texts.size(), posts);
    QCOMPARE(texts.join(u'\n').size(), joined);
}

void tst_Outbox::respectsTheTextBudget()
{
    Settings settings = settingsFor(QString());
    settings.setPostsPerSecond(100);
    Outbox outbox(m_ledger.get());
    // Distinct lines of 60 characters with the line break.
    add(outbox, records(1, 10000, u' ' + QString(53, u'x')), initial(settings));
    int posts = 0;
    quint64 next = 1;
    qint64 now = 0;
    while (!outbox.isEmpty()) {
        const std::optional<Batch> batch = outbox.takeReady(now);
        if (!batch) {
            now = outbox.nextReadyAt(now);
            continue;
        }
        const QString text = json(*batch).value(u"text").toString();
        QVERIFY2(text.size() <= 4000, qPrintable(QString::number(text.size())));
        QCOMPARE(batch->firstSequence, next);
        next = batch->lastSequence + 1;
        outbox.answer(*batch, status(200), now);
        ++posts;
    }
    // 600,000 characters in posts of at most 4,000: tens of posts, not 10,000.
    QCOMPARE(posts, 152); // 66 lines a post
    QVERIFY(posts <= 1.1 * 150);
    QCOMPARE(next, 10001u);
    QCOMPARE(m_ledger->delivered.load(), 10000u);
    QVERIFY(balances(outbox));
}

void tst_Outbox::splitsAnOversizedMessageIntoMarkedParts()
{
    Settings settings = settingsFor(QString());
    settings.setPostsPerSecond(100);
    Outbox outbox(m_ledger.get());
    QString big;
    for (int i = 0; i < 200; ++i)
        big += QStringLiteral("line %1 with some words & an ampersand\n").arg(i, 4);
    add(outbox, {record(1, big), record(2, QStringLiteral("small"))}, initial(settings));
    const QStringList texts = deliverAll(outbox);
    QCOMPARE(texts.size(), 3);
    QVERIFY2(texts.at(0).endsWith(u"(1/3)"), qPrintable(texts.at(0).right(20)));
    QVERIFY(texts.at(1).endsWith(u"(2/3)"));
    QVERIFY(texts.at(2).contains(u"(3/3)\nsmall"));
    for (const QString &text : std::as_const(texts))
        QVERIFY(text.size() <= 4000);
    // Counted once, when its last part is delivered.
    QCOMPARE(m_ledger->delivered.load(), 2u);
    QVERIFY(balances(outbox));
}

void tst_Outbox::truncatesPastTheMessageMax()
{
    Settings settings = settingsFor(QString());
    settings.setMessageMax(1000);
    Outbox outbox(m_ledger.get());
    add(outbox, {record(1, QString(5000, u'y'))}, initial(settings));
    const QString text = json(*outbox.takeReady(0)).value(u"text").toString();
    QVERIFY(text.size() <= 1000);
    QVERIFY2(text.contains(u"4,0"), qPrintable(text.right(60))); // says how much was cut
}

void tst_Outbox::pacesPostsPerWebhook()
{
    Settings settings = settingsFor(QString());
    settings.setPostsPerSecond(1);
    settings.setBurst(2);
    Outbox outbox(m_ledger.get());
    add(outbox, {record(1, QStringLiteral("a"))}, initial(settings));
    qint64 now = 1000;
    for (quint64 sequence = 2; sequence <= 3; ++sequence) {
        const std::optional<Batch> batch = outbox.takeReady(now);
        QVERIFY(batch);
        outbox.answer(*batch, status(200), now);
        add(outbox, {record(sequence, QStringLiteral("next"))});
    }
    // The burst is spent: the next post waits for the rate.
    QVERIFY(!outbox.takeReady(now));
    // A second from the answer, and the millisecond the clock may have cut off.
    QCOMPARE(outbox.nextReadyAt(now), now + 1001);
    QVERIFY(!outbox.takeReady(now + 1000));
    QVERIFY(outbox.takeReady(now + 1001));
}

// Slack counts a post when it arrives, somewhere between its sending and its answer. Paced
// from the sending, a post answered late was followed too early, and a server that allows
// exactly 1 post/s answered every other one with 429.
void tst_Outbox::pacingCountsFromTheAnswer()
{
    Settings settings = settingsFor(QString());
    settings.setPostsPerSecond(1);
    settings.setBurst(2);
    Outbox outbox(m_ledger.get());
    add(outbox, {record(1, QStringLiteral("first"))}, initial(settings));
    const std::optional<Batch> first = outbox.takeReady(0);
    QVERIFY(first);
    add(outbox, {record(2, QStringLiteral("second"))});
    outbox.answer(*first, status(200), 300);
    // The burst allows the second at once; each post takes 300 ms to be answered.
    const std::optional<Batch> second = outbox.takeReady(300);
    QVERIFY(second);
    add(outbox, {record(3, QStringLiteral("third"))});
    outbox.answer(*second, status(200), 600);
    // The burst is spent: a full second from the answer, not from the sending (1300).
    QCOMPARE(outbox.nextReadyAt(600), 1601);
    QVERIFY(!outbox.takeReady(1600));
    QVERIFY(outbox.takeReady(1601));
}

// A 429 says the server's bucket is empty. Had the lane kept its own burst, the post after
// the resend would meet another 429, and a server that allows exactly 1 post/s would answer
// half of all posts with 429.
void tst_Outbox::aRateLimitSpendsTheBurst()
{
    Settings settings = settingsFor(QString());
    settings.setPostsPerSecond(1);
    settings.setBurst(3);
    Outbox outbox(m_ledger.get());
    add(outbox, {record(1, QStringLiteral("first"))}, initial(settings));
    const std::optional<Batch> first = outbox.takeReady(0);
    QVERIFY(first);
    add(outbox, {record(2, QStringLiteral("second"))});
    outbox.answer(*first, status(429, "1"), 10);
    QVERIFY(!outbox.takeReady(1009));
    const std::optional<Batch> resent = outbox.takeReady(1010);
    QVERIFY(resent);
    QCOMPARE(resent->firstSequence, 1u);
    outbox.answer(*resent, status(200), 1020);
    QCOMPARE(outbox.nextReadyAt(1020), 2021);
    QVERIFY(!outbox.takeReady(2020));
    QVERIFY(outbox.takeReady(2021));
}

// Retry-After may ask for more than the retry time left: the batch expires, but the webhook
// still waits, or the next batch would meet the same 429.
void tst_Outbox::aRateLimitOutlastingTheRetryTimeStillHoldsTheLane()
{
    Settings settings = settingsFor(QString());
    settings.setMaxRetryTime(std::chrono::minutes(1));
    Outbox outbox(m_ledger.get());
    add(outbox, {record(1, QStringLiteral("first"))}, initial(settings));
    const std::optional<Batch> first = outbox.takeReady(0);
    QVERIFY(first);
    add(outbox, {record(2, QStringLiteral("second"))});
    const Settlement settlement = outbox.answer(*first, status(429, "120"), 0);
    QVERIFY(settlement.expired);
    QCOMPARE(outbox.nextReadyAt(0), 120000);
    QVERIFY(!outbox.takeReady(119999));
    QVERIFY(outbox.takeReady(120000));
}

// flush() cuts a post short at its deadline; the server may have counted it all the same.
void tst_Outbox::aPostCutShortCountsAgainstTheRate()
{
    Settings settings = settingsFor(QString());
    settings.setPostsPerSecond(1);
    settings.setBurst(1);
    Outbox outbox(m_ledger.get());
    add(outbox, {record(1, QStringLiteral("first"))}, initial(settings));
    const std::optional<Batch> first = outbox.takeReady(0);
    QVERIFY(first);
    outbox.release(*first, 200);
    QVERIFY(!outbox.takeReady(200));
    const std::optional<Batch> again = outbox.takeReady(1201);
    QVERIFY(again);
    QCOMPARE(again->payload, first->payload);
    // Cut short, it may have arrived: sending it again may show it twice, and is counted.
    QCOMPARE(m_ledger->possibleDuplicates.load(), 1u);
}

void tst_Outbox::webhooksArePacedApart()
{
    Settings settings = settingsFor(QString());
    settings.setBurst(1);
    Destination other;
    other.webhookUrl = QUrl(QStringLiteral("https://hooks.slack.com/services/T1/B2/other"));
    settings.setRoutes({{QStringLiteral("db.*"), other}});
    Outbox outbox(m_ledger.get());
    add(outbox, {record(1, QStringLiteral("app")), record(2, QStringLiteral("sql"), &m_db)},
        initial(settings));
    const std::optional<Batch> first = outbox.takeReady(0);
    QVERIFY(first);
    outbox.answer(*first, status(429, "30"), 0);
    // The other webhook is not held up by the first one's 429.
    const std::optional<Batch> second = outbox.takeReady(0);
    QVERIFY(second);
    QVERIFY(second->webhook != first->webhook);
}

void tst_Outbox::rateLimitResendsTheSamePayloadAfterRetryAfter()
{
    Outbox outbox(m_ledger.get());
    add(outbox, {record(1, QStringLiteral("a"))}, initial(settingsFor(QString())));
    const std::optional<Batch> batch = outbox.takeReady(0);
    add(outbox, {record(2, QStringLiteral("b"))});
    const Settlement settlement = outbox.answer(*batch, status(429, "2"), 0);
    QVERIFY(settlement.willRetry);
    QCOMPARE(settlement.retryIn, std::chrono::milliseconds(2000));
    QCOMPARE(outbox.nextReadyAt(0), 2000);
    QVERIFY(!outbox.takeReady(1999)); // never early
    const std::optional<Batch> again = outbox.takeReady(2000);
    QVERIFY(again);
    QCOMPARE(again->payload, batch->payload);
    QCOMPARE(again->attempt, 2);
    QCOMPARE(m_ledger->retries.load(), 1u);
    QCOMPARE(m_ledger->possibleDuplicates.load(), 0u); // a 429 posted nothing
    outbox.answer(*again, status(200), 2000);
    // The next message waits a second (and the clock's cut-off millisecond) from the answer.
    QVERIFY(!outbox.takeReady(3000));
    const std::optional<Batch> next = outbox.takeReady(3001);
    QVERIFY(next);
    QCOMPARE(next->firstSequence, 2u);
    QVERIFY(balances(outbox));
}

void tst_Outbox::retriesBackOffAndGrow()
{
    Outbox outbox(m_ledger.get());
    add(outbox, {record(1, QStringLiteral("a"))}, initial(settingsFor(QString())));
    qint64 now = 0;
    std::chrono::milliseconds previous{0};
    for (int attempt = 1; attempt <= 8; ++attempt) {
        const std::optional<Batch> batch = outbox.takeReady(now);
        QVERIFY(batch);
        QCOMPARE(batch->attempt, attempt);
        const Settlement settlement = outbox.answer(*batch, failure(Answer::Failure::Refused), now);
        QVERIFY(settlement.willRetry);
        if (attempt < 7)
            QVERIFY2(settlement.retryIn > previous, qPrintable(QString::number(attempt)));
        QVERIFY(settlement.retryIn <= std::chrono::milliseconds(72000)); // 60 s, +20 %
        previous = settlement.retryIn;
        now = outbox.nextReadyAt(now);
    }
    QCOMPARE(m_ledger->possibleDuplicates.load(), 0u); // refused: never arrived
    QVERIFY(balances(outbox));
}

void tst_Outbox::retriesExpireAfterTheRetryTime()
{
    Settings settings = settingsFor(QString());
    settings.setMaxRetryTime(std::chrono::seconds(10));
    Outbox outbox(m_ledger.get());
    add(outbox, {record(1, QStringLiteral("a")), record(2, QStringLiteral("b"))},
        initial(settings));
    qint64 now = 0;
    Settlement settlement;
    int posts = 0;
    do {
        const std::optional<Batch> batch = outbox.takeReady(now);
        QVERIFY(batch);
        settlement = outbox.answer(*batch, status(500), now);
        now = qMax(now, outbox.nextReadyAt(now));
        ++posts;
    } while (settlement.willRetry);
    QVERIFY(settlement.expired);
    QVERIFY(posts >= 3 && posts <= 5); // 1 + 2 + 4 s fit in 10 s; 8 more do not
    QCOMPARE(m_ledger->dropped(DropReason::Expired), 2u);
    QVERIFY(outbox.isEmpty());
    QVERIFY(balances(outbox));
}

void tst_Outbox::answers_data()
{
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("duplicate");
    QTest::addRow("200") << status(200) << int(AnswerKind::Delivered) << false;
    QTest::addRow("400") << status(400) << int(AnswerKind::Rejected) << false;
    QTest::addRow("413") << status(413) << int(AnswerKind::Rejected) << false;
    QTest::addRow("302") << status(302) << int(AnswerKind::Rejected) << false;
    QTest::addRow("403") << status(403) << int(AnswerKind::DestinationGone) << false;
    QTest::addRow("404") << status(404) << int(AnswerKind::DestinationGone) << false;
    QTest::addRow("410") << status(410) << int(AnswerKind::DestinationGone) << false;
    QTest::addRow("429") << status(429, "1") << int(AnswerKind::RateLimited) << false;
    QTest::addRow("500") << status(500) << int(AnswerKind::Retryable) << false;
    QTest::addRow("503") << status(503) << int(AnswerKind::Retryable) << false;
    QTest::addRow("refused") << failure(Answer::Failure::Refused) << int(AnswerKind::Retryable)
                             << false;
    QTest::addRow("reset") << failure(Answer::Failure::Closed) << int(AnswerKind::Retryable)
                           << true;
    QTest::addRow("timeout") << failure(Answer::Failure::Timeout) << int(AnswerKind::Retryable)
                             << true;
    QTest::addRow("tls") << failure(Answer::Failure::Tls) << int(AnswerKind::Retryable) << false;
    // Broken or hostile answers: sent again, since something took the post and said nothing
    // that Slack says.
    Answer page = status(200);
    page.body = "<html><body>Please accept the terms.</body></html>";
    QTest::addRow("200 with a proxy's page") << page << int(AnswerKind::Retryable) << true;
    Answer word = status(200);
    word.body = "invalid_token";
    QTest::addRow("200 invalid_token") << word << int(AnswerKind::Retryable) << true;
    QTest::addRow("no status code") << status(0) << int(AnswerKind::Retryable) << true;
    QTest::addRow("not HTTP") << failure(Answer::Failure::Malformed) << int(AnswerKind::Retryable)
                              << true;
    Answer endless = failure(Answer::Failure::TooLong);
    endless.httpStatus = 200;
    QTest::addRow("an answer without end") << endless << int(AnswerKind::Retryable) << true;
}

void tst_Outbox::answers()
{
    QFETCH(Answer, answer);
    QFETCH(int, kind);
    QFETCH(bool, duplicate);
    Outbox outbox(m_ledger.get());
    add(outbox, {record(1, QStringLiteral("a")), record(2, QStringLiteral("b"))},
        initial(settingsFor(QString())));
    const Settlement settlement = outbox.answer(*outbox.takeReady(0), answer, 0);
    QCOMPARE(int(settlement.kind), kind);
    const Statistics s = m_ledger->snapshot();
    switch (AnswerKind(kind)) {
    case AnswerKind::Delivered:
        QCOMPARE(s.delivered, 2u);
        break;
    case AnswerKind::Rejected:
    case AnswerKind::DestinationGone:
        QCOMPARE(s.rejected, 2u);
        break;
    case AnswerKind::RateLimited:
    case AnswerKind::Retryable: {
        QVERIFY(settlement.willRetry);
        QCOMPARE(outbox.messageCount(), 2u);
        // Counted when it is sent again: that is when a second copy may arise.
        QCOMPARE(s.possibleDuplicates, 0u);
        const std::optional<Batch> resend = outbox.takeReady(3600 * 1000);
        QVERIFY(resend);
        QCOMPARE(resend->attempt, 2);
        QCOMPARE(m_ledger->snapshot().possibleDuplicates, duplicate ? 2u : 0u);
        break;
    }
    }
    QVERIFY(balances(outbox));
}

void tst_Outbox::aGoneWebhookTakesNoMorePosts()
{
    Outbox outbox(m_ledger.get());
    add(outbox, {record(1, QStringLiteral("a"))}, initial(settingsFor(QString())));
    const std::optional<Batch> batch = outbox.takeReady(0);
    add(outbox, {record(2, QStringLiteral("b"))});
    const Settlement settlement = outbox.answer(*batch, status(404), 0);
    QCOMPARE(settlement.rejectedWithDestination, 1u);
    add(outbox, {record(3, QStringLiteral("c"))});
    QVERIFY(!outbox.takeReady(100000));
    QCOMPARE(outbox.nextReadyAt(100000), -1);
    QCOMPARE(m_ledger->dropped(DropReason::Rejected), 3u);
    QVERIFY(outbox.isEmpty());
    QVERIFY(balances(outbox));
}

void tst_Outbox::foldsRepeats()
{
    Outbox outbox(m_ledger.get());
    Records repeated;
    for (quint64 i = 1; i <= 10000; ++i)
        repeated.push_back(record(i, QStringLiteral("disk full"), &m_origin, qint64(i)));
    repeated.push_back(record(10001, QStringLiteral("disk full"), &m_db, 10001));
    add(outbox, std::move(repeated), initial(settingsFor(QString())));
    const std::optional<Batch> batch = outbox.takeReady(0);
    QCOMPARE(batch->messageCount, 10001);
    QCOMPARE(json(*batch).value(u"text").toString(),
             QStringLiteral("disk full (repeated 9,999 times)\ndisk full"));
    QCOMPARE(m_ledger->folded.load(), 9999u);
    outbox.answer(*batch, status(200), 0);
    QCOMPARE(m_ledger->delivered.load(), 10001u);
    QCOMPARE(m_ledger->pendingBytes.load(), 0);
    QVERIFY(balances(outbox));
}

void tst_Outbox::foldsRepeatsWithOtherLinesBetween()
{
    Outbox outbox(m_ledger.get());
    Records alternating;
    for (quint64 i = 1; i <= 6; ++i) {
        alternating.push_back(i % 2 ? record(i, QStringLiteral("connecting"), &m_origin, 0)
                                    : record(i, QStringLiteral("failed"), &m_db, 0));
    }
    add(outbox, std::move(alternating), initial(settingsFor(QString())));
    const std::optional<Batch> batch = outbox.takeReady(0);
    QCOMPARE(batch->messageCount, 6);
    QCOMPARE(json(*batch).value(u"text").toString(),
             QStringLiteral("connecting (repeated 2 times)\nfailed (repeated 2 times)"));
    QCOMPARE(m_ledger->folded.load(), 4u);
    // A repeat never folds into a line already under way: it waits for the next post.
    add(outbox, {record(7, QStringLiteral("failed"), &m_db, 0)});
    QCOMPARE(outbox.messageCount(), 7u);
    outbox.answer(*batch, status(200), 0);
    QCOMPARE(json(*outbox.takeReady(0)).value(u"text").toString(), QStringLiteral("failed"));
    QVERIFY(balances(outbox));
}

void tst_Outbox::foldingCanBeSwitchedOff()
{
    Settings settings = settingsFor(QString());
    settings.setRepeatWindow(std::chrono::milliseconds(0));
    Outbox outbox(m_ledger.get());
    add(outbox, {record(1, QStringLiteral("x")), record(2, QStringLiteral("x"))},
        initial(settings));
    QCOMPARE(json(*outbox.takeReady(0)).value(u"text").toString(), QStringLiteral("x\nx"));
    // And outside the window, repeats stand alone too.
    Outbox windowed(m_ledger.get());
    add(windowed,
        {record(3, QStringLiteral("y"), &m_origin, 0),
         record(4, QStringLiteral("y"), &m_origin, 60001)},
        initial(settingsFor(QString())));
    QCOMPARE(json(*windowed.takeReady(0)).value(u"text").toString(), QStringLiteral("y\ny"));
}

void tst_Outbox::trimDropsTheOldestButNeverWhatIsUnderWay()
{
    Outbox outbox(m_ledger.get());
    add(outbox, records(1, 10, QString()), initial(settingsFor(QString())));
    const std::optional<Batch> underWay = outbox.takeReady(0);
    QCOMPARE(underWay->messageCount, 10);
    add(outbox, records(11, 20, QString()));
    QVERIFY(outbox.trim(15, 1 << 30, 0)); // starts a run of drops
    QCOMPARE(m_ledger->dropped(DropReason::QueueFull), 5u);
    QCOMPARE(outbox.messageCount(), 15u);
    outbox.answer(*underWay, status(200), 0);
    QCOMPARE(outbox.takeReady(10000)->firstSequence, 16u); // 11 to 15 went first
    QVERIFY(balances(outbox));
}

void tst_Outbox::trimHonoursTheByteCap()
{
    Outbox outbox(m_ledger.get());
    add(outbox, records(1, 10, QString()), initial(settingsFor(QString())));
    // Once formatted, a message counts what its line holds; these ten are alike.
    const qint64 each = m_ledger->pendingBytes.load() / 10;
    QCOMPARE(m_ledger->pendingBytes.load(), 10 * each);
    outbox.trim(1000, 3 * each, 0);
    QCOMPARE(outbox.messageCount(), 3u);
    QCOMPARE(m_ledger->pendingBytes.load(), 3 * each);
    QCOMPARE(outbox.takeReady(0)->firstSequence, 8u);
    QVERIFY(balances(outbox));
}

void tst_Outbox::exitBudgetTakesSlacksLimit()
{
    Outbox outbox(m_ledger.get());
    add(outbox, records(1, 1000, u' ' + QString(53, u'z')), initial(settingsFor(QString())));
    outbox.setExitBudget(true);
    const std::optional<Batch> batch = outbox.takeReady(0);
    QCOMPARE(batch->messageCount, 666); // 40,000 / 60
    QVERIFY(json(*batch).value(u"text").toString().size() <= 40000);
}

void tst_Outbox::anExitDigestStaysWithinTheServersLimit()
{
    // Attachments drain at exit as lines with their title in front; a message cut to Discord's
    // 2,000 characters has no room for one, and goes without.
    Settings settings = settingsFor(QString());
    settings.setFormat(MessageFormat::Attachments);
    settings.setServerKind(ServerKind::Discord);
    Outbox outbox(m_ledger.get());
    add(outbox, {record(1, QString(2000, u'x')), record(2, QStringLiteral("short"))},
        initial(settings));
    outbox.setExitBudget(true);
    const QStringList texts = deliverAll(outbox);
    QCOMPARE(texts.size(), 2);
    QCOMPARE(texts.at(0), QString(2000, u'x'));
    QCOMPARE(texts.at(1), u"Warning: short"_qs);
}

void tst_Outbox::settingsApplyFromTheirSequence()
{
    Outbox outbox(m_ledger.get());
    std::vector<ConfigChange> changes = initial(settingsFor(QStringLiteral("#old")));
    changes.push_back({3, DeliveryConfig::compile(settingsFor(QStringLiteral("#new")))});
    add(outbox,
        {record(1, QStringLiteral("a")), record(2, QStringLiteral("b")),
         record(3, QStringLiteral("c"))},
        std::move(changes));
    QStringList channels;
    // One webhook: the two channels' posts go one after the other.
    for (qint64 now = 0; !outbox.isEmpty(); now += 1000) {
        const std::optional<Batch> batch = outbox.takeReady(now);
        QVERIFY(batch);
        channels << json(*batch).value(u"channel").toString() + u'='
                        + json(*batch).value(u"text").toString();
        outbox.answer(*batch, status(200), now);
    }
    QCOMPARE(channels, (QStringList{QStringLiteral("#old=a\nb"), QStringLiteral("#new=c")}));
}

void tst_Outbox::destinationsAreSeparate()
{
    Settings settings = settingsFor(QStringLiteral("#general"));
    settings.setRoutes({{QStringLiteral("db.*"), {QUrl(), QStringLiteral("#db"), {}, {}, {}}}});
    Outbox outbox(m_ledger.get());
    add(outbox,
        {record(1, QStringLiteral("app"), &m_origin), record(2, QStringLiteral("sql"), &m_db)},
        initial(settings));
    QCOMPARE(json(*outbox.takeReady(0)).value(u"channel").toString(), QStringLiteral("#general"));
    QCOMPARE(outbox.lowestUnsettled(), 1u);
}

void tst_Outbox::payloadFields_data()
{
    QTest::addColumn<Destination>("destination");
    QTest::addColumn<QJsonObject>("expected");
    const QUrl url(QStringLiteral("https://hooks.slack.com/services/T1/B1/secret"));
    QTest::addRow("text only") << Destination{url, {}, {}, {}, {}}
                               << QJsonObject{{u"text"_qs, u"hi"_qs}};
    QTest::addRow("everything") << Destination{url, u"#ops"_qs, u"Bot"_qs, u":ghost:"_qs, {}}
                                << QJsonObject{{u"text"_qs, u"hi"_qs},
                                               {u"channel"_qs, u"#ops"_qs},
                                               {u"username"_qs, u"Bot"_qs},
                                               {u"icon_emoji"_qs, u":ghost:"_qs}};
    QTest::addRow("emoji without colons")
            << Destination{url, {}, {}, u"ghost"_qs, {}}
            << QJsonObject{{u"text"_qs, u"hi"_qs}, {u"icon_emoji"_qs, u":ghost:"_qs}};
    QTest::addRow("icon url") << Destination{url, {}, {}, {}, QUrl(u"https://x.example/i.png"_qs)}
                              << QJsonObject{{u"text"_qs, u"hi"_qs},
                                             {u"icon_url"_qs, u"https://x.example/i.png"_qs}};
}

void tst_Outbox::payloadFields()
{
    QFETCH(Destination, destination);
    QFETCH(QJsonObject, expected);
    const QJsonObject payload =
            QJsonDocument::fromJson(slackPayload(destination, QStringLiteral("hi"))).object();
    QCOMPARE(payload, expected);
    // The webhook URL is where the payload goes, never what it says.
    QVERIFY(!slackPayload(destination, QStringLiteral("hi")).contains("secret"));
}

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"
