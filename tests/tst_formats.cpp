// How messages look in each format and on each kind of server: the JSON the stand-in received,
// configured with that server's limits.

#include "postcomposer_p.h"
#include "testsupport.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>
#include <QtCore/QSysInfo>
#include <QtTest/QTest>

#include <functional>
#include <memory>

using namespace SlackLog;
using SlackLog::Testing::ReceivedRequest;
using SlackLog::Testing::ServerLimits;
using SlackLog::Testing::SlackStandIn;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(SlackLog::Testing::ServerLimits)

namespace {

const char *const kFile = "disk.cpp";
const char *const kFunction = "void Disk::check()";
const char *const kCategory = "app.disk";

void log(Level level, const QString &message, const char *category = kCategory)
{
    TestSupport::logAt(QMessageLogger(kFile, 42, kFunction, category), level, message);
}

// Words of five characters, cut to exactly \a length: splits fall at the spaces.
QString words(qsizetype length)
{
    QString text;
    while (text.size() < length)
        text += u"word "_qs;
    text.truncate(length);
    if (text.endsWith(u' '))
        text.back() = u'x';
    return text;
}

QString trace(int lines)
{
    QStringList trace;
    for (int i = 0; i < lines; ++i)
        trace << QStringLiteral("#%1 0x%2 in Disk::check<T>() at disk.cpp:%3")
                         .arg(i, 3)
                         .arg(0x4000 + i * 16, 8, 16, QLatin1Char('0'))
                         .arg(i + 10);
    return trace.join(u'\n');
}

QString withoutMarker(QString text)
{
    // After text, or on the line after a code block's closing fence.
    static const QRegularExpression marker(u"[ \\n]\\(\\d+/\\d+\\)$"_qs);
    return text.remove(marker);
}

QStringList fieldsOf(const QJsonObject &attachment)
{
    QStringList fields;
    for (const QJsonValue &field : attachment[u"fields"].toArray())
        fields << field[u"title"].toString() + u'=' + field[u"value"].toString();
    return fields;
}

QStringList contextOf(const QJsonArray &blocks)
{
    QStringList elements;
    for (const QJsonValue &block : blocks) {
        if (block[u"type"].toString() == u"context") {
            for (const QJsonValue &element : block[u"elements"].toArray())
                elements << element[u"text"].toString();
        }
    }
    return elements;
}

} // namespace

class tst_Formats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void eachFormatAndLevel_data();
    void eachFormatAndLevel();
    void fatalIsDarkRed();
    void mentionsPerFormat_data();
    void mentionsPerFormat();
    void fieldsAsChosen_data();
    void fieldsAsChosen();
    void escapingInTitlesAndFields_data();
    void escapingInTitlesAndFields();
    void limitsAtTheirEdges_data();
    void limitsAtTheirEdges();
    void codeBlocksStayBalancedAcrossParts_data();
    void codeBlocksStayBalancedAcrossParts();
    void batchesKeepEachServersCounts_data();
    void batchesKeepEachServersCounts();
    void serversGetOnlyWhatTheyHonour_data();
    void serversGetOnlyWhatTheyHonour();
    void emptyMessageStillPosts_data();
    void emptyMessageStillPosts();
    void channelWordsInLogTextPingNoOne_data();
    void channelWordsInLogTextPingNoOne();
    void aSplitMessageMentionsOnce_data();
    void aSplitMessageMentionsOnce();
    void discordKeepsItsEmbedTotal();

private:
    Settings settings(MessageFormat format, ServerKind kind = ServerKind::Slack) const;
    // Installs \a settings, runs \a logging, and waits for every post to be answered.
    QList<ReceivedRequest> deliver(const Settings &settings, const std::function<void()> &logging);
    std::unique_ptr<SlackStandIn> m_slack;
    QString m_problem; // why deliver() returned nothing
};

void tst_Formats::initTestCase()
{
    QCoreApplication::setApplicationVersion(u"1.2.3"_qs);
}

