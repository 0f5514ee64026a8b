// A real OpenSSH server for the deploy tests: /usr/sbin/sshd on 127.0.0.1 on
// a free port, as the current user, with a throwaway host key and user key
// in a temporary folder. Killed when the fixture goes away.
#pragma once

#include "core/model/design.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

class SshdFixture {
public:
    SshdFixture();
    ~SshdFixture();

    // Generates the keys, writes the config, starts sshd, waits until it listens.
    bool start(QString *error);
    void stop();

    int port() const { return m_port; }
    QString dir() const { return m_dir.path(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString userName() const;
    QString userKey() const { return path(QStringLiteral("userkey")); }          // accepted
    QString strangerKey() const { return path(QStringLiteral("strangerkey")); }  // not authorized
    QString knownHosts() const { return path(QStringLiteral("known_hosts")); }   // has the host key
    QString changedKnownHosts() const { return path(QStringLiteral("changed_known_hosts")); }
    // "SHA256:..." of the server's host key, from ssh-keygen -lf.
    QString hostFingerprint() const { return m_fingerprint; }

    // A design with one server per id, all reaching this sshd (os debian-12).
    sw::Design design(const QStringList &serverIds) const;
    // A free port on 127.0.0.1 where nothing listens.
    static int freePort();
    static bool runTool(const QString &program, const QStringList &args, QString *out, QString *error);

private:
    bool keygen(const QString &name, QString *error);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_sshd;
    int m_port = 0;
    QString m_fingerprint;
};

// Writes `text` to dir/rel (creating folders), with the executable bit when asked.
bool writeFile(const QString &dir, const QString &rel, const QByteArray &text, bool executable = false);
