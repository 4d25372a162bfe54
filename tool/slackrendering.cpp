#include "slackrendering.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QRegularExpression>

namespace {

// Text that reaches the HTML unchanged, except for what HTML itself gives meaning to. Slack's
// own entities (&amp; &lt; &gt;) are kept as they are: they already mean the character.
QString escapedKeepingEntities(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("^&(amp|lt|gt);"));
    QString html;
    html.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'&') {
            if (entity.match(text.mid(i, 5)).hasMatch())
                html += c;
            else
                html += QStringLiteral("&amp;");
        } else if (c == u'<') {
            html += QStringLiteral("&lt;");
        } else if (c == u'>') {
            html += QStringLiteral("&gt;");
        } else if (c == u'"') {
            html += QStringLiteral("&quot;");
        } else {
            html += c;
        }
    }
    return html;
}

// <…> control sequences: links, mentions, channels and user groups.
QString controlSequence(const QString &inner)
{
    const QString label = inner.section(u'|', 1);
    const QString target = inner.section(u'|', 0, 0);
    const auto mention = [](const QString &text) -> QString {
        return QStringLiteral("<span style=\"background-color:#fff3c4;color:#1264a3\">")
                + escapedKeepingEntities(text) + QStringLiteral("</span>");
    };
    const QString at = QStringLiteral("@");
    if (target.startsWith(u"!subteam^"))
        return mention(label.isEmpty() ? QString(at + target.mid(9)) : label);
    if (target.startsWith(u'!'))
        return mention(QString(at + (label.isEmpty() ? target.mid(1) : label)));
    if (target.startsWith(u'@'))
        return mention(label.isEmpty() ? target : QString(at + label));
    if (target.startsWith(u'#'))
        return mention(label.isEmpty() ? target : QString(QStringLiteral("#") + label));
    static const QRegularExpression scheme(QStringLiteral("^(https?|mailto):"));
    if (scheme.match(target).hasMatch()) {
        return QStringLiteral("<a href=\"") + escapedKeepingEntities(target) + QStringLiteral("\">")
                + escapedKeepingEntities(label.isEmpty() ? target : label) + QStringLiteral("</a>");
    }
    // Not a control sequence Slack knows: it shows the text.
    return escapedKeepingEntities(u'<' + inner + u'>');
}

QString emphasis(const QString &html)
{
    // Slack's rule: the markers hug the words and stand at word boundaries.
    static const struct
    {
        QRegularExpression pattern;
        const char *tag;
    } styles[] = {
            {QRegularExpression(QStringLiteral("(^|[\\s(])\\*([^*\\s](?:[^*\\n]*[^*\\s])?)\\*(?=$|["
                                               "\\s.,;:!?)])")),
             "b"},
            {QRegularExpression(QStringLiteral("(^|[\\s(])_([^_\\s](?:[^_\\n]*[^_\\s])?)_(?=$|["
                                               "\\s.,;:!?)])")),
             "i"},
            {QRegularExpression(QStringLiteral("(^|[\\s(])~([^~\\s](?:[^~\\n]*[^~\\s])?)~(?=$|["
                                               "\\s.,;:!?)])")),
             "s"},
    };
    QString result = html;
    for (const auto &style : styles) {
        const QString tag = QString::fromLatin1(style.tag);
        result.replace(style.pattern,
                       QStringLiteral("\\1<") + tag + QStringLiteral(">\\2</") + tag
                               + QStringLiteral(">"));
    }
    return result;
}

// \a text with each match of \a pattern turned into HTML by \a matched (given its first
// capture), and what lies between the matches by \a between.
template<typename Between, typename Matched>
QString transformMatches(const QString &text, const QRegularExpression &pattern, Between between,
                         Matched matched)
{
    QString html;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        html += between(text.mid(from, match.capturedStart() - from));
        html += matched(match.captured(1));
        from = match.capturedEnd();
    }
    html += between(text.mid(from));
    return html;
}

// Text outside code: control sequences, then emphasis on what lies between them.
QString inlineText(const QString &text)
{
    static const QRegularExpression sequence(QStringLiteral("<([^<>\\n]+)>"));
    return transformMatches(
            text, sequence,
            [](const QString &plain) { return emphasis(escapedKeepingEntities(plain)); },
            controlSequence);
}

QString withInlineCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("`([^`\\n]+)`"));
    return transformMatches(text, code, inlineText, [](const QString &inner) -> QString {
        return QStringLiteral("<code style=\"color:#c01343;background-color:#f6f6f6\">")
                + escapedKeepingEntities(inner) + QStringLiteral("</code>");
    });
}

QString lineBreaks(QString html)
{
    return html.replace(u'\n', QStringLiteral("<br>"));
}

QString colourOf(const QString &color)
{
    if (color == u"good")
        return QStringLiteral("#2eb67d");
    if (color == u"warning")
        return QStringLiteral("#ecb22e");
    if (color == u"danger")
        return QStringLiteral("#e01e5a");
    static const QRegularExpression hex(QStringLiteral("^#?[0-9A-Fa-f]{6}$"));
    if (hex.match(color).hasMatch())
        return color.startsWith(u'#') ? color : u'#' + color;
    return QStringLiteral("#dddddd");
}

