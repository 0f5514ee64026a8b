#include "exporters/bundle/bundlediff.h"

#include "exporters/bundle/shellbundle.h"

#include <algorithm>
#include <cstdlib>

namespace sw::bundle {

QString BundleFileChange::statusName(Status s)
{
    switch (s) {
    case Status::Added: return QStringLiteral("added");
    case Status::Removed: return QStringLiteral("removed");
    case Status::Changed: return QStringLiteral("changed");
    }
    return {};
}

namespace {

struct File {
    QString path;
    QString server;
    QString content;
};

// key (server node id or path) -> file
QHash<QString, File> bundleFiles(const Design &d, const QHash<QString, QString> &idMap, bool *ok, QString *error)
{
    QVector<QPair<QString, QString>> list;
    QHash<QString, File> out;
    *ok = ShellBundleExporter(d).files(&list, error);
    if (!*ok)
        return out;
    QHash<QString, QString> serverOfScript;   // "servers/NN-host.sh" -> node id
    for (const auto &f : list)
        if (f.first == QLatin1String("servers/order.txt"))
            for (const QString &line : f.second.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const QStringList cols = line.split(QLatin1Char('\t'));
                if (cols.size() >= 5)
                    serverOfScript.insert(QStringLiteral("servers/") + cols[0], idMap.value(cols[4], cols[4]));
            }
    for (const auto &f : list) {
        const QString server = serverOfScript.value(f.first);
        out.insert(server.isEmpty() ? f.first : QStringLiteral("\x1f") + server, File{f.first, server, f.second});
    }
    return out;
}

void countLines(const QString &a, const QString &b, int *added, int *removed)
{
    QHash<QString, int> count;
    for (const QString &l : a.split(QLatin1Char('\n')))
        ++count[l];
    for (const QString &l : b.split(QLatin1Char('\n')))
        --count[l];
    *added = *removed = 0;
    for (auto it = count.constBegin(); it != count.constEnd(); ++it)
        (it.value() > 0 ? *removed : *added) += std::abs(it.value());
}

} // namespace

BundleDiff diffShellBundles(const Design &oldDesign, const Design &newDesign, const QHash<QString, QString> &oldToNew)
{
    BundleDiff r;
    const QHash<QString, File> before = bundleFiles(oldDesign, oldToNew, &r.oldOk, &r.oldError);
    const QHash<QString, File> after = bundleFiles(newDesign, {}, &r.newOk, &r.newError);
    if (!r.oldOk || !r.newOk)
        return r;   // nothing to compare: the error says why
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        BundleFileChange c;
        c.path = it->path;
        c.server = it->server;
        const auto old = before.constFind(it.key());
        if (old == before.constEnd()) {
            c.status = BundleFileChange::Status::Added;
            countLines(QString(), it->content, &c.linesAdded, &c.linesRemoved);
            c.linesRemoved = 0;
        } else if (old->content != it->content || old->path != it->path) {
            c.status = BundleFileChange::Status::Changed;
            if (old->path != it->path)
                c.oldPath = old->path;
            countLines(old->content, it->content, &c.linesAdded, &c.linesRemoved);
        } else {
            continue;
        }
        r.files << c;
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (after.contains(it.key()))
            continue;
        BundleFileChange c;
        c.status = BundleFileChange::Status::Removed;
        c.path = c.oldPath = it->path;
        c.server = it->server;
        c.linesRemoved = int(it->content.count(QLatin1Char('\n')));
        r.files << c;
    }
    std::sort(r.files.begin(), r.files.end(),
              [](const BundleFileChange &a, const BundleFileChange &b) { return a.path < b.path; });
    return r;
}

} // namespace sw::bundle
