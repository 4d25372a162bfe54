#include "outbox_p.h"

#include "retryafter_p.h"
#include "spool_p.h"
#include "translation_p.h"

#include <QtCore/qrandom.h>

namespace SlackLog::Internal {

namespace {

// How far back among the lines that wait a repeat is looked for: enough for a handful of lines
// that alternate, cheap enough for a flood.
constexpr int foldLookBack = 64;

} // namespace

QString destinationKey(const Destination &destination)
{
    const QChar separator(0x1f);
    return destination.webhookUrl.toString(QUrl::FullyEncoded) + separator + destination.channel
            + separator + destination.username + separator + destination.iconEmoji + separator
            + destination.iconUrl.toString(QUrl::FullyEncoded)
            // Only when it is not Slack, so that the spool's references of earlier runs hold.
            + (destination.serverKind() == ServerKind::Slack
                       ? QString()
                       : separator + serverKindName(destination.serverKind()));
}

Outbox::~Outbox()
{
    closeSpool();
}

void Outbox::add(Records &records, std::vector<ConfigChange> &changes,
                 const QString &applicationName, const QString &applicationVersion)
{
    m_applicationName = applicationName;
    m_applicationVersion = applicationVersion;
    auto nextChange = changes.begin();
    const auto applyChange = [this](ConfigChange &change) {
        m_config = std::move(change.config);
        m_routeCache.clear();
        configureLanes();
        applySpoolSettings();
    };
    for (Record &record : records) {
        Q_ASSERT(m_config || nextChange != changes.end());
        while (nextChange != changes.end() && nextChange->firstSequence <= record.sequence)
            applyChange(*nextChange++);
        auto cached = m_routeCache.constFind(record.origin);
        if (cached == m_routeCache.cend())
            cached = m_routeCache.insert(record.origin, m_config->routeFor(*record.origin));
        addRecord(record, m_config->destinationFor(record, *cached), applicationName);
    }
    // Changes for messages not logged yet still apply to them when they come.
    for (; nextChange != changes.end(); ++nextChange)
        applyChange(*nextChange);
    records.clear();
    changes.clear();
    syncSpool();
}

bool Outbox::addRecord(Record &record, const Destination &destination,
                       const QString &applicationName, bool replayed, bool possiblyDelivered)
{
    m_lastAdded = qMax(m_lastAdded, record.sequence);
    const QString webhook = destination.webhookUrl.toString(QUrl::FullyEncoded);
    if (isGone(webhook)) {
        m_ledger->drop(DropReason::Rejected, 1);
        m_ledger->pendingBytes.fetch_sub(record.cost, std::memory_order_acq_rel);
        if (replayed && hasSpool())
            m_spool->acknowledge(record.sequence);
        return true;
    }
    const QString key = destinationKey(destination);
    const bool spooled = replayed || writeAhead(record, key, destination);
    const Settings &settings = m_config->settings();
    const qint64 window = settings.repeatWindow().count();
    if (window > 0) {
        const auto existing = m_destinations.find(key);
        if (existing != m_destinations.end()) {
            // A repeat folds into its line even with other lines between them ("connecting",
            // "failed", "connecting" …), as long as that line still waits.
            const auto firstWaiting = existing->lines.begin() + existing->underWay;
            auto it = existing->lines.end();
            for (int looked = 0; it != firstWaiting && looked < foldLookBack; ++looked) {
                Line &last = *--it;
                if (last.foldable && last.origin == record.origin && last.level == record.level
                    && record.utcMSecs - last.firstUtcMSecs <= window
                    && last.message == record.message) {
                    ++last.repeats;
                    ++last.messages;
                    last.possiblyDelivered += possiblyDelivered ? 1 : 0;
                    last.mayHaveArrived |= possiblyDelivered;
                    if (hasSpool())
                        last.foldedSequences.push_back(record.sequence);
                    m_ledger->folded.fetch_add(1, std::memory_order_acq_rel);
                    m_ledger->pendingBytes.fetch_sub(record.cost, std::memory_order_acq_rel);
                    return spooled;
                }
            }
        }
    }
    // Room is kept in each line for a " (repeated 12,345 times)" added later.
    const QStringList parts = m_config->partsFor(record, applicationName, destination);
    Line line;
    line.sequence = record.sequence;
    line.origin = record.origin;
    line.threadId = record.threadId;
    line.level = record.level;
    line.firstUtcMSecs = record.utcMSecs;
    line.possiblyDelivered = possiblyDelivered ? 1 : 0;
    line.mayHaveArrived = possiblyDelivered;
    // The byte cap counts what the lines hold from now on, instead of what the record held.
    const auto account = [this, &record](qint64 linesCost) {
        m_ledger->pendingBytes.fetch_add(linesCost - record.cost, std::memory_order_acq_rel);
    };
    if (parts.size() == 1) {
        line.text = parts.constFirst();
        line.foldable = window > 0 && m_config->hasRoomForRepeats(line.text, destination);
        if (line.foldable) {
            line.message = std::move(record.message);
            // Qt's formatting of the log call left it up to twice the size of its text; the
            // line may wait seconds for its post. Here, not in the logging thread: there the
            // copy would cost every call.
            line.message.squeeze();
        }
        line.cost = qint64(sizeof(Line)) + heapCost(line.text) + heapCost(line.message);
        account(line.cost);
        push(key, destination, std::move(line));
        return spooled;
    }
    qint64 linesCost = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        Line part = line;
        part.text = parts.at(i);
        const bool lastPart = i == parts.size() - 1;
        part.messages = lastPart ? 1 : 0;
        part.continued = i > 0;
        part.cost = qint64(sizeof(Line)) + heapCost(part.text);
        linesCost += part.cost;
        push(key, destination, std::move(part));
    }
    account(linesCost);
    return spooled;
}

