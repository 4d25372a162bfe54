#include "testsupport.h"

#include "blockingposter_p.h"
#include "deliveryoutcome_p.h"
#include "hostileserver.h"
#include "spool_p.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QSslServer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace SlackLog;
using namespace SlackLog::Internal;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(HostileServer::Behaviour)
Q_DECLARE_METATYPE(SlackLog::Internal::Answer::Failure)

// Servers that are broken or hostile, written here with plain sockets: an answer that never
// ends, one that trickles, one that is not HTTP, a 200 that is not Slack's. Nothing may hang,
// nothing may fill the memory, and nothing that may not have been posted counts as delivered.
class tst_Hostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    // The worker, while the application runs
    void anAnswerWithoutEndIsCutOff_data();
    void anAnswerWithoutEndIsCutOff();
    void aTrickleIsCutOffAtTheRequestTimeout();
    void brokenAnswersAreRetriedNotRejected_data();
    void brokenAnswersAreRetriedNotRejected();

    void anUntrustedCertificateIsRefused();

    // The blocking post of exit and qFatal
    void theBlockingPostReadsABoundedAnswer_data();
    void theBlockingPostReadsABoundedAnswer();

    // Processes of their own
    void exitAgainstAnAnswerWithoutEndLeavesNoThreadBehind();
    void qFatalAgainstAnAnswerWithoutEndKeepsTheMessage();

private:
    Settings settingsFor(const HostileServer &server) const;
    QProcessEnvironment helperEnvironment(const HostileServer &server) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    Statistics m_before;
};

namespace {

// What the process holds in memory now, in bytes.
qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

} // namespace

void tst_Hostile::init()
{
    TestSupport::Recorder::install();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_before = statistics();
}

void tst_Hostile::cleanup()
{
    uninstall();
    QVERIFY(TestSupport::ledgerBalances());
    TestSupport::Recorder::restore();
    m_dir.reset();
}

Settings tst_Hostile::settingsFor(const HostileServer &server) const
{
    Settings settings;
    settings.setWebhookUrl(server.webhookUrl());
    settings.setFormat(MessageFormat::Text);
    settings.setMessagePattern(QStringLiteral("%{message}"));
    settings.setSpoolDirectory(QString());
    settings.setShutdownTimeout(1s);
    return settings;
}

QProcessEnvironment tst_Hostile::helperEnvironment(const HostileServer &server) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SLACKLOG_WEBHOOK_URL"_qs, server.webhookUrl().toString());
    environment.insert(u"SLACKLOG_PATTERN"_qs, u"%{message}"_qs);
    environment.insert(u"SLACKLOG_FORMAT"_qs, u"text"_qs);
    environment.insert(u"SLACKLOG_EMOJI"_qs, QString());
    environment.insert(u"SLACKLOG_SPOOL_DIR"_qs, m_dir->path());
    environment.insert(u"SLACKLOG_SHUTDOWN_TIMEOUT_MS"_qs, u"3000"_qs);
    environment.remove(u"QT_LOGGING_RULES"_qs);
    environment.remove(u"QT_FATAL_WARNINGS"_qs);
    return environment;
}

void tst_Hostile::anAnswerWithoutEndIsCutOff_data()
{
    QTest::addColumn<HostileServer::Behaviour>("behaviour");
    QTest::addRow("chunks without end") << HostileServer::Behaviour::EndlessChunkedOk;
    QTest::addRow("a body of 100 MB") << HostileServer::Behaviour::HugeBodyOk;
}

void tst_Hostile::anAnswerWithoutEndIsCutOff()
{
    QFETCH(HostileServer::Behaviour, behaviour);
    HostileServer server(behaviour);
    QVERIFY(server.listen());
    DeliveryMonitor monitor;
    QSignalSpy results(&monitor, &DeliveryMonitor::deliveryFinished);
    QVERIFY(results.isValid());
    const qint64 residentBefore = residentBytes();
    QVERIFY(install(settingsFor(server)));
    qWarning("to a server that never stops answering");
    QVERIFY(results.wait(20000));
    const auto result = results.constFirst().constFirst().value<DeliveryResult>();
    QVERIFY(!result.delivered);
    QVERIFY2(result.errorString.contains(u"more than 65536 bytes"), qPrintable(result.errorString));
    QVERIFY(result.willRetry);
    // Unbounded, this took gigabytes: the answer is read up to 64 KiB, then cut off.
    const qint64 grown = residentBytes() - residentBefore;
    QVERIFY2(grown < 64 * 1024 * 1024, QByteArray::number(grown));
    uninstall();
    QVERIFY2(server.mostBytesSent() < 64 * 1024 * 1024, QByteArray::number(server.mostBytesSent()));
    const Statistics s = TestSupport::since(m_before);
    QCOMPARE(s.delivered, 0u);
    QCOMPARE(s.rejected, 0u);
}

