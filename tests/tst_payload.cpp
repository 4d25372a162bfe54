#include "testsupport.h"

#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtTest/QTest>

#include <functional>
#include <memory>

using namespace SlackLog;
using SlackLog::Testing::SlackStandIn;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcPayments, "app.payments")

using Configure = std::function<void(Settings &)>;
Q_DECLARE_METATYPE(Configure)

// What a user sees in Slack is the JSON the stand-in received; these tests read it there.
class tst_Payload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void fields_data();
    void fields();
    void text_data();
    void text();
    void defaultPatternMatchesTheRecipe();
    void burstBecomesFewPosts();

private:
    QJsonObject postOne(const Settings &settings, Level level, const QString &message);
    std::unique_ptr<SlackStandIn> m_slack;
};

void tst_Payload::init()
{
    TestSupport::Recorder::install();
    m_slack = std::make_unique<SlackStandIn>();
    QVERIFY(m_slack->listen());
}

void tst_Payload::cleanup()
{
    uninstall();
    TestSupport::Recorder::restore();
    m_slack.reset();
}

QJsonObject tst_Payload::postOne(const Settings &settings, Level level, const QString &message)
{
    if (!install(settings))
        return {};
    TestSupport::logAt(QMessageLogger(__FILE__, __LINE__, Q_FUNC_INFO, lcPayments().categoryName()),
                       level, message);
    if (!flush(5s) || m_slack->requestCount() != 1)
        return {};
    return m_slack->requests().constFirst().json();
}

void tst_Payload::fields_data()
{
    QTest::addColumn<Configure>("configure");
    QTest::addColumn<QJsonObject>("expected"); // every field but text
    QTest::addRow("webhook only") << Configure([](Settings &) {}) << QJsonObject();
    QTest::addRow("channel") << Configure([](Settings &s) { s.setChannel(u"#ops"_qs); })
                             << QJsonObject{{u"channel"_qs, u"#ops"_qs}};
    QTest::addRow("direct message") << Configure([](Settings &s) { s.setChannel(u"@alice"_qs); })
                                    << QJsonObject{{u"channel"_qs, u"@alice"_qs}};
    QTest::addRow("username and emoji") << Configure([](Settings &s) {
        s.setUsername(u"Build Bot"_qs);
        s.setIconEmoji(u":robot_face:"_qs);
    }) << QJsonObject{{u"username"_qs, u"Build Bot"_qs}, {u"icon_emoji"_qs, u":robot_face:"_qs}};
    QTest::addRow("icon url") << Configure([](Settings &s) {
        s.setIconUrl(QUrl(u"https://x.example/bot.png"_qs));
    }) << QJsonObject{{u"icon_url"_qs, u"https://x.example/bot.png"_qs}};
}

void tst_Payload::fields()
{
    QFETCH(Configure, configure);
    QFETCH(QJsonObject, expected);
    Settings settings = TestSupport::settingsFor(*m_slack);
    configure(settings);
    QJsonObject payload = postOne(settings, Level::Warning, u"hello"_qs);
    QCOMPARE(payload.take(u"text"_qs).toString(), u"hello"_qs);
    QCOMPARE(payload, expected);
    QCOMPARE(m_slack->requests().constFirst().header("Content-Type"),
             QByteArray("application/json"));
}