void Outbox::applySpoolSettings()
{
    // A record whose destination is not among these (or among the overrides used since) goes
    // to the default destination when it is replayed.
    m_refByKey.clear();
    m_destinationByRef.clear();
    for (const Destination &destination : m_config->destinations()) {
        const QString key = destinationKey(destination);
        const QByteArray ref = Spool::destinationRef(key);
        m_refByKey.insert(key, ref);
        m_destinationByRef.insert(ref, destination);
    }
    openSpool(m_config->settings());
}

void Outbox::openSpool(const Settings &settings)
{
    const QString directory = settings.spoolDirectory();
    if (hasSpool() && m_spool->directory() == directory) {
        // Reopening would take this run's own unsettled messages for an earlier run's.
        m_spool->setMaxBytes(settings.spoolMaxBytes());
        return;
    }
    closeSpool();
    m_spoolWanted = !directory.isEmpty();
    if (directory.isEmpty())
        return;
    if (!m_spool)
        m_spool = std::make_unique<Spool>();
    m_spool->open(directory, settings.spoolMaxBytes());
}

bool Outbox::hasReplay()
{
    if (!hasSpool())
        return false;
    if (!m_spool->hasScanned()) {
        m_spool->scanEarlierRuns();
        if (m_ledger) {
            m_ledger->spoolDamaged.fetch_add(m_spool->damagedRecords(), std::memory_order_acq_rel);
            m_ledger->spoolDamagedStretches.fetch_add(m_spool->damagedStretches(),
                                                      std::memory_order_acq_rel);
        }
    }
    return m_spool->hasReplay();
}

bool Outbox::writeAhead(const Record &record, const QString &key, const Destination &destination)
{
    if (!hasSpool())
        return false;
    auto ref = m_refByKey.constFind(key);
    if (ref == m_refByKey.cend()) {
        ref = m_refByKey.insert(key, Spool::destinationRef(key));
        m_destinationByRef.insert(*ref, destination);
    }
    return m_spool->append(spooledRecord(record, *ref));
}

std::vector<SpooledRecord> Outbox::takeReplay(size_t maxRecords)
{
    if (!hasReplay())
        return {};
    return m_spool->takeReplay(maxRecords);
}

