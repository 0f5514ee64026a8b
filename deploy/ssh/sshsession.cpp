#include "deploy/ssh/sshsession.h"

#include <QCoreApplication>
#include <QDir>

namespace sw {

SshSession::SshSession()
    : m_session(ssh_new())
{
}

SshSession::~SshSession()
{
    disconnect();
    if (m_session)
        ssh_free(m_session);
}

bool SshSession::connect(const ServerTarget &target, int timeoutSec, const QString &knownHostsFile,
                         QString *error)
{
    m_target = target;
    if (!m_session) {
        *error = QCoreApplication::translate("sw::Deploy", "cannot create an ssh session (out of memory?)");
        return false;
    }
    if (target.address.isEmpty()) {
        *error = QCoreApplication::translate("sw::Deploy", "server \"%1\" has no address to connect to")
                     .arg(target.id);
        return false;
    }
    if (target.user.isEmpty()) {
        *error = QCoreApplication::translate("sw::Deploy", "server \"%1\" has no ssh user").arg(target.id);
        return false;
    }
    const QByteArray host = target.address.toUtf8();
    const QByteArray user = target.user.toUtf8();
    const unsigned int port = unsigned(target.port);
    const long timeout = timeoutSec > 0 ? long(timeoutSec) : 15L;
    const bool no = false;
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &no);
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeout);
    if (!knownHostsFile.isEmpty()) {
        const QByteArray kh = QDir::toNativeSeparators(knownHostsFile).toLocal8Bit();
        ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, kh.constData());
        ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    }
    if (ssh_connect(m_session) != SSH_OK) {
        *error = QCoreApplication::translate("sw::Deploy", "cannot connect to %1: %2").arg(where(), lastError());
        return false;
    }
    return true;
}

void SshSession::disconnect()
{
    if (m_session && ssh_is_connected(m_session))
        ssh_disconnect(m_session);
}

bool SshSession::isConnected() const
{
    return m_session && ssh_is_connected(m_session);
}

QString SshSession::where() const
{
    const QString host = m_target.address.contains(QLatin1Char(':'))
        ? QStringLiteral("[%1]").arg(m_target.address) : m_target.address;
    return QStringLiteral("%1@%2:%3").arg(m_target.user, host).arg(m_target.port);
}

QString SshSession::lastError() const
{
    if (!m_session)
        return {};
    return QString::fromUtf8(ssh_get_error(m_session));
}

QByteArray shellQuote(const QString &value)
{
    QByteArray s = value.toUtf8();
    s.replace('\'', "'\\''");
    return '\'' + s + '\'';
}

} // namespace sw
