// stackwright-cli diff OLD NEW [--format text|json|markdown] [--layout]
// stackwright-cli diff --textconv FILE
// The changes from OLD to NEW (core/diff), what they do to the findings, the
// availability and the single points of failure, and the shell bundle files
// they change. Exit: 0 the designs are the same (layout moves aside), 1 they
// differ, 2 bad input. --textconv prints the design's stable text form for
// `git diff` (see the README for the git configuration).
#include "app/cli/cli.h"

#include "app/cli/diffreport.h"
#include "core/diff/textform.h"

#include <QJsonDocument>

namespace sw::cli {

int runDiff(const QStringList &args, Io &io)
{
    CommandLine cl(QStringLiteral("diff"),
                   Tr::tr("The changes from OLD to NEW and what they do; exit 0 the same, 1 they differ, 2 bad input."));
    cl.addPositional(QStringLiteral("OLD"), Tr::tr("the design before (with --textconv: the design to print)"));
    cl.addPositional(QStringLiteral("NEW"), Tr::tr("the design after"), CommandLine::Need::Optional);
    cl.addOption({QStringLiteral("format")}, Tr::tr("text (default), json or markdown"), QStringLiteral("F"));
    cl.addOption({QStringLiteral("layout")}, Tr::tr("list the nodes moved on the canvas only"));
    cl.addOption({QStringLiteral("textconv")}, Tr::tr("print OLD's stable text form, for git diff"));
    if (const auto done = cl.parse(args, io))
        return *done;
    const QStringList files = cl.positionals();
    const QString format = cl.isSet(QStringLiteral("format")) ? cl.value(QStringLiteral("format")) : QStringLiteral("text");
    const bool textconv = cl.isSet(QStringLiteral("textconv")), layout = cl.isSet(QStringLiteral("layout"));
    if (textconv) {
        if (files.size() != 1)
            return cl.bad(io, Tr::tr("--textconv takes one FILE"));
        Design d;
        if (!loadOrReport(files[0], &d, io))
            return BadInput;
        io.out << designTextForm(d);
        io.out.flush();
        return Ok;
    }
    if (files.size() != 2)
        return cl.bad(io, Tr::tr("OLD and NEW are needed"));
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("markdown"))
        return cl.bad(io, Tr::tr("--format must be text, json or markdown, not \"%1\"").arg(format));
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
