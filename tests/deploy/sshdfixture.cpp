#include "tests/deploy/sshdfixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <pwd.h>
#include <unistd.h>

using namespace sw;

SshdFixture::SshdFixture() = default;

SshdFixture::~SshdFixture()
{
    stop();
}

QString SshdFixture::userName() const
{
    const passwd *pw = getpwuid(getuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : qEnvironmentVariable("USER");
}

int SshdFixture::freePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    return s.serverPort();
}

bool SshdFixture::runTool(const QString &program, const QStringList &args, QString *out, QString *error)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = program + " " + args.join(' ') + ": " + QString::fromUtf8(p.readAllStandardError()) + p.errorString();
        return false;
    }
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    return true;
}

bool SshdFixture::keygen(const QString &name, QString *error)
{
    return runTool("ssh-keygen", {"-q", "-t", "ed25519", "-N", "", "-C", name, "-f", path(name)}, nullptr, error);
}

bool writeFile(const QString &dir, const QString &rel, const QByteArray &text, bool executable)
{
    const QString file = QDir(dir).filePath(rel);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
        return false;
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
    return true;
}

static QByteArray knownHostsLine(int port, const QString &pubFile)
{
    QFile f(pubFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> parts = f.readAll().trimmed().split(' ');
    if (parts.size() < 2)
        return {};
    return "[127.0.0.1]:" + QByteArray::number(port) + ' ' + parts[0] + ' ' + parts[1] + '\n';
}

bool SshdFixture::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = "no temporary folder";
        return false;
    }
    for (const char *name : {"hostkey", "otherhostkey", "userkey", "strangerkey"})
        if (!keygen(QString::fromLatin1(name), error))
            return false;
    QFile::copy(path("userkey.pub"), path("authorized_keys"));
    QString out;
    if (!runTool("ssh-keygen", {"-lf", path("hostkey.pub")}, &out, error))
        return false;
    m_fingerprint = out.section(' ', 1, 1);

    m_port = freePort();
    writeFile(dir(), "known_hosts", knownHostsLine(m_port, path("hostkey.pub")));
    writeFile(dir(), "changed_known_hosts", knownHostsLine(m_port, path("otherhostkey.pub")));
    const QByteArray config = "Port " + QByteArray::number(m_port) + "\n"
        "ListenAddress 127.0.0.1\n"
        "HostKey " + path("hostkey").toUtf8() + "\n"
        "PidFile " + path("sshd.pid").toUtf8() + "\n"
        "AuthorizedKeysFile " + path("authorized_keys").toUtf8() + "\n"
        "StrictModes no\n"
        "UsePAM no\n"
        "PermitRootLogin prohibit-password\n"
        "PubkeyAuthentication yes\n"
        "PasswordAuthentication no\n"
        "KbdInteractiveAuthentication no\n"
        "MaxStartups 100\n"
        "MaxSessions 100\n"
        "LogLevel VERBOSE\n"
        "Subsystem sftp internal-sftp\n";
    writeFile(dir(), "sshd_config", config);
    // As root, sshd wants its privilege separation folder.
    if (getuid() == 0)
        QDir().mkpath("/run/sshd");

    m_sshd = std::make_unique<QProcess>();
    m_sshd->start("/usr/sbin/sshd", {"-D", "-E", path("sshd.log"), "-f", path("sshd_config")});
    if (!m_sshd->waitForStarted(10000)) {
        *error = "cannot start /usr/sbin/sshd: " + m_sshd->errorString();
        return false;
    }
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (m_sshd->state() != QProcess::Running) {
            QFile log(path("sshd.log"));
            log.open(QIODevice::ReadOnly);
            *error = "sshd exited at once: " + QString::fromUtf8(log.readAll());
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (probe.waitForConnected(500)) {
            probe.abort();
            return true;
        }
        QThread::msleep(100);
    }
    *error = "sshd does not listen on port " + QString::number(m_port);
    return false;
}

void SshdFixture::stop()
{
    if (!m_sshd)
        return;
    m_sshd->terminate();
    if (!m_sshd->waitForFinished(5000)) {
        m_sshd->kill();
        m_sshd->waitForFinished(5000);
    }
    m_sshd.reset();
}

Design SshdFixture::design(const QStringList &serverIds) const
{
    Design d;
    d.name = "deploy test";
    for (const QString &id : serverIds) {
        Node n;
        n.id = id;
        n.kind = Kind::Server;
        n.props.insert("hostname", id);
        n.props.insert("address", "127.0.0.1");
        n.props.insert("ssh_port", m_port);
        n.props.insert("ssh_user", userName());
        n.props.insert("os", "debian-12");
        d.insertNode(n);
    }
    return d;
}
