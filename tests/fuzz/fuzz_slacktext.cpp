// Escaping of untrusted log text, and the JSON payload built around it.

#include "fuzzcheck.h"
#include "outbox_p.h"
#include "slacktext_p.h"

#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>

#include <cstddef>
#include <cstdint>

using namespace SlackLog;
using namespace SlackLog::Internal;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const bool keepMentions = size > 0 && (data[0] & 1);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString escaped = escapeSlackText(text, keepMentions);
    FUZZ_CHECK(isValidText(escaped));
    // Nothing in log text may open a Slack control sequence unless mentions are allowed.
    if (!keepMentions)
        FUZZ_CHECK(!escaped.contains(u'<') && !escaped.contains(u'>'));
    Destination destination;
    destination.channel = text.left(20);
    const QByteArray payload = slackPayload(destination, escaped);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError);
    FUZZ_CHECK(document.object().value(u"text").toString() == escaped);
    return 0;
}
