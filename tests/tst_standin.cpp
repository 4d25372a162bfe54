#include <SlackLog/SlackStandIn>

#include <QtCore/QElapsedTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using SlackLog::Testing::ReceivedRequest;
using SlackLog::Testing::SlackStandIn;
using namespace std::chrono_literals;

class tst_StandIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listensOnLoopbackOnly();
    void recordsWhatArrived();
    void answersAsSlack_data();
    void answersAsSlack();
    void formEncodedPayload();
    void failureModes_data();
    void failureModes();
    void slowAnswersAfterItsDelay();
    void resetDropsTheConnection();
    void unresponsiveNeverAnswers();
    void keepsConnectionsAlive();
    void webhooksAreToldApartByPath();
    void waitForRequestsBlocksUntilTheyCome();

private:
    QNetworkReply *post(const QUrl &url, const QByteArray &body,
                        const QByteArray &contentType = "application/json");
    bool finish(QNetworkReply *reply);

    std::unique_ptr<SlackStandIn> m_slack;
    QNetworkAccessManager m_network;
};

void tst_StandIn::init()
{
    m_slack = std::make_unique<SlackStandIn>();
    QVERIFY(m_slack->listen());
}

void tst_StandIn::cleanup()
{
    m_slack.reset();
}

QNetworkReply *tst_StandIn::post(const QUrl &url, const QByteArray &body,
                                 const QByteArray &contentType)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setTransferTimeout(5000);
    return m_network.post(request, body);
}

bool tst_StandIn::finish(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    return reply->isFinished() || finished.wait(10000);
}

void tst_StandIn::listensOnLoopbackOnly()
{
    QVERIFY(m_slack->isListening());
    QVERIFY(m_slack->port() > 0);
    const QUrl url = m_slack->webhookUrl();
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(url.scheme(), QStringLiteral("http"));
    QVERIFY(url.path().startsWith(u"/services/T00000000/B00000000/"));
}

void tst_StandIn::recordsWhatArrived()
{
    QSignalSpy received(m_slack.get(), &SlackStandIn::requestReceived);
    QVERIFY(received.isValid());
    std::unique_ptr<QNetworkReply> reply(
            post(m_slack->webhookUrl(), R"({"text":"disk almost full","channel":"#ops"})"));
    QVERIFY(finish(reply.get()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), QByteArray("ok"));

    QCOMPARE(m_slack->requestCount(), 1);
    const ReceivedRequest request = m_slack->requests().constFirst();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, m_slack->webhookUrl().path().toUtf8());
    QCOMPARE(request.header("content-type"), QByteArray("application/json"));
    QCOMPARE(request.text(), QStringLiteral("disk almost full"));
    QCOMPARE(request.json().value(QStringLiteral("channel")).toString(), QStringLiteral("#ops"));
    QCOMPARE(request.answeredStatus, 200);
    QCOMPARE(request.answeredBody, QByteArray("ok"));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.constFirst().constFirst().value<ReceivedRequest>().text(),
             QStringLiteral("disk almost full"));
    QCOMPARE(m_slack->receivedLines(), QStringList{QStringLiteral("disk almost full")});
}

void tst_StandIn::answersAsSlack_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("answer");
    QTest::addRow("text") << QByteArray(R"({"text":"x"})") << 200 << QByteArray("ok");
    QTest::addRow("attachments only")
            << QByteArray(R"({"attachments":[{"text":"x"}]})") << 200 << QByteArray("ok");
    QTest::addRow("blocks only") << QByteArray(R"({"blocks":[{"type":"divider"}]})") << 200
                                 << QByteArray("ok");
    QTest::addRow("not JSON") << QByteArray("text=x") << 400 << QByteArray("invalid_payload");
    QTest::addRow("JSON array") << QByteArray("[1]") << 400 << QByteArray("invalid_payload");
    QTest::addRow("no text") << QByteArray(R"({"channel":"#x"})") << 400 << QByteArray("no_text");
    QTest::addRow("empty text") << QByteArray(R"({"text":""})") << 400 << QByteArray("no_text");
}

