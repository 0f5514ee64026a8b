#include "tests/structure/layering.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTextStream>

namespace sw::structure {

QString Violation::toString() const
{
    return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(edge);
}

QStringList layers()
{
    return {QStringLiteral("core"), QStringLiteral("look"), QStringLiteral("exporters"),
            QStringLiteral("deploy"), QStringLiteral("widgets"), QStringLiteral("app")};
}

const QVector<AllowedInclude> &allowedExporterHeaders()
{
    // Short on purpose: a new line here is a design decision, reviewed as one.
    static const QVector<AllowedInclude> allowed = {
        {QStringLiteral("widgets/export"), QStringLiteral("exporters/formats/exportformat.h"),
         QStringLiteral("the export format registry: File > Export and the options dialog list its formats")},
        {QStringLiteral("widgets/bundle"), QStringLiteral("exporters/formats/exportformat.h"),
         QStringLiteral("the registry writes the deploy bundles")},
        {QStringLiteral("widgets/export"), QStringLiteral("exporters/pictures/diagramrenderer.h"),
         QStringLiteral("Copy as Image draws with the pictures' renderer")},
        {QStringLiteral("widgets/export"), QStringLiteral("exporters/pictures/pngexporter.h"),
         QStringLiteral("... into a PNG image for the clipboard")},
        {QStringLiteral("widgets/export"), QStringLiteral("exporters/pictures/graphvizlayout.h"),
         QStringLiteral("Arrange lays the canvas out with the pictures' Graphviz layout")},
        {QStringLiteral("widgets/export"), QStringLiteral("exporters/pictures/arrange.h"),
         QStringLiteral("Arrange applies that layout to the design")},
        {QStringLiteral("widgets/export"), QStringLiteral("exporters/pictures/layoutworker.h"),
         QStringLiteral("the layout runs off the GUI thread")},
        {QStringLiteral("widgets/deploy"), QStringLiteral("exporters/bundle/shellbundle.h"),
         QStringLiteral("the deploy dialog writes the bundle it then runs over SSH")},
        {QStringLiteral("widgets/compare"), QStringLiteral("exporters/bundle/bundlediff.h"),
         QStringLiteral("the comparison shows what changes in the generated bundle")},
    };
    return allowed;
}

namespace {

const QStringList &otherRoots()
{
    static const QStringList roots = {QStringLiteral("tests"), QStringLiteral("bench"), QStringLiteral("fuzz")};
    return roots;
}

int rank(const QString &layer) { return int(layers().indexOf(layer)); }

QString firstFolder(const QString &path) { return path.section(QLatin1Char('/'), 0, 0); }

bool isSource(const QString &name)
{
    static const QStringList suffixes = {QStringLiteral(".h"), QStringLiteral(".hpp"), QStringLiteral(".cpp"),
                                         QStringLiteral(".cc"), QStringLiteral(".in")};
    for (const QString &s : suffixes)
        if (name.endsWith(s))
            return true;
    return false;
}

// The files under `root`'s folders `tops` whose names pass `keep`, relative to root.
template<typename Keep>
QStringList filesUnder(const QString &root, const QStringList &tops, Keep keep)
{
    QStringList out;
    for (const QString &top : tops) {
        QDirIterator it(root + QLatin1Char('/') + top, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (keep(it.fileName()))
                out << path.mid(root.size() + 1);
        }
    }
    out.sort();
    return out;
}

QStringList readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
}

struct Include {
    int line;
    QString path;
};

QVector<Include> includesOf(const QString &path)
{
    static const QRegularExpression re(QStringLiteral(R"re(^\s*#\s*include\s*"([^"]+)")re"));
    QVector<Include> out;
    const QStringList lines = readLines(path);
    for (int i = 0; i < lines.size(); ++i)
        if (const auto m = re.match(lines[i]); m.hasMatch())
            out.append({i + 1, m.captured(1)});
    return out;
}

// Whether a widgets file may include this exporters header.
bool allowedFromWidgets(const QString &file, const QString &header)
{
    const QString folder = file.section(QLatin1Char('/'), 0, 1);
    for (const AllowedInclude &a : allowedExporterHeaders())
        if (a.from == folder && a.header == header)
            return true;
    return false;
}

} // namespace

QVector<Violation> checkIncludes(const QString &root)
{
    QVector<Violation> out;
    const QStringList tops = layers() + otherRoots();
    for (const QString &file : filesUnder(root, tops, isSource)) {
        const QString from = firstFolder(file);
        for (const Include &inc : includesOf(root + QLatin1Char('/') + file)) {
            if (inc.path.endsWith(QLatin1String(".moc")))   // moc's output for this very file
                continue;
            const QString to = firstFolder(inc.path);
            if (!inc.path.contains(QLatin1Char('/')) || !tops.contains(to)) {
                out.append({file, inc.line,
                            QStringLiteral("bare include \"%1\": name the file from the repository root "
                                           "(e.g. \"core/model/design.h\")").arg(inc.path)});
                continue;
            }
            const QString target = root + QLatin1Char('/') + inc.path;
            if (!QFileInfo::exists(target) && !QFileInfo::exists(target + QLatin1String(".in"))) {
                out.append({file, inc.line, QStringLiteral("\"%1\" does not exist").arg(inc.path)});
                continue;
            }
            if (otherRoots().contains(from))
                continue;   // tests, benchmarks and fuzzers may include any layer
            const QString edge = QStringLiteral("%1 -> %2 (%3)").arg(from, to, inc.path);
            if (otherRoots().contains(to))
                out.append({file, inc.line, edge + QStringLiteral(": the program includes no test code")});
            else if (from == QLatin1String("widgets") && to == QLatin1String("exporters")) {
                if (!allowedFromWidgets(file, inc.path))
                    out.append({file, inc.line,
                                edge + QStringLiteral(": widgets reach the exporters only through the look, "
                                                      "the registries and the headers allowed in "
                                                      "tests/structure/layering.cpp")});
            } else if (rank(to) > rank(from))
                out.append({file, inc.line, edge + QStringLiteral(": a layer includes only itself and the "
                                                                  "layers below it (core < look < exporters "
                                                                  "< deploy < widgets < app)")});
        }
    }
    return out;
}

QVector<Violation> checkLinks(const QString &root)
{
    struct Call {
        QString file;
        int line;
        QStringList args;
    };
    // Every add_library/qt_add_library/add_executable/qt_add_executable and
    // target_link_libraries call, comments stripped.
    static const QRegularExpression call(
        QStringLiteral(R"(\b(add_library|qt_add_library|add_executable|qt_add_executable|target_link_libraries)\s*\(([^)]*)\))"));
    QHash<QString, QString> layerOf;   // target -> layer of the folder defining it
    QVector<Call> links;
    const QStringList files = filesUnder(root, layers(), [](const QString &n) { return n == QLatin1String("CMakeLists.txt"); });
    for (const QString &file : files) {
        QStringList lines = readLines(root + QLatin1Char('/') + file);
        for (QString &l : lines)
            if (const int hash = int(l.indexOf(QLatin1Char('#'))); hash >= 0)
                l.truncate(hash);
        const QString text = lines.join(QLatin1Char('\n'));
        auto it = call.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const int line = int(text.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
            const QStringList args = m.captured(2).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (args.isEmpty())
                continue;
            if (m.captured(1) == QLatin1String("target_link_libraries"))
                links.append({file, line, args});
            else
                layerOf.insert(args.first(), firstFolder(file));
        }
    }
    QVector<Violation> out;
    for (const Call &c : links) {
        const QString from = layerOf.value(c.args.first(), firstFolder(c.file));
        for (const QString &lib : c.args.mid(1)) {
            if (!layerOf.contains(lib))
                continue;   // Qt, pkg-config targets, keywords
            const QString to = layerOf.value(lib);
            // widgets link the exporters' libraries for the allowed headers above.
            if (rank(to) > rank(from))
                out.append({c.file, c.line,
                            QStringLiteral("%1 (%2) links %3 (%4): a library links only its own layer and "
                                           "the layers below it").arg(c.args.first(), from, lib, to)});
        }
    }
    return out;
}

QStringList unusedAllowances(const QString &root)
{
    QStringList out;
    for (const AllowedInclude &a : allowedExporterHeaders()) {
        bool used = false;
        for (const QString &file : filesUnder(root, {a.from}, isSource)) {
            for (const Include &inc : includesOf(root + QLatin1Char('/') + file))
                used = used || inc.path == a.header;
            if (used)
                break;
        }
        if (!used)
            out << QStringLiteral("%1 -> %2").arg(a.from, a.header);
    }
    return out;
}

} // namespace sw::structure