void Outbox::addReplay(std::vector<SpooledRecord> &&replayed, quint64 firstSequence,
                       const QString &applicationName, const QString &applicationVersion)
{
    Q_ASSERT(m_config);
    m_applicationName = applicationName;
    m_applicationVersion = applicationVersion;
    quint64 sequence = firstSequence;
    if (hasSpool())
        m_spool->numberReplay(firstSequence);
    for (SpooledRecord &spooled : replayed) {
        QByteArray originKey = spooled.category + '\0' + spooled.file + '\0' + spooled.function
                + '\0' + QByteArray::number(spooled.line);
        const Origin *&origin = m_replayOriginByKey[originKey];
        if (!origin) {
            m_replayOrigins.push_back(
                    Origin{spooled.category, spooled.file, spooled.function, spooled.line});
            origin = &m_replayOrigins.back();
        }
        Record record;
        record.sequence = sequence++;
        record.utcMSecs = spooled.utcMSecs;
        record.threadId = spooled.threadId;
        record.level = spooled.level;
        record.origin = origin;
        record.message = std::move(spooled.message);
        const auto known = m_destinationByRef.constFind(spooled.destinationRef);
        Destination destination = m_config->settings().destination();
        if (known != m_destinationByRef.cend()) {
            destination = *known;
        } else {
            record.message.prepend(DeliveryText::tr("[replayed; its destination is no longer in "
                                                    "the settings]",
                                                    "put in front of a message from an earlier "
                                                    "run that goes to the default channel")
                                   + u' ');
        }
        record.cost = recordCost(record.message);
        m_ledger->replayed.fetch_add(1, std::memory_order_acq_rel);
        m_ledger->pendingBytes.fetch_add(record.cost, std::memory_order_acq_rel);
        addRecord(record, destination, applicationName, true, spooled.wasSent);
    }
    syncSpool();
}

void Outbox::syncSpool()
{
    if (!hasSpool())
        return;
    m_spool->commit(lowestUnsettled());
}

void Outbox::closeSpool()
{
    if (m_spool)
        m_spool->close(lowestUnsettled());
}

QStringList Outbox::takeSpoolProblems()
{
    return m_spool ? m_spool->takeProblems() : QStringList();
}

void Outbox::settleInSpool(const Line &line, std::optional<DropReason> reason)
{
    if (!hasSpool() || line.notice || line.messages == 0)
        return;
    if (reason == DropReason::Shutdown) {
        m_spool->keep(line.sequence);
        return;
    }
    m_spool->acknowledge(line.sequence);
    for (const quint64 sequence : line.foldedSequences)
        m_spool->acknowledge(sequence);
}

void Outbox::addNotice(const QString &text)
{
    if (!m_config)
        return;
    const Destination destination = m_config->settings().destination();
    if (isGone(destination.webhookUrl.toString(QUrl::FullyEncoded)))
        return;
    Line line;
    line.sequence = m_lastAdded;
    line.messages = 0;
    line.text = text;
    line.notice = true;
    push(destinationKey(destination), destination, std::move(line));
}

void Outbox::push(const QString &key, const Destination &destination, Line &&line)
{
    PerDestination &entry = m_destinations[key];
    if (entry.lines.empty() && entry.underWay == 0) {
        entry.destination = destination;
        entry.webhook = destination.webhookUrl.toString(QUrl::FullyEncoded);
    }
    if (!m_lanes.contains(entry.webhook)) {
        Lane &lane = m_lanes[entry.webhook];
        lane.pacer.configure(m_config->settings().postsPerSecond(), m_config->settings().burst());
    }
    entry.lines.push_back(std::move(line));
}

void Outbox::configureLanes()
{
    for (Lane &lane : m_lanes)
        lane.pacer.configure(m_config->settings().postsPerSecond(), m_config->settings().burst());
}

qsizetype Outbox::budget(const Destination &destination) const
{
    if (m_exitBudget || !m_config)
        return serverTraits(destination.serverKind()).textLimit;
    return m_config->textBudget(destination);
}

std::optional<Batch> Outbox::takeReady(qint64 nowMs)
{
    for (Lane &lane : m_lanes) {
        if (lane.resend && lane.pausedUntilMs <= nowMs && lane.pacer.readyAt(nowMs) <= nowMs) {
            std::optional<Batch> batch = std::move(lane.resend);
            lane.resend.reset();
            lane.sentMs = nowMs;
            m_ledger->possibleDuplicates.fetch_add(batch->possibleDuplicates,
                                                   std::memory_order_acq_rel);
            return batch;
        }
    }
    QString best;
    quint64 bestSequence = std::numeric_limits<quint64>::max();
    for (auto it = m_destinations.cbegin(); it != m_destinations.cend(); ++it) {
        if (it->underWay != 0 || it->lines.empty())
            continue;
        const auto lane = m_lanes.constFind(it->webhook);
        if (lane == m_lanes.cend() || lane->busy || lane->gone || lane->pausedUntilMs > nowMs
            || lane->pacer.readyAt(nowMs) > nowMs)
            continue;
        if (it->lines.front().sequence < bestSequence || best.isEmpty()) {
            best = it.key();
            bestSequence = it->lines.front().sequence;
        }
    }
    if (best.isEmpty())
        return std::nullopt;
    PerDestination &entry = m_destinations[best];
    Lane &lane = m_lanes[entry.webhook];
    lane.busy = true;
    lane.sentMs = nowMs;
    Batch batch = makeBatch(best, entry);
    markSentInSpool(best, entry.underWay);
    m_ledger->possibleDuplicates.fetch_add(batch.possibleDuplicates, std::memory_order_acq_rel);
    return batch;
}