void tst_Formats::init()
{
    TestSupport::Recorder::install();
    m_slack = std::make_unique<SlackStandIn>();
    QVERIFY(m_slack->listen());
}

void tst_Formats::cleanup()
{
    uninstall();
    TestSupport::Recorder::restore();
    m_slack.reset();
}

Settings tst_Formats::settings(MessageFormat format, ServerKind kind) const
{
    Settings settings = TestSupport::settingsFor(*m_slack);
    settings.setFormat(format);
    settings.setServerKind(kind);
    // The defaults, which settingsFor() clears for tests that compare lines.
    const Settings defaults;
    for (int level = 0; level <= int(Level::Fatal); ++level)
        settings.setEmoji(Level(level), defaults.emoji(Level(level)));
    return settings;
}

QList<ReceivedRequest> tst_Formats::deliver(const Settings &settings,
                                            const std::function<void()> &logging)
{
    m_problem.clear();
    if (!install(settings)) {
        m_problem = settings.validate().join(u' ');
        return {};
    }
    logging();
    if (!flush(20s)) {
        m_problem = u"not delivered in time"_qs;
        return {};
    }
    const QList<ReceivedRequest> requests = m_slack->requests();
    for (const ReceivedRequest &request : requests) {
        // Every post parses, and the server took it.
        if (request.answeredStatus != 200) {
            m_problem = QStringLiteral("answered %1 %2 to %3")
                                .arg(request.answeredStatus)
                                .arg(QString::fromUtf8(request.answeredBody),
                                     QString::fromUtf8(request.body.left(200)));
            return {};
        }
    }
    return requests;
}

void tst_Formats::eachFormatAndLevel_data()
{
    QTest::addColumn<MessageFormat>("format");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("colour");
    QTest::addColumn<QString>("emoji");
    const struct
    {
        Level level;
        const char16_t *title;
        const char16_t *colour; // grey, blue, amber, red
        const char16_t *emoji;
    } levels[] = {{Level::Debug, u"Debug · app.disk", u"#9e9e9e", u""},
                  {Level::Info, u"Info · app.disk", u"#2f80ed", u""},
                  {Level::Warning, u"Warning · app.disk", u"#f2a600", u":warning: "},
                  {Level::Critical, u"Critical · app.disk", u"#d93025", u":rotating_light: "}};
    for (const MessageFormat format :
         {MessageFormat::Text, MessageFormat::Attachments, MessageFormat::Blocks}) {
        for (const auto &level : levels) {
            QTest::addRow("%s %s", qPrintable(messageFormatName(format)),
                          qPrintable(levelName(level.level)))
                    << format << level.level << QString::fromUtf16(level.title)
                    << QString::fromUtf16(level.colour) << QString::fromUtf16(level.emoji);
        }
    }
}

