#include "postcomposer_p.h"

#include "serverkind.h"
#include "slacktext_p.h"
#include "translation_p.h"

#include <QtCore/qdatetime.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>
#include <QtCore/qlocale.h>
#include <QtCore/qregularexpression.h>

namespace SlackLog::Internal {

namespace {

const QString kText = QStringLiteral("text");
const QString kType = QStringLiteral("type");
const QString kMrkdwn = QStringLiteral("mrkdwn");

QString levelTitle(Level level)
{
    QString name = levelName(level);
    name[0] = name[0].toUpper();
    return name;
}

// "Warning · app.db", escaped; the default category is left out.
QString titleFor(const PostItem &item)
{
    if (item.notice)
        return QStringLiteral("SlackLog");
    QString title = levelTitle(item.level);
    if (item.origin && !item.origin->category.isEmpty() && item.origin->category != "default")
        title += QStringLiteral(" · ") + QString::fromUtf8(item.origin->category);
    return escapeSlackText(title, false);
}

QString cut(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    qsizetype end = limit - 1;
    // Never inside a surrogate pair, an entity such as &amp; or a token such as <!here>.
    if (end > 0 && text.at(end - 1).isHighSurrogate())
        --end;
    const qsizetype amp = text.lastIndexOf(u'&', end - 1);
    if (amp >= 0 && amp > end - 5 && text.indexOf(u';', amp) >= end)
        end = amp;
    const qsizetype open = text.lastIndexOf(u'<', end - 1);
    if (open >= 0 && text.lastIndexOf(u'>', end - 1) < open)
        end = open;
    return text.first(end) + QChar(0x2026);
}

struct Field
{
    QString title;
    QString value; // escaped
};

std::vector<Field> fieldsFor(const PostItem &item, const PostStyle &style)
{
    std::vector<Field> fields;
    if (item.notice)
        return fields;
    const auto add = [&fields](const QString &title, const QString &value) {
        if (!value.isEmpty())
            fields.push_back({title, cut(escapeSlackText(value, false), fieldValueLimit)});
    };
    const MessageFields chosen = style.fields;
    const ProcessFacts &facts = style.facts;
    if (chosen.testFlag(MessageField::Application)) {
        add(DeliveryText::tr("Application"),
            facts.applicationVersion.isEmpty()
                    ? facts.applicationName
                    : facts.applicationName + u' ' + facts.applicationVersion);
    }
    if (chosen.testFlag(MessageField::Host))
        add(DeliveryText::tr("Host"), facts.host);
    if (chosen.testFlag(MessageField::Process))
        add(DeliveryText::tr("Process"), QString::number(facts.processId));
    if (chosen.testFlag(MessageField::Thread))
        add(DeliveryText::tr("Thread"), QString::number(item.threadId));
    if (item.origin) {
        if (chosen.testFlag(MessageField::Category))
            add(DeliveryText::tr("Category"), QString::fromUtf8(item.origin->category));
        if (chosen.testFlag(MessageField::Location) && !item.origin->file.isEmpty())
            add(DeliveryText::tr("Location"),
                QString::fromUtf8(item.origin->file) + u':' + QString::number(item.origin->line));
        if (chosen.testFlag(MessageField::Function))
            add(DeliveryText::tr("Function"), QString::fromUtf8(item.origin->function));
    }
    return fields;
}

// The title and the first line of words, for notifications, which show no formatting: past the
// mentions, emoji and fences that lead the text.
QString summaryFor(const PostItem &item)
{
    static const QRegularExpression lead(QStringLiteral("^(\\s|```|<[^<>]*>|:[a-z0-9_+'\\-]+:)+"));
    const QStringList lines = item.text.split(u'\n');
    QString line;
    for (const QString &candidate : lines) {
        line = QString(candidate).remove(lead);
        if (!line.trimmed().isEmpty())
            break;
    }
    return cut(titleFor(item) + QStringLiteral(": ") + line, 200);
}

QString footerFor(const PostItem &item, const PostStyle &style)
{
    QString footer =
            escapeSlackText(style.facts.applicationName.isEmpty() ? QStringLiteral("SlackLog")
                                                                  : style.facts.applicationName,
                            false);
    if (item.repeats > 0)
        footer += u' ' + repeatSuffix(item.repeats);
    return footer;
}

// What an attachment shows, in characters, as Discord counts its embeds against their total.
qsizetype attachmentCharacters(const PostItem &item, const PostStyle &style)
{
    qsizetype characters = cut(titleFor(item), attachmentTitleLimit).size() + item.text.size()
            + footerFor(item, style).size();
    for (const Field &field : fieldsFor(item, style))
        characters += field.title.size() + field.value.size();
    return characters;
}

QJsonObject attachmentFor(const PostItem &item, const PostStyle &style)
{
    QJsonObject attachment{{QStringLiteral("color"), levelColour(item.level)},
                           {QStringLiteral("fallback"), summaryFor(item)},
                           {QStringLiteral("title"), cut(titleFor(item), attachmentTitleLimit)},
                           {kText, item.text},
                           {QStringLiteral("mrkdwn_in"), QJsonArray{kText}}};
    if (item.notice)
        attachment.insert(QStringLiteral("color"), QStringLiteral("#607d8b"));
    QJsonArray fields;
    for (const Field &field : fieldsFor(item, style)) {
        fields.append(QJsonObject{{QStringLiteral("title"), field.title},
                                  {QStringLiteral("value"), field.value},
                                  {QStringLiteral("short"), true}});
    }
    if (!fields.isEmpty())
        attachment.insert(QStringLiteral("fields"), fields);
    QString footer =
            escapeSlackText(style.facts.applicationName.isEmpty() ? QStringLiteral("SlackLog")
                                                                  : style.facts.applicationName,
                            false);
    if (item.repeats > 0)
        footer += u' ' + repeatSuffix(item.repeats);
    attachment.insert(QStringLiteral("footer"), footer);
    attachment.insert(QStringLiteral("ts"), item.utcMSecs / 1000);
    return attachment;
}

QJsonObject mrkdwnText(const QString &text)
{
    return QJsonObject{{kType, kMrkdwn}, {kText, text}};
}

// Slack shows <!date^…> in the reader's time zone; the text after | is for clients that cannot.
QString slackDate(qint64 utcMSecs)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(utcMSecs, Qt::UTC);
    return QStringLiteral("<!date^%1^{date_num} {time_secs}|%2>")
            .arg(utcMSecs / 1000)
            .arg(time.toString(QStringLiteral("yyyy-MM-dd hh:mm:ss 'UTC'")));
}

void appendBlocks(QJsonArray &blocks, const PostItem &item, const PostStyle &style)
{
    if (!item.notice) {
        blocks.append(QJsonObject{{kType, QStringLiteral("header")},
                                  {kText,
                                   QJsonObject{{kType, QStringLiteral("plain_text")},
                                               {kText, cut(titleFor(item), blockHeaderLimit)}}}});
    }
    blocks.append(QJsonObject{{kType, QStringLiteral("section")},
                              {kText, mrkdwnText(cut(item.text, blockSectionLimit))}});
    if (item.notice)
        return;
    QJsonArray elements;
    for (const Field &field : fieldsFor(item, style))
        elements.append(mrkdwnText(u'*' + field.title + QStringLiteral(":* ") + field.value));
    QString time = slackDate(item.utcMSecs);
    if (item.repeats > 0)
        time += u' ' + repeatSuffix(item.repeats);
    elements.append(mrkdwnText(time));
    blocks.append(QJsonObject{{kType, QStringLiteral("context")},
                              {QStringLiteral("elements"), elements}});
}

void insertDestination(QJsonObject &object, const Destination &destination)
{
    const ServerTraits traits = serverTraits(destination.serverKind());
    if (traits.channel && !destination.channel.isEmpty())
        object.insert(QStringLiteral("channel"), destination.channel);
    if (traits.username && !destination.username.isEmpty())
        object.insert(QStringLiteral("username"), destination.username);
    if (!destination.iconEmoji.isEmpty()) {
        if (traits.iconEmoji)
            object.insert(QStringLiteral("icon_emoji"), slackEmoji(destination.iconEmoji));
    } else if (traits.iconUrl && !destination.iconUrl.isEmpty()) {
        object.insert(QStringLiteral("icon_url"), destination.iconUrl.toString(QUrl::FullyEncoded));
    }
}

} // namespace

