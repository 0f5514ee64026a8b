#include "app/cli/cli.h"

#include "core/rules/reports.h"

#include <QCoreApplication>

namespace sw::cli {

// rules [--format text|json|markdown]; markdown is the page docs/rules.md.
int runRules(const QStringList &args, Io &io)
{
    CommandLine cl(QStringLiteral("rules"), Tr::tr("Prints the rule catalog and the profiles."));
    cl.addOption({QStringLiteral("format")}, Tr::tr("text (default), json or markdown"), QStringLiteral("F"));
    if (const auto done = cl.parse(args, io))
        return *done;
    const QString format = cl.isSet(QStringLiteral("format")) ? cl.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format == QLatin1String("json"))
        printJson(io, "stackwright-rules", catalogToJson());
    else if (format == QLatin1String("markdown"))
        io.out << catalogToMarkdown();
    else if (format == QLatin1String("text"))
        io.out << catalogToText();
    else
        return cl.bad(io, Tr::tr("--format must be text, json or markdown, not \"%1\"").arg(format));
    io.out.flush();
    return Ok;
}

} // namespace sw::cli
