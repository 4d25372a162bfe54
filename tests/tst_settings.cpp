#include <SlackLog/Settings>

#include <QtCore/QDir>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <functional>

using namespace SlackLog;
using namespace std::chrono_literals;

using SettingsCheck = std::function<bool(const Settings &)>;
Q_DECLARE_METATYPE(SettingsCheck)

namespace {
const char *const variables[] = {
        "SLACKLOG_WEBHOOK_URL",
        "SLACKLOG_CHANNEL",
        "SLACKLOG_USERNAME",
        "SLACKLOG_ICON_EMOJI",
        "SLACKLOG_ICON_URL",
        "SLACKLOG_MIN_LEVEL",
        "SLACKLOG_CATEGORIES",
        "SLACKLOG_PATTERN",
        "SLACKLOG_SHUTDOWN_TIMEOUT_MS",
        "SLACKLOG_REQUEST_TIMEOUT_MS",
        "SLACKLOG_QUEUE_MAX_MESSAGES",
        "SLACKLOG_MENTIONS",
        "SLACKLOG_ALLOW_MENTIONS",
        "SLACKLOG_ROUTES",
        "SLACKLOG_QUEUE_MAX_BYTES",
        "SLACKLOG_OVERFLOW",
        "SLACKLOG_RATE",
        "SLACKLOG_BURST",
        "SLACKLOG_TEXT_BUDGET",
        "SLACKLOG_MESSAGE_MAX",
        "SLACKLOG_RETRY_MAX_MS",
        "SLACKLOG_REPEAT_WINDOW_MS",
        "SLACKLOG_PROXY",
        "SLACKLOG_SPOOL_DIR",
        "SLACKLOG_SPOOL_MAX_BYTES",
        "SLACKLOG_KIND",
        "SLACKLOG_FORMAT",
        "SLACKLOG_FIELDS",
        "SLACKLOG_EMOJI",
};
const QUrl
        webhook(QStringLiteral("https://hooks.slack.com/services/T0001/B0001/s3cr3tS3cr3tS3cr3t"));
const QString secret = QStringLiteral("s3cr3tS3cr3tS3cr3t");

Settings settingsWithWebhook()
{
    Settings settings;
    settings.setWebhookUrl(webhook);
    return settings;
}
} // namespace

class tst_Settings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { init(); }
    void defaults();
    void fromEnvironment_data();
    void fromEnvironment();
    void unsetVariablesKeepTheBase();
    void badEnvironmentIsReported_data();
    void badEnvironmentIsReported();
    void roundTripThroughQSettings();
    void savingReplacesOldRoutesAndMentions();
    void badQSettingsValuesAreReported();
    void handWrittenListsAreRead();
    void validation_data();
    void validation();
    void validWebhooks_data();
    void validWebhooks();
    void accepts_data();
    void accepts();
    void copiesAreIndependent();
};

void tst_Settings::init()
{
    for (const char *name : variables)
        qunsetenv(name);
}

void tst_Settings::defaults()
{
    const Settings settings;
    QCOMPARE(settings.webhookUrl(), QUrl());
    // The spool is on by default, in the application's data directory.
    const QString dataDirectory =
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QCOMPARE(settings.spoolDirectory(), QDir(dataDirectory).filePath(u"slacklog-spool"_qs));
    QCOMPARE(settings.spoolMaxBytes(), 64 * 1024 * 1024);
    QCOMPARE(settings.minimumLevel(), Level::Debug);
    QCOMPARE(settings.messagePattern(),
             QStringLiteral("%{time yyyy-MM-dd hh:mm:ss} - %{type} - %{message}"));
    QCOMPARE(settings.shutdownTimeout(), 5000ms);
    QCOMPARE(settings.requestTimeout(), 30000ms);
    QCOMPARE(settings.queueCapacity(), 10000);
    QCOMPARE(settings.categoryRules(), QString());
    QVERIFY(!settings.mentionsInMessagesAllowed());
    for (int level = 0; level <= int(Level::Fatal); ++level)
        QCOMPARE(settings.mention(Level(level)), QString());
    QVERIFY(settings.routes().isEmpty());
    QCOMPARE(settings.serverKind(), ServerKind::Slack);
    QCOMPARE(settings.format(), MessageFormat::Attachments);
    QCOMPARE(settings.fields(),
             MessageField::Application | MessageField::Host | MessageField::Process
                     | MessageField::Location);
    QCOMPARE(settings.emoji(Level::Info), QString());
    QCOMPARE(settings.emoji(Level::Warning), u":warning:"_qs);
    QCOMPARE(settings.emoji(Level::Critical), u":rotating_light:"_qs);
    QCOMPARE(settings.emoji(Level::Fatal), u":rotating_light:"_qs);
    // Without a webhook there is nothing to post to, and validation says how to give one.
    const QStringList problems = settings.validate();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(u"SLACKLOG_WEBHOOK_URL"),
             qPrintable(problems.constFirst()));
}