QString attachmentHtml(const QJsonObject &attachment)
{
    QString body;
    const QString pretext = attachment.value(u"pretext").toString();
    const QString title = attachment.value(u"title").toString();
    const QString text = attachment.value(u"text").toString();
    if (!title.isEmpty())
        body += QStringLiteral("<b>") + escapedKeepingEntities(title) + QStringLiteral("</b><br>");
    if (!text.isEmpty())
        body += mrkdwnToHtml(text);
    const QJsonArray fields = attachment.value(u"fields").toArray();
    if (!fields.isEmpty()) {
        body += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">");
        bool rowOpen = false;
        for (const QJsonValue &value : fields) {
            const QJsonObject field = value.toObject();
            const bool isShort = field.value(u"short").toBool();
            if (!isShort || !rowOpen)
                body += QStringLiteral("<tr>");
            body += QStringLiteral("<td valign=\"top\"")
                    + (isShort ? QString() : QStringLiteral(" colspan=\"2\""))
                    + QStringLiteral("><b>")
                    + escapedKeepingEntities(field.value(u"title").toString())
                    + QStringLiteral("</b><br>") + mrkdwnToHtml(field.value(u"value").toString())
                    + QStringLiteral("</td>");
            if (!isShort || rowOpen) {
                body += QStringLiteral("</tr>");
                rowOpen = false;
            } else {
                rowOpen = true;
            }
        }
        if (rowOpen)
            body += QStringLiteral("</tr>");
        body += QStringLiteral("</table>");
    }
    const QString footer = attachment.value(u"footer").toString();
    const double ts = attachment.value(u"ts").toVariant().toDouble();
    if (!footer.isEmpty() || ts > 0) {
        QStringList parts;
        if (!footer.isEmpty())
            parts << escapedKeepingEntities(footer);
        if (ts > 0)
            parts << QDateTime::fromMSecsSinceEpoch(qint64(ts * 1000))
                             .toLocalTime()
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        body += QStringLiteral("<br><small style=\"color:#616061\">")
                + parts.join(QStringLiteral(" | ")) + QStringLiteral("</small>");
    }
    QString html;
    if (!pretext.isEmpty())
        html += mrkdwnToHtml(pretext) + QStringLiteral("<br>");
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\" width=\"100%\" "
                           "style=\"margin-top:4px\"><tr><td width=\"4\" bgcolor=\"")
            + colourOf(attachment.value(u"color").toString())
            + QStringLiteral("\"></td><td style=\"padding-left:8px\">") + body
            + QStringLiteral("</td></tr></table>");
    return html;
}

} // namespace

QString mrkdwnToHtml(const QString &mrkdwn)
{
    // Code blocks first: nothing inside them is formatted.
    const QStringList pieces = mrkdwn.split(QStringLiteral("```"));
    QString html;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const bool inCode = i % 2 == 1 && i + 1 < pieces.size();
        if (inCode) {
            QString code = pieces.at(i);
            if (code.startsWith(u'\n'))
                code.remove(0, 1);
            html += QStringLiteral("<pre style=\"background-color:#f8f8f8\">")
                    + escapedKeepingEntities(code) + QStringLiteral("</pre>");
        } else {
            const QString text = (i % 2 == 1 ? QStringLiteral("```") : QString()) + pieces.at(i);
            html += lineBreaks(withInlineCode(text));
        }
    }
    return html;
}

QString renderPayloadHtml(const QJsonObject &payload)
{
    const QString username = payload.value(u"username").toString();
    const QString emoji = payload.value(u"icon_emoji").toString();
    const QString iconUrl = payload.value(u"icon_url").toString();
    const QString channel = payload.value(u"channel").toString();

    QString icon;
    if (!emoji.isEmpty())
        icon = escapedKeepingEntities(emoji);
    else if (!iconUrl.isEmpty())
        //: stands for an icon image that the inspector does not download
        icon = QCoreApplication::translate("SlackRendering", "[image]");
    else
        icon = QStringLiteral("&#9881;");
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\"><tr>"
                                  "<td valign=\"top\" bgcolor=\"#e8e8e8\" title=\"")
            + escapedKeepingEntities(iconUrl.isEmpty() ? emoji : iconUrl) + QStringLiteral("\">")
            + icon + QStringLiteral("</td><td valign=\"top\"><b>")
            + escapedKeepingEntities(username.isEmpty()
                                             //: the name Slack shows when a post sets none
                                             ? QCoreApplication::translate("SlackRendering",
                                                                           "incoming-webhook")
                                             : username)
            + QStringLiteral("</b> <small style=\"color:#616061\">")
            + QCoreApplication::translate("SlackRendering", "APP");
    if (!channel.isEmpty())
        html += QStringLiteral(" &rarr; ") + escapedKeepingEntities(channel);
    html += QStringLiteral("</small><br>") + mrkdwnToHtml(payload.value(u"text").toString());
    const QJsonArray attachments = payload.value(u"attachments").toArray();
    for (const QJsonValue &attachment : attachments)
        html += attachmentHtml(attachment.toObject());
    html += QStringLiteral("</td></tr></table>");
    return html;
}
