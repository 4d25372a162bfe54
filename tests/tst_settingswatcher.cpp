#include "testsupport.h"

#include <SlackLog/SettingsWatcher>

#include <QtCore/QProcess>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace SlackLog;
using SlackLog::Testing::SlackStandIn;
using namespace std::chrono_literals;

// Live reload: what slacklog-config saves, a running application uses.
class tst_SettingsWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void installsFromTheFileAndAgainWhenItIsSaved();
    void invalidSettingsKeepThePreviousOnes();
    void aRunningApplicationPicksUpASave();

private:
    void save(const SlackStandIn &slack, const QString &channel = {});

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<SlackStandIn> m_first;
    std::unique_ptr<SlackStandIn> m_second;
};

void tst_SettingsWatcher::init()
{
    TestSupport::Recorder::install();
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(u"app.ini"_qs);
    QFile::remove(m_file);
    m_first = std::make_unique<SlackStandIn>();
    m_second = std::make_unique<SlackStandIn>();
    QVERIFY(m_first->listen());
    QVERIFY(m_second->listen());
}

void tst_SettingsWatcher::cleanup()
{
    uninstall();
    TestSupport::Recorder::restore();
    m_first.reset();
    m_second.reset();
}

// What slacklog-config does when the user saves.
void tst_SettingsWatcher::save(const SlackStandIn &slack, const QString &channel)
{
    QSettings stored(m_file, QSettings::IniFormat);
    Settings settings = TestSupport::settingsFor(slack);
    settings.setChannel(channel);
    settings.save(stored);
}

void tst_SettingsWatcher::installsFromTheFileAndAgainWhenItIsSaved()
{
    save(*m_first);
    SettingsWatcher watcher(m_file);
    QVERIFY(isInstalled());
    qWarning("to the first");
    QVERIFY(flush(10s));
    QCOMPARE(m_first->receivedLines(), QStringList{u"to the first"_qs});

    QSignalSpy reloaded(&watcher, &SettingsWatcher::reloaded);
    save(*m_second, u"#ops"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);
    QCOMPARE(installedSettings().channel(), u"#ops"_qs);
    qWarning("to the second");
    QVERIFY(flush(10s));
    QCOMPARE(m_second->receivedLines(), QStringList{u"to the second"_qs});
    QCOMPARE(m_second->requests().constFirst().json().value(u"channel").toString(), u"#ops"_qs);
    QCOMPARE(m_first->requestCount(), 1);
}

void tst_SettingsWatcher::invalidSettingsKeepThePreviousOnes()
{
    save(*m_first);
    SettingsWatcher watcher(m_file);
    QSignalSpy failed(&watcher, &SettingsWatcher::reloadFailed);
    {
        QSettings stored(m_file, QSettings::IniFormat);
        Settings broken = TestSupport::settingsFor(*m_first);
        broken.setWebhookUrl(QUrl(u"http://hooks.example.com/services/T1/B1/secret"_qs));
        broken.save(stored);
    }
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    const QStringList problems = failed.constFirst().constFirst().toStringList();
    QVERIFY2(problems.join(u' ').contains(u"https"), qPrintable(problems.join(u' ')));
    QCOMPARE(installedSettings().webhookUrl(), m_first->webhookUrl());
    // Said where the application's own handler shows it, with the URL's secret left out.
    const QStringList said = TestSupport::Recorder::texts("slacklog");
    QVERIFY(!said.isEmpty());
    QVERIFY2(said.constLast().contains(u"were not installed"), qPrintable(said.constLast()));
    QVERIFY(!said.constLast().contains(u"secret"));
}

void tst_SettingsWatcher::aRunningApplicationPicksUpASave()
{
    save(*m_first);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QT_LOGGING_RULES"_qs);
    environment.insert(u"SLACKLOG_SPOOL_DIR"_qs, QString()); // not the default, shared one
    QProcess app;
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(LOGGING_APP), {u"watch"_qs, m_file});
    QVERIFY(app.waitForStarted(10000));
    const auto stop = qScopeGuard([&app] {
        app.kill();
        app.waitForFinished();
    });
    QTRY_VERIFY_WITH_TIMEOUT(m_first->requestCount() > 0, 10000);

    save(*m_second, u"#ops"_qs); // as slacklog-config saves
    QTRY_VERIFY_WITH_TIMEOUT(m_second->requestCount() > 0, 10000);
    QCOMPARE(m_second->requests().constFirst().json().value(u"channel").toString(), u"#ops"_qs);
    QVERIFY2(m_second->requests().constFirst().text().startsWith(u"tick "),
             qPrintable(m_second->requests().constFirst().text()));
}

QTEST_GUILESS_MAIN(tst_SettingsWatcher)
#include "tst_settingswatcher.moc"
