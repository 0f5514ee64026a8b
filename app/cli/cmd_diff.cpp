// stackwright-cli diff OLD NEW [--format text|json|markdown] [--layout]
// stackwright-cli diff --textconv FILE
// The changes from OLD to NEW (core/diff), what they do to the findings, the
// availability and the single points of failure, and the shell bundle files
// they change. Exit: 0 the designs are the same (layout moves aside), 1 they
// differ, 2 bad input. --textconv prints the design's stable text form for
// `git diff` (see the README for the git configuration).
#include "cli.h"

#include "diffreport.h"
#include "textform.h"

#include <QJsonDocument>

namespace sw::cli {

namespace {

void usage(QTextStream &s)
{
    s << Tr::tr("usage: stackwright-cli diff OLD NEW [--format text|json|markdown] [--layout]\n"
                "       stackwright-cli diff --textconv FILE")
      << Qt::endl;
}

} // namespace

int runDiff(const QStringList &args, Io &io)
{
    QStringList files;
    QString format = QStringLiteral("text");
    bool textconv = false, layout = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            usage(io.out);
            return Ok;
        } else if (a == QLatin1String("--format")) {
            if (i + 1 >= args.size())
                return badInput(io, Tr::tr("%1 needs a value").arg(a), usage);
            format = args[++i];
        } else if (a.startsWith(QLatin1String("--format="))) {
            format = a.mid(9);
        } else if (a == QLatin1String("--textconv")) {
            textconv = true;
        } else if (a == QLatin1String("--layout")) {
            layout = true;
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            return badInput(io, Tr::tr("unknown option \"%1\"").arg(a), usage);
        } else {
            files << a;
        }
    }
    if (textconv) {
        if (files.size() != 1)
            return badInput(io, Tr::tr("--textconv takes one FILE"), usage);
        Design d;
        if (!loadOrReport(files[0], &d, io))
            return BadInput;
        io.out << designTextForm(d);
        io.out.flush();
        return Ok;
    }
    if (files.size() != 2)
        return badInput(io, files.size() < 2 ? Tr::tr("OLD and NEW are needed") : Tr::tr("unexpected argument \"%1\"").arg(files[2]),
                        usage);
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("markdown"))
        return badInput(io, Tr::tr("--format must be text, json or markdown, not \"%1\"").arg(format), usage);
    Design oldDesign, newDesign;
    if (!loadOrReport(files[0], &oldDesign, io) || !loadOrReport(files[1], &newDesign, io))
        return BadInput;
    DiffReport report = DiffReport::compute(oldDesign, newDesign);
    report.oldName = files[0];
    report.newName = files[1];
    report.showLayout = layout;
    if (format == QLatin1String("json"))
        io.out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else if (format == QLatin1String("markdown"))
        report.printMarkdown(io.out);
    else
        report.printText(io.out);
    io.out.flush();
    return report.diff.isEmpty() ? Ok : Failed;
}

} // namespace sw::cli