void tst_Settings::fromEnvironment_data()
{
    QTest::addColumn<QByteArray>("variable");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<SettingsCheck>("check");
    QTest::addRow("webhook") << QByteArray("SLACKLOG_WEBHOOK_URL") << webhook.toEncoded()
                             << SettingsCheck([](const Settings &s) {
                                    return s.webhookUrl() == webhook;
                                });
    QTest::addRow("channel") << QByteArray("SLACKLOG_CHANNEL") << QByteArray("#ops")
                             << SettingsCheck(
                                        [](const Settings &s) { return s.channel() == u"#ops"; });
    QTest::addRow("username") << QByteArray("SLACKLOG_USERNAME") << QByteArray("Build Bot")
                              << SettingsCheck([](const Settings &s) {
                                     return s.username() == u"Build Bot";
                                 });
    QTest::addRow("icon emoji") << QByteArray("SLACKLOG_ICON_EMOJI") << QByteArray(":ghost:")
                                << SettingsCheck([](const Settings &s) {
                                       return s.iconEmoji() == u":ghost:";
                                   });
    QTest::addRow("icon url") << QByteArray("SLACKLOG_ICON_URL")
                              << QByteArray("https://x.example/i.png")
                              << SettingsCheck([](const Settings &s) {
                                     return s.iconUrl()
                                             == QUrl(QStringLiteral("https://x.example/i.png"));
                                 });
    QTest::addRow("min level") << QByteArray("SLACKLOG_MIN_LEVEL") << QByteArray("Critical")
                               << SettingsCheck([](const Settings &s) {
                                      return s.minimumLevel() == Level::Critical;
                                  });
    QTest::addRow("categories") << QByteArray("SLACKLOG_CATEGORIES")
                                << QByteArray("qt.*=false;app.debug=false")
                                << SettingsCheck([](const Settings &s) {
                                       return s.categoryRules() == u"qt.*=false;app.debug=false";
                                   });
    QTest::addRow("pattern") << QByteArray("SLACKLOG_PATTERN") << QByteArray("%{type}: %{message}")
                             << SettingsCheck([](const Settings &s) {
                                    return s.messagePattern() == u"%{type}: %{message}";
                                });
    QTest::addRow("shutdown timeout")
            << QByteArray("SLACKLOG_SHUTDOWN_TIMEOUT_MS") << QByteArray("1500")
            << SettingsCheck([](const Settings &s) { return s.shutdownTimeout() == 1500ms; });
    QTest::addRow("request timeout")
            << QByteArray("SLACKLOG_REQUEST_TIMEOUT_MS") << QByteArray("2500")
            << SettingsCheck([](const Settings &s) { return s.requestTimeout() == 2500ms; });
    QTest::addRow("queue capacity")
            << QByteArray("SLACKLOG_QUEUE_MAX_MESSAGES") << QByteArray("77")
            << SettingsCheck([](const Settings &s) { return s.queueCapacity() == 77; });
    QTest::addRow("queue bytes") << QByteArray("SLACKLOG_QUEUE_MAX_BYTES") << QByteArray("1048576")
                                 << SettingsCheck([](const Settings &s) {
                                        return s.queueCapacityBytes() == 1048576;
                                    });
    QTest::addRow("overflow") << QByteArray("SLACKLOG_OVERFLOW") << QByteArray("drop-newest")
                              << SettingsCheck([](const Settings &s) {
                                     return s.overflowPolicy()
                                             == Settings::OverflowPolicy::DropNewest;
                                 });
    QTest::addRow("rate") << QByteArray("SLACKLOG_RATE") << QByteArray("0.5")
                          << SettingsCheck(
                                     [](const Settings &s) { return s.postsPerSecond() == 0.5; });
    QTest::addRow("burst") << QByteArray("SLACKLOG_BURST") << QByteArray("5")
                           << SettingsCheck([](const Settings &s) { return s.burst() == 5; });
    QTest::addRow("text budget") << QByteArray("SLACKLOG_TEXT_BUDGET") << QByteArray("12000")
                                 << SettingsCheck([](const Settings &s) {
                                        return s.textBudget() == 12000;
                                    });
    QTest::addRow("message max") << QByteArray("SLACKLOG_MESSAGE_MAX") << QByteArray("50000")
                                 << SettingsCheck([](const Settings &s) {
                                        return s.messageMax() == 50000;
                                    });
    QTest::addRow("retry max") << QByteArray("SLACKLOG_RETRY_MAX_MS") << QByteArray("60000")
                               << SettingsCheck([](const Settings &s) {
                                      return s.maxRetryTime() == 60000ms;
                                  });
    QTest::addRow("repeat window")
            << QByteArray("SLACKLOG_REPEAT_WINDOW_MS") << QByteArray("0")
            << SettingsCheck([](const Settings &s) { return s.repeatWindow() == 0ms; });
    QTest::addRow("spool directory")
            << QByteArray("SLACKLOG_SPOOL_DIR") << QByteArray("/var/spool/app")
            << SettingsCheck(
                       [](const Settings &s) { return s.spoolDirectory() == u"/var/spool/app"; });
    QTest::addRow("kind") << QByteArray("SLACKLOG_KIND") << QByteArray("Discord")
                          << SettingsCheck([](const Settings &s) {
                                 return s.serverKind() == ServerKind::Discord;
                             });
    QTest::addRow("format") << QByteArray("SLACKLOG_FORMAT") << QByteArray("blocks")
                            << SettingsCheck([](const Settings &s) {
                                   return s.format() == MessageFormat::Blocks;
                               });
    QTest::addRow("fields") << QByteArray("SLACKLOG_FIELDS")
                            << QByteArray(" thread, FILE ,function,location")
                            << SettingsCheck([](const Settings &s) {
                                   return s.fields()
                                           == (MessageField::Thread | MessageField::Location
                                               | MessageField::Function);
                               });
    QTest::addRow("no fields") << QByteArray("SLACKLOG_FIELDS") << QByteArray("")
                               << SettingsCheck([](const Settings &s) {
                                      return s.fields() == MessageFields();
                                  });
    QTest::addRow("emoji") << QByteArray("SLACKLOG_EMOJI")
                           << QByteArray("info=information_source, fatal=:skull:")
                           << SettingsCheck([](const Settings &s) {
                                  // The levels not named get none.
                                  return s.emoji(Level::Info) == u"information_source"
                                          && s.emoji(Level::Fatal) == u":skull:"
                                          && s.emoji(Level::Warning).isEmpty()
                                          && s.emoji(Level::Critical).isEmpty();
                              });
    QTest::addRow("spool off") << QByteArray("SLACKLOG_SPOOL_DIR") << QByteArray("")
                               << SettingsCheck([](const Settings &s) {
                                      return s.spoolDirectory().isEmpty();
                                  });
    QTest::addRow("spool cap") << QByteArray("SLACKLOG_SPOOL_MAX_BYTES") << QByteArray("1048576")
                               << SettingsCheck([](const Settings &s) {
                                      return s.spoolMaxBytes() == 1048576;
                                  });
    QTest::addRow("proxy") << QByteArray("SLACKLOG_PROXY") << QByteArray("http://proxy:3128")
                           << SettingsCheck([](const Settings &s) {
                                  return s.proxy() == QUrl(u"http://proxy:3128"_qs);
                              });
    QTest::addRow("mentions") << QByteArray("SLACKLOG_MENTIONS")
                              << QByteArray("critical=@here, fatal=@channel")
                              << SettingsCheck([](const Settings &s) {
                                     return s.mention(Level::Critical) == u"@here"
                                             && s.mention(Level::Fatal) == u"@channel"
                                             && s.mention(Level::Warning).isEmpty();
                                 });
    QTest::addRow("allow mentions")
            << QByteArray("SLACKLOG_ALLOW_MENTIONS") << QByteArray("yes")
            << SettingsCheck([](const Settings &s) { return s.mentionsInMessagesAllowed(); });
    QTest::addRow("routes")
            << QByteArray("SLACKLOG_ROUTES")
            << QByteArray(
                       R"([{"category": "db.*", "channel": "#db", "webhookUrl": "https://hooks.slack.com/services/T1/B2/x"}])")
            << SettingsCheck([](const Settings &s) {
                   return s.routes().size() == 1
                           && s.routes().constFirst().categoryPattern == u"db.*"
                           && s.routes().constFirst().destination.channel == u"#db"
                           && s.routes().constFirst().destination.webhookUrl.path()
                           == u"/services/T1/B2/x";
               });
}

void tst_Settings::fromEnvironment()
{
    QFETCH(QByteArray, variable);
    QFETCH(QByteArray, value);
    QFETCH(SettingsCheck, check);
    QVERIFY(!check(Settings::fromEnvironment()));
    qputenv(variable.constData(), value);
    const Settings settings = Settings::fromEnvironment();
    QVERIFY(check(settings));
}

void tst_Settings::unsetVariablesKeepTheBase()
{
    Settings base = settingsWithWebhook();
    base.setChannel(QStringLiteral("#base"));
    base.setMinimumLevel(Level::Warning);
    qputenv("SLACKLOG_CHANNEL", "#env");
    const Settings settings = Settings::fromEnvironment(base);
    QCOMPARE(settings.channel(), QStringLiteral("#env"));
    QCOMPARE(settings.minimumLevel(), Level::Warning);
    QCOMPARE(settings.webhookUrl(), webhook);
}

void tst_Settings::badEnvironmentIsReported_data()
{
    QTest::addColumn<QByteArray>("variable");
    QTest::addColumn<QByteArray>("value");
    QTest::addRow("level") << QByteArray("SLACKLOG_MIN_LEVEL") << QByteArray("verbose");
    QTest::addRow("timeout") << QByteArray("SLACKLOG_SHUTDOWN_TIMEOUT_MS") << QByteArray("5s");
    QTest::addRow("negative timeout")
            << QByteArray("SLACKLOG_SHUTDOWN_TIMEOUT_MS") << QByteArray("-1");
    QTest::addRow("request timeout")
            << QByteArray("SLACKLOG_REQUEST_TIMEOUT_MS") << QByteArray("0");
    QTest::addRow("capacity") << QByteArray("SLACKLOG_QUEUE_MAX_MESSAGES") << QByteArray("0");
    QTest::addRow("byte cap") << QByteArray("SLACKLOG_QUEUE_MAX_BYTES") << QByteArray("100");
    QTest::addRow("overflow") << QByteArray("SLACKLOG_OVERFLOW") << QByteArray("drop-all");
    QTest::addRow("rate") << QByteArray("SLACKLOG_RATE") << QByteArray("fast");
    QTest::addRow("zero rate") << QByteArray("SLACKLOG_RATE") << QByteArray("0");
    QTest::addRow("burst") << QByteArray("SLACKLOG_BURST") << QByteArray("0");
    QTest::addRow("budget over Slack's limit")
            << QByteArray("SLACKLOG_TEXT_BUDGET") << QByteArray("40001");
    QTest::addRow("retry max") << QByteArray("SLACKLOG_RETRY_MAX_MS") << QByteArray("-5");
    QTest::addRow("spool cap") << QByteArray("SLACKLOG_SPOOL_MAX_BYTES") << QByteArray("1000");
    QTest::addRow("proxy") << QByteArray("SLACKLOG_PROXY") << QByteArray("ftp://proxy");
    QTest::addRow("proxy with a password")
            << QByteArray("SLACKLOG_PROXY") << QByteArray("ftp://user:hunter2@proxy");
    QTest::addRow("allow mentions") << QByteArray("SLACKLOG_ALLOW_MENTIONS") << QByteArray("maybe");
    QTest::addRow("mentions") << QByteArray("SLACKLOG_MENTIONS") << QByteArray("loud=@here");
    QTest::addRow("routes") << QByteArray("SLACKLOG_ROUTES") << QByteArray("db.*=#db");
    QTest::addRow("kind") << QByteArray("SLACKLOG_KIND") << QByteArray("teams");
    QTest::addRow("format") << QByteArray("SLACKLOG_FORMAT") << QByteArray("html");
    QTest::addRow("fields") << QByteArray("SLACKLOG_FIELDS") << QByteArray("host,colour");
    QTest::addRow("emoji") << QByteArray("SLACKLOG_EMOJI") << QByteArray("warning");
    QTest::addRow("route kind")
            << QByteArray("SLACKLOG_ROUTES")
            << QByteArray(R"([{"category": "db.*", "channel": "#db", "kind": "teams"}])");
    // Every duration has a ceiling: 2^31 ms would make exit wait for ever while Slack is down.
    QTest::addRow("shutdown timeout past its maximum")
            << QByteArray("SLACKLOG_SHUTDOWN_TIMEOUT_MS") << QByteArray("2147483648");
    QTest::addRow("request timeout past its maximum")
            << QByteArray("SLACKLOG_REQUEST_TIMEOUT_MS") << QByteArray("600001");
    QTest::addRow("retry time past its maximum")
            << QByteArray("SLACKLOG_RETRY_MAX_MS") << QByteArray("604800001");
    QTest::addRow("repeat window past its maximum")
            << QByteArray("SLACKLOG_REPEAT_WINDOW_MS") << QByteArray("86400001");
    // A secret pasted into the wrong variable is not printed with the error.
    QTest::addRow("a webhook URL as the retry time")
            << QByteArray("SLACKLOG_RETRY_MAX_MS")
            << QByteArray("https://hooks.slack.com/services/T0001/B0001/abcdefghijklmnopqrstuvwx");
    QTest::addRow("a webhook URL as the mentions")
            << QByteArray("SLACKLOG_MENTIONS")
            << QByteArray("https://hooks.slack.com/services/T0001/B0001/abcdefghijklmnopqrstuvwx");
    QTest::addRow("a bot token as the level")
            << QByteArray("SLACKLOG_MIN_LEVEL") << QByteArray("xoxb-1234-5678-AbCdEfGhIjKlMnOp");
}

void tst_Settings::badEnvironmentIsReported()
{
    QFETCH(QByteArray, variable);
    QFETCH(QByteArray, value);
    qputenv("SLACKLOG_WEBHOOK_URL", webhook.toEncoded());
    qputenv(variable.constData(), value);
    const QStringList problems = Settings::fromEnvironment().validate();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(QString::fromLatin1(variable)),
             qPrintable(problems.constFirst()));
    // Routes can hold webhook URLs, so their value is never quoted back; nor a proxy password,
    // nor anything that looks like a secret.
    const bool hasSecret = value.contains("hunter2") || value.contains("abcdefghijklmnopqrstuvwx")
            || value.contains("AbCdEfGhIjKlMnOp");
    const bool quotesValue = variable != "SLACKLOG_ROUTES" && !hasSecret;
    QVERIFY2(problems.constFirst().contains(QString::fromUtf8(value)) == quotesValue,
             qPrintable(problems.constFirst()));
    for (const char *secretPart : {"hunter2", "abcdefghijklmnopqrstuvwx", "AbCdEfGhIjKlMnOp"})
        QVERIFY2(!problems.constFirst().contains(QLatin1String(secretPart)),
                 qPrintable(problems.constFirst()));
}

static Settings everythingSet()
{
    Settings settings = settingsWithWebhook();
    settings.setChannel(QStringLiteral("#ops"));
    settings.setUsername(QStringLiteral("Build Bot"));
    settings.setIconEmoji(QStringLiteral(":robot_face:"));
    settings.setMinimumLevel(Level::Info);
    settings.setCategoryRules(QStringLiteral("qt.*=false\napp.db.debug=false"));
    settings.setMessagePattern(QStringLiteral("%{type} %{category}: %{message}"));
    settings.setShutdownTimeout(1234ms);
    settings.setRequestTimeout(4321ms);
    settings.setQueueCapacity(555);
    settings.setQueueCapacityBytes(1 << 20);
    settings.setOverflowPolicy(Settings::OverflowPolicy::DropNewest);
    settings.setPostsPerSecond(0.25);
    settings.setBurst(7);
    settings.setTextBudget(12345);
    settings.setMessageMax(54321);
    settings.setMaxRetryTime(99s);
    settings.setRepeatWindow(0ms);
    settings.setProxy(QUrl(QStringLiteral("socks5://proxy.example:1080")));
    settings.setMention(Level::Critical, QStringLiteral("@here"));
    settings.setMention(Level::Fatal, QStringLiteral("@channel <@U012AB3CD>"));
    settings.setMentionsInMessagesAllowed(true);
    settings.setServerKind(ServerKind::Mattermost);
    settings.setFormat(MessageFormat::Text);
    settings.setFields(MessageField::Thread | MessageField::Function);
    settings.setEmoji(Level::Warning, QString());
    settings.setEmoji(Level::Info, QStringLiteral(":information_source:"));
    settings.setRoutes({
            {QStringLiteral("db.*"),
             {QUrl(QStringLiteral("https://hooks.slack.com/services/T1/B2/abc")),
              QStringLiteral("#db"), QString(), QString(), QUrl(), ServerKind::Discord}},
            {QStringLiteral("*.audit"),
             {QUrl(), QString(), QStringLiteral("Auditor"), QString(),
              QUrl(QStringLiteral("https://x.example/a.png"))}},
    });
    return settings;
}

void tst_Settings::handWrittenListsAreRead()
{
    // QSettings reads an unquoted value with commas as a list, as a person may write one.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("app.ini"));
    QFile ini(file);
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[SlackLog]\nfields=app,host,thread\nformat=blocks\n");
    ini.close();
    QSettings qsettings(file, QSettings::IniFormat);
    const Settings loaded = Settings::load(qsettings);
    QCOMPARE(loaded.fields(),
             MessageField::Application | MessageField::Host | MessageField::Thread);
    QCOMPARE(loaded.format(), MessageFormat::Blocks);
}

void tst_Settings::roundTripThroughQSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("app.ini"));
    const Settings original = everythingSet();
    QVERIFY(original.isValid());
    {
        QSettings qsettings(file, QSettings::IniFormat);
        original.save(qsettings);
    }
    QSettings qsettings(file, QSettings::IniFormat);
    QVERIFY(qsettings.childGroups().contains(QStringLiteral("SlackLog")));
    const Settings loaded = Settings::load(qsettings);
    QCOMPARE(loaded.routes(), original.routes());
    QCOMPARE(loaded.mention(Level::Fatal), original.mention(Level::Fatal));
    QVERIFY(loaded == original);
}

