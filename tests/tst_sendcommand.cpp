#include "commandline.h"
#include "sendcommand.h"
#include "settingssource.h"
#include "testsupport.h"

#include <QtCore/QProcess>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace SlackLog;
using SlackLog::Testing::SlackStandIn;
using namespace std::chrono_literals;

namespace {
const QString secret = QStringLiteral("XXXXXXXXXXXXXXXXXXXXXXXX");
}

class tst_SendCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    // The logic, without a process.
    void deliversToTheConfiguredWebhook_data();
    void deliversToTheConfiguredWebhook();
    void withoutAWebhookUsesTheBuiltInStandIn();
    void failuresAreExplainedInWords_data();
    void failuresAreExplainedInWords();
    void invalidSettingsSayWhy();
    void filteredMessagesAreNotSent();
    void flagsWinOverEnvironmentOverQSettings();

    // The program, as a user runs it.
    void programSendsAndExitsZero();
    void programWithNothingConfiguredUsesTheStandIn();
    void programUsesASettingsFile();
    void programChecksTheSettings_data();
    void programChecksTheSettings();
    void programPrintsTheSettingsWithoutSecrets();
    void commandLineModesNeedNoDisplay_data();
    void commandLineModesNeedNoDisplay();
    void programRefusesBadUsage_data();
    void programRefusesBadUsage();
    void programSpeaksTheUsersLanguage_data();
    void programSpeaksTheUsersLanguage();

private:
    int runCommand(const Settings &settings, Level level, const QString &text);
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run runProgram(const QStringList &arguments);

    std::unique_ptr<SlackStandIn> m_slack;
    QString m_out;
    QString m_err;
    QTemporaryDir m_home;
};

void tst_SendCommand::init()
{
    TestSupport::Recorder::install();
    m_slack = std::make_unique<SlackStandIn>();
    QVERIFY(m_slack->listen());
    m_out.clear();
    m_err.clear();
    qunsetenv("SLACKLOG_WEBHOOK_URL");
    qunsetenv("SLACKLOG_CHANNEL");
    qunsetenv("SLACKLOG_MIN_LEVEL");
}

void tst_SendCommand::cleanup()
{
    uninstall();
    TestSupport::Recorder::restore();
    m_slack.reset();
}

int tst_SendCommand::runCommand(const Settings &settings, Level level, const QString &text)
{
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    SendCommand command(out, err);
    QSignalSpy finished(&command, &SendCommand::finished);
    command.start(settings, level, text);
    if (!finished.wait(20000))
        return -1;
    return finished.constFirst().constFirst().toInt();
}

void tst_SendCommand::deliversToTheConfiguredWebhook_data()
{
    QTest::addColumn<MessageFormat>("format");
    QTest::addColumn<QString>("shown");
    // Attachments (the default) and blocks carry the message alone; Text the pattern's line.
    QTest::addRow("attachments") << MessageFormat::Attachments << u"hello from the tool"_qs;
    QTest::addRow("blocks") << MessageFormat::Blocks << u"hello from the tool"_qs;
    QTest::addRow("text") << MessageFormat::Text << u" - warning - hello from the tool"_qs;
}

void tst_SendCommand::deliversToTheConfiguredWebhook()
{
    QFETCH(MessageFormat, format);
    QFETCH(QString, shown);
    Settings settings;
    settings.setWebhookUrl(m_slack->webhookUrl());
    settings.setChannel(u"#ops"_qs);
    settings.setFormat(format);
    QCOMPARE(runCommand(settings, Level::Warning, u"hello from the tool"_qs), 0);
    QCOMPARE(m_slack->requestCount(), 1);
    const Testing::ReceivedRequest request = m_slack->requests().constFirst();
    const QStringList texts = request.displayedTexts();
    QCOMPARE(texts.size(), 1);
    if (format == MessageFormat::Text) {
        QVERIFY2(texts.constFirst().startsWith(u":warning: "), qPrintable(texts.constFirst()));
        QVERIFY2(texts.constFirst().endsWith(shown), qPrintable(texts.constFirst()));
    } else {
        QCOMPARE(texts.constFirst(), shown);
    }
    QCOMPARE(request.json().value(u"channel").toString(), u"#ops"_qs);
    QVERIFY2(m_out.contains(u"Delivered: HTTP 200 \"ok\""), qPrintable(m_out));
    QVERIFY2(m_out.contains(u"/services/T00000000/B00000000/****"), qPrintable(m_out));
    QVERIFY(!m_out.contains(secret));
    QVERIFY(!isInstalled());
}

