#include "exporters/bundle/bundlewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QUuid>

namespace sw::bundle {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::Bundle)
};

} // namespace

BundleWriter::BundleWriter(const QString &targetDir)
    : m_target(QDir::cleanPath(QFileInfo(targetDir).absoluteFilePath()))
{
}

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

bool BundleWriter::commit(QString *error)
{
    if (!targetAcceptable(m_target, error))
        return false;
    const QFileInfo target(m_target);
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent)) {
        *error = Tr::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(parent));
        return false;
    }
    QTemporaryDir tmp(QStringLiteral("%1/.%2.tmp-XXXXXX").arg(parent, target.fileName()));
    if (!tmp.isValid()) {
        *error = Tr::tr("cannot write in %1: %2").arg(QDir::toNativeSeparators(parent), tmp.errorString());
        return false;
    }
    QVector<Entry> entries = m_entries;
    entries.append(Entry{bundleMarkerName(),
                         QByteArrayLiteral("Written by Stackwright: the next export replaces this folder as a whole.\n"),
                         false});
    for (const Entry &e : entries) {
        const QString path = tmp.filePath(e.path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            *error = Tr::tr("cannot create the folder for %1").arg(e.path);
            return false;
        }
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(e.data) != e.data.size() || !f.flush()) {
            *error = Tr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
            return false;
        }
        f.close();
        QFileDevice::Permissions perms = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                         | QFileDevice::ReadOther;
        if (e.executable)
            perms |= QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        f.setPermissions(perms);
    }
    QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                          | QFileDevice::ExeOther);

    // Move an earlier bundle (or an empty folder) aside, put the new one in
    // place, then drop the old one; put it back if the rename fails.
    QString aside;
    if (target.exists()) {
        aside = QStringLiteral("%1/.%2.old-%3").arg(parent, target.fileName(),
                                                     QUuid::createUuid().toString(QUuid::Id128).left(8));
        if (!QDir().rename(m_target, aside)) {
            *error = Tr::tr("cannot replace %1").arg(QDir::toNativeSeparators(m_target));
            return false;
        }
    }
    if (!QDir().rename(tmp.path(), m_target)) {
        if (!aside.isEmpty())
            QDir().rename(aside, m_target);
        *error = Tr::tr("cannot move the new bundle to %1").arg(QDir::toNativeSeparators(m_target));
        return false;
    }
    tmp.setAutoRemove(false);
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    return true;
}

} // namespace sw::bundle
