#include "spoolformat_p.h"

#include <QtCore/qendian.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <limits>

namespace SlackLog::Internal {

namespace {

constexpr char recordType = 'R';
constexpr char acknowledgementType = 'A';
constexpr char sentType = 'S';
constexpr char unsentType = 'U';
constexpr char consumedType = 'C';
constexpr qsizetype entryHeaderSize = 5; // type, length
constexpr qsizetype checksumSize = 4;
// Larger than any record can be (a message is cut at 100,000 characters by default, and the
// setting's maximum keeps an entry far below this): a longer length is damage.
constexpr quint32 maxPayload = 64 * 1024 * 1024;
constexpr int currentVersion = 1;
const char headerPrefix[] = "SlackLog spool ";

std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}

quint32 crc32(QByteArrayView bytes)
{
    static const std::array<quint32, 256> table = makeCrcTable();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : bytes)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

template<typename T> void put(QByteArray &out, T value)
{
    const T little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&little), sizeof(T));
}

void putBytes(QByteArray &out, QByteArrayView bytes)
{
    put<quint32>(out, quint32(bytes.size()));
    out.append(bytes);
}

QByteArray entry(char type, const QByteArray &payload)
{
    QByteArray out;
    out.reserve(entryHeaderSize + payload.size() + checksumSize);
    out.append(type);
    put<quint32>(out, quint32(payload.size()));
    out.append(payload);
    put<quint32>(out, crc32(out));
    return out;
}

// Reads a payload front to back; any read past its end fails the whole payload.
class Reader
{
public:
    explicit Reader(QByteArrayView bytes) : m_bytes(bytes) { }

    template<typename T> T get()
    {
        if (m_bytes.size() - m_at < qsizetype(sizeof(T))) {
            m_ok = false;
            return T{};
        }
        const T value = qFromLittleEndian<T>(m_bytes.data() + m_at);
        m_at += qsizetype(sizeof(T));
        return value;
    }

    QByteArrayView bytes()
    {
        const quint32 size = get<quint32>();
        if (!m_ok || m_bytes.size() - m_at < qsizetype(size)) {
            m_ok = false;
            return {};
        }
        const QByteArrayView view = m_bytes.sliced(m_at, qsizetype(size));
        m_at += qsizetype(size);
        return view;
    }

    bool atEnd() const { return m_ok && m_at == m_bytes.size(); }

private:
    QByteArrayView m_bytes;
    qsizetype m_at = 0;
    bool m_ok = true;
};

bool readRecord(QByteArrayView payload, SpooledRecord &record)
{
    Reader in(payload);
    record.sequence = in.get<quint64>();
    record.utcMSecs = in.get<qint64>();
    record.threadId = in.get<qint64>();
    record.line = in.get<qint32>();
    const quint8 level = in.get<quint8>();
    record.level = level <= quint8(Level::Fatal) ? Level(level) : Level::Critical;
    record.destinationRef = in.bytes().toByteArray();
    record.category = in.bytes().toByteArray();
    record.file = in.bytes().toByteArray();
    record.function = in.bytes().toByteArray();
    // Invalid UTF-8 becomes replacement characters: what is read back is always valid text.
    record.message = QString::fromUtf8(in.bytes());
    return in.atEnd();
}

bool readAcknowledgements(QByteArrayView payload, SequenceRanges &ranges)
{
    Reader in(payload);
    const quint32 count = in.get<quint32>();
    if (quint64(count) * 16 != quint64(payload.size() - 4))
        return false;
    for (quint32 i = 0; i < count; ++i) {
        const quint64 first = in.get<quint64>();
        const quint64 last = in.get<quint64>();
        if (first <= last)
            ranges.emplace_back(first, last);
    }
    return in.atEnd();
}

// The entry at \a at, if it is whole and intact: its type, payload and size.
struct Entry
{
    char type = 0;
    QByteArrayView payload;
    qsizetype size = 0;
};

enum class Found { Entry, CutOff, Damaged, OutOfBudget };

// Types are capital letters, so that a reader can skip the types of a later version.
bool isEntryType(char type)
{
    return type >= 'A' && type <= 'Z';
}

