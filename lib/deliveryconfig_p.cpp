#include "deliveryconfig_p.h"

#include "slacktext_p.h"
#include "textsplit_p.h"

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
    for (size_t i = 0; i < config->m_mentions.size(); ++i)
        config->m_mentions[i] =
                slackMentions(settings.mention(static_cast<Level>(i))).value_or(QString());
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

QString DeliveryConfig::lineFor(const Record &record, const QString &applicationName) const
{
    const QString text = escapeSlackText(m_pattern.format(record, applicationName),
                                         m_settings.mentionsInMessagesAllowed());
    const QString &mention = m_mentions[static_cast<size_t>(record.level)];
    return mention.isEmpty() ? text : mention + QLatin1Char(' ') + text;
}

QStringList DeliveryConfig::partsFor(const Record &record, const QString &applicationName) const
{
    QString text = truncateText(lineFor(record, applicationName), m_settings.messageMax());
    if (text.size() <= partRoom())
        return {std::move(text)};
    return splitText(text, partRoom());
}

qsizetype DeliveryConfig::partRoom() const
{
    return qMax<qsizetype>(16, m_settings.textBudget() - repeatSuffixRoom);
}

} // namespace SlackLog::Internal