void tst_Settings::savingReplacesOldRoutesAndMentions()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("app.ini"));
    {
        QSettings qsettings(file, QSettings::IniFormat);
        everythingSet().save(qsettings);
        settingsWithWebhook().save(qsettings);
    }
    QSettings qsettings(file, QSettings::IniFormat);
    const Settings loaded = Settings::load(qsettings);
    QVERIFY(loaded.routes().isEmpty());
    QCOMPARE(loaded.mention(Level::Critical), QString());
    QVERIFY(loaded == settingsWithWebhook());
}

void tst_Settings::badQSettingsValuesAreReported()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("app.ini"));
    {
        QSettings qsettings(file, QSettings::IniFormat);
        qsettings.setValue(QStringLiteral("SlackLog/webhookUrl"), webhook.toString());
        qsettings.setValue(QStringLiteral("SlackLog/minimumLevel"), QStringLiteral("loud"));
        qsettings.setValue(QStringLiteral("SlackLog/queueMaxMessages"), QStringLiteral("lots"));
    }
    QSettings qsettings(file, QSettings::IniFormat);
    const QStringList problems = Settings::load(qsettings).validate();
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.at(0).contains(u"SlackLog/minimumLevel") && problems.at(0).contains(u"loud"),
             qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).contains(u"SlackLog/queueMaxMessages")
                     && problems.at(1).contains(u"lots"),
             qPrintable(problems.at(1)));
}

