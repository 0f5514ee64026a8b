#include "tests/lab/labchecks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <sys/stat.h>

namespace labchecks {

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString nsName(const QString &kind, const QString &path)
{
    struct stat st {};
    if (stat(path.toLocal8Bit().constData(), &st) != 0)
        return QString();
    return QStringLiteral("%1:[%2]").arg(kind).arg(qulonglong(st.st_ino));
}

} // namespace

QSet<QString> labNamespaces()
{
    QSet<QString> out;
    for (const QString &n : QDir(QStringLiteral("/run/netns")).entryList(QDir::Files))
        if (n.startsWith(QLatin1String("swlab-")))
            out.insert(nsName(QStringLiteral("net"), QStringLiteral("/run/netns/") + n));
    for (const QString &n : QDir(QStringLiteral("/run/stackwright-lab/ns")).entryList({QStringLiteral("*.mnt")}, QDir::Files))
        out.insert(nsName(QStringLiteral("mnt"), QStringLiteral("/run/stackwright-lab/ns/") + n));
    out.remove(QString());
    return out;
}

QStringList leftovers(const QSet<QString> &namespaces)
{
    QStringList out;
    for (const QString &line : run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("list")}).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("swlab-")))
            out << QStringLiteral("namespace: ") + line;
    for (const QString &line : run(QStringLiteral("ip"), {QStringLiteral("-o"), QStringLiteral("link")}).split(QLatin1Char('\n')))
        if (line.contains(QLatin1String("swlab")) || line.contains(QLatin1String(" br0")) || line.contains(QLatin1String("eth0@")))
            out << QStringLiteral("link: ") + line;
    QFile mounts(QStringLiteral("/proc/mounts"));
    if (mounts.open(QIODevice::ReadOnly))
        for (const QString &line : QString::fromUtf8(mounts.readAll()).split(QLatin1Char('\n')))
            if (line.contains(QLatin1String("stackwright-lab")) || line.contains(QLatin1String("swlab")))
                out << QStringLiteral("mount: ") + line;
    if (QFileInfo::exists(QStringLiteral("/run/stackwright-lab")))
        out << QStringLiteral("state folder: /run/stackwright-lab");
    // Processes still in one of the lab's namespaces.
    for (const QString &e : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        e.toInt(&ok);
        if (!ok)
            continue;
        for (const char *kind : {"net", "mnt"}) {
            const QString link = QFile::symLinkTarget(QStringLiteral("/proc/%1/ns/%2").arg(e, QLatin1String(kind)));
            const QString name = QFileInfo(link).fileName();
            if (namespaces.contains(name) || namespaces.contains(QStringLiteral("%1:%2").arg(QLatin1String(kind), link.section(QLatin1Char(':'), -1)))) {
                QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(e));
                cmd.open(QIODevice::ReadOnly);
                out << QStringLiteral("process %1: %2").arg(e, QString::fromUtf8(cmd.readAll()).replace(QLatin1Char('\0'), QLatin1Char(' ')));
                break;
            }
        }
    }
    return out;
}

} // namespace labchecks
