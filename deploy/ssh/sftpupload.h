// Uploads a server's bundle folder over SFTP into a fresh remote folder
// (/tmp/stackwright-XXXXXXXXXXXX, created with mode 0700 and refused when
// it exists, like mkdtemp), keeping the executable bits.
#pragma once

#include <QString>
#include <atomic>
#include <functional>

struct sftp_session_struct;

namespace sw {

class SshSession;

class SftpUpload {
public:
    explicit SftpUpload(SshSession &session);
    ~SftpUpload();
    SftpUpload(const SftpUpload &) = delete;
    SftpUpload &operator=(const SftpUpload &) = delete;

    bool open(QString *error);
    // Creates the fresh folder; its path in *remoteDir.
    bool makeFreshDir(QString *remoteDir, QString *error);
    // Copies `files` (relative to localDir; empty: every file under it) into
    // remoteDir, creating subfolders. `progress(done, total)` in bytes.
    bool uploadTree(const QString &localDir, const QStringList &files, const QString &remoteDir,
                    const std::function<void(qint64, qint64)> &progress,
                    const std::atomic<bool> *cancel, QString *error);

private:
    bool uploadFile(const QString &local, const QString &remote, int mode,
                    const std::function<void(qint64)> &sent, const std::atomic<bool> *cancel,
                    QString *error);
    QString sftpError() const;

    SshSession &m_session;
    sftp_session_struct *m_sftp = nullptr;
};

} // namespace sw
