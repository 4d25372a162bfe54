#include "deliveryconfig_p.h"

#include "slacktext_p.h"
#include "textsplit_p.h"
#include "translation_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qsysinfo.h>

namespace SlackLog::Internal {

namespace {
constexpr qsizetype repeatSuffixRoom = 40;
}

std::shared_ptr<const DeliveryConfig> DeliveryConfig::compile(const Settings &settings)
{
    auto config = std::make_shared<DeliveryConfig>();
    config->m_settings = settings;
    config->m_pattern = MessagePattern::parse(settings.messagePattern(), nullptr);
    const QList<Route> routes = settings.routes();
    for (const Route &route : routes) {
        if (const auto pattern = CategoryPattern::parse(route.categoryPattern))
            config->m_routes.append({*pattern, route.destination});
    }
    for (size_t i = 0; i < config->m_emoji.size(); ++i)
        config->m_emoji[i] = slackEmoji(settings.emoji(static_cast<Level>(i)));
    PostStyle &style = config->m_style;
    style.format = settings.format();
    style.fields = settings.fields();
    for (size_t i = 0; i < style.mentions.size(); ++i)
        style.mentions[i] =
                slackMentions(settings.mention(static_cast<Level>(i))).value_or(QString());
    style.facts.host = QSysInfo::machineHostName();
    style.facts.processId = QCoreApplication::applicationPid();
    return config;
}

int DeliveryConfig::routeFor(const Origin &origin) const
{
    for (int i = 0; i < m_routes.size(); ++i) {
        if (m_routes.at(i).first.matches(origin.category))
            return i;
    }
    return -1;
}

Destination DeliveryConfig::destinationFor(const Record &record, int route) const
{
    Destination destination = m_settings.destination();
    if (route >= 0)
        destination = destination.overriddenBy(m_routes.at(route).second);
    if (record.scopedOverride)
        destination = destination.overriddenBy(*record.scopedOverride);
    return destination;
}

QList<Destination> DeliveryConfig::destinations() const
{
    QList<Destination> all{m_settings.destination()};
    for (const auto &route : m_routes)
        all.append(m_settings.destination().overriddenBy(route.second));
    return all;
}

QStringList DeliveryConfig::partsFor(const Record &record, const QString &applicationName,
                                     const Destination &destination) const
{
    const MessageFormat format = m_style.format;
    QString body = format == MessageFormat::Text ? m_pattern.format(record, applicationName)
                                                 : record.message;
    // A trailing line end does not make a message multi-line.
    while (body.endsWith(u'\n') || body.endsWith(u'\r'))
        body.chop(1);
    const bool multiLine = body.contains(u'\n');
    const bool mentionsAllowed = m_settings.mentionsInMessagesAllowed();
    body = escapeSlackText(body, mentionsAllowed);
    if (!mentionsAllowed && destination.serverKind() != ServerKind::Slack)
        body = defuseChannelWords(std::move(body));
    // An empty section or attachment is refused: say that the message was empty.
    if (body.trimmed().isEmpty())
        body = u'_' + DeliveryText::tr("(empty message)") + u'_';
    body = truncateText(breakBacktickRuns(std::move(body)), m_settings.messageMax());

    QString lead;
    const auto addToLead = [&lead](const QString &word) {
        if (!word.isEmpty())
            lead += word + u' ';
    };
    const size_t level = static_cast<size_t>(record.level);
    if (format != MessageFormat::Attachments)
        addToLead(m_style.mentions[level]);
    if (format == MessageFormat::Text)
        addToLead(m_emoji[level]);

    qsizetype room = partRoom(destination);
    // The post's own text carries an attachment's mention, and the server counts it too.
    if (format == MessageFormat::Attachments && !m_style.mentions[level].isEmpty())
        room -= m_style.mentions[level].size() + 1;
    if (multiLine)
        return splitCodeBlock(lead, body, room);
    body.prepend(lead);
    if (body.size() <= room)
        return {std::move(body)};
    return splitText(body, room);
}

qsizetype DeliveryConfig::partRoom(const Destination &destination) const
{
    const qsizetype budget = textBudget(destination);
    return m_style.format == MessageFormat::Blocks ? qMin(budget, blockSectionLimit) : budget;
}

qsizetype DeliveryConfig::textBudget(const Destination &destination) const
{
    return qMin<qsizetype>(m_settings.textBudget(),
                           serverTraits(destination.serverKind()).textLimit);
}

bool DeliveryConfig::hasRoomForRepeats(const QString &text, const Destination &destination) const
{
    // Only Text puts the count in the line; the others show it beside the time.
    return m_style.format != MessageFormat::Text
            || text.size() + repeatSuffixRoom <= textBudget(destination);
}

} // namespace SlackLog::Internal
