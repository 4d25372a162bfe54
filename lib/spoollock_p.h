#ifndef SLACKLOG_SPOOLLOCK_P_H
#define SLACKLOG_SPOOLLOCK_P_H

#include "slacklog_export.h"

#include <QtCore/qstring.h>

namespace SlackLog::Internal {

/*
    Keeps one process at a time in a spool directory. The lock is the kernel's (flock), held
    through an open file: it ends when its holder does, however it ends, so a restart finds the
    directory free at once, even with the same process id (PID 1 in a container). A lock file
    that names a process id can only guess whether the holder still lives.

    The file names its holder, in QLockFile's layout, for the message a second process gives,
    and for earlier SlackLog versions, which used QLockFile on the same file.
*/
class SLACKLOG_AUTOTEST_EXPORT SpoolLock
{
public:
    enum class Error { NoError, InUse, CannotLock };

    SpoolLock() = default;
    ~SpoolLock();
    SpoolLock(const SpoolLock &) = delete;
    SpoolLock &operator=(const SpoolLock &) = delete;

    // Never waits: false, with error() and errorString(), when another holder has it.
    bool tryLock(const QString &path);
    void unlock();
    bool isLocked() const;

    Error error() const { return m_error; }
    // "in use by process 1234", or the system's words for why the file could not be locked.
    QString errorString() const { return m_errorString; }
    // The holder's process id, as its file says, when error() is InUse; 0 when unknown.
    qint64 holderPid() const { return m_holderPid; }

private:
    int m_fd = -1;
    Error m_error = Error::NoError;
    QString m_errorString;
    qint64 m_holderPid = 0;
#if !defined(Q_OS_UNIX)
    class QLockFile *m_fallback = nullptr;
#endif
};

} // namespace SlackLog::Internal

#endif // SLACKLOG_SPOOLLOCK_P_H