using Mutation = std::function<void(Settings &)>;
Q_DECLARE_METATYPE(Mutation)

void tst_Settings::validation_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("phrase");
    QTest::addRow("http to a remote host") << Mutation([](Settings &s) {
        s.setWebhookUrl(
                QUrl(QStringLiteral("http://hooks.slack.com/services/T1/B1/s3cr3tS3cr3tS3cr3t")));
    }) << "must use https";
    QTest::addRow("ftp") << Mutation([](Settings &s) {
        s.setWebhookUrl(
                QUrl(QStringLiteral("ftp://hooks.slack.com/services/T1/B1/s3cr3tS3cr3tS3cr3t")));
    }) << "https";
    QTest::addRow("not a URL") << Mutation([](Settings &s) {
        s.setWebhookUrl(
                QUrl(QStringLiteral("hooks.slack.com s3cr3tS3cr3tS3cr3t"), QUrl::StrictMode));
    }) << "not a valid URL";
    QTest::addRow("bad emoji") << Mutation([](Settings &s) {
        s.setIconEmoji(QStringLiteral("Big Smile"));
    }) << "not an emoji";
    QTest::addRow("bad emoji for a level") << Mutation([](Settings &s) {
        s.setEmoji(Level::Critical, QStringLiteral("<!channel>"));
    }) << "The emoji for critical messages";
    QTest::addRow("blocks on discord") << Mutation([](Settings &s) {
        s.setServerKind(ServerKind::Discord);
        s.setFormat(MessageFormat::Blocks);
    }) << "Discord does not understand";
    QTest::addRow("blocks to a mattermost route") << Mutation([](Settings &s) {
        s.setFormat(MessageFormat::Blocks);
        Route route;
        route.categoryPattern = QStringLiteral("db.*");
        route.destination.kind = ServerKind::Mattermost;
        s.setRoutes({route});
    }) << "Mattermost does not understand";
    QTest::addRow("emoji and url") << Mutation([](Settings &s) {
        s.setIconEmoji(QStringLiteral(":x:"));
        s.setIconUrl(QUrl(QStringLiteral("https://x.example/i.png")));
    }) << "set only one";
    QTest::addRow("channel with space")
            << Mutation([](Settings &s) { s.setChannel(QStringLiteral("#my ops")); })
            << "white space";
    QTest::addRow("bad rule") << Mutation([](Settings &s) {
        s.setCategoryRules(QStringLiteral("qt.*"));
    }) << "category=true";
    QTest::addRow("bad pattern") << Mutation([](Settings &s) {
        s.setMessagePattern(QStringLiteral("%{msg}"));
    }) << "%{msg}";
    QTest::addRow("negative shutdown")
            << Mutation([](Settings &s) { s.setShutdownTimeout(-1ms); }) << "shutdown timeout";
    QTest::addRow("zero request timeout")
            << Mutation([](Settings &s) { s.setRequestTimeout(0ms); }) << "request timeout";
    QTest::addRow("shutdown timeout past its maximum")
            << Mutation([](Settings &s) { s.setShutdownTimeout(2147483648ms); })
            << "shutdown timeout must be from 0 to 600000 ms";
    QTest::addRow("request timeout past its maximum")
            << Mutation([](Settings &s) { s.setRequestTimeout(24h); }) << "at most 600000 ms";
    QTest::addRow("retry time past its maximum")
            << Mutation([](Settings &s) { s.setMaxRetryTime(8 * 24h); })
            << "retry time must be from 0 to 604800000 ms";
    QTest::addRow("repeat window past its maximum")
            << Mutation([](Settings &s) { s.setRepeatWindow(25h); })
            << "repeat window must be from 0 to 86400000 ms";
    QTest::addRow("a webhook URL as the channel") << Mutation([](Settings &s) {
        s.setChannel(
                QStringLiteral("#ops https://hooks.slack.com/services/T1/B1/s3cr3tS3cr3tS3cr3t"));
    }) << "white space";
    QTest::addRow("zero capacity")
            << Mutation([](Settings &s) { s.setQueueCapacity(0); }) << "queue capacity";
    QTest::addRow("bad mention") << Mutation([](Settings &s) {
        s.setMention(Level::Critical, QStringLiteral("@alice"));
    }) << "@alice";
    QTest::addRow("route with bad pattern") << Mutation([](Settings &s) {
        s.setRoutes({{QStringLiteral("a.*.b"), {QUrl(), QStringLiteral("#x"), {}, {}, {}}}});
    }) << "a.*.b";
    QTest::addRow("route setting nothing") << Mutation([](Settings &s) {
        s.setRoutes({{QStringLiteral("db.*"), {}}});
    }) << "sets no webhook";
    QTest::addRow("route with http webhook") << Mutation([](Settings &s) {
        s.setRoutes({{QStringLiteral("db.*"),
                      {QUrl(QStringLiteral("http://example.com/services/T1/B1/s3cr3tS3cr3tS3cr3t")),
                       {},
                       {},
                       {},
                       {}}}});
    }) << "route for \"db.*\"";
}

