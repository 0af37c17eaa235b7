#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gatehouse::privatefiles {

namespace {
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

bool openForWriting(QFileDevice &file, bool truncate)
{
    QIODevice::OpenMode mode = QIODevice::WriteOnly;
    if (truncate && !qobject_cast<QSaveFile *>(&file))
        mode |= QIODevice::Truncate;
    if (!file.open(mode))
        return false;
    // For a QSaveFile this restricts the temporary file that becomes the target on commit().
    if (!file.setPermissions(ownerOnly)) {
        file.close();
        return false;
    }
    return true;
}

QString createIfMissing(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return errno == EEXIST ? QString() : QString::fromLocal8Bit(std::strerror(errno));
    // The mode given to open() was masked by the umask: set it exactly.
    const bool restricted = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    const int error = errno;
    ::close(fd);
    return restricted ? QString() : QString::fromLocal8Bit(std::strerror(error));
}

} // namespace gatehouse::privatefiles
