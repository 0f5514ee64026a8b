#include "deploy/ssh/knownhosts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sw {

namespace {

bool serverKeyFingerprint(ssh_session session, QString *fingerprint, QString *type)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(session, &key) != SSH_OK || !key)
        return false;
    unsigned char *hash = nullptr;
    size_t len = 0;
    const int rc = ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &len);
    *type = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    ssh_key_free(key);
    if (rc != SSH_OK || !hash)
        return false;
    char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, len);
    ssh_clean_pubkey_hash(&hash);
    if (!text)
        return false;
    *fingerprint = QString::fromLatin1(text);
    ssh_string_free_char(text);
    return true;
}

} // namespace

QString effectiveKnownHostsFile(const QString &knownHostsFile)
{
    if (!knownHostsFile.isEmpty())
        return knownHostsFile;
    return QDir::home().filePath(QStringLiteral(".ssh/known_hosts"));
}

HostKeyCheck checkHostKey(ssh_session session, const QString &where, const QString &knownHostsFile)
{
    HostKeyCheck c;
    if (!serverKeyFingerprint(session, &c.fingerprint, &c.keyType)) {
        c.status = HostKeyCheck::Error;
        c.message = QCoreApplication::translate("sw::Deploy", "cannot read the host key of %1: %2").arg(where, QString::fromUtf8(ssh_get_error(session)));
        return c;
    }
    const QString file = QDir::toNativeSeparators(effectiveKnownHostsFile(knownHostsFile));
    switch (ssh_session_is_known_server(session)) {
    case SSH_KNOWN_HOSTS_OK:
        c.status = HostKeyCheck::Known;
        break;
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        c.status = HostKeyCheck::Unknown;
        c.message = QCoreApplication::translate("sw::Deploy", "the host key of %1 is not known (%2 %3); it was not accepted, "
                       "so nothing was sent. Compare the fingerprint with the server's "
                       "(ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) before accepting it.")
                        .arg(where, c.keyType, c.fingerprint);
        break;
    case SSH_KNOWN_HOSTS_CHANGED:
        c.status = HostKeyCheck::Changed;
        c.message = QCoreApplication::translate("sw::Deploy", "the host key of %1 has CHANGED (it is now %2 %3): someone may be "
                       "intercepting the connection, or the server was reinstalled. Refused. "
                       "If the change is expected, remove its old line from %4.")
                        .arg(where, c.keyType, c.fingerprint, file);
        break;
    case SSH_KNOWN_HOSTS_OTHER:
        c.status = HostKeyCheck::Changed;
        c.message = QCoreApplication::translate("sw::Deploy", "the host key of %1 has CHANGED: %4 knows a key of another type for "
                       "this server, but it now presents %2 %3. Refused. If the change is "
                       "expected, remove its old line from %4.")
                        .arg(where, c.keyType, c.fingerprint, file);
        break;
    case SSH_KNOWN_HOSTS_ERROR:
        c.status = HostKeyCheck::Error;
        c.message = QCoreApplication::translate("sw::Deploy", "cannot check the host key of %1 against %2: %3")
                        .arg(where, file, QString::fromUtf8(ssh_get_error(session)));
        break;
    }
    return c;
}

bool trustHostKey(ssh_session session, const QString &knownHostsFile, QString *error)
{
    const QString file = effectiveKnownHostsFile(knownHostsFile);
    const QString dir = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(dir)) {
        *error = QCoreApplication::translate("sw::Deploy", "cannot create the folder %1 for the known hosts").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    if (ssh_session_update_known_hosts(session) != SSH_OK) {
        *error = QCoreApplication::translate("sw::Deploy", "cannot add the host key to %1: %2")
                     .arg(QDir::toNativeSeparators(file), QString::fromUtf8(ssh_get_error(session)));
        return false;
    }
    return true;
}

} // namespace sw