QString textLine(const PostItem &item, const PostStyle &style)
{
    if (!style.digest || item.notice)
        return item.text;
    QString mention;
    if (style.digestMentions) {
        if (const QString &levels = mentionOf(item, style); !levels.isEmpty())
            mention = levels + u' ';
    }
    // A code block's fence must start its line on CommonMark servers.
    const QString title = titleFor(item)
            + (item.text.startsWith(QStringLiteral("```")) ? QStringLiteral("\n")
                                                           : QStringLiteral(": "));
    // The part left room for its mention only.
    if (mention.size() + title.size() + item.text.size() > style.digestLimit)
        return mention + item.text;
    return mention + title + item.text;
}

QString repeatSuffix(int repeats)
{
    return DeliveryText::tr("(repeated %1 times)",
                            "a log line that came this many more times in a row")
            .arg(QLocale(QLocale::English).toString(repeats));
}

const QString &mentionOf(const PostItem &item, const PostStyle &style)
{
    static const QString none;
    if (item.notice || item.continued)
        return none;
    return style.mentions[static_cast<size_t>(item.level)];
}

PostFit::PostFit(const PostStyle &style, qsizetype budget, const ServerTraits &traits)
    : m_style(style), m_budget(budget), m_maxAttachments(traits.maxAttachments),
      m_attachmentsTotal(traits.attachmentsTotal)
{ }

