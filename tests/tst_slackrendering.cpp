#include "slackrendering.h"

#include <QtCore/QDateTime>
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
    void showsBlocks_data();
    void showsBlocks();
    void blocksHideTheNotificationText();
};

namespace {

QJsonObject mrkdwnText(const QString &text)
{
    return QJsonObject{{u"type"_qs, u"mrkdwn"_qs}, {u"text"_qs, text}};
}

QJsonObject plainText(const QString &text)
{
    return QJsonObject{{u"type"_qs, u"plain_text"_qs}, {u"text"_qs, text}};
}

QString localTime(qint64 seconds, const QString &format)
{
    return QDateTime::fromSecsSinceEpoch(seconds).toLocalTime().toString(format);
}

} // namespace

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
    // Dates show in the reader's time zone, in the format given; the fallback otherwise.
    QTest::addRow("date")
            << u"at <!date^1732523400^{date_num} {time_secs}|2024-11-25 08:30:00 UTC>"_qs
            << u"at "_qs + localTime(1732523400, u"yyyy-MM-dd HH:mm:ss"_qs);
    QTest::addRow("date with text and a link")
            << u"<!date^1732523400^Posted {time}^https://example.com|x>"_qs
            << u"Posted "_qs + localTime(1732523400, u"HH:mm"_qs);
    QTest::addRow("date with an unknown token")
            << u"<!date^1732523400^{ago}|a while &amp; more>"_qs << u"a while &amp; more"_qs;
    QTest::addRow("date that is not a number")
            << u"<!date^soon^{date_num}|&lt;b&gt;later>"_qs << u"&lt;b&gt;later"_qs;
    // Without a fallback, a token that cannot be shown shows itself, as text.
    QTest::addRow("date without a fallback")
            << u"<!date^soon^{date_num}>"_qs << u"&lt;!date^soon^{date_num}&gt;"_qs;
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

void tst_SlackRendering::showsBlocks_data()
{
    QTest::addColumn<QJsonObject>("block");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("lacks");
    QTest::addRow("header") << QJsonObject{{u"type"_qs, u"header"_qs},
                                           {u"text"_qs, plainText(u"Warning · app.db"_qs)}}
                            << QStringList{u"<b><big>Warning · app.db</big></b>"_qs}
                            << QStringList{};
    QTest::addRow("header stays text")
            << QJsonObject{{u"type"_qs, u"header"_qs},
                           {u"text"_qs, plainText(u"&lt;b&gt; *x* <i>"_qs)}}
            << QStringList{u"<b><big>&lt;b&gt; *x* &lt;i&gt;</big></b>"_qs}
            << QStringList{u"<b>x</b>"_qs, u"<i>"_qs};
    QTest::addRow("section") << QJsonObject{{u"type"_qs, u"section"_qs},
                                            {u"text"_qs, mrkdwnText(u"disk *almost* full"_qs)}}
                             << QStringList{u"disk <b>almost</b> full"_qs} << QStringList{};
    QTest::addRow("section escaping")
            << QJsonObject{{u"type"_qs, u"section"_qs},
                           {u"text"_qs, mrkdwnText(u"a &lt;b&gt;bold?&lt;/b&gt; &amp; <b>"_qs)}}
            << QStringList{u"a &lt;b&gt;bold?&lt;/b&gt; &amp; &lt;b&gt;"_qs}
            << QStringList{u"<b>bold"_qs};
    QTest::addRow("plain text section")
            << QJsonObject{{u"type"_qs, u"section"_qs}, {u"text"_qs, plainText(u"*as is*"_qs)}}
            << QStringList{u"*as is*"_qs} << QStringList{u"<b>as is</b>"_qs};
    QTest::addRow("section fields")
            << QJsonObject{{u"type"_qs, u"section"_qs},
                           {u"fields"_qs,
                            QJsonArray{mrkdwnText(u"*Host:* db1"_qs),
                                       mrkdwnText(u"*Process:* 42"_qs),
                                       mrkdwnText(u"*Thread:* 7"_qs)}}}
            // Two columns: two fields to a row, the third in a row of its own.
            << QStringList{u"<tr><td valign=\"top\" width=\"50%\"><b>Host:</b> db1</td><td "
                           u"valign=\"top\" width=\"50%\"><b>Process:</b> 42</td></tr><tr><td "
                           u"valign=\"top\" width=\"50%\"><b>Thread:</b> 7</td>"_qs}
            << QStringList{};
    QTest::addRow("context")
            << QJsonObject{{u"type"_qs, u"context"_qs},
                           {u"elements"_qs,
                            QJsonArray{mrkdwnText(u"*Host:* db1"_qs),
                                       mrkdwnText(u"<!date^1732523400^{date_num} "
                                                  u"{time_secs}|2024-11-25 08:30:00 UTC>"_qs)}}}
            << QStringList{u"<small style=\"color:#616061\"><b>Host:</b> db1 &nbsp; "_qs
                           + localTime(1732523400, u"yyyy-MM-dd HH:mm:ss"_qs) + u"</small>"_qs}
            << QStringList{u"@date"_qs, u"UTC"_qs};
    QTest::addRow("context escaping")
            << QJsonObject{{u"type"_qs, u"context"_qs},
                           {u"elements"_qs,
                            QJsonArray{mrkdwnText(u"*Function:* f&lt;int&gt;()"_qs),
                                       plainText(u"<script>"_qs)}}}
            << QStringList{u"<b>Function:</b> f&lt;int&gt;()"_qs, u"&lt;script&gt;"_qs}
            << QStringList{u"<int>"_qs, u"<script>"_qs};
    QTest::addRow("divider") << QJsonObject{{u"type"_qs, u"divider"_qs}} << QStringList{u"<hr>"_qs}
                             << QStringList{};
    QTest::addRow("unknown block")
            << QJsonObject{{u"type"_qs, u"<actions>"_qs}}
            << QStringList{u"[&lt;actions&gt; block]"_qs} << QStringList{u"<actions>"_qs};
}

