#include <SlackLog/SlackStandIn>

#include <QtCore/QElapsedTimer>
#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtCore/QScopeGuard>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <cmath>
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
    void newSettingsAreOff();
    void retryAfterAsHttpDate_data();
    void retryAfterAsHttpDate();
    void failureEvery_data();
    void failureEvery();
    void failureEveryCountsFromClear();
    void failureEveryCanResetTheConnection();
    void closeRefusesAndListenComesBack();
    void closeDropsOpenConnections();
    void listenOnAGivenPort();
    void rateLimit_data();
    void rateLimit();
    void rateLimitRefills();
    void honouringRetryAfterGetsThrough_data();
    void honouringRetryAfterGetsThrough();
    void receivedAtIsWhenTheRequestCompleted();

private:
    QNetworkReply *post(const QUrl &url, const QByteArray &body,
                        const QByteArray &contentType = "application/json");
    bool finish(QNetworkReply *reply);
    // The HTTP status of a post of a valid payload to \a url; 0 without one, -1 on time-out.
    int statusOfPost(const QUrl &url);
    // Lets \a duration pass, for what is measured in time: a rate, a Retry-After.
    bool letTimePass(std::chrono::milliseconds duration);
    // One request on a connection of its own, which the server closes: what came back.
    QByteArray exchange(const QByteArray &body);

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

bool tst_StandIn::letTimePass(std::chrono::milliseconds duration)
{
    QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer);
    QSignalSpy timeout(&timer, &QTimer::timeout);
    timer.start(duration);
    return timeout.isValid() && timeout.wait(int(duration.count()) + 5000);
}

int tst_StandIn::statusOfPost(const QUrl &url)
{
    std::unique_ptr<QNetworkReply> reply(post(url, R"({"text":"x"})"));
    if (!finish(reply.get()))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QByteArray tst_StandIn::exchange(const QByteArray &body)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_slack->port());
    if (!socket.waitForConnected(5000))
        return QByteArray();
    const QByteArray path = m_slack->webhookUrl().path().toUtf8();
    socket.write("POST " + path
                 + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                   "Content-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray answer;
    // Until the server closes it, after its answer or instead of one.
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    return answer + socket.readAll();
}

