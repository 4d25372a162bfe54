#include "slacktext_p.h"

#include <QtCore/qregularexpression.h>
#include <QtCore/qstringlist.h>

namespace SlackLog::Internal {

namespace {

const QRegularExpression &mentionToken()
{
    static const QRegularExpression expression(
            QStringLiteral("<(?:!here|!channel|!everyone|@[UW][A-Z0-9]+|#C[A-Z0-9]+(?:\\|[^<>|]*)?"
                           "|!subteam\\^[A-Z0-9]+(?:\\|[^<>|]*)?)>"));
    return expression;
}

void appendEscaped(QString &out, QStringView text)
{
    for (const QChar c : text) {
        if (c == u'&')
            out += QLatin1String("&amp;");
        else if (c == u'<')
            out += QLatin1String("&lt;");
        else if (c == u'>')
            out += QLatin1String("&gt;");
        else
            out += c;
    }
}

} // namespace

QString escapeSlackText(QStringView text, bool keepMentions)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    if (!keepMentions) {
        appendEscaped(out, text);
        return out;
    }
    qsizetype done = 0;
    QRegularExpressionMatchIterator it = mentionToken().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        appendEscaped(out, text.mid(done, match.capturedStart() - done));
        out += match.capturedView();
        done = match.capturedEnd();
    }
    appendEscaped(out, text.mid(done));
    return out;
}

std::optional<QString> slackMentions(QStringView configured)
{
    static const QRegularExpression userId(QStringLiteral("^@([UW][A-Z0-9]+)$"));
    static const QRegularExpression subteam(QStringLiteral("^!subteam\\^[A-Z0-9]+$"));
    QStringList tokens;
    const auto words = configured.split(u' ', Qt::SkipEmptyParts);
    for (const QStringView word : words) {
        if (word == u"@here" || word == u"@channel" || word == u"@everyone")
            tokens.append(QLatin1String("<!") + word.mid(1) + QLatin1Char('>'));
        else if (word == u"!here" || word == u"!channel" || word == u"!everyone")
            tokens.append(QLatin1Char('<') + word + QLatin1Char('>'));
        else if (userId.match(word).hasMatch())
            tokens.append(QLatin1Char('<') + word + QLatin1Char('>'));
        else if (subteam.match(word).hasMatch())
            tokens.append(QLatin1Char('<') + word + QLatin1Char('>'));
        else if (mentionToken()
                         .match(word, 0, QRegularExpression::NormalMatch,
                                QRegularExpression::AnchorAtOffsetMatchOption)
                         .capturedLength()
                 == word.size())
            tokens.append(word.toString());
        else
            return std::nullopt;
    }
    return tokens.join(u' ');
}

QString breakBacktickRuns(QString text)
{
    static const QRegularExpression pair(QStringLiteral("(?<=`)(?=`)"));
    if (text.contains(QStringLiteral("``")))
        text.replace(pair, QStringLiteral("\u200b"));
    return text;
}

QString defuseChannelWords(QString text)
{
    static const QRegularExpression word(QStringLiteral("@(?=(channel|here|all|everyone)\\b)"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (text.contains(u'@'))
        text.replace(word, QStringLiteral("@\u200b"));
    return text;
}

QString slackEmoji(QStringView name)
{
    QString emoji = name.trimmed().toString();
    if (emoji.isEmpty())
        return emoji;
    if (!emoji.startsWith(u':'))
        emoji.prepend(u':');
    if (!emoji.endsWith(u':') || emoji.size() == 1)
        emoji.append(u':');
    return emoji;
}

} // namespace SlackLog::Internal