void Outbox::markSentInSpool(const QString &key, int lines)
{
    if (!hasSpool())
        return;
    PerDestination &entry = m_destinations[key];
    bool marked = false;
    for (int i = 0; i < lines; ++i) {
        Line &line = entry.lines[size_t(i)];
        if (line.markedSent || line.notice || line.messages == 0)
            continue;
        line.markedSent = true;
        marked = true;
        m_spool->markSent(line.sequence);
        for (const quint64 sequence : line.foldedSequences)
            m_spool->markSent(sequence);
    }
    // On disk before the request goes: a kill during the post leaves the mark for the next run.
    if (marked)
        syncSpool();
}

qint64 Outbox::nextReadyAt(qint64 nowMs) const
{
    qint64 next = -1;
    const auto consider = [&next](qint64 at) { next = next < 0 ? at : qMin(next, at); };
    for (const Lane &lane : m_lanes) {
        if (lane.resend)
            consider(qMax(lane.pausedUntilMs, lane.pacer.readyAt(nowMs)));
    }
    for (const PerDestination &entry : m_destinations) {
        if (entry.underWay != 0 || entry.lines.empty())
            continue;
        const auto lane = m_lanes.constFind(entry.webhook);
        if (lane == m_lanes.cend() || lane->busy || lane->gone)
            continue;
        consider(qMax(lane->pausedUntilMs, lane->pacer.readyAt(nowMs)));
    }
    return next < 0 ? next : qMax(next, nowMs);
}

Batch Outbox::makeBatch(const QString &key, PerDestination &entry)
{
    Batch batch;
    batch.key = key;
    batch.webhook = entry.webhook;
    batch.destination = entry.destination;
    PostStyle style = m_config->style();
    style.facts.applicationName = m_applicationName;
    style.facts.applicationVersion = m_applicationVersion;
    const qsizetype limit = budget(batch.destination);
    if (m_exitBudget && style.format != MessageFormat::Text) {
        style.digestMentions = style.format == MessageFormat::Attachments;
        style.format = MessageFormat::Text;
        style.digest = true;
        style.digestLimit = limit;
    }
    PostFit fit(style, limit, serverTraits(batch.destination.serverKind()));
    std::vector<PostItem> items;
    for (const Line &line : entry.lines) {
        PostItem item{line.text,     line.level,   line.origin, line.firstUtcMSecs,
                      line.threadId, line.repeats, line.notice, line.continued};
        if (!fit.take(item))
            break;
        if (!line.notice) {
            if (batch.firstSequence == 0)
                batch.firstSequence = line.sequence;
            batch.lastSequence = line.sequence;
        }
        batch.messageCount += line.messages;
        batch.possibleDuplicates += quint64(line.possiblyDelivered);
        items.push_back(std::move(item));
    }
    entry.underWay = int(items.size());
    // Counted once, with this sending; a resend after it counts by its own answer.
    for (int i = 0; i < entry.underWay; ++i)
        entry.lines[size_t(i)].possiblyDelivered = 0;
    batch.payload = composePost(batch.destination, style, items);
    return batch;
}

