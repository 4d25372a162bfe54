#ifndef SLACKLOG_CATEGORYRULES_P_H
#define SLACKLOG_CATEGORYRULES_P_H

#include "level.h"
#include "slacklog_export.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qstringlist.h>

#include <optional>

namespace SlackLog::Internal {

/*
    A logging category name with QLoggingCategory's wildcards: '*' may stand first, last, or both
    ("db.*", "*.sql", "*sql*", "*"), and nowhere else.
*/
class SLACKLOG_AUTOTEST_EXPORT CategoryPattern
{
public:
    static std::optional<CategoryPattern> parse(QStringView pattern);
    bool matches(QByteArrayView category) const;

private:
    QByteArray m_text;
    bool m_anyPrefix = false;
    bool m_anySuffix = false;
};

// Rules in QLoggingCategory's syntax, evaluated the same way: the last matching rule wins.
class SLACKLOG_AUTOTEST_EXPORT CategoryRules
{
public:
    static CategoryRules parse(QStringView text, QStringList *errors);

    // Fatal messages pass whatever the rules say, as they do in Qt.
    bool isEnabled(QByteArrayView category, Level level) const;
    bool isEmpty() const { return m_rules.isEmpty(); }

private:
    struct Rule
    {
        CategoryPattern pattern;
        std::optional<Level> level;
        bool enabled = true;
    };
    QList<Rule> m_rules;
};

// Categories whose messages are never posted, whatever the settings say: SlackLog's own, and
// those of Qt's network stack, which our own delivery raises on Qt's internal network thread
// and which would otherwise come back to us as new messages to deliver.
SLACKLOG_AUTOTEST_EXPORT bool isNeverPosted(QByteArrayView category);

} // namespace SlackLog::Internal

#endif // SLACKLOG_CATEGORYRULES_P_H