void tst_SlackRendering::showsBlocks()
{
    QFETCH(QJsonObject, block);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, lacks);
    const QString html = renderPayloadHtml(QJsonObject{{u"blocks"_qs, QJsonArray{block}}});
    for (const QString &part : std::as_const(contains))
        QVERIFY2(html.contains(part), qPrintable(part + u"\nnot in\n"_qs + html));
    for (const QString &part : std::as_const(lacks))
        QVERIFY2(!html.contains(part), qPrintable(part + u"\nin\n"_qs + html));
}

void tst_SlackRendering::blocksHideTheNotificationText()
{
    // As the library posts a warning in blocks: Slack shows the blocks, and the text only in
    // notifications.
    const QJsonObject payload{
            {u"text"_qs, u"Warning · app.db: notification only"_qs},
            {u"blocks"_qs,
             QJsonArray{QJsonObject{{u"type"_qs, u"header"_qs},
                                    {u"text"_qs, plainText(u"Warning · app.db"_qs)}},
                        QJsonObject{{u"type"_qs, u"section"_qs},
                                    {u"text"_qs, mrkdwnText(u"connection *lost*"_qs)}},
                        QJsonObject{{u"type"_qs, u"context"_qs},
                                    {u"elements"_qs, QJsonArray{mrkdwnText(u"*Host:* db1"_qs)}}}}}};
    const QString html = renderPayloadHtml(payload);
    QVERIFY2(!html.contains(u"notification only"_qs), qPrintable(html));
    const qsizetype header = html.indexOf(u"<big>Warning · app.db</big>"_qs);
    const qsizetype section = html.indexOf(u"connection <b>lost</b>"_qs);
    const qsizetype context = html.indexOf(u"<b>Host:</b> db1"_qs);
    QVERIFY2(header >= 0 && header < section && section < context, qPrintable(html));
    // Without blocks the text is the message.
    QVERIFY(renderPayloadHtml(QJsonObject{{u"text"_qs, u"notification only"_qs},
                                          {u"blocks"_qs, QJsonArray{}}})
                    .contains(u"notification only"_qs));
}

QTEST_GUILESS_MAIN(tst_SlackRendering)
#include "tst_slackrendering.moc"
