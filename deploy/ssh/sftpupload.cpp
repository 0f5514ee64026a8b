#include "deploy/ssh/sftpupload.h"

#include "deploy/ssh/sshsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <algorithm>
#include <fcntl.h>
#include <libssh/sftp.h>

namespace sw {

namespace {

QString randomName()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString s = QStringLiteral("stackwright-");
    for (int i = 0; i < 12; ++i)
        s += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    return s;
}

constexpr qint64 kChunk = 32 * 1024;

} // namespace

SftpUpload::SftpUpload(SshSession &session)
    : m_session(session)
{
}

SftpUpload::~SftpUpload()
{
    if (m_sftp)
        sftp_free(m_sftp);
}

QString SftpUpload::sftpError() const
{
    QString e = m_session.lastError();
    if (m_sftp)
        e += QStringLiteral(" (sftp %1)").arg(sftp_get_error(m_sftp));
    return e;
}

bool SftpUpload::open(QString *error)
{
    m_sftp = sftp_new(m_session.handle());
    if (!m_sftp || sftp_init(m_sftp) != SSH_OK) {
        *error = QCoreApplication::translate("sw::Deploy", "cannot start SFTP on %1 (is the sftp subsystem enabled?): %2")
                     .arg(m_session.where(), sftpError());
        return false;
    }
    return true;
}

bool SftpUpload::makeFreshDir(QString *remoteDir, QString *error)
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString path = QStringLiteral("/tmp/") + randomName();
        const QByteArray p = path.toUtf8();
        if (sftp_mkdir(m_sftp, p.constData(), 0700) == SSH_OK) {
            *remoteDir = path;
            return true;
        }
        // Another error than "exists" (full disk, no /tmp): give up at once.
        const int code = sftp_get_error(m_sftp);
        if (code != SSH_FX_FILE_ALREADY_EXISTS && code != SSH_FX_FAILURE)
            break;
    }
    *error = QCoreApplication::translate("sw::Deploy", "cannot create a folder in /tmp on %1: %2").arg(m_session.where(), sftpError());
    return false;
}

bool SftpUpload::uploadTree(const QString &localDir, const QStringList &only, const QString &remoteDir,
                            const std::function<void(qint64, qint64)> &progress,
                            const std::atomic<bool> *cancel, QString *error)
{
    const QDir root(localDir);
    if (!root.exists()) {
        *error = QCoreApplication::translate("sw::Deploy", "the bundle folder %1 does not exist").arg(QDir::toNativeSeparators(localDir));
        return false;
    }
    QStringList dirs;
    QVector<QFileInfo> files;
    qint64 total = 0;
    if (only.isEmpty()) {
        QDirIterator it(localDir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            const QFileInfo fi = it.fileInfo();
            if (fi.isSymLink())
                continue; // a bundle holds plain files; never follow links out of it
            if (fi.isDir())
                dirs << root.relativeFilePath(fi.filePath());
            else
                files << fi;
        }
    } else {
        for (const QString &rel : only) {
            const QFileInfo fi(root.filePath(rel));
            const QString clean = QDir::cleanPath(rel);
            if (clean.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(clean) || !fi.isFile()) {
                *error = QCoreApplication::translate("sw::Deploy", "the bundle file %1 does not exist").arg(QDir::toNativeSeparators(fi.filePath()));
                return false;
            }
            files << fi;
            for (QString d = QFileInfo(clean).path(); d != QLatin1String("."); d = QFileInfo(d).path())
                if (!dirs.contains(d))
                    dirs << d;
        }
    }
    for (const QFileInfo &fi : std::as_const(files))
        total += fi.size();
    std::sort(dirs.begin(), dirs.end()); // parents before children
    for (const QString &d : std::as_const(dirs)) {
        const QByteArray p = (remoteDir + QLatin1Char('/') + d).toUtf8();
        if (sftp_mkdir(m_sftp, p.constData(), 0700) != SSH_OK) {
            *error = QCoreApplication::translate("sw::Deploy", "cannot create %1 on %2: %3").arg(QString::fromUtf8(p), m_session.where(), sftpError());
            return false;
        }
    }
    qint64 done = 0;
    if (progress)
        progress(0, total);
    for (const QFileInfo &fi : std::as_const(files)) {
        const QString rel = root.relativeFilePath(fi.filePath());
        const int mode = fi.isExecutable() ? 0700 : 0600;
        const bool ok = uploadFile(fi.filePath(), remoteDir + QLatin1Char('/') + rel, mode,
                                   [&](qint64 n) {
                                       done += n;
                                       if (progress)
                                           progress(done, total);
                                   },
                                   cancel, error);
        if (!ok)
            return false;
    }
    return true;
}

bool SftpUpload::uploadFile(const QString &local, const QString &remote, int mode,
                            const std::function<void(qint64)> &sent, const std::atomic<bool> *cancel,
                            QString *error)
{
    QFile in(local);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("sw::Deploy", "cannot read %1: %2").arg(QDir::toNativeSeparators(local), in.errorString());
        return false;
    }
    const QByteArray path = remote.toUtf8();
    sftp_file out = sftp_open(m_sftp, path.constData(), O_WRONLY | O_CREAT | O_EXCL, mode_t(mode));
    if (!out) {
        *error = QCoreApplication::translate("sw::Deploy", "cannot create %1 on %2: %3").arg(remote, m_session.where(), sftpError());
        return false;
    }
    bool ok = true;
    while (ok && !in.atEnd()) {
        if (cancel && cancel->load()) {
            *error = QCoreApplication::translate("sw::Deploy", "cancelled");
            ok = false;
            break;
        }
        const QByteArray chunk = in.read(kChunk);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
            *error = QCoreApplication::translate("sw::Deploy", "cannot read %1: %2").arg(QDir::toNativeSeparators(local), in.errorString());
            ok = false;
            break;
        }
        const ssize_t written = sftp_write(out, chunk.constData(), size_t(chunk.size()));
        if (written != chunk.size()) {
            *error = QCoreApplication::translate("sw::Deploy", "cannot write %1 on %2: %3").arg(remote, m_session.where(), sftpError());
            ok = false;
            break;
        }
        sent(chunk.size());
    }
    if (sftp_close(out) != SSH_NO_ERROR && ok) {
        *error = QCoreApplication::translate("sw::Deploy", "cannot write %1 on %2: %3").arg(remote, m_session.where(), sftpError());
        ok = false;
    }
    return ok;
}

} // namespace sw