bool PostFit::take(const PostItem &item)
{
    qsizetype added = item.text.size();
    qsizetype attachment = 0;
    const QString *newMention = nullptr;
    switch (m_style.format) {
    case MessageFormat::Text:
        added = textLine(item, m_style).size() + (m_items > 0 ? 1 : 0)
                + (item.repeats > 0 ? 1 + repeatSuffix(item.repeats).size() : 0);
        break;
    case MessageFormat::Attachments:
        if (m_items > 0 && m_items >= m_maxAttachments)
            return false;
        // The post's own text carries the mentions, and counts like any other.
        if (const QString &mention = mentionOf(item, m_style);
            !mention.isEmpty() && !m_mentions.contains(mention)) {
            newMention = &mention;
            added += mention.size() + (m_mentions.isEmpty() ? 0 : 1);
        }
        if (m_attachmentsTotal > 0) {
            attachment = attachmentCharacters(item, m_style);
            if (m_items > 0 && m_attachmentCharacters + attachment > m_attachmentsTotal)
                return false;
        }
        break;
    case MessageFormat::Blocks:
        if (m_items > 0 && m_blocks + blocksFor(item) > blocksPerPost)
            return false;
        break;
    }
    if (m_items > 0 && m_characters + added > m_budget)
        return false;
    m_characters += added;
    m_attachmentCharacters += attachment;
    m_blocks += blocksFor(item);
    ++m_items;
    if (newMention)
        m_mentions.append(*newMention);
    return true;
}

int blocksFor(const PostItem &item)
{
    return item.notice ? 1 : 3;
}

QString levelColour(Level level)
{
    switch (level) {
    case Level::Debug:
        return QStringLiteral("#9e9e9e");
    case Level::Info:
        return QStringLiteral("#2f80ed");
    case Level::Warning:
        return QStringLiteral("#f2a600");
    case Level::Critical:
        return QStringLiteral("#d93025");
    case Level::Fatal:
        return QStringLiteral("#7b0000");
    }
    return QStringLiteral("#d93025");
}

QByteArray slackPayload(const Destination &destination, const QString &text)
{
    PostItem item;
    item.text = text;
    return composePost(destination, PostStyle(), {item});
}

QByteArray composePost(const Destination &destination, const PostStyle &style,
                       const std::vector<PostItem> &items)
{
    QJsonObject object;
    switch (style.format) {
    case MessageFormat::Text: {
        QString text;
        for (const PostItem &item : items) {
            if (!text.isEmpty())
                text += u'\n';
            text += textLine(item, style);
            // After a code block's closing fence, only a new line keeps it a fence elsewhere than
            // on Slack.
            if (item.repeats > 0)
                text += (item.text.endsWith(QStringLiteral("```")) ? u'\n' : u' ')
                        + repeatSuffix(item.repeats);
        }
        object.insert(kText, text);
        break;
    }
    case MessageFormat::Attachments: {
        // Mentions notify only from the message's own text, not from its attachments.
        QStringList mentions;
        QJsonArray attachments;
        for (const PostItem &item : items) {
            const QString &mention = mentionOf(item, style);
            if (!mention.isEmpty() && !mentions.contains(mention))
                mentions.append(mention);
            attachments.append(attachmentFor(item, style));
        }
        if (!mentions.isEmpty())
            object.insert(kText, mentions.join(u' '));
        object.insert(QStringLiteral("attachments"), attachments);
        break;
    }
    case MessageFormat::Blocks: {
        QJsonArray blocks;
        for (const PostItem &item : items)
            appendBlocks(blocks, item, style);
        // What notifications show: blocks are not shown there.
        if (!items.empty())
            object.insert(kText, summaryFor(items.front()));
        object.insert(QStringLiteral("blocks"), blocks);
        break;
    }
    }
    insertDestination(object, destination);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace SlackLog::Internal