void tst_SendCommand::withoutAWebhookUsesTheBuiltInStandIn()
{
    QCOMPARE(runCommand(Settings(), Level::Info, u"try me"_qs), 0);
    QVERIFY2(m_out.contains(u"built-in Slack stand-in"), qPrintable(m_out));
    QVERIFY2(m_out.contains(u"The stand-in received this payload:"), qPrintable(m_out));
    // The payload as it arrived: an attachment, the default format, with the message alone.
    QVERIFY2(m_out.contains(u"\"attachments\""), qPrintable(m_out));
    QVERIFY2(m_out.contains(u"\"text\": \"try me\""), qPrintable(m_out));
}

void tst_SendCommand::failuresAreExplainedInWords_data()
{
    QTest::addColumn<SlackStandIn::Mode>("mode");
    QTest::addColumn<QString>("words");
    QTest::addRow("revoked") << SlackStandIn::Mode::NotFound
                             << u"the webhook was revoked or does not exist (404 no_service)"_qs;
    QTest::addRow("server error") << SlackStandIn::Mode::ServerError
                                  << u"Slack had a server error (500 rollup_error)"_qs;
    QTest::addRow("rate limited")
            << SlackStandIn::Mode::RateLimited
            << u"Slack is rate limiting this webhook (429, retry after 1 s)"_qs;
}

void tst_SendCommand::failuresAreExplainedInWords()
{
    QFETCH(SlackStandIn::Mode, mode);
    QFETCH(QString, words);
    m_slack->setMode(mode);
    Settings settings;
    settings.setWebhookUrl(m_slack->webhookUrl());
    QCOMPARE(runCommand(settings, Level::Warning, u"x"_qs), 1);
    QVERIFY2(m_err.contains(u"Not delivered: " + words), qPrintable(m_err));
    QVERIFY(!m_err.contains(secret));
    QVERIFY(!m_out.contains(secret));
}

void tst_SendCommand::invalidSettingsSayWhy()
{
    Settings settings;
    settings.setWebhookUrl(QUrl(u"http://hooks.example.com/services/T1/B1/"_qs + secret));
    QCOMPARE(runCommand(settings, Level::Warning, u"x"_qs), 2);
    QVERIFY2(m_err.contains(u"\n  - The webhook URL must use https"), qPrintable(m_err));
    QVERIFY(!m_err.contains(secret));
    QCOMPARE(m_slack->requestCount(), 0);
}

void tst_SendCommand::filteredMessagesAreNotSent()
{
    Settings settings;
    settings.setWebhookUrl(m_slack->webhookUrl());
    settings.setMinimumLevel(Level::Critical);
    QCOMPARE(runCommand(settings, Level::Info, u"x"_qs), 1);
    QVERIFY2(m_err.contains(u"Not sent"), qPrintable(m_err));
    QVERIFY2(m_err.contains(u"critical"), qPrintable(m_err));
    QCOMPARE(m_slack->requestCount(), 0);
}

void tst_SendCommand::flagsWinOverEnvironmentOverQSettings()
{
    QTemporaryDir dir;
    QSettings stored(dir.filePath(u"app.ini"_qs), QSettings::IniFormat);
    Settings saved;
    saved.setWebhookUrl(QUrl(u"https://hooks.slack.com/services/T1/B1/stored"_qs));
    saved.setChannel(u"#stored"_qs);
    saved.setUsername(u"Stored"_qs);
    saved.setIconEmoji(u":floppy_disk:"_qs);
    saved.save(stored);

    qputenv("SLACKLOG_CHANNEL", "#environment");
    CommandLine commandLine;
    commandLine.username = u"Flag"_qs;
    commandLine.iconUrl = u"https://x.example/i.png"_qs;
    const Settings settings = resolveSettings(commandLine, stored);
    qunsetenv("SLACKLOG_CHANNEL");
    QCOMPARE(settings.webhookUrl(), saved.webhookUrl());
    QCOMPARE(settings.channel(), u"#environment"_qs);
    QCOMPARE(settings.username(), u"Flag"_qs);
    // One icon: the flag's URL replaces the stored emoji.
    QCOMPARE(settings.iconUrl(), QUrl(u"https://x.example/i.png"_qs));
    QCOMPARE(settings.iconEmoji(), QString());
}