void tst_Formats::eachFormatAndLevel()
{
    QFETCH(MessageFormat, format);
    QFETCH(Level, level);
    QFETCH(QString, title);
    QFETCH(QString, colour);
    QFETCH(QString, emoji);
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const QList<ReceivedRequest> requests =
            deliver(settings(format), [level] { log(level, u"disk almost full"_qs); });
    QCOMPARE(requests.size(), 1);
    const QJsonObject payload = requests.constFirst().json();
    switch (format) {
    case MessageFormat::Text:
        QCOMPARE(payload, (QJsonObject{{u"text"_qs, QString(emoji + u"disk almost full"_qs)}}));
        break;
    case MessageFormat::Attachments: {
        QVERIFY(!payload.contains(u"text"_qs)); // no mention for this level
        const QJsonArray attachments = payload[u"attachments"].toArray();
        QCOMPARE(attachments.size(), 1);
        const QJsonObject attachment = attachments.first().toObject();
        QCOMPARE(attachment[u"color"].toString(), colour);
        QCOMPARE(attachment[u"title"].toString(), title);
        QCOMPARE(attachment[u"text"].toString(), u"disk almost full"_qs);
        QVERIFY(attachment[u"mrkdwn_in"].toArray().contains(u"text"_qs));
        QCOMPARE(fieldsOf(attachment),
                 QStringList({u"Application=tst_formats 1.2.3"_qs,
                              u"Host="_qs + QSysInfo::machineHostName(),
                              u"Process="_qs + QString::number(QCoreApplication::applicationPid()),
                              u"Location=disk.cpp:42"_qs}));
        for (const QJsonValue &field : attachment[u"fields"].toArray())
            QVERIFY(field[u"short"].toBool()); // two columns
        QCOMPARE(attachment[u"footer"].toString(), u"tst_formats"_qs);
        const qint64 ts = attachment[u"ts"].toInteger();
        QVERIFY2(ts >= before && ts <= QDateTime::currentSecsSinceEpoch(),
                 qPrintable(QString::number(ts)));
        QVERIFY(attachment[u"fallback"].toString().contains(u"disk almost full"_qs));
        break;
    }
    case MessageFormat::Blocks: {
        const QJsonArray blocks = payload[u"blocks"].toArray();
        QCOMPARE(blocks.size(), 3);
        QCOMPARE(blocks[0][u"type"].toString(), u"header"_qs);
        QCOMPARE(blocks[0][u"text"][u"type"].toString(), u"plain_text"_qs);
        QCOMPARE(blocks[0][u"text"][u"text"].toString(), title);
        QCOMPARE(blocks[1][u"type"].toString(), u"section"_qs);
        QCOMPARE(blocks[1][u"text"][u"type"].toString(), u"mrkdwn"_qs);
        QCOMPARE(blocks[1][u"text"][u"text"].toString(), u"disk almost full"_qs);
        const QStringList context = contextOf(blocks);
        QVERIFY2(context.contains(u"*Location:* disk.cpp:42"_qs), qPrintable(context.join(u'|')));
        QVERIFY2(context.constLast().startsWith(u"<!date^"_qs), qPrintable(context.constLast()));
        // Notifications show the text, not the blocks.
        QVERIFY(payload[u"text"].toString().contains(u"disk almost full"_qs));
        break;
    }
    }
}

void tst_Formats::fatalIsDarkRed()
{
    // qFatal aborts the test, so its post is composed here as the exit path composes it.
    Internal::Origin origin{kCategory, kFile, kFunction, 42};
    Internal::PostItem item;
    item.text = u"disk on fire"_qs;
    item.level = Level::Fatal;
    item.origin = &origin;
    Internal::PostStyle style;
    style.format = MessageFormat::Attachments;
    const QJsonObject attachment =
            QJsonDocument::fromJson(Internal::composePost(Destination(), style, {item}))
                    .object()[u"attachments"][0]
                    .toObject();
    QCOMPARE(attachment[u"color"].toString(), u"#7b0000"_qs);
    QCOMPARE(attachment[u"title"].toString(), u"Fatal · app.disk"_qs);
}

void tst_Formats::mentionsPerFormat_data()
{
    QTest::addColumn<MessageFormat>("format");
    QTest::addColumn<QStringList>("shown");
    QTest::addRow("text") << MessageFormat::Text
                          << QStringList{u"<!here> :rotating_light: db down &lt;!channel&gt;"_qs};
    // Mentions notify from the post's own text, not from attachments.
    QTest::addRow("attachments") << MessageFormat::Attachments
                                 << QStringList{u"<!here>"_qs, u"db down &lt;!channel&gt;"_qs};
    QTest::addRow("blocks") << MessageFormat::Blocks
                            << QStringList{u"<!here> db down &lt;!channel&gt;"_qs};
}

void tst_Formats::mentionsPerFormat()
{
    QFETCH(MessageFormat, format);
    QFETCH(QStringList, shown);
    Settings settings = this->settings(format);
    settings.setMention(Level::Critical, u"@here"_qs);
    settings.setMention(Level::Fatal, u"@channel"_qs);
    // The mention comes from the settings; the one in the log text stays text.
    const QList<ReceivedRequest> requests =
            deliver(settings, [] { log(Level::Critical, u"db down <!channel>"_qs); });
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.constFirst().displayedTexts(), shown);
}

