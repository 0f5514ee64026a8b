#include "cli.h"

#include "io/designfile.h"
#include "io/templates.h"

#include <QCoreApplication>

namespace sw::cli {

namespace {
void usage(QTextStream &s)
{
    s << Tr::tr("usage: stackwright-cli new --template NAME --output FILE") << "\n"
      << Tr::tr("  Writes a design from a built-in template; FILE ends in .json or .stackwright.") << "\n"
      << Tr::tr("  Templates: %1").arg(templateNames().join(QStringLiteral(", "))) << "\n";
}

int bad(Io &io, const QString &msg) { return badInput(io, msg, usage); }
} // namespace

int runNew(const QStringList &args, Io &io)
{
    QString templ, output;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](const QString &name, QString *out) {
            if (a.startsWith(name + QLatin1Char('='))) {
                *out = a.mid(name.size() + 1);
                return true;
            }
            if (a != name)
                return false;
            // A value may not be missing nor be the next option.
            if (i + 1 < args.size() && !args[i + 1].startsWith(QLatin1String("--")))
                *out = args[++i];
            return true;
        };
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            usage(io.out);
            return Ok;
        }
        if (value(QStringLiteral("--template"), &templ) || value(QStringLiteral("--output"), &output)
            || value(QStringLiteral("-o"), &output))
            continue;
        return bad(io, a.startsWith(QLatin1Char('-')) ? Tr::tr("unknown option \"%1\"").arg(a)
                                                      : Tr::tr("unexpected argument \"%1\"").arg(a));
    }
    if (templ.isEmpty())
        return bad(io, Tr::tr("--template NAME is missing"));
    if (output.isEmpty())
        return bad(io, Tr::tr("--output FILE is missing"));
    if (!hasDesignSuffix(output))
        return bad(io, Tr::tr("%1: the output must end in .json or .stackwright").arg(output));

    Design d;
    QString error;
    if (!loadTemplate(templ, &d, &error)) {
        io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        return BadInput;
    }
    if (!saveDesignFile(d, output, &error)) {
        io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        return BadInput;
    }
    io.out << Tr::tr("Wrote %1 from template \"%2\" (%3 nodes, %4 links).")
                  .arg(output, templ).arg(d.nodes().size()).arg(d.links().size())
           << Qt::endl;
    return Ok;
}

} // namespace sw::cli
