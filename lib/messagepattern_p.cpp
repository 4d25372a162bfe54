#include "messagepattern_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qelapsedtimer.h>

namespace SlackLog::Internal {

namespace {

// %{time process} counts from when the library was loaded, which for an application linked
// against it is its start.
const qint64 loadedAtUtcMSecs = QDateTime::currentMSecsSinceEpoch();

QString patternError(const char *sourceText, QStringView detail)
{
    return QCoreApplication::translate("SlackLog::Settings", sourceText).arg(detail);
}

QString secondsText(qint64 msecs)
{
    msecs = qMax<qint64>(msecs, 0);
    return QString::asprintf("%6d.%03d", int(msecs / 1000), int(msecs % 1000));
}

QString orUnknown(const QByteArray &text)
{
    return text.isEmpty() ? QStringLiteral("unknown") : QString::fromUtf8(text);
}

} // namespace

MessagePattern MessagePattern::parse(QStringView pattern, QStringList *errors)
{
    MessagePattern result;
    auto fail = [errors](const char *sourceText, QStringView detail) {
        if (errors)
            errors->append(patternError(sourceText, detail));
    };
    bool inConditional = false;
    QString literal;
    qsizetype i = 0;
    while (i < pattern.size()) {
        if (pattern.mid(i).startsWith(u"%{")) {
            const qsizetype close = pattern.indexOf(u'}', i + 2);
            if (close < 0) {
                fail(QT_TRANSLATE_NOOP(
                             "SlackLog::Settings",
                             "The message pattern has a \"%1\" that is not closed with '}'."),
                     pattern.mid(i));
                break;
            }
            if (!literal.isEmpty()) {
                result.m_tokens.append({Kind::Literal, literal, Level::Debug});
                literal.clear();
            }
            const QStringView name = pattern.mid(i + 2, close - i - 2);
            const QStringView placeholder = pattern.mid(i, close - i + 1);
            i = close + 1;
            Token token;
            static const std::pair<const char16_t *, Kind> simple[] = {
                    {u"appname", Kind::AppName},
                    {u"category", Kind::Category},
                    {u"file", Kind::File},
                    {u"function", Kind::Function},
                    {u"line", Kind::Line},
                    {u"message", Kind::Message},
                    {u"pid", Kind::Pid},
                    {u"threadid", Kind::ThreadId},
                    {u"qthreadptr", Kind::QThreadPtr},
                    {u"type", Kind::Type},
            };
            bool known = false;
            for (const auto &[text, kind] : simple) {
                if (name == QStringView(text)) {
                    token.kind = kind;
                    known = true;
                }
            }
            if (known) {
                result.m_needsQThread |= token.kind == Kind::QThreadPtr;
            } else if (name == u"time" || name.startsWith(u"time ")) {
                const QStringView format = name.mid(4).trimmed();
                token.kind = format == u"process" ? Kind::TimeProcess
                        : format == u"boot"       ? Kind::TimeBoot
                                                  : Kind::Time;
                token.text = format.toString();
            } else if (name.startsWith(u"if-")) {
                if (inConditional) {
                    fail(QT_TRANSLATE_NOOP(
                                 "SlackLog::Settings",
                                 "The message pattern nests \"%1\" inside another %{if-…}; "
                                 "conditions cannot be nested."),
                         placeholder);
                    continue;
                }
                inConditional = true;
                const QStringView condition = name.mid(3);
                if (condition == u"category") {
                    token.kind = Kind::IfCategory;
                } else if (const std::optional<Level> level = levelFromName(condition)) {
                    token.kind = Kind::IfLevel;
                    token.level = *level;
                } else {
                    fail(QT_TRANSLATE_NOOP("SlackLog::Settings",
                                           "The message pattern has an unknown condition \"%1\"."),
                         placeholder);
                    continue;
                }
            } else if (name == u"endif") {
                if (!inConditional) {
                    fail(QT_TRANSLATE_NOOP(
                                 "SlackLog::Settings",
                                 "The message pattern has \"%1\" without an %{if-…} before it."),
                         placeholder);
                    continue;
                }
                inConditional = false;
                token.kind = Kind::EndIf;
            } else if (name.startsWith(u"backtrace")) {
                fail(QT_TRANSLATE_NOOP(
                             "SlackLog::Settings",
                             "The message pattern uses \"%1\", which SlackLog does not support: a "
                             "backtrace would have to be taken in the logging thread, at a cost "
                             "every "
                             "log call would pay."),
                     placeholder);
                continue;
            } else {
                fail(QT_TRANSLATE_NOOP("SlackLog::Settings",
                                       "The message pattern has an unknown placeholder \"%1\"."),
                     placeholder);
                continue;
            }
            result.m_tokens.append(token);
        } else {
            literal.append(pattern.at(i));
            ++i;
        }
    }
    if (!literal.isEmpty())
        result.m_tokens.append({Kind::Literal, literal, Level::Debug});
    if (inConditional && errors)
        errors->append(QCoreApplication::translate(
                "SlackLog::Settings", "The message pattern has an %{if-…} without %{endif}."));
    return result;
}

QString MessagePattern::format(const Record &record, const QString &applicationName) const
{
    QString text;
    text.reserve(record.message.size() + 64);
    const Origin &origin = *record.origin;
    bool skipping = false;
    for (const Token &token : m_tokens) {
        if (token.kind == Kind::EndIf) {
            skipping = false;
            continue;
        }
        if (skipping)
            continue;
        switch (token.kind) {
        case Kind::Literal:
            text += token.text;
            break;
        case Kind::AppName:
            text += applicationName;
            break;
        case Kind::Category:
            text += QString::fromUtf8(origin.category);
            break;
        case Kind::File:
            text += orUnknown(origin.file);
            break;
        case Kind::Function:
            text += origin.function.isEmpty() ? QStringLiteral("unknown")
                                              : cleanFunctionName(origin.function);
            break;
        case Kind::Line:
            text += QString::number(origin.line);
            break;
        case Kind::Message:
            text += record.message;
            break;
        case Kind::Pid:
            text += QString::number(QCoreApplication::applicationPid());
            break;
        case Kind::ThreadId:
            text += QString::number(record.threadId);
            break;
        case Kind::QThreadPtr:
            text += QLatin1String("0x") + QString::number(record.qthread, 16);
            break;
        case Kind::Type:
            text += levelName(record.level);
            break;
        case Kind::Time: {
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(record.utcMSecs);
            text += token.text.isEmpty() ? time.toString(Qt::ISODate) : time.toString(token.text);
            break;
        }
        case Kind::TimeProcess:
            text += secondsText(record.utcMSecs - loadedAtUtcMSecs);
            break;
        case Kind::TimeBoot: {
            QElapsedTimer sinceBoot;
            sinceBoot.start();
            const qint64 bootedAtUtcMSecs =
                    QDateTime::currentMSecsSinceEpoch() - sinceBoot.msecsSinceReference();
            text += secondsText(record.utcMSecs - bootedAtUtcMSecs);
            break;
        }
        case Kind::IfLevel:
            skipping = record.level != token.level;
            break;
        case Kind::IfCategory:
            skipping = origin.category.isEmpty() || origin.category == "default";
            break;
        case Kind::EndIf:
            break;
        }
    }
    return text;
}

QString cleanFunctionName(QByteArrayView signature)
{
    QByteArrayView text = signature.trimmed();
    // GCC spells out template arguments after the signature: "void f(T) [with T = int]".
    if (text.endsWith(']')) {
        const qsizetype with = text.lastIndexOf(" [with ");
        if (with > 0)
            text = text.first(with);
    }
    // Drop trailing qualifiers until the parameter list's ')' ends the text.
    while (!text.isEmpty() && !text.endsWith(')')) {
        const qsizetype space = text.lastIndexOf(' ');
        if (space < 0 || text.endsWith('>'))
            return QString::fromUtf8(signature.data(), signature.size());
        text = text.first(space).trimmed();
    }
    if (text.isEmpty())
        return QString::fromUtf8(signature.data(), signature.size());
    int depth = 0;
    qsizetype open = -1;
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        if (text.at(i) == ')') {
            ++depth;
        } else if (text.at(i) == '(' && --depth == 0) {
            open = i;
            break;
        }
    }
    if (open <= 0)
        return QString::fromUtf8(signature.data(), signature.size());
    const QByteArrayView head = text.first(open);
    // The name starts after the last space that is not inside template arguments.
    int angle = 0;
    qsizetype start = 0;
    for (qsizetype i = head.size() - 1; i >= 0; --i) {
        const char c = head.at(i);
        if (c == '>')
            ++angle;
        else if (c == '<')
            --angle;
        else if ((c == ' ' || c == '*' || c == '&') && angle == 0) {
            start = i + 1;
            break;
        }
    }
    const QByteArrayView name = head.sliced(start);
    return QString::fromUtf8(name.data(), name.size());
}

} // namespace SlackLog::Internal
