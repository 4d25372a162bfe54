#ifndef SLACKLOG_POSTCOMPOSER_P_H
#define SLACKLOG_POSTCOMPOSER_P_H

#include "destination.h"
#include "level.h"
#include "messageformat.h"
#include "record_p.h"
#include "serverkind.h"
#include "slacklog_export.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qstring.h>

#include <array>
#include <limits>
#include <vector>

namespace SlackLog::Internal {

// What the fields of a message tell about the process: host and process id from install(), the
// application's name and version as the engine last read them.
struct ProcessFacts
{
    QString applicationName;
    QString applicationVersion;
    QString host;
    qint64 processId = 0;
};

// One message, or one part of a split one, as a post shows it.
struct PostItem
{
    QString text; // escaped mrkdwn, as DeliveryConfig::partsFor made it
    Level level = Level::Debug;
    const Origin *origin = nullptr;
    qint64 utcMSecs = 0;
    qint64 threadId = 0;
    int repeats = 0;
    bool notice = false; // SlackLog's own words, such as a drop notice
    bool continued = false; // a later part of a split message, which mentions no one again
};

// How a post is composed: the settings' format and fields, and the server's limits.
struct PostStyle
{
    MessageFormat format = MessageFormat::Text;
    MessageFields fields;
    std::array<QString, 5> mentions; // in Slack's syntax, by level
    ProcessFacts facts;
    // At exit, attachments and blocks go as Text, one line per message with its title in front:
    // at 100 attachments or 16 messages a post, a queue would not drain in time at 1 post/s.
    bool digest = false;
    bool digestMentions = false; // the items' texts hold no mention (they were attachments)
    // A digest line longer than this goes without its title: its text was cut to the budget.
    qsizetype digestLimit = std::numeric_limits<qsizetype>::max();
};

// What a Text post shows of \a item: its text, and in a digest its mention and title.
QString textLine(const PostItem &item, const PostStyle &style);

// Block Kit's limits, from Slack's reference.
constexpr qsizetype blockSectionLimit = 3000;
constexpr qsizetype blockHeaderLimit = 150;
constexpr int blocksPerPost = 50;
// Discord's for the embeds that attachments become, which Slack's attachments keep too.
constexpr qsizetype attachmentTitleLimit = 256;
constexpr qsizetype fieldValueLimit = 1024;

// Which items go into one post: the text budget, and the server's counts of attachments and
// blocks. Items are offered in order; the first always fits, so that every post makes progress.
class SLACKLOG_AUTOTEST_EXPORT PostFit
{
public:
    PostFit(const PostStyle &style, qsizetype budget, const ServerTraits &traits);

    // True, and counted, when \a item fits with those taken so far.
    bool take(const PostItem &item);

private:
    const PostStyle &m_style;
    qsizetype m_budget;
    int m_maxAttachments;
    qsizetype m_attachmentsTotal;
    qsizetype m_characters = 0;
    qsizetype m_attachmentCharacters = 0; // titles, texts, fields and footers
    int m_items = 0;
    int m_blocks = 0;
    QStringList m_mentions; // of attachments, which go in the post's own text
};

// The mention an item brings into its post: none for notices and later parts.
const QString &mentionOf(const PostItem &item, const PostStyle &style);

// " (repeated 1,234 times)", which Text puts after a line and the others beside the time.
QString repeatSuffix(int repeats);

// The blocks that \a item takes in a post.
int blocksFor(const PostItem &item);

// The JSON body of one post of \a items to \a destination. The server's kind decides which of
// channel, username and icon are sent.
SLACKLOG_AUTOTEST_EXPORT QByteArray composePost(const Destination &destination,
                                                const PostStyle &style,
                                                const std::vector<PostItem> &items);

// A Text post of \a text alone.
SLACKLOG_AUTOTEST_EXPORT QByteArray slackPayload(const Destination &destination,
                                                 const QString &text);

// The colour bar of an attachment of \a level, as "#rrggbb".
SLACKLOG_AUTOTEST_EXPORT QString levelColour(Level level);

} // namespace SlackLog::Internal

#endif // SLACKLOG_POSTCOMPOSER_P_H
