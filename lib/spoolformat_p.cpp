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
constexpr char consumedType = 'C';
constexpr qsizetype entryHeaderSize = 5; // type, length
constexpr qsizetype checksumSize = 4;
// Larger than any record can be (a message is cut at 100,000 characters by default, and the
// setting's maximum keeps an entry far below this): a longer length is damage.
constexpr quint32 maxPayload = 64 * 1024 * 1024;

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

enum class Found { Entry, CutOff, Damaged };

Found entryAt(QByteArrayView bytes, qsizetype at, Entry &found)
{
    const qsizetype left = bytes.size() - at;
    if (left < entryHeaderSize)
        return Found::CutOff;
    const char type = bytes.at(at);
    if (type != recordType && type != acknowledgementType && type != consumedType)
        return Found::Damaged;
    const quint32 length = qFromLittleEndian<quint32>(bytes.data() + at + 1);
    if (length > maxPayload)
        return Found::Damaged;
    // In 64 bits, so a length near 4 GiB cannot wrap a 32-bit size.
    if (quint64(left) < quint64(entryHeaderSize) + length + quint64(checksumSize))
        return Found::CutOff;
    const qsizetype size = entryHeaderSize + qsizetype(length) + checksumSize;
    const quint32 stored =
            qFromLittleEndian<quint32>(bytes.data() + at + entryHeaderSize + qsizetype(length));
    if (crc32(bytes.sliced(at, entryHeaderSize + qsizetype(length))) != stored)
        return Found::Damaged;
    found.type = type;
    found.payload = bytes.sliced(at + entryHeaderSize, qsizetype(length));
    found.size = size;
    return Found::Entry;
}

} // namespace

namespace SpoolFormat {

QByteArray header()
{
    return QByteArrayLiteral("SlackLog spool 1\n");
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
    QByteArray payload;
    put<quint32>(payload, quint32(ranges.size()));
    for (const auto &[first, last] : ranges) {
        put<quint64>(payload, first);
        put<quint64>(payload, last);
    }
    return entry(acknowledgementType, payload);
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
    const QByteArray expected = header();
    if (!bytes.startsWith(expected)) {
        contents.damaged = bytes.isEmpty() ? 0 : 1;
        return contents;
    }
    contents.headerValid = true;
    qsizetype at = expected.size();
    bool inDamage = false;
    while (at < bytes.size()) {
        Entry found;
        const Found result = entryAt(bytes, at, found);
        if (result != Found::Entry) {
            // Cut off by a crash, or damaged: look for the next intact entry. A damaged length
            // looks like a cut, so both are searched past, and a stretch counts once.
            if (!inDamage)
                ++contents.damaged;
            inDamage = true;
            ++at;
            continue;
        }
        inDamage = false;
        at += found.size;
        bool read = false;
        switch (found.type) {
        case recordType: {
            SpooledRecord record;
            read = readRecord(found.payload, record);
            if (read)
                contents.records.push_back(std::move(record));
            break;
        }
        case acknowledgementType:
            read = readAcknowledgements(found.payload, contents.acknowledged);
            break;
        case consumedType:
            read = found.payload.size() == 8;
            if (read)
                contents.consumed =
                        qMax(contents.consumed, qFromLittleEndian<quint64>(found.payload.data()));
            break;
        }
        if (!read)
            ++contents.damaged;
    }
    contents.acknowledged = normalized(std::move(contents.acknowledged));
    return contents;
}

} // namespace SpoolFormat

} // namespace SlackLog::Internal
