#include "deploy/ssh/servermaterial.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace sw {

namespace {

constexpr int kMaterialTimeoutMs = 120000; // a few RSA keys with openssl

QString deployScript(const QString &bundleDir)
{
    return QDir(bundleDir).filePath(QStringLiteral("deploy.sh"));
}

// Whether deploy.sh has a line matching `pattern` (one whole line).
bool deployScriptHasLine(const QString &bundleDir, const QString &pattern)
{
    QFile f(deployScript(bundleDir));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QRegularExpression line(pattern, QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(f.readAll())).hasMatch();
}

} // namespace

bool bundleHasServerMaterial(const QString &bundleDir)
{
    return deployScriptHasLine(bundleDir, QStringLiteral("^    --material\\) MATERIAL=1; continue ;;$"));
}

QString privateCaStoreFor(const QString &designFile)
{
    const QFileInfo info(designFile);
    const QString path = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("stackwright/private-ca/") + QString::fromLatin1(hash));
}

bool keepPrivateCaIn(const QString &bundleDir, const QString &store, bool *used, QString *error)
{
    *used = false;
    const QString link = QDir(bundleDir).filePath(QStringLiteral("private-ca"));
    if (QFileInfo::exists(link) || !bundleHasServerMaterial(bundleDir)
        || !deployScriptHasLine(bundleDir, QStringLiteral("^private_ca$")))
        return true;
    if (!QDir().mkpath(store)
        || !QFile::setPermissions(store, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        *error = QCoreApplication::translate("sw::Deploy", "cannot create the folder %1 for the stack's private CA")
                     .arg(QDir::toNativeSeparators(store));
        return false;
    }
    if (!QFile::link(store, link)) {
        *error = QCoreApplication::translate("sw::Deploy", "cannot link %1 to %2")
                     .arg(QDir::toNativeSeparators(link), QDir::toNativeSeparators(store));
        return false;
    }
    *used = true;
    return true;
}

bool serverMaterial(const QString &bundleDir, const QString &hostname, QHash<QString, QString> *values,
                    QString *error)
{
    values->clear();
    const QString script = deployScript(bundleDir);
    QProcess p;
    p.setWorkingDirectory(bundleDir);
    p.start(QStringLiteral("bash"), {script, QStringLiteral("--material"), hostname});
    const bool finished = p.waitForFinished(kMaterialTimeoutMs);
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (!finished)
            p.kill();
        const QString why = !finished ? QCoreApplication::translate("sw::Deploy", "it did not finish within %1 s")
                                            .arg(kMaterialTimeoutMs / 1000)
            : p.error() == QProcess::FailedToStart ? p.errorString()
            : QCoreApplication::translate("sw::Deploy", "exit status %1").arg(p.exitCode());
        const QString err = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
        *error = QCoreApplication::translate("sw::Deploy", "%1 --material %2 could not prepare the private CA "
                                             "material of server \"%2\" (%3): %4")
                     .arg(QDir::toNativeSeparators(script), hostname, why,
                          err.isEmpty() ? QCoreApplication::translate("sw::Deploy", "is openssl installed?")
                                        : err.section(QLatin1Char('\n'), -1));
        return false;
    }
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    const QByteArray out = p.readAllStandardOutput();
    for (const QByteArray &pair : out.split('\0')) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        const QString key = QString::fromUtf8(pair.left(eq));
        if (eq <= 0 || !name.match(key).hasMatch()) {
            *error = QCoreApplication::translate("sw::Deploy", "%1 --material %2 printed something other than "
                                                 "NAME=VALUE pairs")
                         .arg(QDir::toNativeSeparators(script), hostname);
            values->clear();
            return false;
        }
        values->insert(key, QString::fromUtf8(pair.mid(eq + 1)));
    }
    return true;
}

} // namespace sw