void tst_Formats::fieldsAsChosen_data()
{
    QTest::addColumn<QString>("names");
    QTest::addColumn<QStringList>("fields");
    QTest::addRow("none") << QString() << QStringList();
    QTest::addRow("application") << u"app"_qs << QStringList{u"Application=tst_formats 1.2.3"_qs};
    QTest::addRow("host") << u"host"_qs << QStringList{u"Host="_qs + QSysInfo::machineHostName()};
    QTest::addRow("process") << u"pid"_qs
                             << QStringList{u"Process="_qs
                                            + QString::number(QCoreApplication::applicationPid())};
    QTest::addRow("category") << u"category"_qs << QStringList{u"Category=app.disk"_qs};
    QTest::addRow("file:line") << u"file"_qs << QStringList{u"Location=disk.cpp:42"_qs};
    QTest::addRow("function") << u"function"_qs << QStringList{u"Function=void Disk::check()"_qs};
    QTest::addRow("in the settings' order, whatever the list's")
            << u"function,category"_qs
            << QStringList{u"Category=app.disk"_qs, u"Function=void Disk::check()"_qs};
}

void tst_Formats::fieldsAsChosen()
{
    QFETCH(QString, names);
    QFETCH(QStringList, fields);
    Settings settings = this->settings(MessageFormat::Attachments);
    settings.setFields(messageFieldsFromNames(names).value());
    QList<ReceivedRequest> requests =
            deliver(settings, [] { log(Level::Warning, u"disk almost full"_qs); });
    QCOMPARE(requests.size(), 1);
    QCOMPARE(fieldsOf(requests.constFirst().json()[u"attachments"][0].toObject()), fields);

    // Blocks show the same fields in their context, with the time last.
    uninstall();
    m_slack->clear();
    settings.setFormat(MessageFormat::Blocks);
    requests = deliver(settings, [] { log(Level::Warning, u"disk almost full"_qs); });
    QCOMPARE(requests.size(), 1);
    QStringList context = contextOf(requests.constFirst().json()[u"blocks"].toArray());
    QVERIFY(!context.isEmpty());
    context.removeLast();
    QStringList expected;
    for (const QString &field : std::as_const(fields))
        expected << u'*' + field.section(u'=', 0, 0) + u":* "_qs + field.section(u'=', 1);
    QCOMPARE(context, expected);
}

void tst_Formats::escapingInTitlesAndFields_data()
{
    QTest::addColumn<MessageFormat>("format");
    QTest::addRow("attachments") << MessageFormat::Attachments;
    QTest::addRow("blocks") << MessageFormat::Blocks;
}

void tst_Formats::escapingInTitlesAndFields()
{
    QFETCH(MessageFormat, format);
    Settings settings = this->settings(format);
    settings.setFields(MessageField::Category | MessageField::Location | MessageField::Function);
    const QList<ReceivedRequest> requests = deliver(settings, [] {
        const QMessageLogger logger("x<y>.cpp", 7, "f<T>(a & b)", "a<b>&c");
        logger.warning().noquote() << u"<!here> & <https://evil.example|login>"_qs;
    });
    QCOMPARE(requests.size(), 1);
    const QJsonObject payload = requests.constFirst().json();
    const QString title = u"Warning · a&lt;b&gt;&amp;c"_qs;
    const QString text = u"&lt;!here&gt; &amp; &lt;https://evil.example|login&gt;"_qs;
    const QStringList fields{u"Category=a&lt;b&gt;&amp;c"_qs, u"Location=x&lt;y&gt;.cpp:7"_qs,
                             u"Function=f&lt;T&gt;(a &amp; b)"_qs};
    if (format == MessageFormat::Attachments) {
        const QJsonObject attachment = payload[u"attachments"][0].toObject();
        QCOMPARE(attachment[u"title"].toString(), title);
        QCOMPARE(attachment[u"text"].toString(), text);
        QCOMPARE(fieldsOf(attachment), fields);
        QVERIFY(!attachment[u"fallback"].toString().contains(u'<'));
    } else {
        const QJsonArray blocks = payload[u"blocks"].toArray();
        QCOMPARE(blocks[0][u"text"][u"text"].toString(), title);
        QCOMPARE(blocks[1][u"text"][u"text"].toString(), text);
        QStringList context = contextOf(blocks);
        context.removeLast();
        QCOMPARE(context.size(), 3);
        QCOMPARE(context.constFirst(), u"*Category:* a&lt;b&gt;&amp;c"_qs);
        QVERIFY(!payload[u"text"].toString().contains(u'<'));
    }
    // Nothing the log call wrote can open a link or a mention: the only '<' is the time's.
    const QString body = QString::fromUtf8(requests.constFirst().body);
    QCOMPARE(body.count(u'<'), format == MessageFormat::Blocks ? 1 : 0);
}