// \a crcBudget, when given, is what checksums may still cost while searching through damage:
// each byte could start an entry that claims the rest of the file, and checking them all
// would take time quadratic in the file's size.
Found entryAt(QByteArrayView bytes, qsizetype at, Entry &found, qint64 *crcBudget = nullptr)
{
    const qsizetype left = bytes.size() - at;
    if (left < entryHeaderSize)
        return Found::CutOff;
    const char type = bytes.at(at);
    if (!isEntryType(type))
        return Found::Damaged;
    const quint32 length = qFromLittleEndian<quint32>(bytes.data() + at + 1);
    if (length > maxPayload)
        return Found::Damaged;
    // In 64 bits, so a length near 4 GiB cannot wrap a 32-bit size.
    if (quint64(left) < quint64(entryHeaderSize) + length + quint64(checksumSize))
        return Found::CutOff;
    const qsizetype size = entryHeaderSize + qsizetype(length) + checksumSize;
    if (crcBudget) {
        if (*crcBudget < entryHeaderSize + qint64(length))
            return Found::OutOfBudget;
        *crcBudget -= entryHeaderSize + qint64(length);
    }
    found.type = type;
    found.size = size;
    const quint32 stored =
            qFromLittleEndian<quint32>(bytes.data() + at + entryHeaderSize + qsizetype(length));
    if (crc32(bytes.sliced(at, entryHeaderSize + qsizetype(length))) != stored)
        return Found::Damaged;
    found.payload = bytes.sliced(at + entryHeaderSize, qsizetype(length));
    return Found::Entry;
}

QByteArray rangesPayload(const SequenceRanges &ranges)
{
    QByteArray payload;
    put<quint32>(payload, quint32(ranges.size()));
    for (const auto &[first, last] : ranges) {
        put<quint64>(payload, first);
        put<quint64>(payload, last);
    }
    return payload;
}

} // namespace

