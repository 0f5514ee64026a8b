#include "tests/structure/codelayout.h"

#include "tests/structure/layering.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

namespace sw::structure {

QStringList layoutTableFolders(const QString &readme)
{
    QStringList out;
    bool inSection = false;
    bool header = true;
    static const QRegularExpression quoted(QStringLiteral("`([^`]+)`"));
    for (const QString &line : readme.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("## "))) {
            inSection = line.trimmed() == QLatin1String("## Code layout");
            header = true;
            continue;
        }
        if (!inSection || !line.startsWith(QLatin1Char('|')))
            continue;
        if (header || line.startsWith(QLatin1String("|---")) || line.startsWith(QLatin1String("| ---"))) {
            header = line.startsWith(QLatin1String("|---")) || line.startsWith(QLatin1String("| ---")) ? false : header;
            continue;
        }
        const QString first = line.section(QLatin1Char('|'), 1, 1);
        auto it = quoted.globalMatch(first);
        while (it.hasNext())
            out << it.next().captured(1).trimmed();
    }
    return out;
}

QStringList sourceFolders(const QString &root)
{
    QStringList out;
    const QDir top(root);
    for (const QString &name : top.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        // A layer's folder is named through the folders holding its sources (below).
        if (!name.startsWith(QLatin1String("build")) && !layers().contains(name))
            out << name;
    }
    for (const QString &layer : layers()) {
        QDirIterator it(root + QLatin1Char('/') + layer, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString folder = QFileInfo(it.next()).path().mid(root.size() + 1);
            if (!out.contains(folder))
                out << folder;
        }
    }
    out.sort();
    return out;
}

QStringList layoutMismatches(const QString &root, const QString &readme)
{
    QStringList out;
    const QStringList table = layoutTableFolders(readme);
    if (table.isEmpty())
        return {QStringLiteral("README.md has no \"## Code layout\" table")};
    for (const QString &folder : sourceFolders(root))
        if (!table.contains(folder))
            out << QStringLiteral("README.md, Code layout: the folder %1 is missing from the table").arg(folder);
    for (const QString &folder : table)
        if (!QFileInfo(root + QLatin1Char('/') + folder).isDir())
            out << QStringLiteral("README.md, Code layout: the table names %1, which is not a folder of the tree")
                       .arg(folder);
    return out;
}

} // namespace sw::structure