void tst_Settings::validation()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, phrase);
    Settings settings = settingsWithWebhook();
    mutate(settings);
    const QStringList problems = settings.validate();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(phrase), qPrintable(problems.constFirst()));
    QVERIFY2(!problems.constFirst().contains(secret),
             "a validation message shows the webhook secret");
    QVERIFY(!settings.isValid());
}

void tst_Settings::validWebhooks_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addRow("slack") << webhook;
    QTest::addRow("http on loopback")
            << QUrl(QStringLiteral("http://127.0.0.1:8080/services/T/B/x"));
    QTest::addRow("http on localhost") << QUrl(QStringLiteral("http://localhost:8080/hook"));
    QTest::addRow("http on ::1") << QUrl(QStringLiteral("http://[::1]:8080/hook"));
}

void tst_Settings::validWebhooks()
{
    QFETCH(QUrl, url);
    Settings settings = everythingSet();
    settings.setWebhookUrl(url);
    QCOMPARE(settings.validate(), QStringList());
}

void tst_Settings::accepts_data()
{
    QTest::addColumn<Level>("minimum");
    QTest::addColumn<QString>("rules");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("default takes debug") << Level::Debug << "" << Level::Debug << "default" << true;
    QTest::addRow("below minimum") << Level::Warning << "" << Level::Info << "app" << false;
    QTest::addRow("at minimum") << Level::Warning << "" << Level::Warning << "app" << true;
    QTest::addRow("fatal above any minimum")
            << Level::Fatal << "*=false" << Level::Fatal << "app" << true;
    QTest::addRow("rule off") << Level::Debug << "qt.*=false" << Level::Critical << "qt.core"
                              << false;
    QTest::addRow("our own category")
            << Level::Debug << "" << Level::Critical << "slacklog" << false;
    QTest::addRow("Qt's network stack")
            << Level::Debug << "" << Level::Warning << "qt.network.ssl" << false;
}

void tst_Settings::accepts()
{
    QFETCH(Level, minimum);
    QFETCH(QString, rules);
    QFETCH(Level, level);
    QFETCH(QString, category);
    QFETCH(bool, accepted);
    Settings settings;
    settings.setMinimumLevel(minimum);
    settings.setCategoryRules(rules);
    QCOMPARE(settings.accepts(level, category), accepted);
}

void tst_Settings::copiesAreIndependent()
{
    Settings a = settingsWithWebhook();
    Settings b = a;
    QVERIFY(a == b);
    b.setChannel(QStringLiteral("#other"));
    QCOMPARE(a.channel(), QString());
    QVERIFY(a != b);
}

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
