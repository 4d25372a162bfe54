#include "outbox_p.h"

#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>

namespace SlackLog::Internal {

QString destinationKey(const Destination &destination)
{
    const QChar separator(0x1f);
    return destination.webhookUrl.toString(QUrl::FullyEncoded) + separator + destination.channel
            + separator + destination.username + separator + destination.iconEmoji + separator
            + destination.iconUrl.toString(QUrl::FullyEncoded);
}

void Outbox::add(std::vector<Record> &records, std::vector<ConfigChange> &changes,
                 const QString &applicationName)
{
    auto nextChange = changes.begin();
    for (Record &record : records) {
        Q_ASSERT(m_config || nextChange != changes.end());
        while (nextChange != changes.end() && nextChange->firstSequence <= record.sequence) {
            m_config = std::move(nextChange->config);
            m_routeCache.clear();
            ++nextChange;
        }
        auto cached = m_routeCache.constFind(record.origin);
        if (cached == m_routeCache.cend())
            cached = m_routeCache.insert(record.origin, m_config->routeFor(*record.origin));
        const Destination destination = m_config->destinationFor(record, *cached);
        PerDestination &entry = m_destinations[destinationKey(destination)];
        if (entry.lines.empty() && entry.underWay == 0)
            entry.destination = destination;
        entry.lines.push_back({record.sequence, m_config->lineFor(record, applicationName)});
        m_lastAdded = record.sequence;
    }
    // Changes for messages not logged yet still apply to them when they come.
    for (; nextChange != changes.end(); ++nextChange) {
        m_config = std::move(nextChange->config);
        m_routeCache.clear();
    }
    records.clear();
    changes.clear();
}

QStringList Outbox::readyDestinations() const
{
    QStringList keys;
    for (auto it = m_destinations.cbegin(); it != m_destinations.cend(); ++it) {
        if (it->underWay == 0 && !it->lines.empty())
            keys.append(it.key());
    }
    return keys;
}

Batch Outbox::takeBatch(const QString &key)
{
    PerDestination &entry = m_destinations[key];
    Q_ASSERT(entry.underWay == 0 && !entry.lines.empty());
    Batch batch;
    batch.key = key;
    batch.destination = entry.destination;
    QString text;
    for (const Line &line : entry.lines) {
        const qsizetype added = (text.isEmpty() ? 0 : 1) + line.text.size();
        if (batch.messageCount > 0 && text.size() + added > textBudget)
            break;
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += line.text;
        if (batch.messageCount++ == 0)
            batch.firstSequence = line.sequence;
        batch.lastSequence = line.sequence;
    }
    entry.underWay = batch.messageCount;
    batch.payload = slackPayload(batch.destination, text);
    return batch;
}

quint64 Outbox::settle(const QString &key)
{
    auto it = m_destinations.find(key);
    if (it == m_destinations.end())
        return 0;
    const auto settled = quint64(it->underWay);
    it->lines.erase(it->lines.begin(), it->lines.begin() + it->underWay);
    it->underWay = 0;
    if (it->lines.empty())
        m_destinations.erase(it);
    return settled;
}

void Outbox::release(const QString &key)
{
    auto it = m_destinations.find(key);
    if (it != m_destinations.end())
        it->underWay = 0;
}

quint64 Outbox::messageCount() const
{
    quint64 count = 0;
    for (const PerDestination &entry : m_destinations)
        count += entry.lines.size();
    return count;
}

quint64 Outbox::lowestUnsettled() const
{
    quint64 lowest = std::numeric_limits<quint64>::max();
    for (const PerDestination &entry : m_destinations) {
        if (!entry.lines.empty())
            lowest = qMin(lowest, entry.lines.front().sequence);
    }
    return lowest;
}

quint64 Outbox::clear()
{
    const quint64 count = messageCount();
    m_destinations.clear();
    return count;
}

QByteArray slackPayload(const Destination &destination, const QString &text)
{
    QJsonObject object{{QStringLiteral("text"), text}};
    if (!destination.channel.isEmpty())
        object.insert(QStringLiteral("channel"), destination.channel);
    if (!destination.username.isEmpty())
        object.insert(QStringLiteral("username"), destination.username);
    if (!destination.iconEmoji.isEmpty()) {
        QString emoji = destination.iconEmoji;
        if (!emoji.startsWith(u':'))
            emoji.prepend(u':');
        if (!emoji.endsWith(u':') || emoji.size() == 1)
            emoji.append(u':');
        object.insert(QStringLiteral("icon_emoji"), emoji);
    } else if (!destination.iconUrl.isEmpty()) {
        object.insert(QStringLiteral("icon_url"), destination.iconUrl.toString(QUrl::FullyEncoded));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace SlackLog::Internal
