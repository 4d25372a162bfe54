#ifndef SLACKLOG_MESSAGEPATTERN_P_H
#define SLACKLOG_MESSAGEPATTERN_P_H

#include "record_p.h"
#include "slacklog_export.h"

#include <QtCore/qlist.h>
#include <QtCore/qstringlist.h>

namespace SlackLog::Internal {

// qSetMessagePattern()'s placeholders, parsed once and applied to each record on the worker.
class SLACKLOG_AUTOTEST_EXPORT MessagePattern
{
public:
    static MessagePattern parse(QStringView pattern, QStringList *errors);

    QString format(const Record &record, const QString &applicationName) const;

    // %{qthreadptr} needs QThread::currentThread() in the logging thread, which is only worth
    // its cost when the pattern shows it.
    bool needsQThread() const { return m_needsQThread; }

private:
    enum class Kind {
        Literal,
        AppName,
        Category,
        File,
        Function,
        Line,
        Message,
        Pid,
        ThreadId,
        QThreadPtr,
        Type,
        Time,
        TimeProcess,
        TimeBoot,
        IfLevel,
        IfCategory,
        EndIf,
    };
    struct Token
    {
        Kind kind = Kind::Literal;
        QString text; // the literal, or the time format
        Level level = Level::Debug;
    };
    QList<Token> m_tokens;
    bool m_needsQThread = false;
};

// "void Foo::bar(int) const" -> "Foo::bar", as Qt shows %{function}.
SLACKLOG_AUTOTEST_EXPORT QString cleanFunctionName(QByteArrayView signature);

} // namespace SlackLog::Internal

#endif // SLACKLOG_MESSAGEPATTERN_P_H
