#include "spoollock_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qfile.h>
#include <QtCore/qsysinfo.h>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#else
#include <QtCore/qlockfile.h>
#endif

namespace SlackLog::Internal {

SpoolLock::~SpoolLock()
{
    unlock();
}

#if defined(Q_OS_UNIX)

namespace {

qint64 pidIn(int fd)
{
    char buffer[32] = {};
    const ssize_t size = ::pread(fd, buffer, sizeof buffer - 1, 0);
    if (size <= 0)
        return 0;
    return QByteArray(buffer, size).split('\n').value(0).trimmed().toLongLong();
}

} // namespace

bool SpoolLock::tryLock(const QString &path)
{
    unlock();
    m_error = Error::NoError;
    m_errorString.clear();
    m_holderPid = 0;
    const QByteArray name = QFile::encodeName(path);
    // Private: the file names the application and the host.
    const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        m_error = Error::CannotLock;
        m_errorString = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        if (error == EWOULDBLOCK) {
            m_error = Error::InUse;
            m_holderPid = pidIn(fd);
        } else {
            m_error = Error::CannotLock;
            m_errorString = QString::fromLocal8Bit(std::strerror(error));
        }
        ::close(fd);
        return false;
    }
    // Never unlinked: a process that opened the old file would then lock a file nobody else
    // sees, and two would hold "the" lock.
    const QByteArray holder = QByteArray::number(QCoreApplication::applicationPid()) + '\n'
            + QCoreApplication::applicationName().toUtf8() + '\n'
            + QSysInfo::machineHostName().toUtf8() + '\n';
    if (::ftruncate(fd, 0) == 0) {
        const ssize_t written = ::pwrite(fd, holder.constData(), size_t(holder.size()), 0);
        Q_UNUSED(written); // the name is a courtesy; the lock holds without it
    }
    m_fd = fd;
    return true;
}

void SpoolLock::unlock()
{
    if (m_fd < 0)
        return;
    // Emptied, so that a SlackLog before 0.2 (QLockFile) does not take a process that
    // happens to have this id for the holder. Closing the file releases the lock.
    if (::ftruncate(m_fd, 0) != 0) {
        // Harmless: the next holder overwrites it.
    }
    ::close(m_fd);
    m_fd = -1;
}

bool SpoolLock::isLocked() const
{
    return m_fd >= 0;
}

#else

bool SpoolLock::tryLock(const QString &path)
{
    unlock();
    m_error = Error::NoError;
    m_errorString.clear();
    m_holderPid = 0;
    auto *lock = new QLockFile(path);
    if (lock->tryLock(0)) {
        m_fallback = lock;
        return true;
    }
    QString host;
    QString application;
    lock->getLockInfo(&m_holderPid, &host, &application);
    m_error = lock->error() == QLockFile::LockFailedError ? Error::InUse : Error::CannotLock;
    delete lock;
    return false;
}

void SpoolLock::unlock()
{
    delete m_fallback;
    m_fallback = nullptr;
}

bool SpoolLock::isLocked() const
{
    return m_fallback != nullptr;
}

#endif

} // namespace SlackLog::Internal
