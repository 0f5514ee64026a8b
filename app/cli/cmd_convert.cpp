#include "cli.h"

#include "io/designfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sw::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::cli)
};

void usage(QTextStream &s)
{
    s << Tr::tr("usage: stackwright-cli convert IN OUT") << "\n"
      << Tr::tr("  Converts between the JSON format (.json) and the native file (.stackwright), by extension.") << "\n";
}

int bad(Io &io, const QString &msg) { return badInput(io, msg, usage); }

bool knownSuffix(const QString &path)
{
    const QString s = QFileInfo(path).suffix().toLower();
    return s == QLatin1String("json") || s == QLatin1String("stackwright");
}
} // namespace

int runConvert(const QStringList &args, Io &io)
{
    QStringList files;
    for (const QString &a : args) {
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            usage(io.out);
            return Ok;
        }
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1)
            return bad(io, Tr::tr("unknown option \"%1\"").arg(a));
        files << a;
    }
    if (files.size() < 2)
        return bad(io, files.isEmpty() ? Tr::tr("IN and OUT are missing") : Tr::tr("OUT is missing"));
    if (files.size() > 2)
        return bad(io, Tr::tr("unexpected argument \"%1\"").arg(files[2]));
    const QString &in = files[0], &out = files[1];
    if (!knownSuffix(out))
        return bad(io, Tr::tr("%1: the output must end in .json or .stackwright").arg(out));
    if (QFileInfo(in).absoluteFilePath() == QFileInfo(out).absoluteFilePath())
        return bad(io, Tr::tr("%1: IN and OUT are the same file").arg(in));

    Design d;
    if (!loadOrReport(in, &d, io))
        return BadInput;
    QString error;
    if (!saveDesignFile(d, out, &error)) {
        io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        return BadInput;
    }
    io.out << Tr::tr("Wrote %1 (%2 nodes, %3 links).").arg(out).arg(d.nodes().size()).arg(d.links().size()) << Qt::endl;
    return Ok;
}

} // namespace sw::cli
