#include "slacktext_p.h"

#include <QtTest/QTest>

using namespace SlackLog::Internal;

class tst_SlackText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escape_data();
    void escape();
    void mentions_data();
    void mentions();
};

void tst_SlackText::escape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("keepMentions");
    QTest::addColumn<QString>("escaped");
    QTest::addRow("plain") << "disk almost full" << false << "disk almost full";
    QTest::addRow("the three") << "a & b < c > d" << false << "a &amp; b &lt; c &gt; d";
    QTest::addRow("an escape stays text") << "&amp;" << false << "&amp;amp;";
    QTest::addRow("nothing else") << "*bold* _x_ `code` \"q\" 'a'" << false
                                  << "*bold* _x_ `code` \"q\" 'a'";
    QTest::addRow("channel ping is defused")
            << "<!channel> wake up" << false << "&lt;!channel&gt; wake up";
    QTest::addRow("link is defused")
            << "<https://evil.example|click>" << false << "&lt;https://evil.example|click&gt;";
    QTest::addRow("opt-in keeps mentions") << "<!here> and <@U012AB3CD> & <#C0123|ops>" << true
                                           << "<!here> and <@U012AB3CD> &amp; <#C0123|ops>";
    QTest::addRow("opt-in still defuses links")
            << "<!channel> <https://x.example>" << true << "<!channel> &lt;https://x.example&gt;";
    QTest::addRow("opt-in keeps user groups")
            << "<!subteam^S0123|@team>" << true << "<!subteam^S0123|@team>";
    QTest::addRow("non-ASCII untouched") << "Grüße <ü> 日本" << false << "Grüße &lt;ü&gt; 日本";
}

void tst_SlackText::escape()
{
    QFETCH(QString, text);
    QFETCH(bool, keepMentions);
    QFETCH(QString, escaped);
    QCOMPARE(escapeSlackText(text, keepMentions), escaped);
}

void tst_SlackText::mentions_data()
{
    QTest::addColumn<QString>("configured");
    QTest::addColumn<QString>("slack"); // empty: rejected
    QTest::addRow("@here") << "@here"
                           << "<!here>";
    QTest::addRow("@channel") << "@channel"
                              << "<!channel>";
    QTest::addRow("@everyone") << "@everyone"
                               << "<!everyone>";
    QTest::addRow("!here") << "!here"
                           << "<!here>";
    QTest::addRow("already Slack syntax") << "<!channel>"
                                          << "<!channel>";
    QTest::addRow("user id") << "@U012AB3CD"
                             << "<@U012AB3CD>";
    QTest::addRow("user token") << "<@U012AB3CD>"
                                << "<@U012AB3CD>";
    QTest::addRow("user group") << "!subteam^S0123"
                                << "<!subteam^S0123>";
    QTest::addRow("several") << "@here  @U012AB3CD"
                             << "<!here> <@U012AB3CD>";
    QTest::addRow("none") << ""
                          << "";
    QTest::addRow("a name is not a mention") << "@alice" << QString();
    QTest::addRow("a word is not a mention") << "here" << QString();
    QTest::addRow("a link is not a mention") << "<https://x.example>" << QString();
}

void tst_SlackText::mentions()
{
    QFETCH(QString, configured);
    QFETCH(QString, slack);
    const std::optional<QString> result = slackMentions(configured);
    if (slack.isNull()) {
        QVERIFY(!result);
    } else {
        QVERIFY(result);
        QCOMPARE(*result, slack);
    }
}

QTEST_GUILESS_MAIN(tst_SlackText)
#include "tst_slacktext.moc"