void tst_StandIn::answersAsSlack()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, answer);
    std::unique_ptr<QNetworkReply> reply(post(m_slack->webhookUrl(), body));
    QVERIFY(finish(reply.get()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    QCOMPARE(reply->readAll(), answer);
}

void tst_StandIn::formEncodedPayload()
{
    std::unique_ptr<QNetworkReply> reply(post(m_slack->webhookUrl(),
                                              "payload=%7B%22text%22%3A%22from%20curl%22%7D",
                                              "application/x-www-form-urlencoded"));
    QVERIFY(finish(reply.get()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(m_slack->requests().constFirst().text(), QStringLiteral("from curl"));
}

void tst_StandIn::failureModes_data()
{
    QTest::addColumn<SlackStandIn::Mode>("mode");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addRow("rate limited") << SlackStandIn::Mode::RateLimited << 429
                                  << QByteArray("rate_limited") << QByteArray("7");
    QTest::addRow("server error") << SlackStandIn::Mode::ServerError << 500
                                  << QByteArray("rollup_error") << QByteArray();
    QTest::addRow("revoked") << SlackStandIn::Mode::NotFound << 404 << QByteArray("no_service")
                             << QByteArray();
}

void tst_StandIn::failureModes()
{
    QFETCH(SlackStandIn::Mode, mode);
    QFETCH(int, status);
    QFETCH(QByteArray, answer);
    QFETCH(QByteArray, retryAfter);
    m_slack->setMode(mode);
    m_slack->setRetryAfter(7s);
    QCOMPARE(m_slack->mode(), mode);
    std::unique_ptr<QNetworkReply> reply(post(m_slack->webhookUrl(), R"({"text":"x"})"));
    QVERIFY(finish(reply.get()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    QCOMPARE(reply->readAll(), answer);
    QCOMPARE(reply->rawHeader("Retry-After"), retryAfter);
    QCOMPARE(m_slack->requests().constFirst().answeredStatus, status);
    // A failed post delivers nothing.
    QVERIFY(m_slack->receivedLines().isEmpty());
}

void tst_StandIn::slowAnswersAfterItsDelay()
{
    m_slack->setMode(SlackStandIn::Mode::Slow);
    m_slack->setDelay(300ms);
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QNetworkReply> reply(post(m_slack->webhookUrl(), R"({"text":"x"})"));
    QVERIFY(finish(reply.get()));
    QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void tst_StandIn::resetDropsTheConnection()
{
    m_slack->setMode(SlackStandIn::Mode::Reset);
    std::unique_ptr<QNetworkReply> reply(post(m_slack->webhookUrl(), R"({"text":"x"})"));
    QVERIFY(finish(reply.get()));
    QVERIFY(!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    QVERIFY2(reply->error() == QNetworkReply::RemoteHostClosedError
                     || reply->error() == QNetworkReply::UnknownNetworkError,
             qPrintable(reply->errorString()));
    // QNetworkAccessManager sends a request again once when its connection drops unanswered,
    // so the stand-in may see it twice; it answers neither.
    QVERIFY(m_slack->requestCount() >= 1);
    const QList<ReceivedRequest> requests = m_slack->requests();
    for (const ReceivedRequest &request : requests)
        QCOMPARE(request.answeredStatus, 0);
}

void tst_StandIn::unresponsiveNeverAnswers()
{
    m_slack->setMode(SlackStandIn::Mode::Unresponsive);
    QNetworkRequest request(m_slack->webhookUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(300);
    std::unique_ptr<QNetworkReply> reply(m_network.post(request, QByteArray(R"({"text":"x"})")));
    QVERIFY(finish(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    QCOMPARE(m_slack->requestCount(), 1);
}

void tst_StandIn::keepsConnectionsAlive()
{
    for (int i = 0; i < 3; ++i) {
        std::unique_ptr<QNetworkReply> reply(
                post(m_slack->webhookUrl(), QStringLiteral(R"({"text":"n%1"})").arg(i).toUtf8()));
        QVERIFY(finish(reply.get()));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }
    QCOMPARE(m_slack->receivedLines(),
             (QStringList{QStringLiteral("n0"), QStringLiteral("n1"), QStringLiteral("n2")}));
    m_slack->clear();
    QCOMPARE(m_slack->requestCount(), 0);
}

void tst_StandIn::webhooksAreToldApartByPath()
{
    const QUrl a = m_slack->webhookUrl(QStringLiteral("B0000000A"));
    const QUrl b = m_slack->webhookUrl(QStringLiteral("B0000000B"));
    QVERIFY(a != b);
    std::unique_ptr<QNetworkReply> reply(post(b, R"({"text":"x"})"));
    QVERIFY(finish(reply.get()));
    QCOMPARE(m_slack->requests().constFirst().path, b.path().toUtf8());
}

void tst_StandIn::waitForRequestsBlocksUntilTheyCome()
{
    QVERIFY(!m_slack->waitForRequests(1, 50ms));
    std::unique_ptr<QNetworkReply> reply(post(m_slack->webhookUrl(), R"({"text":"x"})"));
    QVERIFY(finish(reply.get()));
    QVERIFY(m_slack->waitForRequests(1, 5s));
}

QTEST_GUILESS_MAIN(tst_StandIn)
#include "tst_standin.moc"