namespace {

// Parses an IMF-fixdate (RFC 9110 section 5.6.7) strictly, English names only; invalid if it is
// not one. Qt's RFC2822Date parser in 6.4 does not take the "GMT" zone.
QDateTime fromImfFixdate(const QByteArray &value)
{
    static const QRegularExpression form(
            QStringLiteral(R"(^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d) )"
                           R"((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) )"
                           R"((\d{4}) (\d\d):(\d\d):(\d\d) GMT$)"));
    static const QStringList days = {QStringLiteral("Mon"), QStringLiteral("Tue"),
                                     QStringLiteral("Wed"), QStringLiteral("Thu"),
                                     QStringLiteral("Fri"), QStringLiteral("Sat"),
                                     QStringLiteral("Sun")};
    static const QStringList months = {
            QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
            QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"),
            QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
            QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    const QRegularExpressionMatch match = form.match(QString::fromLatin1(value));
    if (!match.hasMatch())
        return QDateTime();
    const QDate date(match.captured(4).toInt(), int(months.indexOf(match.captured(3))) + 1,
                     match.captured(2).toInt());
    const QTime time(match.captured(5).toInt(), match.captured(6).toInt(),
                     match.captured(7).toInt());
    if (!date.isValid() || !time.isValid()
        || date.dayOfWeek() != days.indexOf(match.captured(1)) + 1)
        return QDateTime();
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

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

void tst_StandIn::newSettingsAreOff()
{
    QCOMPARE(m_slack->retryAfterForm(), SlackStandIn::RetryAfterForm::Seconds);
    QCOMPARE(m_slack->failureEvery(), 0);
    QCOMPARE(m_slack->rateLimitPostsPerSecond(), 0.0);
    m_slack->setFailureEvery(-2, SlackStandIn::Mode::NotFound);
    QCOMPARE(m_slack->failureEvery(), 0);
    m_slack->setRateLimit(2.5, 0);
    QCOMPARE(m_slack->rateLimitPostsPerSecond(), 2.5);
    QCOMPARE(m_slack->rateLimitBurst(), 1);
    m_slack->setRateLimit(-1, 5);
    QCOMPARE(m_slack->rateLimitPostsPerSecond(), 0.0);
}

void tst_StandIn::retryAfterAsHttpDate_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("locale");
    QTest::addRow("1 s") << 1 << QStringLiteral("C");
    QTest::addRow("7 s") << 7 << QStringLiteral("C");
    QTest::addRow("2 min") << 120 << QStringLiteral("C");
    QTest::addRow("now") << 0 << QStringLiteral("C");
    // The names stay English whatever the locale.
    QTest::addRow("German locale") << 7 << QStringLiteral("de_DE");
    QTest::addRow("French locale") << 7 << QStringLiteral("fr_FR");
}

void tst_StandIn::retryAfterAsHttpDate()
{
    QFETCH(int, seconds);
    QFETCH(QString, locale);
    const QLocale previous;
    QLocale::setDefault(QLocale(locale));
    const auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); });
    m_slack->setMode(SlackStandIn::Mode::RateLimited);
    m_slack->setRetryAfter(std::chrono::seconds(seconds));
    m_slack->setRetryAfterForm(SlackStandIn::RetryAfterForm::HttpDate);
    QCOMPARE(m_slack->retryAfterForm(), SlackStandIn::RetryAfterForm::HttpDate);

    const QDateTime before = QDateTime::currentDateTimeUtc();
    std::unique_ptr<QNetworkReply> reply(post(m_slack->webhookUrl(), R"({"text":"x"})"));
    QVERIFY(finish(reply.get()));
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
    const QByteArray value = reply->rawHeader("Retry-After");
    const QDateTime date = fromImfFixdate(value);
    QVERIFY2(date.isValid(), value.constData());
    // Rounded up to a whole second: never earlier than the delay asks.
    QVERIFY2(date >= before.addSecs(seconds),
             qPrintable(QString(date.toString(Qt::ISODateWithMs) + QStringLiteral(" < ")
                                + before.addSecs(seconds).toString(Qt::ISODateWithMs))));
    QVERIFY2(date <= after.addSecs(seconds + 1), value.constData());
    QCOMPARE(m_slack->requests().constFirst().answeredStatus, 429);
}

void tst_StandIn::failureEvery_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<SlackStandIn::Mode>("failure");
    QTest::addColumn<SlackStandIn::Mode>("mode");
    QTest::addColumn<QList<int>>("statuses");
    using Mode = SlackStandIn::Mode;
    QTest::addRow("every 3rd a server error")
            << 3 << Mode::ServerError << Mode::Ok << QList<int>{200, 200, 500, 200, 200, 500};
    QTest::addRow("every 2nd revoked")
            << 2 << Mode::NotFound << Mode::Ok << QList<int>{200, 404, 200, 404};
    QTest::addRow("every 2nd rate limited")
            << 2 << Mode::RateLimited << Mode::Ok << QList<int>{200, 429, 200, 429};
    QTest::addRow("every one") << 1 << Mode::ServerError << Mode::Ok << QList<int>{500, 500, 500};
    QTest::addRow("off") << 0 << Mode::ServerError << Mode::Ok << QList<int>{200, 200, 200};
    QTest::addRow("every 3rd gets through")
            << 3 << Mode::Ok << Mode::ServerError << QList<int>{500, 500, 200, 500, 500, 200};
}

void tst_StandIn::failureEvery()
{
    QFETCH(int, n);
    QFETCH(SlackStandIn::Mode, failure);
    QFETCH(SlackStandIn::Mode, mode);
    QFETCH(QList<int>, statuses);
    m_slack->setMode(mode);
    m_slack->setFailureEvery(n, failure);
    QCOMPARE(m_slack->failureEvery(), n);
    QCOMPARE(m_slack->failureMode(), failure);
    QList<int> answered;
    for (qsizetype i = 0; i < statuses.size(); ++i)
        answered.append(statusOfPost(m_slack->webhookUrl()));
    QCOMPARE(answered, statuses);
    QList<int> recorded;
    const QList<ReceivedRequest> requests = m_slack->requests();
    for (const ReceivedRequest &request : requests)
        recorded.append(request.answeredStatus);
    QCOMPARE(recorded, statuses);
}