void tst_Payload::text_data()
{
    QTest::addColumn<Configure>("configure");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("text");
    const Configure none = [](Settings &) {};
    QTest::addRow("plain") << none << Level::Warning << u"disk almost full"_qs
                           << u"disk almost full"_qs;
    QTest::addRow("escaped") << none << Level::Warning << u"a<b && c>d"_qs
                             << u"a&lt;b &amp;&amp; c&gt;d"_qs;
    QTest::addRow("mention in log text is defused")
            << none << Level::Critical << u"<!channel> everyone look"_qs
            << u"&lt;!channel&gt; everyone look"_qs;
    QTest::addRow("link in log text is defused")
            << none << Level::Warning << u"<https://evil.example|login>"_qs
            << u"&lt;https://evil.example|login&gt;"_qs;
    QTest::addRow("mention in log text, opted in")
            << Configure([](Settings &s) { s.setMentionsInMessagesAllowed(true); })
            << Level::Critical << u"<!channel> & <b>"_qs << u"<!channel> &amp; &lt;b&gt;"_qs;
    const Configure mentions = [](Settings &s) {
        s.setMention(Level::Critical, u"@here"_qs);
        s.setMention(Level::Warning, u"@U012AB3CD"_qs);
    };
    QTest::addRow("mention for critical")
            << mentions << Level::Critical << u"db down"_qs << u"<!here> db down"_qs;
    QTest::addRow("mention for warning")
            << mentions << Level::Warning << u"slow"_qs << u"<@U012AB3CD> slow"_qs;
    QTest::addRow("no mention for info") << mentions << Level::Info << u"fine"_qs << u"fine"_qs;
    QTest::addRow("pattern with category and level") << Configure([](Settings &s) {
        s.setMessagePattern(u"[%{type}] %{category}: %{message}"_qs);
    }) << Level::Critical << u"declined"_qs << u"[critical] app.payments: declined"_qs;
    QTest::addRow("pattern with file and function")
            << Configure([](Settings &s) { s.setMessagePattern(u"%{function}: %{message}"_qs); })
            << Level::Info << u"x"_qs << u"tst_Payload::postOne: x"_qs;
    QTest::addRow("pattern's own text is escaped too")
            << Configure([](Settings &s) { s.setMessagePattern(u"<%{type}> %{message}"_qs); })
            << Level::Debug << u"x"_qs << u"&lt;debug&gt; x"_qs;
    // A multi-line message is a code block; a trailing line end does not make one.
    QTest::addRow("multi-line") << none << Level::Warning << u"first\nsecond"_qs
                                << u"```\nfirst\nsecond\n```"_qs;
    QTest::addRow("trailing line end")
            << none << Level::Warning << u"one line\n"_qs << u"one line"_qs;
    QTest::addRow("unicode") << none << Level::Warning << u"Grüße 日本 🚀"_qs << u"Grüße 日本 🚀"_qs;
}

void tst_Payload::text()
{
    QFETCH(Configure, configure);
    QFETCH(Level, level);
    QFETCH(QString, message);
    QFETCH(QString, text);
    Settings settings = TestSupport::settingsFor(*m_slack);
    configure(settings);
    QCOMPARE(postOne(settings, level, message).value(u"text"_qs).toString(), text);
}

void tst_Payload::defaultPatternMatchesTheRecipe()
{
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setMessagePattern(Settings::defaultMessagePattern());
    const QString text =
            postOne(settings, Level::Warning, u"disk almost full"_qs).value(u"text"_qs).toString();
    static const QRegularExpression recipe(
            u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d - warning - disk almost full$"_qs);
    QVERIFY2(recipe.match(text).hasMatch(), qPrintable(text));
}

void tst_Payload::burstBecomesFewPosts()
{
    m_slack->setMode(SlackStandIn::Mode::Slow);
    m_slack->setDelay(200ms);
    QVERIFY(install(TestSupport::settingsFor(*m_slack)));
    QStringList expected;
    for (int i = 0; i < 500; ++i) {
        expected << QStringLiteral("line %1 of a burst").arg(i);
        qWarning("line %d of a burst", i);
    }
    QVERIFY(flush(30s));
    QCOMPARE(m_slack->receivedLines(), expected);
    // While one post is under way the rest wait and travel together, within 4,000 characters.
    const int characters = int(expected.join(u'\n').size());
    QVERIFY2(m_slack->requestCount() <= 2 + characters / 4000,
             qPrintable(QString::number(m_slack->requestCount())));
}

QTEST_GUILESS_MAIN(tst_Payload)
#include "tst_payload.moc"