namespace SpoolFormat {

QByteArray header()
{
    return headerPrefix + QByteArray::number(currentVersion) + '\n';
}

int headerVersion(QByteArrayView firstBytes)
{
    const QByteArrayView prefix(headerPrefix);
    if (firstBytes.size() < prefix.size())
        return prefix.startsWith(firstBytes) ? -1 : 0;
    if (!firstBytes.startsWith(prefix))
        return 0;
    // A few digits and a line end; anything else is not a header.
    int version = 0;
    for (qsizetype i = prefix.size(); i < firstBytes.size() && i < prefix.size() + 6; ++i) {
        const char c = firstBytes.at(i);
        if (c == '\n')
            return i > prefix.size() ? version : 0;
        if (c < '0' || c > '9')
            return 0;
        version = version * 10 + (c - '0');
    }
    return firstBytes.size() < prefix.size() + 6 ? -1 : 0;
}

QByteArray recordEntry(const SpooledRecord &record)
{
    const QByteArray message = record.message.toUtf8();
    QByteArray payload;
    payload.reserve(64 + record.destinationRef.size() + record.category.size() + record.file.size()
                    + record.function.size() + message.size());
    put<quint64>(payload, record.sequence);
    put<qint64>(payload, record.utcMSecs);
    put<qint64>(payload, record.threadId);
    put<qint32>(payload, record.line);
    put<quint8>(payload, quint8(record.level));
    putBytes(payload, record.destinationRef);
    putBytes(payload, record.category);
    putBytes(payload, record.file);
    putBytes(payload, record.function);
    putBytes(payload, message);
    return entry(recordType, payload);
}

QByteArray acknowledgementEntry(const SequenceRanges &ranges)
{
    return entry(acknowledgementType, rangesPayload(ranges));
}

QByteArray sentEntry(const SequenceRanges &ranges)
{
    return entry(sentType, rangesPayload(ranges));
}

QByteArray unsentEntry(const SequenceRanges &ranges)
{
    return entry(unsentType, rangesPayload(ranges));
}

QByteArray entryOf(char type, const QByteArray &payload)
{
    return entry(type, payload);
}

QByteArray consumedEntry(quint64 records)
{
    QByteArray payload;
    put<quint64>(payload, records);
    return entry(consumedType, payload);
}

SequenceRanges normalized(SequenceRanges ranges)
{
    std::sort(ranges.begin(), ranges.end());
    SequenceRanges merged;
    for (const auto &range : ranges) {
        // The + 1 joins neighbours such as 1-3 and 4-6; a range that ends at max() takes all.
        if (!merged.empty()
            && (merged.back().second == std::numeric_limits<quint64>::max()
                || range.first <= merged.back().second + 1))
            merged.back().second = qMax(merged.back().second, range.second);
        else
            merged.push_back(range);
    }
    return merged;
}

SequenceRanges toRanges(std::vector<quint64> sequences)
{
    SequenceRanges ranges;
    ranges.reserve(sequences.size());
    for (const quint64 sequence : sequences)
        ranges.emplace_back(sequence, sequence);
    return normalized(std::move(ranges));
}

SequenceRanges subtracted(const SequenceRanges &ranges, const SequenceRanges &minus)
{
    SequenceRanges result;
    auto cut = minus.cbegin();
    for (const auto &range : ranges) {
        quint64 first = range.first;
        const quint64 last = range.second;
        while (cut != minus.cend() && cut->second < first)
            ++cut;
        bool left = true;
        for (auto c = cut; c != minus.cend() && c->first <= last; ++c) {
            if (c->first > first)
                result.emplace_back(first, c->first - 1);
            if (c->second >= last) {
                left = false; // and no c->second + 1 to wrap past max()
                break;
            }
            first = c->second + 1;
        }
        if (left)
            result.emplace_back(first, last);
    }
    return result;
}

bool contains(const SequenceRanges &sortedRanges, quint64 sequence)
{
    const auto after =
            std::upper_bound(sortedRanges.begin(), sortedRanges.end(), sequence,
                             [](quint64 value, const std::pair<quint64, quint64> &range) {
                                 return value < range.first;
                             });
    return after != sortedRanges.begin() && sequence <= std::prev(after)->second;
}

SegmentContents parse(QByteArrayView bytes)
{
    SegmentContents contents;
    if (bytes.isEmpty())
        return contents;
    const int version = headerVersion(bytes);
    if (version > 0 && version != currentVersion) {
        contents.unknownVersion = version;
        return contents;
    }
    qsizetype at = 0;
    bool inDamage = false;
    if (version == currentVersion) {
        contents.headerValid = true;
        at = bytes.indexOf('\n') + 1;
    } else {
        // A damaged header: the entries after it may still be intact.
        inDamage = true;
        ++contents.damagedStretches;
    }
    const auto damagedStretch = [&] {
        if (!inDamage)
            ++contents.damagedStretches;
        inDamage = true;
    };
    // Twice the file, and a little: real damage rarely looks like an entry even once.
    qint64 searchBudget = 2 * qint64(bytes.size()) + 1024 * 1024;
    while (at < bytes.size()) {
        Entry found;
        const Found result = entryAt(bytes, at, found, inDamage ? &searchBudget : nullptr);
        if (result == Found::OutOfBudget) {
            damagedStretch(); // the rest of the file, unread
            break;
        }
        if (result != Found::Entry) {
            if (!inDamage && result == Found::Damaged && found.size > 0) {
                // Framed intact: if the next entry starts right after it (or the file ends),
                // exactly this entry is damaged.
                Entry next;
                const qsizetype after = at + found.size;
                if (after == bytes.size()
                    || entryAt(bytes, after, next, &searchBudget) == Found::Entry) {
                    if (found.type == recordType)
                        ++contents.damagedRecords;
                    else
                        ++contents.damagedStretches; // acknowledgements or marks: unknowable
                    at = after;
                    continue;
                }
            }
            // Cut off by a crash, or damaged: look for the next intact entry. A damaged length
            // looks like a cut, so both are searched past, and a stretch counts once.
            damagedStretch();
            ++at;
            continue;
        }
        inDamage = false;
        at += found.size;
        switch (found.type) {
        case recordType: {
            SpooledRecord record;
            if (readRecord(found.payload, record))
                contents.records.push_back(std::move(record));
            else
                ++contents.damagedRecords;
            break;
        }
        case acknowledgementType:
            if (!readAcknowledgements(found.payload, contents.acknowledged))
                ++contents.damagedStretches;
            break;
        case sentType:
        case unsentType: {
            SequenceRanges ranges;
            if (!readAcknowledgements(found.payload, ranges)) {
                ++contents.damagedStretches;
                break;
            }
            ranges = normalized(std::move(ranges));
            // In the order written: a U takes back the S before it, a later S marks again.
            SequenceRanges &add = found.type == sentType ? contents.sent : contents.unsent;
            SequenceRanges &remove = found.type == sentType ? contents.unsent : contents.sent;
            remove = subtracted(remove, ranges);
            add.insert(add.end(), ranges.begin(), ranges.end());
            add = normalized(std::move(add));
            break;
        }
        case consumedType:
            if (found.payload.size() == 8)
                contents.consumed =
                        qMax(contents.consumed, qFromLittleEndian<quint64>(found.payload.data()));
            else
                ++contents.damagedStretches;
            break;
        default:
            break; // a later version's: skipped
        }
    }
    contents.acknowledged = normalized(std::move(contents.acknowledged));
    return contents;
}

} // namespace SpoolFormat

} // namespace SlackLog::Internal
