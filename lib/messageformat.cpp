#include "messageformat.h"

#include "names_p.h"

#include <array>

namespace SlackLog {

namespace {
constexpr std::array<const char16_t *, 3> formatNames = {u"text", u"attachments", u"blocks"};

struct FieldName
{
    MessageField field;
    const char16_t *name;
    const char16_t *alias;
};
constexpr std::array<FieldName, 7> fieldNames = {{
        {MessageField::Application, u"app", u"application"},
        {MessageField::Host, u"host", u"hostname"},
        {MessageField::Process, u"pid", u"process"},
        {MessageField::Thread, u"thread", u"tid"},
        {MessageField::Category, u"category", u"cat"},
        {MessageField::Location, u"file", u"location"},
        {MessageField::Function, u"function", u"func"},
}};
} // namespace

QString messageFormatName(MessageFormat format)
{
    return QString::fromUtf16(formatNames[static_cast<size_t>(format)]);
}

std::optional<MessageFormat> messageFormatFromName(QStringView name)
{
    if (const auto index = Internal::indexOfName(formatNames, name))
        return static_cast<MessageFormat>(*index);
    return std::nullopt;
}

QStringList messageFieldNames(MessageFields fields)
{
    QStringList names;
    for (const FieldName &entry : fieldNames) {
        if (fields.testFlag(entry.field))
            names.append(QString::fromUtf16(entry.name));
    }
    return names;
}

std::optional<MessageFields> messageFieldsFromNames(QStringView names, QString *unknown)
{
    MessageFields fields;
    for (const QStringView word : names.split(u',', Qt::SkipEmptyParts)) {
        const QStringView trimmed = word.trimmed();
        if (trimmed.isEmpty())
            continue;
        bool known = false;
        for (const FieldName &entry : fieldNames) {
            if (trimmed.compare(QStringView(entry.name), Qt::CaseInsensitive) == 0
                || trimmed.compare(QStringView(entry.alias), Qt::CaseInsensitive) == 0) {
                fields |= entry.field;
                known = true;
            }
        }
        if (!known) {
            if (unknown)
                *unknown = trimmed.toString();
            return std::nullopt;
        }
    }
    return fields;
}

} // namespace SlackLog
