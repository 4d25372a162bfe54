#include "settingsdocument.h"

#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <functional>

using SlackLog::Settings;
using namespace std::chrono_literals;

using Configure = std::function<void(Settings &)>;
Q_DECLARE_METATYPE(Configure)

// The document behind the window: what it saves must be what an application's
// SlackLog::Settings::load() reads, and what it refuses to save must say why.
class tst_SettingsDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void opensWhatAnApplicationReads();
    void savesWhatAnApplicationReads_data();
    void savesWhatAnApplicationReads();
    void savesForAnOrganizationAndApplication();
    void tracksUnsavedChanges();
    void refusesInvalidSettingsAndSaysWhy_data();
    void refusesInvalidSettingsAndSaysWhy();
    void allowsAMissingWebhook();
    void aFileThatCannotBeWrittenLosesNothing();
    void needsAnApplicationOrAFile();

private:
    QString m_file;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SettingsDocument::initTestCase()
{
    // QSettings(organization, application) then writes under ~/.qttest, not the user's config.
    QStandardPaths::setTestModeEnabled(true);
}

void tst_SettingsDocument::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(u"app.ini"_qs);
}

void tst_SettingsDocument::opensWhatAnApplicationReads()
{
    {
        QSettings ini(m_file, QSettings::IniFormat);
        ini.setValue(u"SlackLog/channel"_qs, u"#ops"_qs);
        ini.setValue(u"SlackLog/minimumLevel"_qs, u"warning"_qs);
        ini.setValue(u"Other/key"_qs, 1);
    }
    SettingsDocument document;
    QSignalSpy opened(&document, &SettingsDocument::opened);
    QVERIFY(opened.isValid());
    QVERIFY(document.open({m_file, {}, {}}));
    QCOMPARE(opened.size(), 1);
    QSettings ini(m_file, QSettings::IniFormat);
    QCOMPARE(document.stored(), Settings::load(ini));
    QCOMPARE(document.stored().channel(), u"#ops"_qs);
    QCOMPARE(document.stored().minimumLevel(), SlackLog::Level::Warning);
    QCOMPARE(document.current(), document.stored());
    QVERIFY(!document.isModified());
    QCOMPARE(document.fileName(), m_file);
}

void tst_SettingsDocument::savesWhatAnApplicationReads_data()
{
    QTest::addColumn<Configure>("configure");
    QTest::addRow("destination") << Configure([](Settings &s) {
        s.setWebhookUrl(QUrl(u"https://hooks.slack.com/services/T1/B2/secret"_qs));
        s.setChannel(u"#ops"_qs);
        s.setUsername(u"Build Bot"_qs);
        s.setIconEmoji(u":robot_face:"_qs);
    });
    QTest::addRow("filtering") << Configure([](Settings &s) {
        s.setMinimumLevel(SlackLog::Level::Critical);
        s.setCategoryRules(u"qt.*=false\napp.db.debug=false"_qs);
        s.setMessagePattern(u"[%{type}] %{message}"_qs);
        s.setMention(SlackLog::Level::Fatal, u"@channel"_qs);
    });
    QTest::addRow("appearance") << Configure([](Settings &s) {
        s.setFormat(SlackLog::MessageFormat::Text);
        s.setFields(SlackLog::MessageField::Host | SlackLog::MessageField::Function);
        s.setEmoji(SlackLog::Level::Warning, u":fire:"_qs);
        s.setEmoji(SlackLog::Level::Critical, QString());
        s.setEmoji(SlackLog::Level::Debug, u":bug:"_qs);
    });
    QTest::addRow("server kinds") << Configure([](Settings &s) {
        s.setServerKind(SlackLog::ServerKind::Mattermost);
        SlackLog::Route route{u"chat.*"_qs, {}};
        route.destination.webhookUrl = QUrl(u"https://discord.com/api/webhooks/1/x/slack"_qs);
        route.destination.kind = SlackLog::ServerKind::Discord;
        s.setRoutes({route});
    });
    QTest::addRow("blocks on Slack") << Configure([](Settings &s) {
        s.setFormat(SlackLog::MessageFormat::Blocks);
        s.setServerKind(SlackLog::ServerKind::Slack);
    });
    QTest::addRow("delivery") << Configure([](Settings &s) {
        s.setShutdownTimeout(2500ms);
        s.setQueueCapacityBytes(100000);
        s.setPostsPerSecond(0.5);
        s.setOverflowPolicy(Settings::OverflowPolicy::DropNewest);
        s.setSpoolDirectory(QString());
    });
    QTest::addRow("routes") << Configure([](Settings &s) {
        s.setRoutes({SlackLog::Route{u"db.*"_qs, {{}, u"#db"_qs, {}, {}, {}}},
                     SlackLog::Route{u"*.audit"_qs,
                                     {QUrl(u"https://hooks.slack.com/services/T1/B3/x"_qs),
                                      {},
                                      u"auditor"_qs,
                                      {},
                                      {}}}});
    });
}

void tst_SettingsDocument::savesWhatAnApplicationReads()
{
    QFETCH(Configure, configure);
    SettingsDocument document;
    QVERIFY(document.open({m_file, {}, {}}));
    Settings edited = document.current();
    configure(edited);
    document.setCurrent(edited);
    QVERIFY2(document.save(), qPrintable(document.errorString()));
    QSettings ini(m_file, QSettings::IniFormat);
    QCOMPARE(Settings::load(ini), edited);
    QCOMPARE(document.stored(), edited);
    QVERIFY(!document.isModified());
}

