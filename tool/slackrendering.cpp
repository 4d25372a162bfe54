#include "slackrendering.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QLocale>
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

// <!date^1732523400^{date_num} {time_secs}^link|fallback>: the time in the reader's time zone,
// in the format given; the fallback when a token is one this does not know.
QString dateHtml(const QString &target, const QString &fallback)
{
    const QStringList parts = target.mid(6).split(u'^');
    bool ok = false;
    const qint64 seconds = parts.value(0).toLongLong(&ok);
    const QString format = parts.value(1);
    // A token that cannot be shown shows its fallback, or itself when it has none.
    const QString unknown = fallback.isEmpty() ? u'<' + target + u'>' : fallback;
    const QDateTime time = QDateTime::fromSecsSinceEpoch(ok ? seconds : 0).toLocalTime();
    if (!ok || format.isEmpty() || !time.isValid())
        return escapedKeepingEntities(unknown);
    static const QRegularExpression token(QStringLiteral("\\{(\\w+)\\}"));
    QString shown;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = token.globalMatch(format);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        QString value;
        if (name == u"date_num")
            value = time.toString(QStringLiteral("yyyy-MM-dd"));
        else if (name == u"date_slash")
            value = time.toString(QStringLiteral("dd/MM/yyyy"));
        else if (name == u"date" || name == u"date_pretty" || name == u"date_long"
                 || name == u"date_long_pretty")
            value = QLocale().toString(time.date(), QLocale::LongFormat);
        else if (name == u"date_short" || name == u"date_short_pretty")
            value = QLocale().toString(time.date(), QLocale::ShortFormat);
        else if (name == u"time")
            value = time.toString(QStringLiteral("HH:mm"));
        else if (name == u"time_secs")
            value = time.toString(QStringLiteral("HH:mm:ss"));
        else
            return escapedKeepingEntities(unknown);
        shown += format.mid(from, match.capturedStart() - from) + value;
        from = match.capturedEnd();
    }
    shown += format.mid(from);
    return escapedKeepingEntities(shown);
}

// <…> control sequences: links, mentions, channels, user groups and dates.
QString controlSequence(const QString &inner)
{
    const QString label = inner.section(u'|', 1);
    const QString target = inner.section(u'|', 0, 0);
    if (target.startsWith(u"!date^"))
        return dateHtml(target, label);
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

// A Block Kit text object: mrkdwn, or plain_text shown as it is.
QString textObjectHtml(const QJsonObject &text)
{
    const QString value = text.value(u"text").toString();
    if (text.value(u"type").toString() == u"mrkdwn")
        return mrkdwnToHtml(value);
    return lineBreaks(escapedKeepingEntities(value));
}

// Cells side by side, two to a row, as Slack lays out fields.
QString twoColumns(const QStringList &cells)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">");
    for (qsizetype i = 0; i < cells.size(); i += 2) {
        html += QStringLiteral("<tr><td valign=\"top\" width=\"50%\">") + cells.at(i)
                + QStringLiteral("</td><td valign=\"top\" width=\"50%\">") + cells.value(i + 1)
                + QStringLiteral("</td></tr>");
    }
    return html + QStringLiteral("</table>");
}

QString blockHtml(const QJsonObject &block)
{
    const QString type = block.value(u"type").toString();
    QString html;
    if (type == u"header") {
        html = QStringLiteral("<b><big>")
                + escapedKeepingEntities(block.value(u"text").toObject().value(u"text").toString())
                + QStringLiteral("</big></b>");
    } else if (type == u"section") {
        if (block.contains(u"text"))
            html = textObjectHtml(block.value(u"text").toObject());
        QStringList cells;
        const QJsonArray fields = block.value(u"fields").toArray();
        for (const QJsonValue &field : fields)
            cells << textObjectHtml(field.toObject());
        if (!cells.isEmpty())
            html += twoColumns(cells);
    } else if (type == u"context") {
        QStringList parts;
        const QJsonArray elements = block.value(u"elements").toArray();
        for (const QJsonValue &value : elements) {
            const QJsonObject element = value.toObject();
            if (element.value(u"type").toString() == u"image")
                parts << QCoreApplication::translate("SlackRendering", "[image]");
            else
                parts << textObjectHtml(element);
        }
        html = QStringLiteral("<small style=\"color:#616061\">")
                + parts.join(QStringLiteral(" &nbsp; ")) + QStringLiteral("</small>");
    } else if (type == u"divider") {
        return QStringLiteral("<hr>");
    } else {
        //: a Block Kit block that the inspector does not draw; %1 is its type
        html = QStringLiteral("<small style=\"color:#616061\">")
                + QCoreApplication::translate("SlackRendering", "[%1 block]")
                          .arg(escapedKeepingEntities(type))
                + QStringLiteral("</small>");
    }
    return QStringLiteral("<div style=\"margin-top:4px\">") + html + QStringLiteral("</div>");
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
    html += QStringLiteral("</small>");
    const QJsonArray blocks = payload.value(u"blocks").toArray();
    // With blocks, the text is only what notifications show.
    if (blocks.isEmpty())
        html += QStringLiteral("<br>") + mrkdwnToHtml(payload.value(u"text").toString());
    for (const QJsonValue &block : blocks)
        html += blockHtml(block.toObject());
    const QJsonArray attachments = payload.value(u"attachments").toArray();
    for (const QJsonValue &attachment : attachments)
        html += attachmentHtml(attachment.toObject());
    html += QStringLiteral("</td></tr></table>");
    return html;
}
