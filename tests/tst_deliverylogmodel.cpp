#include "deliverylogmodel.h"

#include <QtTest/QTest>

using SlackLog::DeliveryResult;
using namespace std::chrono_literals;

// What the delivery log says about a post, in words a user can act on.
class tst_DeliveryLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowSaysWhatHappened_data();
    void rowSaysWhatHappened();
    void notSentSaysWhy();
};

void tst_DeliveryLogModel::rowSaysWhatHappened_data()
{
    QTest::addColumn<DeliveryResult>("result");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("attempt");
    QTest::addColumn<QString>("words");
    QTest::addColumn<DeliveryLogModel::Outcome>("outcome");

    DeliveryResult delivered;
    delivered.delivered = true;
    delivered.httpStatus = 200;
    delivered.slackAnswer = u"ok"_qs;
    delivered.messageCount = 3;
    delivered.latency = 1234ms;
    QTest::addRow("delivered") << delivered << u"200"_qs << u"first"_qs
                               << u"Delivered 3 message(s)"_qs
                               << DeliveryLogModel::Outcome::Delivered;

    DeliveryResult revoked;
    revoked.httpStatus = 404;
    revoked.slackAnswer = u"no_service"_qs;
    revoked.errorString = u"the webhook was revoked or does not exist (404 no_service)"_qs;
    QTest::addRow("revoked") << revoked << u"404"_qs << u"first"_qs
                             << u"the webhook was revoked or does not exist (404 no_service)"_qs
                             << DeliveryLogModel::Outcome::Failed;

    DeliveryResult limited;
    limited.httpStatus = 429;
    limited.slackAnswer = u"rate_limited"_qs;
    limited.errorString = u"Slack limits the rate (429, retry after 2 s)"_qs;
    limited.willRetry = true;
    limited.retryIn = 1500ms;
    limited.attempt = 2;
    QTest::addRow("retrying") << limited << u"429"_qs << u"retry 1"_qs
                              << u"Slack limits the rate (429, retry after 2 s); trying again in "
                                 u"2 s"_qs
                              << DeliveryLogModel::Outcome::Retrying;

    DeliveryResult refused;
    refused.errorString = u"127.0.0.1 refused the connection"_qs;
    QTest::addRow("no answer") << refused << u"no answer"_qs << u"first"_qs
                               << u"127.0.0.1 refused the connection"_qs
                               << DeliveryLogModel::Outcome::Failed;
}

void tst_DeliveryLogModel::rowSaysWhatHappened()
{
    QFETCH(DeliveryResult, result);
    QFETCH(QString, status);
    QFETCH(QString, attempt);
    QFETCH(QString, words);
    QFETCH(DeliveryLogModel::Outcome, outcome);
    result.destination = u"https://hooks.slack.com/services/T1/B2/****"_qs;
    result.finishedAt = QDateTime::currentDateTimeUtc();
    DeliveryLogModel model;
    model.addResult(result);
    QCOMPARE(model.rowCount(), 1);
    const auto cell = [&model](int column) {
        return model.data(model.index(0, column), Qt::DisplayRole).toString();
    };
    QCOMPARE(cell(DeliveryLogModel::Destination), result.destination);
    QCOMPARE(cell(DeliveryLogModel::Status), status);
    QCOMPARE(cell(DeliveryLogModel::Answer), result.slackAnswer);
    QCOMPARE(cell(DeliveryLogModel::Latency),
             QLocale().toString(qint64(result.latency.count())) + u" ms"_qs);
    QCOMPARE(cell(DeliveryLogModel::Attempt), attempt);
    QCOMPARE(cell(DeliveryLogModel::Result), words);
    QCOMPARE(cell(DeliveryLogModel::Time),
             result.finishedAt.toLocalTime().toString(u"HH:mm:ss"_qs));
    QCOMPARE(model.outcome(0), outcome);
}

void tst_DeliveryLogModel::notSentSaysWhy()
{
    DeliveryLogModel model;
    model.addNotSent(u"https://hooks.slack.com/services/T1/B2/****"_qs,
                     u"Not sent: the settings filter out debug messages"_qs);
    QCOMPARE(model.outcome(0), DeliveryLogModel::Outcome::NotSent);
    QCOMPARE(model.data(model.index(0, DeliveryLogModel::Result), Qt::DisplayRole).toString(),
             u"Not sent: the settings filter out debug messages"_qs);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_DeliveryLogModel)
#include "tst_deliverylogmodel.moc"