void tst_Formats::limitsAtTheirEdges_data()
{
    QTest::addColumn<ServerKind>("kind");
    QTest::addColumn<ServerLimits>("limits");
    QTest::addColumn<MessageFormat>("format");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("parts");
    const auto add = [](const char *name, ServerKind kind, const ServerLimits &limits,
                        MessageFormat format, int limit) {
        QTest::addRow("%s: %d", name, limit) << kind << limits << format << limit << 1;
        QTest::addRow("%s: %d", name, limit + 1) << kind << limits << format << limit + 1 << 2;
    };
    add("slack text", ServerKind::Slack, ServerLimits::slack(), MessageFormat::Text, 40000);
    add("slack attachments", ServerKind::Slack, ServerLimits::slack(), MessageFormat::Attachments,
        40000);
    add("slack blocks, a section", ServerKind::Slack, ServerLimits::slack(), MessageFormat::Blocks,
        3000);
    add("mattermost text", ServerKind::Mattermost, ServerLimits::mattermost(), MessageFormat::Text,
        16383);
    add("mattermost attachments", ServerKind::Mattermost, ServerLimits::mattermost(),
        MessageFormat::Attachments, 16383);
    add("rocketchat attachments", ServerKind::RocketChat, ServerLimits::rocketChat(),
        MessageFormat::Attachments, 5000);
    add("discord text", ServerKind::Discord, ServerLimits::discord(), MessageFormat::Text, 2000);
    add("discord attachments", ServerKind::Discord, ServerLimits::discord(),
        MessageFormat::Attachments, 2000);
}

void tst_Formats::limitsAtTheirEdges()
{
    QFETCH(ServerKind, kind);
    QFETCH(ServerLimits, limits);
    QFETCH(MessageFormat, format);
    QFETCH(int, length);
    QFETCH(int, parts);
    m_slack->setServerLimits(limits);
    Settings settings = this->settings(format, kind);
    settings.setTextBudget(40000); // the server's limit is what cuts
    const QString message = words(length);
    const QList<ReceivedRequest> requests =
            deliver(settings, [&message] { log(Level::Info, message); });
    QVERIFY2(!requests.isEmpty(), qPrintable(m_problem));
    QStringList shown;
    for (const ReceivedRequest &request : requests)
        shown += request.displayedTexts();
    QCOMPARE(shown.size(), parts);
    QString rejoined;
    for (const QString &part : std::as_const(shown)) {
        QVERIFY2(part.size()
                         <= qMin(limits.textLimit, format == MessageFormat::Blocks ? 3000 : 40000),
                 qPrintable(QString::number(part.size())));
        rejoined += parts == 1 ? part : withoutMarker(part);
    }
    QCOMPARE(rejoined, message);
}

