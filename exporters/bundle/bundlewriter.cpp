#include "exporters/bundle/bundlewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sw::bundle {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::Bundle)
};

// Writes all of `data` to `fd`; false with errno set on failure.
bool writeFully(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

BundleWriter::BundleWriter(const QString &targetDir)
    : m_target(QDir::cleanPath(QFileInfo(targetDir).absoluteFilePath()))
{
}

BundleWriter::~BundleWriter() = default;

void BundleWriter::addFile(const QString &relPath, const QString &content, bool executable)
{
    m_entries.append(Entry{relPath, content.toUtf8(), executable});
}

bool BundleWriter::targetAcceptable(const QString &targetDir, QString *error)
{
    const QFileInfo fi(targetDir);
    if (!fi.exists())
        return true;
    if (!fi.isDir()) {
        *error = Tr::tr("%1 exists and is not a folder").arg(QDir::toNativeSeparators(targetDir));
        return false;
    }
    const QDir d(targetDir);
    if (d.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return true;
    if (!QFileInfo::exists(d.filePath(bundleMarkerName()))) {
        *error = Tr::tr("%1 is not empty and was not written by Stackwright: choose an empty or new folder")
                     .arg(QDir::toNativeSeparators(targetDir));
        return false;
    }
    return true;
}

bool BundleWriter::writeAll(const QString &targetDir, const QVector<QPair<QString, QString>> &files,
                            bool scriptsExecutable, QString *error)
{
    BundleWriter writer(targetDir);
    for (const auto &f : files)
        writer.addFile(f.first, f.second, scriptsExecutable && f.first.endsWith(QLatin1String(".sh")));
    return writer.commit(error);
}

bool BundleWriter::open(QString *error)
{
    if (m_tmp)
        return true;
    if (!targetAcceptable(m_target, error))
        return false;
    const QFileInfo target(m_target);
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent)) {
        *error = Tr::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(parent));
        return false;
    }
    auto tmp = std::make_unique<QTemporaryDir>(QStringLiteral("%1/.%2.tmp-XXXXXX").arg(parent, target.fileName()));
    if (!tmp->isValid()) {
        *error = Tr::tr("cannot write in %1: %2").arg(QDir::toNativeSeparators(parent), tmp->errorString());
        return false;
    }
    m_tmp = std::move(tmp);
    m_folders.clear();
    return true;
}

bool BundleWriter::makeFolderOf(const QString &relPath, QString *error)
{
    const int slash = relPath.lastIndexOf(QLatin1Char('/'));
    if (slash <= 0)
        return true;
    const QString folder = relPath.left(slash);
    if (m_folders.contains(folder))
        return true;
    if (!QDir().mkpath(m_tmp->filePath(folder))) {
        *error = Tr::tr("cannot create the folder for %1").arg(relPath);
        return false;
    }
    m_folders.insert(folder);
    return true;
}

bool BundleWriter::put(const QString &relPath, const QByteArray &data, bool executable, QString *error)
{
    if (!m_tmp && !open(error))
        return false;
    if (!makeFolderOf(relPath, error))
        return false;
    // One open, write, chmod and close a file: no stat calls, no buffer copy.
    // The mode is set explicitly (fchmod), whatever the umask.
    const QString path = m_tmp->filePath(relPath);
    const mode_t mode = executable ? 0755 : 0644;
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    bool ok = fd >= 0 && writeFully(fd, data.constData(), data.size()) && ::fchmod(fd, mode) == 0;
    const int savedErrno = errno;
    if (fd >= 0 && ::close(fd) != 0 && ok)
        ok = false;
    if (!ok) {
        *error = Tr::tr("cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(savedErrno ? savedErrno : errno)));
        return false;
    }
    return true;
}

bool BundleWriter::commit(QString *error)
{
    if (!open(error))
        return false;
    for (const Entry &e : std::as_const(m_entries))
        if (!put(e.path, e.data, e.executable, error))
            return false;
    m_entries.clear();
    if (!put(bundleMarkerName(),
             QByteArrayLiteral("Written by Stackwright: the next export replaces this folder as a whole.\n"), false, error))
        return false;
    QFile::setPermissions(m_tmp->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                             | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                             | QFileDevice::ExeOther);

    // Move an earlier bundle (or an empty folder) aside, put the new one in
    // place, then drop the old one; put it back if the rename fails.
    const QFileInfo target(m_target);
    const QString parent = target.absolutePath();
    QString aside;
    if (target.exists()) {
        aside = QStringLiteral("%1/.%2.old-%3").arg(parent, target.fileName(),
                                                     QUuid::createUuid().toString(QUuid::Id128).left(8));
        if (!QDir().rename(m_target, aside)) {
            *error = Tr::tr("cannot replace %1").arg(QDir::toNativeSeparators(m_target));
            return false;
        }
    }
    if (!QDir().rename(m_tmp->path(), m_target)) {
        if (!aside.isEmpty())
            QDir().rename(aside, m_target);
        *error = Tr::tr("cannot move the new bundle to %1").arg(QDir::toNativeSeparators(m_target));
        return false;
    }
    m_tmp->setAutoRemove(false);
    m_tmp.reset();
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    return true;
}

} // namespace sw::bundle
