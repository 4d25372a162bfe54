#include "deliveryoutcome_p.h"

#include <QtTest/QTest>

using namespace SlackLog;
using namespace SlackLog::Internal;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Answer::Failure)
Q_DECLARE_METATYPE(SlackLog::ServerKind)

// What a user reads when a post fails: a sentence that says what happened, never the secret.
class tst_DeliveryOutcome : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wording_data();
    void wording();
    void resultCarriesThePost();
    void successIsWhatTheServerSaysIt_data();
    void successIsWhatTheServerSaysIt();
};

namespace {
const QString secret = QStringLiteral("abcdefghijklmnopqrstuvwx");

Batch batch()
{
    Batch b;
    b.key = QStringLiteral("key");
    b.destination.webhookUrl = QUrl(u"https://hooks.slack.com/services/T0001/B0001/"_qs + secret);
    b.destination.channel = QStringLiteral("#ops");
    b.payload = R"({"text":"x"})";
    b.messageCount = 3;
    b.firstSequence = 7;
    b.lastSequence = 9;
    return b;
}
} // namespace

void tst_DeliveryOutcome::wording_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<Answer::Failure>("failure");
    QTest::addColumn<bool>("delivered");
    QTest::addColumn<QString>("words");
    const auto none = Answer::Failure::None;
    QTest::addRow("ok") << 200 << QByteArray("ok") << QByteArray() << none << true << QString();
    QTest::addRow("invalid payload")
            << 400 << QByteArray("invalid_payload") << QByteArray() << none << false
            << u"Slack rejected the message (400 invalid_payload)"_qs;
    QTest::addRow("prohibited") << 403 << QByteArray("action_prohibited") << QByteArray() << none
                                << false
                                << u"the webhook is not allowed to post (403 action_prohibited)"_qs;
    QTest::addRow("revoked") << 404 << QByteArray("no_service") << QByteArray() << none << false
                             << u"the webhook was revoked or does not exist (404 no_service)"_qs;
    QTest::addRow("archived") << 410 << QByteArray("channel_is_archived") << QByteArray() << none
                              << false << u"the channel is archived (410 channel_is_archived)"_qs;
    QTest::addRow("rate limited")
            << 429 << QByteArray("rate_limited") << QByteArray("30") << none << false
            << u"Slack is rate limiting this webhook (429, retry after 30 s)"_qs;
    QTest::addRow("server error") << 503 << QByteArray("rollup_error") << QByteArray() << none
                                  << false << u"Slack had a server error (503 rollup_error)"_qs;
    QTest::addRow("redirect")
            << 301 << QByteArray() << QByteArray() << none << false
            << u"the webhook answered with a redirect (301), which SlackLog does not follow"_qs;
    QTest::addRow("echoed secret")
            << 404 << (QByteArray("Cannot POST /services/T0001/B0001/") + secret.toLatin1())
            << QByteArray() << none << false
            << u"the webhook was revoked or does not exist (404 Cannot POST /services/T0001/B0001/****)"_qs;
    QTest::addRow("refused") << 0 << QByteArray() << QByteArray() << Answer::Failure::Refused
                             << false << u"hooks.slack.com refused the connection"_qs;
    QTest::addRow("closed") << 0 << QByteArray() << QByteArray() << Answer::Failure::Closed << false
                            << u"hooks.slack.com closed the connection before answering"_qs;
    QTest::addRow("timeout") << 0 << QByteArray() << QByteArray() << Answer::Failure::Timeout
                             << false << u"hooks.slack.com did not answer within 30000 ms"_qs;
    QTest::addRow("unknown host") << 0 << QByteArray() << QByteArray()
                                  << Answer::Failure::HostNotFound << false
                                  << u"the host hooks.slack.com was not found"_qs;
    QTest::addRow("an answer without end")
            << 200 << QByteArray() << QByteArray() << Answer::Failure::TooLong << false
            << u"hooks.slack.com answered with more than 65536 bytes, which no webhook does; the "
               "answer was cut off there"_qs;
    QTest::addRow("not HTTP") << 0 << QByteArray() << QByteArray() << Answer::Failure::Malformed
                              << false
                              << u"hooks.slack.com sent an answer that is not HTTP (no status "
                                 "code)"_qs;
    QTest::addRow("a status that is none")
            << 42 << QByteArray("ok") << QByteArray() << none << false
            << u"hooks.slack.com sent an answer that is not HTTP "
               "(status 42)"_qs;
    QTest::addRow("200 but not ok")
            << 200 << QByteArray("invalid_token") << QByteArray() << none << false
            << u"the webhook answered 200 \"invalid_token\" instead of \"ok\": something between "
               "SlackLog and Slack, such as a proxy, may have answered instead"_qs;
    QTest::addRow("200 with an empty body")
            << 200 << QByteArray() << QByteArray() << none << false
            << u"the webhook answered 200 without \"ok\": something between SlackLog and Slack, "
               "such as a proxy, may have answered instead"_qs;
    QTest::addRow("204 without ok")
            << 204 << QByteArray() << QByteArray() << none << false
            << u"the webhook answered 204 without \"ok\": something between SlackLog and Slack, "
               "such as a proxy, may have answered instead"_qs;
}