void tst_Hostile::aTrickleIsCutOffAtTheRequestTimeout()
{
    // One byte every 200 ms: each gap is far shorter than the timeout, the whole is 20 s.
    HostileServer server(HostileServer::Behaviour::TrickleOk);
    QVERIFY(server.listen());
    DeliveryMonitor monitor;
    QSignalSpy results(&monitor, &DeliveryMonitor::deliveryFinished);
    QVERIFY(results.isValid());
    Settings settings = settingsFor(server);
    settings.setRequestTimeout(1s);
    QVERIFY(install(settings));
    QElapsedTimer clock;
    clock.start();
    qWarning("to a server that trickles");
    QVERIFY(results.wait(20000));
    // About 1 s; the trickle would take 20.
    QVERIFY2(clock.elapsed() < 10000, QByteArray::number(clock.elapsed()));
    const auto result = results.constFirst().constFirst().value<DeliveryResult>();
    QVERIFY2(result.errorString.contains(u"did not answer within 1000 ms"),
             qPrintable(result.errorString));
    QVERIFY(result.willRetry);
}

void tst_Hostile::brokenAnswersAreRetriedNotRejected_data()
{
    QTest::addColumn<HostileServer::Behaviour>("behaviour");
    QTest::addColumn<QString>("words");
    QTest::addRow("a status line without a code")
            << HostileServer::Behaviour::NoStatusCode << u"not HTTP"_qs;
    QTest::addRow("200 with a proxy's page")
            << HostileServer::Behaviour::HtmlOk << u"instead of \"ok\""_qs;
    QTest::addRow("200 invalid_token")
            << HostileServer::Behaviour::InvalidTokenOk << u"200 \"invalid_token\" instead"_qs;
}

void tst_Hostile::brokenAnswersAreRetriedNotRejected()
{
    QFETCH(HostileServer::Behaviour, behaviour);
    QFETCH(QString, words);
    HostileServer server(behaviour);
    QVERIFY(server.listen());
    DeliveryMonitor monitor;
    QSignalSpy results(&monitor, &DeliveryMonitor::deliveryFinished);
    QVERIFY(results.isValid());
    QVERIFY(install(settingsFor(server)));
    qWarning("to a server that is not Slack");
    QVERIFY(results.wait(20000));
    const auto result = results.constFirst().constFirst().value<DeliveryResult>();
    QVERIFY(!result.delivered);
    QVERIFY2(result.errorString.contains(words), qPrintable(result.errorString));
    QVERIFY(result.willRetry);
    const Statistics s = TestSupport::since(m_before);
    QCOMPARE(s.delivered, 0u);
    QCOMPARE(s.rejected, 0u);
    // Reported in words, as every failure is.
    QTRY_VERIFY_WITH_TIMEOUT(!TestSupport::Recorder::texts("slacklog").filter(words).isEmpty(),
                             5000);
}

void tst_Hostile::anUntrustedCertificateIsRefused()
{
    // A server with a certificate of its own making: the post must fail, and send nothing.
    const QString key = m_dir->filePath(u"key.pem"_qs);
    const QString certificate = m_dir->filePath(u"certificate.pem"_qs);
    QProcess openssl;
    openssl.start(u"openssl"_qs,
                  {u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"rsa:2048"_qs, u"-nodes"_qs, u"-days"_qs,
                   u"1"_qs, u"-subj"_qs, u"/CN=127.0.0.1"_qs, u"-keyout"_qs, key, u"-out"_qs,
                   certificate});
    QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0,
             openssl.readAllStandardError().constData());
    QFile keyFile(key);
    QFile certificateFile(certificate);
    QVERIFY(keyFile.open(QIODevice::ReadOnly) && certificateFile.open(QIODevice::ReadOnly));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    configuration.setLocalCertificate(QSslCertificate(certificateFile.readAll()));
    QSslServer server;
    server.setSslConfiguration(configuration);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int requests = 0;
    connect(&server, &QSslServer::pendingConnectionAvailable, &server, [&server, &requests] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&requests] { ++requests; });
    });

    DeliveryMonitor monitor;
    QSignalSpy results(&monitor, &DeliveryMonitor::deliveryFinished);
    QVERIFY(results.isValid());
    Settings settings;
    settings.setWebhookUrl(
            QUrl(u"https://127.0.0.1:%1/services/T0TLS/B0TLS/tlstlstlstlstlstls1"_qs.arg(
                    server.serverPort())));
    settings.setSpoolDirectory(QString());
    QVERIFY(install(settings));
    qWarning("to a server Slack would never be");
    QVERIFY(results.wait(20000));
    const auto result = results.constFirst().constFirst().value<DeliveryResult>();
    QVERIFY(!result.delivered);
    QVERIFY2(result.errorString.contains(u"TLS connection to 127.0.0.1 failed"),
             qPrintable(result.errorString));
    QCOMPARE(requests, 0);
}