tst_SendCommand::Run tst_SendCommand::runProgram(const QStringList &arguments)
{
    Run run;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Its own empty home, so that no saved settings of this machine's user leak in.
    environment.insert(u"HOME"_qs, m_home.path());
    environment.insert(u"XDG_CONFIG_HOME"_qs, m_home.filePath(u"config"_qs));
    environment.remove(u"SLACKLOG_WEBHOOK_URL"_qs);
    environment.insert(u"LANG"_qs, u"C"_qs);
    environment.insert(u"LC_ALL"_qs, u"C"_qs);
    for (const QString &name : arguments) {
        if (name.startsWith(u"ENV:-")) { // ENV:-NAME removes NAME
            environment.remove(name.mid(5));
        } else if (name.startsWith(u"ENV:")) {
            const QStringList pair = name.mid(4).split(u'=');
            environment.insert(pair.value(0), pair.mid(1).join(u'='));
        }
    }
    QStringList programArguments;
    for (const QString &argument : arguments) {
        if (!argument.startsWith(u"ENV:"))
            programArguments << argument;
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SLACKLOG_CONFIG), programArguments);
    QSignalSpy finished(&process, &QProcess::finished);
    if (!process.waitForStarted(10000) || !finished.wait(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void tst_SendCommand::programSendsAndExitsZero()
{
    const Run run = runProgram({u"ENV:SLACKLOG_WEBHOOK_URL="_qs + m_slack->webhookUrl().toString(),
                                u"--send"_qs, u"deployed build 42"_qs, u"--level"_qs, u"warning"_qs,
                                u"--channel"_qs, u"#deploys"_qs});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Delivered: HTTP 200 \"ok\""), qPrintable(run.out));
    QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));
    QCOMPARE(m_slack->requestCount(), 1);
    QCOMPARE(m_slack->requests().constFirst().json().value(u"channel").toString(), u"#deploys"_qs);
    QCOMPARE(m_slack->requests().constFirst().displayedTexts(),
             QStringList{u"deployed build 42"_qs});
}

void tst_SendCommand::programWithNothingConfiguredUsesTheStandIn()
{
    const Run run = runProgram({u"--send"_qs, u"hello, sandbox"_qs});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"built-in Slack stand-in"), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"hello, sandbox"), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"\"text\""), qPrintable(run.out));
}

void tst_SendCommand::programUsesASettingsFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"app.ini"_qs);
    {
        QSettings stored(file, QSettings::IniFormat);
        Settings saved;
        saved.setWebhookUrl(m_slack->webhookUrl());
        saved.setUsername(u"Saved Bot"_qs);
        saved.save(stored);
    }
    const Run run = runProgram({u"--settings-file"_qs, file, u"--send"_qs, u"from the file"_qs});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_slack->requestCount(), 1);
    QCOMPARE(m_slack->requests().constFirst().json().value(u"username").toString(),
             u"Saved Bot"_qs);
}

void tst_SendCommand::programChecksTheSettings_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::addRow("valid") << QStringList{u"--webhook"_qs,
                                          u"https://hooks.slack.com/services/T1/B1/"_qs + secret}
                           << 0 << u"The settings are valid."_qs;
    QTest::addRow("plain http webhook")
            << QStringList{u"ENV:SLACKLOG_WEBHOOK_URL=http://hooks.example.com/services/T/B/"_qs
                           + secret}
            << 1 << u"must use https"_qs;
    QTest::addRow("text budget out of range")
            << QStringList{u"ENV:SLACKLOG_TEXT_BUDGET=50000"_qs} << 1 << u"SLACKLOG_TEXT_BUDGET"_qs;
}

void tst_SendCommand::programChecksTheSettings()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const Run run = runProgram(arguments << u"--check"_qs);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.out.contains(says), qPrintable(run.out));
    QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));
    QCOMPARE(m_slack->requestCount(), 0); // checking sends nothing
}

void tst_SendCommand::commandLineModesNeedNoDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("--check") << QStringList{u"--check"_qs} << 1;
    QTest::addRow("--print-settings") << QStringList{u"--print-settings"_qs} << 0;
    QTest::addRow("--send") << QStringList{u"--send"_qs, u"x"_qs} << 0;
    QTest::addRow("--help") << QStringList{u"--help"_qs} << 0;
    QTest::addRow("--version") << QStringList{u"--version"_qs} << 0;
}