Settlement Outbox::answer(const Batch &batch, const Answer &answer, qint64 nowMs)
{
    Settlement settlement;
    settlement.kind = classify(answer, batch.destination.serverKind());
    Lane &lane = m_lanes[batch.webhook];
    // With one post under way per webhook, nothing was sent between the two.
    lane.pacer.postAnswered(lane.sentMs, nowMs);
    const auto finish = [&](std::optional<DropReason> reason) {
        settleUnderWay(batch.key, reason);
        settlement.settled = quint64(batch.messageCount);
        lane.busy = false;
        lane.resend.reset();
        lane.failures = 0;
    };
    switch (settlement.kind) {
    case AnswerKind::Delivered:
        finish(std::nullopt);
        return settlement;
    case AnswerKind::Rejected:
        finish(DropReason::Rejected);
        return settlement;
    case AnswerKind::DestinationGone:
        finish(DropReason::Rejected);
        lane.gone = true;
        settlement.rejectedWithDestination = rejectAll(batch.webhook);
        return settlement;
    case AnswerKind::RateLimited:
    case AnswerKind::Retryable:
        break;
    }
    if (lane.failures++ == 0)
        lane.firstFailureMs = nowMs;
    std::chrono::milliseconds delay =
            backoffDelay(lane.failures, QRandomGenerator::global()->generateDouble());
    if (settlement.kind == AnswerKind::RateLimited) {
        delay = retryAfterDelay(answer.retryAfter, QDateTime::currentDateTimeUtc())
                        .value_or(std::chrono::milliseconds(1000));
    }
    const qint64 retryAtMs = nowMs + delay.count();
    if (settlement.kind == AnswerKind::RateLimited) {
        // The server's wait holds even when this batch is given up on: the next one waits too.
        lane.pausedUntilMs = retryAtMs;
        lane.pacer.holdUntil(retryAtMs);
    }
    const std::chrono::milliseconds maxRetryTime =
            m_config ? m_config->settings().maxRetryTime() : std::chrono::minutes(10);
    if (retryAtMs - lane.firstFailureMs > maxRetryTime.count()) {
        finish(DropReason::Expired);
        settlement.expired = true;
        return settlement;
    }
    lane.pausedUntilMs = retryAtMs;
    Batch resend = batch;
    ++resend.attempt;
    const bool arrived = mayHaveArrived(answer, batch.destination.serverKind());
    resend.possibleDuplicates = arrived ? quint64(batch.messageCount) : 0;
    noteArrival(batch.key, arrived);
    lane.resend = std::move(resend);
    m_ledger->retries.fetch_add(1, std::memory_order_acq_rel);
    settlement.willRetry = true;
    settlement.retryIn = delay;
    return settlement;
}

void Outbox::release(const Batch &batch, qint64 nowMs)
{
    Lane &lane = m_lanes[batch.webhook];
    // Cut short, it may have reached the server all the same: it counts against the rate, and
    // sending it again may show it twice.
    lane.pacer.postAnswered(lane.sentMs, nowMs);
    lane.resend = batch;
    lane.resend->possibleDuplicates = quint64(batch.messageCount);
    noteArrival(batch.key, true);
}

void Outbox::abandon(const Batch &batch, DropReason reason, qint64 nowMs)
{
    settleUnderWay(batch.key, reason);
    Lane &lane = m_lanes[batch.webhook];
    lane.pacer.postAnswered(lane.sentMs, nowMs);
    lane.busy = false;
    lane.resend.reset();
}

void Outbox::noteArrival(const QString &key, bool mayHaveArrived)
{
    const auto entry = m_destinations.find(key);
    if (entry == m_destinations.end())
        return;
    for (int i = 0; i < entry->underWay; ++i) {
        Line &line = entry->lines[size_t(i)];
        if (mayHaveArrived) {
            line.mayHaveArrived = true;
        } else if (line.markedSent && !line.mayHaveArrived && hasSpool()) {
            // Never reached the server: a later run that sends it is not sending it again.
            line.markedSent = false;
            m_spool->markUnsent(line.sequence);
            for (const quint64 sequence : line.foldedSequences)
                m_spool->markUnsent(sequence);
        }
    }
}

bool Outbox::isGone(const QString &webhook) const
{
    const auto lane = m_lanes.constFind(webhook);
    return lane != m_lanes.cend() && lane->gone;
}

void Outbox::settleUnderWay(const QString &key, std::optional<DropReason> reason)
{
    const auto entry = m_destinations.find(key);
    if (entry != m_destinations.end())
        settleLines(key, entry->underWay, reason);
}

