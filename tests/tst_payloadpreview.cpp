#include "testsupport.h"

#include <SlackLog/PayloadPreview>

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

#include <functional>
#include <memory>

using namespace SlackLog;
using SlackLog::Testing::SlackStandIn;
using namespace std::chrono_literals;

using Configure = std::function<void(Settings &, const SlackStandIn &)>;
Q_DECLARE_METATYPE(Configure)

// A settings editor shows the preview before sending; it is only worth showing if it is
// byte for byte what SlackLog then posts.
class tst_PayloadPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void isWhatIsPosted_data();
    void isWhatIsPosted();
    void saysWhenTheFiltersDropTheMessage_data();
    void saysWhenTheFiltersDropTheMessage();
    void namesTheRouteThatMatched();
    void applicationNameStandsForAppname();

private:
    std::unique_ptr<SlackStandIn> m_slack;
};

void tst_PayloadPreview::init()
{
    TestSupport::Recorder::install();
    m_slack = std::make_unique<SlackStandIn>();
    QVERIFY(m_slack->listen());
}

void tst_PayloadPreview::cleanup()
{
    uninstall();
    TestSupport::Recorder::restore();
    m_slack.reset();
}

void tst_PayloadPreview::isWhatIsPosted_data()
{
    QTest::addColumn<Configure>("configure");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("posts");
    const Configure none = [](Settings &, const SlackStandIn &) {};
    QTest::addRow("plain") << none << Level::Warning << u"app"_qs << u"disk almost full"_qs << 1;
    QTest::addRow("escaped") << none << Level::Info << u"app"_qs << u"a<b && <!channel>"_qs << 1;
    QTest::addRow("destination fields") << Configure([](Settings &s, const SlackStandIn &) {
        s.setChannel(u"#ops"_qs);
        s.setUsername(u"Build Bot"_qs);
        s.setIconEmoji(u"robot_face"_qs);
    }) << Level::Critical << u"app"_qs << u"db down"_qs
                                        << 1;
    QTest::addRow("pattern and mention") << Configure([](Settings &s, const SlackStandIn &) {
        s.setMessagePattern(u"[%{type}] %{category}: %{message}"_qs);
        s.setMention(Level::Critical, u"@here"_qs);
    }) << Level::Critical << u"app.payments"_qs
                                         << u"declined"_qs << 1;
    QTest::addRow("route") << Configure([](Settings &s, const SlackStandIn &slack) {
        s.setRoutes({Route{u"app.db.*"_qs,
                           Destination{slack.webhookUrl(u"BDB"_qs), u"#db"_qs, {}, {}, {}}}});
    }) << Level::Warning << u"app.db.sql"_qs
                           << u"slow query"_qs << 1;
    // 240 characters in parts of at most 60 (the budget less room for a repeat count), two
    // parts to a post of at most 100.
    QTest::addRow("split into parts")
            << Configure([](Settings &s, const SlackStandIn &) { s.setTextBudget(100); })
            << Level::Warning << u"app"_qs << QString(u"twenty-character ab "_qs).repeated(12) << 3;
    QTest::addRow("cut at the longest message")
            << Configure([](Settings &s, const SlackStandIn &) { s.setMessageMax(150); })
            << Level::Warning << u"app"_qs << QString(1000, u'x') << 1;
}

void tst_PayloadPreview::isWhatIsPosted()
{
    QFETCH(Configure, configure);
    QFETCH(Level, level);
    QFETCH(QString, category);
    QFETCH(QString, message);
    QFETCH(int, posts);
    Settings settings = TestSupport::settingsFor(*m_slack);
    configure(settings, *m_slack);

    const PayloadPreview preview = previewPayload(settings, level, category, message);
    QVERIFY(preview.accepted);
    QCOMPARE(preview.payloads.size(), posts);

    QVERIFY(install(settings));
    const QByteArray categoryName = category.toUtf8();
    TestSupport::logAt(QMessageLogger(nullptr, 0, nullptr, categoryName.constData()), level,
                       message);
    QVERIFY(flush(10s));
    const QList<Testing::ReceivedRequest> requests = m_slack->requests();
    QCOMPARE(requests.size(), posts);
    for (int i = 0; i < posts; ++i) {
        QCOMPARE(requests.at(i).body, preview.payloads.at(i));
        QCOMPARE(requests.at(i).path, preview.destination.webhookUrl.path().toUtf8());
    }
}

void tst_PayloadPreview::saysWhenTheFiltersDropTheMessage_data()
{
    QTest::addColumn<Level>("minimum");
    QTest::addColumn<QString>("rules");
    QTest::addColumn<Level>("level");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("at the minimum") << Level::Warning << QString() << Level::Warning << true;
    QTest::addRow("below the minimum") << Level::Warning << QString() << Level::Info << false;
    QTest::addRow("category off") << Level::Debug << u"app.payments=false"_qs << Level::Critical
                                  << false;
    QTest::addRow("other category off") << Level::Debug << u"qt.*=false"_qs << Level::Debug << true;
}

void tst_PayloadPreview::saysWhenTheFiltersDropTheMessage()
{
    QFETCH(Level, minimum);
    QFETCH(QString, rules);
    QFETCH(Level, level);
    QFETCH(bool, accepted);
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setMinimumLevel(minimum);
    settings.setCategoryRules(rules);
    QCOMPARE(previewPayload(settings, level, u"app.payments"_qs, u"x"_qs).accepted, accepted);
}

void tst_PayloadPreview::namesTheRouteThatMatched()
{
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setUsername(u"app"_qs);
    settings.setRoutes({Route{u"db.*"_qs, Destination{{}, u"#db"_qs, {}, {}, {}}},
                        Route{u"*sql*"_qs, Destination{{}, u"#sql"_qs, {}, {}, {}}}});
    const PayloadPreview db = previewPayload(settings, Level::Info, u"db.sql"_qs, u"x"_qs);
    QCOMPARE(db.route, 0);
    QCOMPARE(db.destination.channel, u"#db"_qs);
    QCOMPARE(db.destination.username, u"app"_qs);
    QCOMPARE(db.destination.webhookUrl, m_slack->webhookUrl());
    QCOMPARE(previewPayload(settings, Level::Info, u"app.mysql"_qs, u"x"_qs).route, 1);
    QCOMPARE(previewPayload(settings, Level::Info, u"app"_qs, u"x"_qs).route, -1);
}

void tst_PayloadPreview::applicationNameStandsForAppname()
{
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setMessagePattern(u"%{appname}: %{message}"_qs);
    const PayloadPreview preview =
            previewPayload(settings, Level::Info, u"app"_qs, u"started"_qs, u"billing"_qs);
    QCOMPARE(QJsonDocument::fromJson(preview.payloads.value(0)).object().value(u"text"_qs),
             u"billing: started"_qs);
}

QTEST_GUILESS_MAIN(tst_PayloadPreview)
#include "tst_payloadpreview.moc"