void tst_SendCommand::commandLineModesNeedNoDisplay()
{
    // On a server there is no display: a window's QApplication would abort there.
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run run = runProgram(QStringList{u"ENV:QT_QPA_PLATFORM=xcb"_qs, u"ENV:-DISPLAY"_qs,
                                           u"ENV:-WAYLAND_DISPLAY"_qs}
                               + arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"display"_qs), qPrintable(run.err));
}

void tst_SendCommand::programPrintsTheSettingsWithoutSecrets()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"app.ini"_qs);
    {
        QSettings stored(file, QSettings::IniFormat);
        Settings saved;
        saved.setWebhookUrl(QUrl(u"https://hooks.slack.com/services/T1/B1/"_qs + secret));
        saved.setChannel(u"#ops"_qs);
        saved.setProxy(QUrl(u"http://user:hunter2@proxy:3128"_qs));
        Route route;
        route.categoryPattern = u"db.*"_qs;
        route.destination.webhookUrl = QUrl(u"https://hooks.slack.com/services/T1/B2/"_qs + secret);
        saved.setRoutes({route});
        saved.save(stored);
    }
    const Run run = runProgram(
            {u"ENV:-SLACKLOG_SPOOL_DIR"_qs, u"--settings-file"_qs, file, u"--print-settings"_qs});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"channel = #ops"), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"webhookUrl = https://hooks.slack.com/services/T1/B1/****"),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"routes/1/webhookUrl = https://hooks.slack.com/services/T1/B2/****"),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"proxy = http://proxy:3128"), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"spoolMaxBytes = 67108864"), qPrintable(run.out)); // defaults too
    QVERIFY2(run.out.contains(u"spoolDirectory = (default"), qPrintable(run.out));
    QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));
    QVERIFY(!run.out.contains(u"hunter2"));
}

void tst_SendCommand::programRefusesBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::addRow("fatal level") << QStringList{u"--send"_qs, u"x"_qs, u"--level"_qs, u"fatal"_qs}
                                 << u"--level"_qs;
    QTest::addRow("unknown level")
            << QStringList{u"--send"_qs, u"x"_qs, u"--level"_qs, u"loud"_qs} << u"loud"_qs;
    QTest::addRow("missing settings file")
            << QStringList{u"--settings-file"_qs, u"/nonexistent/app.ini"_qs, u"--send"_qs, u"x"_qs}
            << u"does not exist"_qs;
    QTest::addRow("plain http webhook")
            << QStringList{u"--webhook"_qs, u"http://hooks.example.com/services/T/B/"_qs + secret,
                           u"--send"_qs, u"x"_qs}
            << u"must use https"_qs;
    QTest::addRow("unquoted message")
            << QStringList{u"--send"_qs, u"disk"_qs, u"full"_qs} << u"quotes"_qs;
}

void tst_SendCommand::programRefusesBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const Run run = runProgram(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QVERIFY(!run.err.contains(secret));
}

void tst_SendCommand::programSpeaksTheUsersLanguage_data()
{
    // A stray argument is an error the program reports before it does anything else.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::addRow("--lang de") << QStringList{u"--lang"_qs, u"de"_qs, u"--check"_qs, u"stray"_qs}
                               << u"Unerwartetes Argument"_qs;
    QTest::addRow("--lang zh_CN") << QStringList{u"--lang"_qs, u"zh_CN"_qs, u"--check"_qs,
                                                 u"stray"_qs}
                                  << u"意外的参数"_qs;
    QTest::addRow("--lang es") << QStringList{u"--lang"_qs, u"es"_qs, u"--check"_qs, u"stray"_qs}
                               << u"Argumento inesperado"_qs;
    QTest::addRow("German system locale")
            << QStringList{u"ENV:LC_ALL=de_DE.UTF-8"_qs, u"--check"_qs, u"stray"_qs}
            << u"Unerwartetes Argument"_qs;
    QTest::addRow("--lang wins over the locale")
            << QStringList{u"ENV:LC_ALL=de_DE.UTF-8"_qs, u"--lang"_qs, u"zh_CN"_qs, u"--check"_qs,
                           u"stray"_qs}
            << u"意外的参数"_qs;
    QTest::addRow("English needs no catalogue")
            << QStringList{u"--lang"_qs, u"en"_qs, u"--check"_qs, u"stray"_qs}
            << u"Unexpected argument"_qs;
}

void tst_SendCommand::programSpeaksTheUsersLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const Run run = runProgram(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(says), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_SendCommand)
#include "tst_sendcommand.moc"