void tst_SettingsDocument::savesForAnOrganizationAndApplication()
{
    const SettingsSource source{QString(), u"SlackLogTests"_qs, u"DocumentTest"_qs};
    QSettings(source.organization, source.application).clear();
    SettingsDocument document;
    QVERIFY(document.open(source));
    Settings edited = document.current();
    edited.setChannel(u"#backend"_qs);
    document.setCurrent(edited);
    QVERIFY(document.save());
    QSettings application(source.organization, source.application);
    QCOMPARE(Settings::load(application).channel(), u"#backend"_qs);
    QCOMPARE(document.fileName(), application.fileName());
    application.clear();
}

void tst_SettingsDocument::tracksUnsavedChanges()
{
    SettingsDocument document;
    QVERIFY(document.open({m_file, {}, {}}));
    QSignalSpy modified(&document, &SettingsDocument::modifiedChanged);
    QVERIFY(modified.isValid());
    Settings edited = document.current();
    edited.setUsername(u"bot"_qs);
    document.setCurrent(edited);
    QVERIFY(document.isModified());
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.at(0).at(0).toBool(), true);
    // Undoing the edit by hand is not a change.
    edited.setUsername(QString());
    document.setCurrent(edited);
    QVERIFY(!document.isModified());
    QCOMPARE(modified.size(), 2);
    edited.setUsername(u"bot"_qs);
    document.setCurrent(edited);
    document.revert();
    QVERIFY(!document.isModified());
    QCOMPARE(document.current(), document.stored());
}

void tst_SettingsDocument::refusesInvalidSettingsAndSaysWhy_data()
{
    QTest::addColumn<Configure>("configure");
    QTest::addColumn<QString>("says");
    QTest::addRow("http webhook") << Configure([](Settings &s) {
        s.setWebhookUrl(QUrl(u"http://hooks.slack.com/services/T1/B2/secret"_qs));
    }) << u"must use https"_qs;
    QTest::addRow("channel with a space")
            << Configure([](Settings &s) { s.setChannel(u"#my ops"_qs); }) << u"white space"_qs;
    QTest::addRow("route without a destination") << Configure([](Settings &s) {
        s.setRoutes({SlackLog::Route{u"db.*"_qs, {}}});
    }) << u"sets no webhook URL"_qs;
    QTest::addRow("mention") << Configure([](Settings &s) {
        s.setMention(SlackLog::Level::Critical, u"everybody"_qs);
    }) << u"not a Slack mention"_qs;
    QTest::addRow("emoji") << Configure([](Settings &s) {
        s.setEmoji(SlackLog::Level::Warning, u"warn ing"_qs);
    }) << u"not an emoji name"_qs;
    QTest::addRow("blocks on Discord") << Configure([](Settings &s) {
        s.setServerKind(SlackLog::ServerKind::Discord);
        s.setFormat(SlackLog::MessageFormat::Blocks);
    }) << u"Block Kit"_qs;
}

void tst_SettingsDocument::refusesInvalidSettingsAndSaysWhy()
{
    QFETCH(Configure, configure);
    QFETCH(QString, says);
    SettingsDocument document;
    QVERIFY(document.open({m_file, {}, {}}));
    Settings edited = document.current();
    configure(edited);
    document.setCurrent(edited);
    QVERIFY(!document.canSave());
    QVERIFY2(document.problems().join(u' ').contains(says),
             qPrintable(document.problems().join(u' ')));
    QVERIFY(!document.save());
    QVERIFY(document.errorString().contains(says));
    QVERIFY(!QFile::exists(m_file));
    // Nothing typed is lost.
    QCOMPARE(document.current(), edited);
    QVERIFY(!document.errorString().contains(u"secret"_qs));
}

void tst_SettingsDocument::allowsAMissingWebhook()
{
    // An application may take its webhook from SLACKLOG_WEBHOOK_URL.
    SettingsDocument document;
    QVERIFY(document.open({m_file, {}, {}}));
    Settings edited = document.current();
    edited.setChannel(u"#ops"_qs);
    document.setCurrent(edited);
    QVERIFY(document.current().webhookUrl().isEmpty());
    QVERIFY2(document.canSave(), qPrintable(document.problems().join(u' ')));
    QVERIFY(document.save());
}

void tst_SettingsDocument::aFileThatCannotBeWrittenLosesNothing()
{
    const QString blocked = m_dir->filePath(u"file"_qs);
    {
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    // Its folder is a file, so nothing can be written there.
    const QString impossible = blocked + u"/app.ini"_qs;
    SettingsDocument document;
    QVERIFY(document.open({impossible, {}, {}}));
    Settings edited = document.current();
    edited.setChannel(u"#ops"_qs);
    document.setCurrent(edited);
    QVERIFY(!document.save());
    QVERIFY2(document.errorString().contains(impossible), qPrintable(document.errorString()));
    QVERIFY(document.isModified());
    QCOMPARE(document.current(), edited);
}

void tst_SettingsDocument::needsAnApplicationOrAFile()
{
    SettingsDocument document;
    QVERIFY(!document.open({}));
    QVERIFY(!document.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_SettingsDocument)
#include "tst_settingsdocument.moc"
