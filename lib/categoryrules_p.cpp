#include "categoryrules_p.h"

#include <QtCore/qcoreapplication.h>

namespace SlackLog::Internal {

std::optional<CategoryPattern> CategoryPattern::parse(QStringView pattern)
{
    QStringView text = pattern.trimmed();
    CategoryPattern result;
    if (text.startsWith(u'*')) {
        result.m_anyPrefix = true;
        text = text.mid(1);
    }
    if (text.endsWith(u'*')) {
        result.m_anySuffix = true;
        text.chop(1);
    }
    if (text.contains(u'*') || (text.isEmpty() && !result.m_anyPrefix && !result.m_anySuffix))
        return std::nullopt;
    result.m_text = text.toUtf8();
    return result;
}

bool CategoryPattern::matches(QByteArrayView category) const
{
    if (m_anyPrefix && m_anySuffix)
        return category.contains(m_text);
    if (m_anyPrefix)
        return category.endsWith(m_text);
    if (m_anySuffix)
        return category.startsWith(m_text);
    return category == m_text;
}

CategoryRules CategoryRules::parse(QStringView text, QStringList *errors)
{
    CategoryRules rules;
    QString normalized = text.toString();
    normalized.replace(u';', u'\n');
    const QStringList lines = normalized.split(u'\n');
    for (const QString &rawLine : lines) {
        const QStringView line = QStringView(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u'['))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        const QStringView value = equals < 0 ? QStringView() : line.mid(equals + 1).trimmed();
        if (equals < 0 || (value != u"true" && value != u"false")) {
            if (errors)
                errors->append(
                        QCoreApplication::translate("SlackLog::Settings",
                                                    "The category rule \"%1\" is not of the form "
                                                    "category=true or category=false.")
                                .arg(line));
            continue;
        }
        QStringView category = line.left(equals).trimmed();
        Rule rule;
        rule.enabled = value == u"true";
        const qsizetype dot = category.lastIndexOf(u'.');
        if (dot >= 0) {
            const std::optional<Level> level = levelFromName(category.mid(dot + 1));
            if (level && *level != Level::Fatal) {
                rule.level = level;
                category = category.left(dot);
            }
        }
        std::optional<CategoryPattern> pattern = CategoryPattern::parse(category);
        if (!pattern) {
            if (errors)
                errors->append(QCoreApplication::translate(
                                       "SlackLog::Settings",
                                       "The category rule \"%1\" has a '*' that is neither "
                                       "first nor last.")
                                       .arg(line));
            continue;
        }
        rule.pattern = *pattern;
        rules.m_rules.append(rule);
    }
    return rules;
}

bool CategoryRules::isEnabled(QByteArrayView category, Level level) const
{
    if (level == Level::Fatal)
        return true;
    bool enabled = true;
    for (const Rule &rule : m_rules) {
        if ((!rule.level || *rule.level == level) && rule.pattern.matches(category))
            enabled = rule.enabled;
    }
    return enabled;
}

bool isNeverPosted(QByteArrayView category)
{
    return category == "slacklog" || category.startsWith("slacklog.")
            || category.startsWith("qt.network.") || category.startsWith("qt.tlsbackend");
}

} // namespace SlackLog::Internal