void tst_StandIn::failureEveryCountsFromClear()
{
    m_slack->setFailureEvery(3, SlackStandIn::Mode::ServerError);
    QCOMPARE(statusOfPost(m_slack->webhookUrl()), 200);
    QCOMPARE(statusOfPost(m_slack->webhookUrl()), 200);
    m_slack->clear();
    QCOMPARE(statusOfPost(m_slack->webhookUrl()), 200);
    QCOMPARE(statusOfPost(m_slack->webhookUrl()), 200);
    QCOMPARE(statusOfPost(m_slack->webhookUrl()), 500);
}

void tst_StandIn::failureEveryCanResetTheConnection()
{
    // On connections of our own: QNetworkAccessManager would send a reset request again.
    m_slack->setFailureEvery(2, SlackStandIn::Mode::Reset);
    const QByteArray body = R"({"text":"x"})";
    QVERIFY(exchange(body).startsWith("HTTP/1.1 200 "));
    QCOMPARE(exchange(body), QByteArray());
    QVERIFY(exchange(body).startsWith("HTTP/1.1 200 "));
    QCOMPARE(exchange(body), QByteArray());
    const QList<ReceivedRequest> requests = m_slack->requests();
    QCOMPARE(requests.size(), 4);
    QCOMPARE(requests.at(1).answeredStatus, 0);
    QCOMPARE(requests.at(3).answeredStatus, 0);
}

void tst_StandIn::closeRefusesAndListenComesBack()
{
    const quint16 port = m_slack->port();
    const QUrl url = m_slack->webhookUrl();
    QSignalSpy received(m_slack.get(), &SlackStandIn::requestReceived);
    QVERIFY(received.isValid());
    int expected = 0;
    // Twice, so that the stand-in comes back more than once.
    for (int round = 0; round < 2; ++round) {
        // Leaves a kept-alive connection open, which close() must drop, and which leaves the port
        // in TIME_WAIT: listening again needs SO_REUSEADDR.
        QCOMPARE(statusOfPost(url), 200);
        ++expected;
        QTRY_COMPARE(received.size(), expected);

        m_slack->close();
        QVERIFY(!m_slack->isListening());
        QCOMPARE(m_slack->port(), port);
        QCOMPARE(m_slack->webhookUrl(), url);
        std::unique_ptr<QNetworkReply> refused(post(url, R"({"text":"x"})"));
        QVERIFY(finish(refused.get()));
        QVERIFY2(refused->error() == QNetworkReply::ConnectionRefusedError,
                 qPrintable(refused->errorString()));
        m_slack->close(); // twice is harmless

        QVERIFY(m_slack->listen(port));
        QVERIFY(m_slack->isListening());
        QCOMPARE(m_slack->port(), port);
        QCOMPARE(m_slack->webhookUrl(), url);
        QCOMPARE(statusOfPost(url), 200);
        ++expected;
        QTRY_COMPARE(received.size(), expected);
    }
    QCOMPARE(m_slack->requestCount(), expected);
}

