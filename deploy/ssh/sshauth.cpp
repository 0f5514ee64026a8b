#include "deploy/ssh/sshauth.h"

#include "deploy/ssh/sshsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cstring>

namespace sw {

namespace {

void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

void wipe(QString &text)
{
    text.fill(QChar(0));
    text.clear();
}

struct PassphraseAsk {
    const AskSecretFn *ask = nullptr;
    QString keyFile;
    bool asked = false;
};

// libssh's passphrase callback (ssh_auth_callback).
int passphraseCallback(const char *, char *buf, size_t len, int, int, void *userdata)
{
    auto *p = static_cast<PassphraseAsk *>(userdata);
    if (!p || !p->ask || !*p->ask || len == 0)
        return -1;
    p->asked = true;
    std::optional<QString> answer =
        (*p->ask)(QCoreApplication::translate("sw::Deploy", "Passphrase for the key %1").arg(QDir::toNativeSeparators(p->keyFile)));
    if (!answer)
        return -1;
    QByteArray bytes = answer->toUtf8();
    wipe(*answer);
    if (size_t(bytes.size()) >= len) {
        wipe(bytes);
        return -1;
    }
    std::memcpy(buf, bytes.constData(), size_t(bytes.size()));
    buf[bytes.size()] = '\0';
    wipe(bytes);
    return 0;
}

bool keyFileAuth(SshSession &session, const AskSecretFn &ask, QString *error)
{
    const QString file = session.target().identityFile;
    const QString shown = QDir::toNativeSeparators(file);
    if (!QFileInfo(file).isFile()) {
        *error = QCoreApplication::translate("sw::Deploy", "the key file %1 does not exist").arg(shown);
        return false;
    }
    PassphraseAsk pa{&ask, file, false};
    ssh_key key = nullptr;
    const QByteArray path = QFile::encodeName(file);
    if (ssh_pki_import_privkey_file(path.constData(), nullptr, passphraseCallback, &pa, &key) != SSH_OK || !key) {
        *error = pa.asked ? QCoreApplication::translate("sw::Deploy", "cannot open the key %1: wrong passphrase or not a private key").arg(shown)
                          : QCoreApplication::translate("sw::Deploy", "cannot open the key %1: not a private key, or it needs a passphrase").arg(shown);
        return false;
    }
    const int rc = ssh_userauth_publickey(session.handle(), nullptr, key);
    ssh_key_free(key);
    if (rc == SSH_AUTH_SUCCESS)
        return true;
    if (rc == SSH_AUTH_DENIED)
        *error = QCoreApplication::translate("sw::Deploy", "%1 refused the key %2 (permission denied): is its public half in the "
                    "user's authorized_keys?").arg(session.where(), shown);
    else if (rc == SSH_AUTH_PARTIAL)
        *error = QCoreApplication::translate("sw::Deploy", "%1 accepted the key %2 but wants a second factor, which is not supported")
                     .arg(session.where(), shown);
    else
        *error = QCoreApplication::translate("sw::Deploy", "authentication with the key %1 on %2 failed: %3").arg(shown, session.where(), session.lastError());
    return false;
}

bool passwordAuth(SshSession &session, const AskSecretFn &ask, QString *error)
{
    std::optional<QString> answer = ask ? ask(QCoreApplication::translate("sw::Deploy", "Password for %1").arg(session.where())) : std::nullopt;
    if (!answer) {
        *error = QCoreApplication::translate("sw::Deploy", "no password was given for %1").arg(session.where());
        return false;
    }
    QByteArray bytes = answer->toUtf8();
    wipe(*answer);
    const int rc = ssh_userauth_password(session.handle(), nullptr, bytes.constData());
    wipe(bytes);
    if (rc == SSH_AUTH_SUCCESS)
        return true;
    *error = rc == SSH_AUTH_DENIED ? QCoreApplication::translate("sw::Deploy", "%1 refused the password").arg(session.where())
                                   : QCoreApplication::translate("sw::Deploy", "password authentication on %1 failed: %2").arg(session.where(), session.lastError());
    return false;
}

} // namespace

bool authenticate(SshSession &session, bool allowPassword, const AskSecretFn &ask, QString *error)
{
    ssh_session s = session.handle();
    int rc = ssh_userauth_none(s, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return true;
    if (rc == SSH_AUTH_ERROR) {
        *error = QCoreApplication::translate("sw::Deploy", "authentication on %1 failed: %2").arg(session.where(), session.lastError());
        return false;
    }
    const int methods = ssh_userauth_list(s, nullptr);
    if (!session.target().identityFile.isEmpty()) {
        if (!(methods & SSH_AUTH_METHOD_PUBLICKEY)) {
            *error = QCoreApplication::translate("sw::Deploy", "%1 does not accept keys").arg(session.where());
            return false;
        }
        return keyFileAuth(session, ask, error);
    }
    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        if (!qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK") && ssh_userauth_agent(s, nullptr) == SSH_AUTH_SUCCESS)
            return true;
        if (ssh_userauth_publickey_auto(s, nullptr, nullptr) == SSH_AUTH_SUCCESS)
            return true;
    }
    if (allowPassword && (methods & SSH_AUTH_METHOD_PASSWORD))
        return passwordAuth(session, ask, error);
    *error = QCoreApplication::translate("sw::Deploy", "%1 accepted none of the keys of the ssh agent or of ~/.ssh: give a key file, "
                "or load the right key into the agent").arg(session.where());
    return false;
}

} // namespace sw