void Outbox::settleLines(const QString &key, int count, std::optional<DropReason> reason)
{
    PerDestination &entry = m_destinations[key];
    quint64 messages = 0;
    quint64 kept = 0;
    qint64 cost = 0;
    const bool keep = reason == DropReason::Shutdown && m_spoolWanted;
    const auto end = entry.lines.begin() + count;
    for (auto it = entry.lines.begin(); it != end; ++it) {
        messages += quint64(it->messages);
        cost += it->cost;
        if (keep && hasSpool() && !it->notice && it->messages > 0) {
            // Left in the spool for the next run, if the spool holds it.
            kept += m_spool->holds(it->sequence) ? 1 : 0;
            for (const quint64 sequence : it->foldedSequences)
                kept += m_spool->holds(sequence) ? 1 : 0;
        }
        settleInSpool(*it, reason);
    }
    entry.lines.erase(entry.lines.begin(), end);
    entry.underWay = 0;
    if (keep) {
        m_ledger->spooled.fetch_add(kept, std::memory_order_acq_rel);
        m_ledger->drop(DropReason::SpoolFull, messages - kept);
    } else if (reason) {
        m_ledger->drop(*reason, messages);
    } else {
        m_ledger->delivered.fetch_add(messages, std::memory_order_acq_rel);
    }
    m_ledger->pendingBytes.fetch_sub(cost, std::memory_order_acq_rel);
    if (entry.lines.empty())
        m_destinations.remove(key);
}

quint64 Outbox::rejectAll(const QString &webhook)
{
    quint64 rejected = 0;
    QStringList keys;
    for (auto it = m_destinations.cbegin(); it != m_destinations.cend(); ++it) {
        if (it->webhook == webhook)
            keys.append(it.key());
    }
    for (const QString &key : std::as_const(keys)) {
        const PerDestination &entry = m_destinations[key];
        for (const Line &line : entry.lines)
            rejected += quint64(line.messages);
        settleLines(key, int(entry.lines.size()), DropReason::Rejected);
    }
    return rejected;
}

bool Outbox::trim(quint64 maxMessages, qint64 maxBytes, qint64 nowUtcMSecs)
{
    bool started = false;
    while (m_ledger->pending() > maxMessages
           || m_ledger->pendingBytes.load(std::memory_order_acquire) > maxBytes) {
        PerDestination *oldest = nullptr;
        QString oldestKey;
        for (auto it = m_destinations.begin(); it != m_destinations.end(); ++it) {
            if (qsizetype(it->lines.size()) <= it->underWay)
                continue;
            if (!oldest
                || it->lines[it->underWay].sequence < oldest->lines[oldest->underWay].sequence) {
                oldest = &*it;
                oldestKey = it.key();
            }
        }
        if (!oldest)
            break;
        // A message split into parts goes whole.
        const auto first = oldest->lines.begin() + oldest->underWay;
        auto last = first;
        quint64 messages = 0;
        qint64 cost = 0;
        do {
            messages += quint64(last->messages);
            cost += last->cost;
            settleInSpool(*last, DropReason::QueueFull);
            ++last;
        } while (last != oldest->lines.end() && last->sequence == first->sequence && !last->notice
                 && !first->notice);
        oldest->lines.erase(first, last);
        m_ledger->pendingBytes.fetch_sub(cost, std::memory_order_acq_rel);
        if (messages > 0)
            started |= m_ledger->dropForQueueFull(messages, nowUtcMSecs);
        if (oldest->lines.empty())
            m_destinations.remove(oldestKey);
    }
    return started;
}

quint64 Outbox::dropAll(DropReason reason)
{
    const quint64 count = messageCount();
    const quint64 keptBefore = m_ledger->spooled.load(std::memory_order_acquire);
    const QStringList keys = m_destinations.keys();
    for (const QString &key : keys)
        settleLines(key, int(m_destinations[key].lines.size()), reason);
    for (Lane &lane : m_lanes) {
        lane.busy = false;
        lane.resend.reset();
    }
    return count - (m_ledger->spooled.load(std::memory_order_acquire) - keptBefore);
}

quint64 Outbox::messageCount() const
{
    quint64 count = 0;
    for (const PerDestination &entry : m_destinations) {
        for (const Line &line : entry.lines)
            count += quint64(line.messages);
    }
    return count;
}

quint64 Outbox::lowestUnsettled() const
{
    quint64 lowest = std::numeric_limits<quint64>::max();
    for (const PerDestination &entry : m_destinations) {
        for (const Line &line : entry.lines) {
            if (!line.notice) {
                lowest = qMin(lowest, line.sequence);
                break;
            }
        }
    }
    return lowest;
}

} // namespace SlackLog::Internal