void tst_Hostile::theBlockingPostReadsABoundedAnswer_data()
{
    QTest::addColumn<HostileServer::Behaviour>("behaviour");
    QTest::addColumn<Answer::Failure>("failure");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    const auto retry = int(AnswerKind::Retryable);
    QTest::addRow("chunks without end") << HostileServer::Behaviour::EndlessChunkedOk
                                        << Answer::Failure::TooLong << 200 << retry;
    QTest::addRow("a body of 100 MB")
            << HostileServer::Behaviour::HugeBodyOk << Answer::Failure::TooLong << 200 << retry;
    QTest::addRow("a trickle") << HostileServer::Behaviour::TrickleOk << Answer::Failure::Timeout
                               << 0 << retry;
    QTest::addRow("no status code")
            << HostileServer::Behaviour::NoStatusCode << Answer::Failure::Malformed << 0 << retry;
    QTest::addRow("200 with a proxy's page")
            << HostileServer::Behaviour::HtmlOk << Answer::Failure::None << 200 << retry;
    QTest::addRow("200 invalid_token")
            << HostileServer::Behaviour::InvalidTokenOk << Answer::Failure::None << 200 << retry;
}

void tst_Hostile::theBlockingPostReadsABoundedAnswer()
{
    QFETCH(HostileServer::Behaviour, behaviour);
    QFETCH(Answer::Failure, failure);
    QFETCH(int, status);
    QFETCH(int, kind);
    HostileServer server(behaviour);
    QVERIFY(server.listen());
    const qint64 residentBefore = residentBytes();
    QElapsedTimer clock;
    clock.start();
    const Answer answer = postBlocking(server.webhookUrl(), R"({"text":"x"})",
                                       QDeadlineTimer(std::chrono::milliseconds(1500)));
    QVERIFY2(clock.elapsed() < 10000, QByteArray::number(clock.elapsed()));
    QCOMPARE(answer.failure, failure);
    if (failure != Answer::Failure::Timeout)
        QCOMPARE(answer.httpStatus, status);
    QVERIFY(answer.body.size() <= maxAnswerBytes);
    QCOMPARE(int(classify(answer, ServerKind::Slack)), kind);
    const qint64 grown = residentBytes() - residentBefore;
    QVERIFY2(grown < 64 * 1024 * 1024, QByteArray::number(grown));
}

void tst_Hostile::exitAgainstAnAnswerWithoutEndLeavesNoThreadBehind()
{
    HostileServer server(HostileServer::Behaviour::EndlessChunkedOk);
    QVERIFY(server.listen());
    QProcessEnvironment environment = helperEnvironment(server);
    environment.insert(u"SLACKLOG_SPOOL_DIR"_qs, QString());
    QProcess app;
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(LOGGING_APP), {u"return"_qs, u"1"_qs});
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    const QByteArray errors = app.readAllStandardError();
    QVERIFY2(!errors.contains("left behind"), errors.constData());
    QVERIFY2(errors.contains("more than 65536 bytes"), errors.constData());
}

void tst_Hostile::qFatalAgainstAnAnswerWithoutEndKeepsTheMessage()
{
    HostileServer server(HostileServer::Behaviour::EndlessChunkedOk);
    QVERIFY(server.listen());
    QProcess dying;
    dying.setProcessEnvironment(helperEnvironment(server));
    dying.start(QStringLiteral(LOGGING_APP), {u"fatal"_qs, u"0"_qs});
    QVERIFY(dying.waitForFinished(30000));
    QCOMPARE(dying.exitStatus(), QProcess::CrashExit);
    const QByteArray errors = dying.readAllStandardError();
    QVERIFY2(errors.contains("more than 65536 bytes"), errors.constData());
    // As for a dead server: kept for the next run, not lost.
    QCOMPARE(Spool::undeliveredIn(m_dir->path()), 1u);
}

QTEST_GUILESS_MAIN(tst_Hostile)
#include "tst_hostile.moc"
