#include "testsupport.h"

#include <QtCore/QLoggingCategory>
#include <QtTest/QTest>

#include <memory>
#include <thread>

using namespace SlackLog;
using SlackLog::Testing::SlackStandIn;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcDb, "app.db")
Q_LOGGING_CATEGORY(lcDbSql, "app.db.sql")
Q_LOGGING_CATEGORY(lcUi, "app.ui")

// Built as C++20 (see CMakeLists.txt), so the designated initializers below are the very form
// the README shows; the library itself stays C++17.
class tst_Overrides : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void routesByCategory();
    void firstMatchingRouteWins();
    void scopedOverrideAppliesToItsBlock();
    void scopedOverridesNest();
    void scopedOverrideWinsOverRoute();
    void scopedOverrideStaysOnItsThread();
    void iconOverrideReplacesTheWholeIcon();

private:
    // "#channel: text" for each line received, sorted, with the webhook id when asked.
    QStringList received(bool withWebhook = false) const;
    std::unique_ptr<SlackStandIn> m_slack;
};

void tst_Overrides::init()
{
    TestSupport::Recorder::install();
    m_slack = std::make_unique<SlackStandIn>();
    QVERIFY(m_slack->listen());
}

void tst_Overrides::cleanup()
{
    uninstall();
    TestSupport::Recorder::restore();
    m_slack.reset();
}

QStringList tst_Overrides::received(bool withWebhook) const
{
    QStringList lines;
    const QList<Testing::ReceivedRequest> requests = m_slack->requests();
    for (const Testing::ReceivedRequest &request : requests) {
        const QString prefix =
                (withWebhook ? QString::fromUtf8(request.path.split('/').value(3)) + u' '
                             : QString())
                + request.json().value(u"channel").toString() + u": ";
        const QStringList texts = request.text().split(u'\n');
        for (const QString &text : texts)
            lines << prefix + text;
    }
    lines.sort();
    return lines;
}

void tst_Overrides::routesByCategory()
{
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setChannel(u"#general"_qs);
    settings.setRoutes({
            {u"app.db*"_qs,
             {.webhookUrl = m_slack->webhookUrl(u"B0000000D"_qs), .channel = u"#db"_qs}},
            {u"*.ui"_qs, {.username = u"UI"_qs}},
    });
    QVERIFY(install(settings));
    qCWarning(lcDb, "db");
    qCWarning(lcDbSql, "sql");
    qCWarning(lcUi, "ui");
    qWarning("default");
    QVERIFY(flush(5s));
    QCOMPARE(received(true),
             (QStringList{u"B00000000 #general: default"_qs, u"B00000000 #general: ui"_qs,
                          u"B0000000D #db: db"_qs, u"B0000000D #db: sql"_qs}));
    for (const Testing::ReceivedRequest &request : m_slack->requests()) {
        if (request.text() == u"ui")
            QCOMPARE(request.json().value(u"username").toString(), u"UI"_qs);
    }
}

void tst_Overrides::firstMatchingRouteWins()
{
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setRoutes(
            {{u"app.db.sql"_qs, {.channel = u"#sql"_qs}}, {u"app.*"_qs, {.channel = u"#app"_qs}}});
    QVERIFY(install(settings));
    qCWarning(lcDbSql, "sql");
    qCWarning(lcDb, "db");
    QVERIFY(flush(5s));
    QCOMPARE(received(), (QStringList{u"#app: db"_qs, u"#sql: sql"_qs}));
}

void tst_Overrides::scopedOverrideAppliesToItsBlock()
{
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setChannel(u"#general"_qs);
    QVERIFY(install(settings));
    qWarning("before");
    {
        SlackLog::ScopedOverride oncall({.channel = QStringLiteral("@oncall")});
        QCOMPARE(oncall.destination().channel, u"@oncall"_qs);
        qCritical("during");
    }
    qWarning("after");
    QVERIFY(flush(5s));
    QCOMPARE(received(),
             (QStringList{u"#general: after"_qs, u"#general: before"_qs, u"@oncall: during"_qs}));
}

void tst_Overrides::scopedOverridesNest()
{
    QVERIFY(install(TestSupport::settingsFor(*m_slack)));
    {
        ScopedOverride outer({.channel = u"#outer"_qs, .username = u"Outer"_qs});
        {
            ScopedOverride inner({.channel = u"#inner"_qs});
            // Field by field: the inner channel, the outer username.
            QCOMPARE(inner.destination().username, u"Outer"_qs);
            qWarning("inner");
        }
        qWarning("outer");
    }
    QVERIFY(flush(5s));
    QCOMPARE(received(), (QStringList{u"#inner: inner"_qs, u"#outer: outer"_qs}));
    for (const Testing::ReceivedRequest &request : m_slack->requests())
        QCOMPARE(request.json().value(u"username").toString(), u"Outer"_qs);
}

void tst_Overrides::scopedOverrideWinsOverRoute()
{
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setRoutes({{u"app.db"_qs, {.channel = u"#db"_qs}}});
    QVERIFY(install(settings));
    {
        ScopedOverride incident({.channel = u"#incident"_qs});
        qCWarning(lcDb, "db during incident");
    }
    qCWarning(lcDb, "db later");
    QVERIFY(flush(5s));
    QCOMPARE(received(), (QStringList{u"#db: db later"_qs, u"#incident: db during incident"_qs}));
}

void tst_Overrides::scopedOverrideStaysOnItsThread()
{
    QVERIFY(install(TestSupport::settingsFor(*m_slack)));
    ScopedOverride here({.channel = u"#here"_qs});
    std::thread other([] { qWarning("from another thread"); });
    other.join();
    qWarning("from this thread");
    QVERIFY(flush(5s));
    QCOMPARE(received(), (QStringList{u"#here: from this thread"_qs, u": from another thread"_qs}));
}

void tst_Overrides::iconOverrideReplacesTheWholeIcon()
{
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setIconEmoji(u":robot_face:"_qs);
    QVERIFY(install(settings));
    {
        // C++17 form: fill a Destination, then pass it.
        Destination pager;
        pager.iconUrl = QUrl(u"https://x.example/pager.png"_qs);
        ScopedOverride override(pager);
        qWarning("paged");
    }
    QVERIFY(flush(5s));
    const QJsonObject payload = m_slack->requests().constFirst().json();
    QCOMPARE(payload.value(u"icon_url").toString(), u"https://x.example/pager.png"_qs);
    QVERIFY(!payload.contains(u"icon_emoji"));
}

QTEST_GUILESS_MAIN(tst_Overrides)
#include "tst_overrides.moc"