void tst_StandIn::closeDropsOpenConnections()
{
    QTcpSocket idle;
    idle.connectToHost(QHostAddress::LocalHost, m_slack->port());
    QVERIFY(idle.waitForConnected(5000));
    m_slack->setMode(SlackStandIn::Mode::Unresponsive);
    std::unique_ptr<QNetworkReply> waiting(post(m_slack->webhookUrl(), R"({"text":"x"})"));
    QTRY_COMPARE(m_slack->requestCount(), 1);

    m_slack->close();
    QVERIFY(finish(waiting.get()));
    QVERIFY(!waiting->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    // The request is sent again once on a new connection, which is refused.
    QVERIFY2(waiting->error() == QNetworkReply::RemoteHostClosedError
                     || waiting->error() == QNetworkReply::ConnectionRefusedError,
             qPrintable(waiting->errorString()));
    QTRY_COMPARE(idle.state(), QAbstractSocket::UnconnectedState);
}

void tst_StandIn::listenOnAGivenPort()
{
    const quint16 port = m_slack->port();
    QVERIFY(m_slack->listen(port)); // where it is already
    QVERIFY(!m_slack->listen(port == 65535 ? quint16(1024) : quint16(port + 1)));
    QCOMPARE(m_slack->port(), port);

    SlackStandIn other;
    QVERIFY(!other.listen(port)); // taken
    QVERIFY(!other.isListening());
    m_slack->close();
    QVERIFY(other.listen(port));
    QCOMPARE(other.port(), port);
    QCOMPARE(other.webhookUrl(), m_slack->webhookUrl());
    QCOMPARE(statusOfPost(other.webhookUrl()), 200);
    QCOMPARE(other.requestCount(), 1);
    QVERIFY(!m_slack->listen(port)); // now taken by the other
    QVERIFY(!m_slack->isListening());
}

void tst_StandIn::rateLimit_data()
{
    QTest::addColumn<double>("postsPerSecond");
    QTest::addColumn<int>("burst");
    QTest::addColumn<SlackStandIn::Mode>("mode");
    QTest::addColumn<SlackStandIn::RetryAfterForm>("form");
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<int>("otherWebhook"); // the status another webhook gets at once
    using Mode = SlackStandIn::Mode;
    using Form = SlackStandIn::RetryAfterForm;
    QTest::addRow("1/s, no burst")
            << 1.0 << 1 << Mode::Ok << Form::Seconds << QList<int>{200, 429} << 200;
    QTest::addRow("1/s, burst of 3")
            << 1.0 << 3 << Mode::Ok << Form::Seconds << QList<int>{200, 200, 200, 429} << 200;
    QTest::addRow("1 every 4 s") << 0.25 << 2 << Mode::Ok << Form::Seconds
                                 << QList<int>{200, 200, 429} << 200;
    QTest::addRow("fast, still at least 1 s")
            << 10.0 << 1 << Mode::Ok << Form::Seconds << QList<int>{200, 429} << 200;
    QTest::addRow("whatever the mode")
            << 1.0 << 2 << Mode::ServerError << Form::Seconds << QList<int>{500, 500, 429} << 500;
    QTest::addRow("as an HTTP date")
            << 1.0 << 1 << Mode::Ok << Form::HttpDate << QList<int>{200, 429} << 200;
}

void tst_StandIn::rateLimit()
{
    QFETCH(double, postsPerSecond);
    QFETCH(int, burst);
    QFETCH(SlackStandIn::Mode, mode);
    QFETCH(SlackStandIn::RetryAfterForm, form);
    QFETCH(QList<int>, statuses);
    QFETCH(int, otherWebhook);
    m_slack->setMode(mode);
    m_slack->setRetryAfter(60s); // the rate limit's 429 says its own delay, not this one
    m_slack->setRetryAfterForm(form);
    m_slack->setRateLimit(postsPerSecond, burst);
    QCOMPARE(m_slack->rateLimitPostsPerSecond(), postsPerSecond);
    QCOMPARE(m_slack->rateLimitBurst(), burst);

    // The last request is the first past the burst.
    QList<int> answered;
    for (qsizetype i = 0; i + 1 < statuses.size(); ++i)
        answered.append(statusOfPost(m_slack->webhookUrl()));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    std::unique_ptr<QNetworkReply> reply(post(m_slack->webhookUrl(), R"({"text":"x"})"));
    QVERIFY(finish(reply.get()));
    answered.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
    QCOMPARE(answered, statuses);
    QCOMPARE(reply->readAll(), QByteArray("rate_limited"));

    const QByteArray value = reply->rawHeader("Retry-After");
    // Whole seconds until the next token, at least 1.
    const int most = std::max(1, int(std::ceil(1 / postsPerSecond)));
    if (form == SlackStandIn::RetryAfterForm::Seconds) {
        bool number = false;
        const int seconds = value.toInt(&number);
        QVERIFY2(number, value.constData());
        QVERIFY2(seconds >= 1 && seconds <= most, value.constData());
    } else {
        const QDateTime date = fromImfFixdate(value);
        QVERIFY2(date.isValid(), value.constData());
        QVERIFY2(date >= before.addSecs(1), value.constData());
        QVERIFY2(date <= QDateTime::currentDateTimeUtc().addSecs(most + 1), value.constData());
    }

    const ReceivedRequest limited = m_slack->requests().constLast();
    QCOMPARE(limited.answeredStatus, 429);
    QCOMPARE(limited.answeredBody, QByteArray("rate_limited"));
    QCOMPARE(m_slack->requestCount(), int(statuses.size()));

    // Each webhook has a bucket of its own.
    QCOMPARE(statusOfPost(m_slack->webhookUrl(QStringLiteral("B0000000B"))), otherWebhook);
}

void tst_StandIn::rateLimitRefills()
{
    m_slack->setRateLimit(5, 1);
    QCOMPARE(statusOfPost(m_slack->webhookUrl()), 200);
    QCOMPARE(statusOfPost(m_slack->webhookUrl()), 429);
    // A token comes every 200 ms, before the Retry-After's whole second is over.
    QVERIFY(letTimePass(200ms));
    QCOMPARE(statusOfPost(m_slack->webhookUrl()), 200);
    // clear() forgets requests, not tokens.
    m_slack->clear();
    QCOMPARE(statusOfPost(m_slack->webhookUrl()), 429);
    // A new limit starts with a full bucket.
    m_slack->setRateLimit(5, 2);
    QCOMPARE(statusOfPost(m_slack->webhookUrl()), 200);
    QCOMPARE(statusOfPost(m_slack->webhookUrl()), 200);
    QCOMPARE(statusOfPost(m_slack->webhookUrl()), 429);
    m_slack->setRateLimit(0, 1);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(statusOfPost(m_slack->webhookUrl()), 200);
}

void tst_StandIn::honouringRetryAfterGetsThrough_data()
{
    QTest::addColumn<SlackStandIn::RetryAfterForm>("form");
    QTest::addRow("seconds") << SlackStandIn::RetryAfterForm::Seconds;
    QTest::addRow("HTTP date") << SlackStandIn::RetryAfterForm::HttpDate;
}

void tst_StandIn::honouringRetryAfterGetsThrough()
{
    QFETCH(SlackStandIn::RetryAfterForm, form);
    m_slack->setRetryAfterForm(form);
    m_slack->setRateLimit(1, 1);
    QCOMPARE(statusOfPost(m_slack->webhookUrl()), 200);
    std::unique_ptr<QNetworkReply> limited(post(m_slack->webhookUrl(), R"({"text":"x"})"));
    QVERIFY(finish(limited.get()));
    QCOMPARE(limited->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);

    // Wait as a client that honours the header would, and no longer.
    const QByteArray value = limited->rawHeader("Retry-After");
    const qint64 wait = form == SlackStandIn::RetryAfterForm::Seconds
            ? value.toLongLong() * 1000
            : QDateTime::currentDateTimeUtc().msecsTo(fromImfFixdate(value));
    QVERIFY2(wait > 0 && wait <= 2000, value.constData());
    QVERIFY(letTimePass(std::chrono::milliseconds(wait)));
    QCOMPARE(statusOfPost(m_slack->webhookUrl()), 200);

    const QList<ReceivedRequest> requests = m_slack->requests();
    QCOMPARE(requests.size(), 3);
    const qint64 gap = requests.at(1).receivedAt.msecsTo(requests.at(2).receivedAt);
    QVERIFY2(gap >= 1000, qPrintable(QString::number(gap)));
}

void tst_StandIn::receivedAtIsWhenTheRequestCompleted()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_slack->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = R"({"text":"late"})";
    socket.write("POST " + m_slack->webhookUrl().path().toUtf8()
                 + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                   "Content-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body.left(5));
    QVERIFY(socket.waitForBytesWritten(5000));
    // A gap that receivedAt must not include: it is taken when the last byte is in.
    QTest::qWait(300);
    QCOMPARE(m_slack->requestCount(), 0);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    socket.write(body.mid(5));
    QVERIFY(socket.waitForBytesWritten(5000));
    QVERIFY(m_slack->waitForRequests(1, 5s));
    const QDateTime after = QDateTime::currentDateTimeUtc();

    const ReceivedRequest request = m_slack->requests().constFirst();
    QCOMPARE(request.text(), QStringLiteral("late"));
    QCOMPARE(request.receivedAt.timeSpec(), Qt::UTC);
    // To the millisecond: a time cut to whole seconds would fall before 'before'.
    QVERIFY2(request.receivedAt >= before && request.receivedAt <= after,
             qPrintable(QString(request.receivedAt.toString(Qt::ISODateWithMs)
                                + QStringLiteral(" not in ") + before.toString(Qt::ISODateWithMs)
                                + QStringLiteral("..") + after.toString(Qt::ISODateWithMs))));
}

QTEST_GUILESS_MAIN(tst_StandIn)
#include "tst_standin.moc"
