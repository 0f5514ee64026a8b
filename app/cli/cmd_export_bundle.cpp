#include "cli.h"

#include "ansiblebundle.h"
#include "shellbundle.h"

#include <QCoreApplication>
#include <QDir>

namespace sw::cli {

namespace {

} // namespace

// `export FILE --format shell|ansible --output DIR`: a folder of shell
// scripts or an Ansible project (exporters/bundle). Exit 2 on bad input or
// an unwritable folder; the folder is never left half-written.
int runExportBundle(const QStringList &args, Io &io)
{
    QString file, format, output;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if ((a == QLatin1String("--format") || a == QLatin1String("--output")) && i + 1 < args.size()) {
            (a == QLatin1String("--format") ? format : output) = args[++i];
        } else if (a.startsWith(QLatin1String("--format="))) {
            format = a.mid(9);
        } else if (a.startsWith(QLatin1String("--output="))) {
            output = a.mid(9);
        } else if (a.startsWith(QLatin1String("--"))) {
            io.err << Tr::tr("error: unknown option %1").arg(a) << Qt::endl;
            return BadInput;
        } else if (file.isEmpty()) {
            file = a;
        } else {
            io.err << Tr::tr("error: unexpected argument %1").arg(a) << Qt::endl;
            return BadInput;
        }
    }
    if (file.isEmpty() || output.isEmpty()) {
        io.err << Tr::tr("usage: stackwright-cli export FILE --format shell|ansible --output DIR") << Qt::endl;
        return BadInput;
    }
    Design design;
    if (!loadOrReport(file, &design, io))
        return BadInput;
    QString error;
    bool ok = false;
    if (format == QLatin1String("shell"))
        ok = bundle::writeShellBundle(design, output, &error);
    else if (format == QLatin1String("ansible"))
        ok = bundle::writeAnsibleBundle(design, output, &error);
    else
        error = Tr::tr("--format must be shell or ansible");
    if (!ok) {
        io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        return BadInput;
    }
    io.out << Tr::tr("wrote %1").arg(QDir::toNativeSeparators(output)) << Qt::endl;
    return Ok;
}

} // namespace sw::cli