void tst_Formats::codeBlocksStayBalancedAcrossParts_data()
{
    QTest::addColumn<MessageFormat>("format");
    QTest::addColumn<ServerKind>("kind");
    QTest::addColumn<ServerLimits>("limits");
    QTest::addRow("text") << MessageFormat::Text << ServerKind::Slack << ServerLimits::slack();
    QTest::addRow("attachments") << MessageFormat::Attachments << ServerKind::Slack
                                 << ServerLimits::slack();
    QTest::addRow("blocks") << MessageFormat::Blocks << ServerKind::Slack << ServerLimits::slack();
    QTest::addRow("discord attachments")
            << MessageFormat::Attachments << ServerKind::Discord << ServerLimits::discord();
}

void tst_Formats::codeBlocksStayBalancedAcrossParts()
{
    QFETCH(MessageFormat, format);
    QFETCH(ServerKind, kind);
    QFETCH(ServerLimits, limits);
    m_slack->setServerLimits(limits);
    const QString stack = trace(200); // about 11,000 characters
    const QList<ReceivedRequest> requests = deliver(settings(format, kind), [&stack] {
        log(Level::Critical, u"crashed in Disk::check\n"_qs + stack);
    });
    QVERIFY2(!requests.isEmpty(), qPrintable(m_problem));
    QStringList shown;
    for (const ReceivedRequest &request : requests)
        shown += request.displayedTexts();
    QVERIFY2(shown.size() >= 3, qPrintable(QString::number(shown.size())));
    QStringList code;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        QString part = shown.at(i);
        if (i == 0 && format == MessageFormat::Text) {
            QVERIFY(part.startsWith(u":rotating_light:\n"_qs));
            part.remove(0, qsizetype(strlen(":rotating_light:\n")));
        }
        // Each part is a code block of its own: it opens, closes, and nothing else.
        QVERIFY2(part.startsWith(u"```\n"_qs), qPrintable(part.left(30)));
        part = withoutMarker(part);
        QVERIFY2(part.endsWith(u"\n```"_qs), qPrintable(part.right(30)));
        QCOMPARE(part.count(u"```"_qs), 2);
        code << part.mid(4, part.size() - 8);
    }
    // Escaped as any log text: the trace's <T> must not open a link.
    QString escaped = stack;
    escaped.replace(u'<', u"&lt;"_qs).replace(u'>', u"&gt;"_qs);
    QCOMPARE(code.join(u'\n'), u"crashed in Disk::check\n"_qs + escaped);
}

void tst_Formats::batchesKeepEachServersCounts_data()
{
    QTest::addColumn<MessageFormat>("format");
    QTest::addColumn<ServerKind>("kind");
    QTest::addColumn<ServerLimits>("limits");
    QTest::addColumn<int>("perPost"); // messages one post may carry at most
    QTest::addRow("slack attachments")
            << MessageFormat::Attachments << ServerKind::Slack << ServerLimits::slack() << 100;
    QTest::addRow("slack blocks, 3 of 50 blocks each")
            << MessageFormat::Blocks << ServerKind::Slack << ServerLimits::slack() << 16;
    QTest::addRow("discord attachments, 10 embeds")
            << MessageFormat::Attachments << ServerKind::Discord << ServerLimits::discord() << 10;
}

void tst_Formats::batchesKeepEachServersCounts()
{
    QFETCH(MessageFormat, format);
    QFETCH(ServerKind, kind);
    QFETCH(ServerLimits, limits);
    QFETCH(int, perPost);
    m_slack->setServerLimits(limits);
    // The first post hangs a while, so that the rest wait and travel together.
    m_slack->setMode(SlackStandIn::Mode::Slow);
    m_slack->setDelay(300ms);
    const int messages = 150;
    const QList<ReceivedRequest> requests = deliver(settings(format, kind), [] {
        for (int i = 0; i < messages; ++i)
            log(Level::Info, QStringLiteral("message %1").arg(i));
    });
    QVERIFY2(!requests.isEmpty(), qPrintable(m_problem));
    QStringList shown;
    int fullest = 0;
    for (const ReceivedRequest &request : requests) {
        const QStringList texts = request.displayedTexts();
        fullest = qMax(fullest, int(texts.size()));
        QVERIFY(texts.size() <= perPost);
        shown += texts;
    }
    QCOMPARE(shown.size(), messages);
    QCOMPARE(shown.constLast(), u"message 149"_qs);
    // They did travel together: where the server's count is the cap, up to it. (How many
    // wait together for Slack's 100 depends on when the worker looks.)
    if (perPost < 20)
        QCOMPARE(fullest, perPost);
    else
        QVERIFY2(fullest > 1, qPrintable(QString::number(fullest)));
}

