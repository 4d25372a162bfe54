#include "slackrendering.h"

#include <QtCore/QJsonArray>
#include <QtTest/QTest>

// The inspector shows a payload as Slack would; log text must never turn into markup.
class tst_SlackRendering : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mrkdwn_data();
    void mrkdwn();
    void showsWhoPostsAndWhere();
    void showsAttachments();
};

void tst_SlackRendering::mrkdwn_data()
{
    QTest::addColumn<QString>("mrkdwn");
    QTest::addColumn<QString>("html");
    QTest::addRow("plain") << u"disk almost full"_qs << u"disk almost full"_qs;
    QTest::addRow("bold") << u"disk *almost* full"_qs << u"disk <b>almost</b> full"_qs;
    QTest::addRow("italic and strike")
            << u"_slow_ and ~gone~"_qs << u"<i>slow</i> and <s>gone</s>"_qs;
    QTest::addRow("no emphasis inside words")
            << u"snake_case_name a*b*c"_qs << u"snake_case_name a*b*c"_qs;
    QTest::addRow("inline code") << u"run `make *all*`"_qs
                                 << u"run <code style=\"color:#c01343;background-color:#f6f6f6\">"
                                    u"make *all*</code>"_qs;
    QTest::addRow("code block") << u"trace:\n```\nat *main*\n```"_qs
                                << u"trace:<br><pre style=\"background-color:#f8f8f8\">at *main*\n"
                                   u"</pre>"_qs;
    QTest::addRow("escaped text stays text")
            << u"a &lt;b&gt; &amp; c"_qs << u"a &lt;b&gt; &amp; c"_qs;
    QTest::addRow("raw html is shown, not run")
            << u"<b>x</b> \"q\""_qs << u"&lt;b&gt;x&lt;/b&gt; &quot;q&quot;"_qs;
    QTest::addRow("link with label") << u"see <https://example.com/a?b=1&amp;c=2|the docs>"_qs
                                     << u"see <a href=\"https://example.com/a?b=1&amp;c=2\">the "
                                        u"docs</a>"_qs;
    QTest::addRow("bare link") << u"<https://example.com>"_qs
                               << u"<a href=\"https://example.com\">https://example.com</a>"_qs;
    QTest::addRow("script link is not a link")
            << u"<javascript:alert(1)|x>"_qs << u"&lt;javascript:alert(1)|x&gt;"_qs;
    const QString mention = u"<span style=\"background-color:#fff3c4;color:#1264a3\">"_qs;
    QTest::addRow("here") << u"<!here> db down"_qs << mention + u"@here</span> db down"_qs;
    QTest::addRow("user") << u"<@U012AB3CD>"_qs << mention + u"@U012AB3CD</span>"_qs;
    QTest::addRow("line breaks") << u"one\ntwo"_qs << u"one<br>two"_qs;
}

void tst_SlackRendering::mrkdwn()
{
    QFETCH(QString, mrkdwn);
    QFETCH(QString, html);
    QCOMPARE(mrkdwnToHtml(mrkdwn), html);
}

void tst_SlackRendering::showsWhoPostsAndWhere()
{
    const QString html = renderPayloadHtml(QJsonObject{{u"text"_qs, u"*hi*"_qs},
                                                       {u"username"_qs, u"Build <Bot>"_qs},
                                                       {u"icon_emoji"_qs, u":robot_face:"_qs},
                                                       {u"channel"_qs, u"#ops"_qs}});
    QVERIFY2(html.contains(u"<b>Build &lt;Bot&gt;</b>"_qs), qPrintable(html));
    QVERIFY(html.contains(u":robot_face:"_qs));
    QVERIFY(html.contains(u"&rarr; #ops"_qs));
    QVERIFY(html.contains(u"<b>hi</b>"_qs));
    // Without a username Slack shows the webhook's own name.
    QVERIFY(renderPayloadHtml(QJsonObject{{u"text"_qs, u"x"_qs}})
                    .contains(u"<b>incoming-webhook</b>"_qs));
}

void tst_SlackRendering::showsAttachments()
{
    const QJsonObject attachment{{u"color"_qs, u"danger"_qs},
                                 {u"title"_qs, u"critical in app.db"_qs},
                                 {u"text"_qs, u"connection *lost*"_qs},
                                 {u"fields"_qs,
                                  QJsonArray{QJsonObject{{u"title"_qs, u"host"_qs},
                                                         {u"value"_qs, u"db1"_qs},
                                                         {u"short"_qs, true}},
                                             QJsonObject{{u"title"_qs, u"pid"_qs},
                                                         {u"value"_qs, u"42"_qs},
                                                         {u"short"_qs, true}}}},
                                 {u"footer"_qs, u"myapp"_qs}};
    const QString html = renderPayloadHtml(
            QJsonObject{{u"text"_qs, QString()}, {u"attachments"_qs, QJsonArray{attachment}}});
    QVERIFY2(html.contains(u"bgcolor=\"#e01e5a\""_qs), qPrintable(html));
    QVERIFY(html.contains(u"<b>critical in app.db</b>"_qs));
    QVERIFY(html.contains(u"connection <b>lost</b>"_qs));
    // Two short fields share a row: two columns.
    QVERIFY2(html.contains(u"<tr><td valign=\"top\"><b>host</b><br>db1</td><td valign=\"top\"><b>"
                           u"pid</b><br>42</td></tr>"_qs),
             qPrintable(html));
    QVERIFY(html.contains(u"myapp"_qs));
}

QTEST_GUILESS_MAIN(tst_SlackRendering)
#include "tst_slackrendering.moc"