void tst_DeliveryOutcome::wording()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(Answer::Failure, failure);
    QFETCH(bool, delivered);
    QFETCH(QString, words);
    Answer answer;
    answer.httpStatus = status;
    answer.body = body;
    answer.retryAfter = retryAfter;
    answer.failure = failure;
    const DeliveryResult result = deliveryResult(batch(), answer, 30s);
    QCOMPARE(result.delivered, delivered);
    QCOMPARE(result.errorString, words);
    QVERIFY(!result.slackAnswer.contains(secret));
    QVERIFY(!describe(result).contains(secret));
}

void tst_DeliveryOutcome::resultCarriesThePost()
{
    Answer answer;
    answer.httpStatus = 200;
    answer.body = "ok";
    answer.latency = 42ms;
    const DeliveryResult result = deliveryResult(batch(), answer, 30s);
    QCOMPARE(result.slackAnswer, u"ok"_qs);
    QCOMPARE(result.destination, u"https://hooks.slack.com/services/T0001/B0001/****"_qs);
    QCOMPARE(result.channel, u"#ops"_qs);
    QCOMPARE(result.latency, 42ms);
    QCOMPARE(result.messageCount, 3);
    QCOMPARE(result.firstSequence, 7u);
    QCOMPARE(result.lastSequence, 9u);
    QCOMPARE(result.payload, QByteArray(R"({"text":"x"})"));
    QVERIFY(result.finishedAt.isValid());
    QCOMPARE(
            describe(result),
            u"delivered 3 messages to https://hooks.slack.com/services/T0001/B0001/****: HTTP 200 \"ok\" in 42 ms"_qs);
}

void tst_DeliveryOutcome::successIsWhatTheServerSaysIt_data()
{
    QTest::addColumn<ServerKind>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("delivered");
    // Slack documents 200 "ok"; the other kinds' answers are known only second-hand, so any
    // 2xx counts there rather than post every message again on a wrong guess.
    QTest::addRow("Slack ok") << ServerKind::Slack << QByteArray("ok") << true;
    QTest::addRow("Slack ok with a line end") << ServerKind::Slack << QByteArray("ok\n") << true;
    QTest::addRow("Slack html") << ServerKind::Slack << QByteArray("<html>") << false;
    QTest::addRow("Mattermost html") << ServerKind::Mattermost << QByteArray("<html>") << true;
    QTest::addRow("Rocket.Chat JSON")
            << ServerKind::RocketChat << QByteArray(R"({"success":true})") << true;
    QTest::addRow("Discord empty") << ServerKind::Discord << QByteArray() << true;
}

void tst_DeliveryOutcome::successIsWhatTheServerSaysIt()
{
    QFETCH(ServerKind, kind);
    QFETCH(QByteArray, body);
    QFETCH(bool, delivered);
    Answer answer;
    answer.httpStatus = 200;
    answer.body = body;
    Batch post = batch();
    post.destination.kind = kind;
    QCOMPARE(deliveryResult(post, answer, 30s).delivered, delivered);
    QCOMPARE(classify(answer, kind) == AnswerKind::Delivered, delivered);
    QCOMPARE(mayHaveArrived(answer, kind), !delivered);
}

QTEST_GUILESS_MAIN(tst_DeliveryOutcome)
#include "tst_deliveryoutcome.moc"