void tst_Formats::serversGetOnlyWhatTheyHonour_data()
{
    QTest::addColumn<ServerKind>("kind");
    QTest::addColumn<QStringList>("keys");
    QTest::addRow("slack") << ServerKind::Slack
                           << QStringList{u"attachments"_qs, u"channel"_qs, u"icon_emoji"_qs,
                                          u"username"_qs};
    QTest::addRow("mattermost") << ServerKind::Mattermost
                                << QStringList{u"attachments"_qs, u"channel"_qs, u"icon_emoji"_qs,
                                               u"username"_qs};
    QTest::addRow("rocketchat") << ServerKind::RocketChat
                                << QStringList{u"attachments"_qs, u"channel"_qs, u"icon_emoji"_qs,
                                               u"username"_qs};
    // Discord posts to the webhook's own channel and takes no emoji for an icon.
    QTest::addRow("discord") << ServerKind::Discord
                             << QStringList{u"attachments"_qs, u"username"_qs};
}

void tst_Formats::serversGetOnlyWhatTheyHonour()
{
    QFETCH(ServerKind, kind);
    QFETCH(QStringList, keys);
    Settings settings = this->settings(MessageFormat::Attachments, kind);
    settings.setChannel(u"#ops"_qs);
    settings.setUsername(u"Build Bot"_qs);
    settings.setIconEmoji(u":robot_face:"_qs);
    const QList<ReceivedRequest> requests =
            deliver(settings, [] { log(Level::Info, u"deployed"_qs); });
    QCOMPARE(requests.size(), 1);
    QStringList received = requests.constFirst().json().keys();
    received.sort();
    QCOMPARE(received, keys);
}

void tst_Formats::emptyMessageStillPosts_data()
{
    QTest::addColumn<MessageFormat>("format");
    QTest::addRow("text") << MessageFormat::Text;
    QTest::addRow("attachments") << MessageFormat::Attachments;
    QTest::addRow("blocks") << MessageFormat::Blocks;
}

void tst_Formats::emptyMessageStillPosts()
{
    QFETCH(MessageFormat, format);
    Settings settings = this->settings(format);
    // An empty section is invalid Block Kit: the whole post, with every message in it, would be
    // refused.
    const QList<ReceivedRequest> requests = deliver(settings, [] {
        log(Level::Info, QString());
        log(Level::Info, u"\n"_qs);
    });
    QVERIFY2(!requests.isEmpty(), qPrintable(m_problem));
    QStringList shown;
    for (const ReceivedRequest &request : requests)
        shown += request.displayedTexts().join(u'\n').split(u'\n');
    QCOMPARE(shown, QStringList(2, u"_(empty message)_"_qs));
}

void tst_Formats::channelWordsInLogTextPingNoOne_data()
{
    QTest::addColumn<ServerKind>("kind");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("shown");
    const QString zwsp(QChar(0x200b));
    // Slack pings only for <!channel>, which escaping already defuses.
    QTest::addRow("slack") << ServerKind::Slack << false << u"@channel @here disk full"_qs;
    QTest::addRow("mattermost") << ServerKind::Mattermost << false
                                << u"@"_qs + zwsp + u"channel @"_qs + zwsp + u"here disk full"_qs;
    QTest::addRow("discord") << ServerKind::Discord << false
                             << u"@"_qs + zwsp + u"channel @"_qs + zwsp + u"here disk full"_qs;
    QTest::addRow("mattermost, opted in")
            << ServerKind::Mattermost << true << u"@channel @here disk full"_qs;
}

void tst_Formats::channelWordsInLogTextPingNoOne()
{
    QFETCH(ServerKind, kind);
    QFETCH(bool, allowed);
    QFETCH(QString, shown);
    Settings settings = this->settings(MessageFormat::Attachments, kind);
    settings.setMentionsInMessagesAllowed(allowed);
    const QList<ReceivedRequest> requests =
            deliver(settings, [] { log(Level::Warning, u"@channel @here disk full"_qs); });
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.constFirst().displayedTexts(), QStringList{shown});
}

void tst_Formats::aSplitMessageMentionsOnce_data()
{
    QTest::addColumn<MessageFormat>("format");
    QTest::addColumn<ServerKind>("kind");
    QTest::addColumn<ServerLimits>("limits");
    QTest::addRow("slack text") << MessageFormat::Text << ServerKind::Slack
                                << ServerLimits::slack();
    QTest::addRow("slack attachments")
            << MessageFormat::Attachments << ServerKind::Slack << ServerLimits::slack();
    QTest::addRow("slack blocks") << MessageFormat::Blocks << ServerKind::Slack
                                  << ServerLimits::slack();
    // Here the mention in the post's text counts against Discord's 2,000 characters.
    QTest::addRow("discord attachments")
            << MessageFormat::Attachments << ServerKind::Discord << ServerLimits::discord();
}

void tst_Formats::aSplitMessageMentionsOnce()
{
    QFETCH(MessageFormat, format);
    QFETCH(ServerKind, kind);
    QFETCH(ServerLimits, limits);
    m_slack->setServerLimits(limits);
    Settings settings = this->settings(format, kind);
    settings.setMention(Level::Critical, u"@here"_qs);
    const QString message = words(9000);
    const QList<ReceivedRequest> requests =
            deliver(settings, [&message] { log(Level::Critical, message); });
    QVERIFY2(!requests.isEmpty(), qPrintable(m_problem));
    int mentions = 0;
    int parts = 0;
    for (const ReceivedRequest &request : requests) {
        const QStringList shown = request.displayedTexts();
        parts += int(shown.size());
        mentions += int(shown.join(u'\n').count(u"<!here>"_qs));
        // In attachments a post's text, when it has one, is only the mention.
        if (format == MessageFormat::Attachments && request.json().contains(u"text"_qs))
            QCOMPARE(request.text(), u"<!here>"_qs);
    }
    QVERIFY2(parts > 1, qPrintable(QString::number(parts)));
    QCOMPARE(mentions, 1);
}

void tst_Formats::discordKeepsItsEmbedTotal()
{
    // Ten embeds of short text but long fields are over Discord's 6,000 characters together,
    // though within its 2,000 of text and its 10 embeds.
    m_slack->setServerLimits(ServerLimits::discord());
    m_slack->setMode(SlackStandIn::Mode::Slow);
    m_slack->setDelay(300ms);
    Settings settings = this->settings(MessageFormat::Attachments, ServerKind::Discord);
    settings.setFields(MessageField::Function);
    static const QByteArray function = "void Disk::check(" + QByteArray(800, 'T') + ")";
    const int messages = 21;
    const QList<ReceivedRequest> requests = deliver(settings, [] {
        for (int i = 0; i < messages; ++i) {
            const QMessageLogger logger(kFile, 42, function.constData(), kCategory);
            TestSupport::logAt(logger, Level::Info, QStringLiteral("message %1").arg(i));
        }
    });
    QVERIFY2(!requests.isEmpty(), qPrintable(m_problem));
    QStringList shown;
    for (const ReceivedRequest &request : requests)
        shown += request.displayedTexts();
    QCOMPARE(shown.size(), messages);
    // The first post holds one message; then the total, not the count of 10, cuts each post.
    QVERIFY2(requests.size() >= 4, qPrintable(QString::number(requests.size())));
}

QTEST_GUILESS_MAIN(tst_Formats)
#include "tst_formats.moc"
