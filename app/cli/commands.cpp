#include "cli.h"

#include "io/designfile.h"

#include <QCoreApplication>

namespace sw::cli {

const QVector<Command> &commands()
{
    static const QVector<Command> table{
        {"new", QT_TRANSLATE_NOOP("sw::cli", "new --template NAME --output FILE   a design from a built-in template"), runNew},
        {"convert", QT_TRANSLATE_NOOP("sw::cli", "convert IN OUT                      JSON to .stackwright and back"), runConvert},
        {"info", QT_TRANSLATE_NOOP("sw::cli", "info FILE                           a one-screen summary"), runInfo},
        {"validate", QT_TRANSLATE_NOOP("sw::cli", "validate FILE [--profile P] [--format text|json]"), runValidate},
        {"rules", QT_TRANSLATE_NOOP("sw::cli", "rules [--format json]               the rule catalog"), runRules},
        {"export", QT_TRANSLATE_NOOP("sw::cli", "export FILE --format F --output PATH  png|svg|pdf|dot|report|shell|ansible"), runExport},
        {"deploy", QT_TRANSLATE_NOOP("sw::cli", "deploy FILE [--dry-run|--check] [--host ID]... [--identity KEY] [--known-hosts FILE] [--jobs N]"), runDeploy},
        {"analyse", QT_TRANSLATE_NOOP("sw::cli", "analyse FILE [--fail ID]... [--format text|json]"), runAnalyse},
        {"grade", QT_TRANSLATE_NOOP("sw::cli", "grade ACTIVITY SUBMISSION [--format text|json]"), runGrade},
        {"lab", QT_TRANSLATE_NOOP("sw::cli", "lab up FILE | status | exec NODE -- CMD | fail NODE | heal NODE | probe | down"), runLab},
    };
    return table;
}

int badInput(Io &io, const QString &message, void (*usage)(QTextStream &))
{
    io.err << Tr::tr("error: %1").arg(message) << "\n";
    usage(io.err);
    io.err.flush();
    return BadInput;
}

std::optional<int> takeFiles(const QStringList &args, const QStringList &names, Io &io,
                             void (*usage)(QTextStream &), QStringList *files)
{
    files->clear();
    for (const QString &a : args) {
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            usage(io.out);
            return Ok;
        }
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1)
            return badInput(io, Tr::tr("unknown option \"%1\"").arg(a), usage);
        *files << a;
    }
    if (files->size() > names.size())
        return badInput(io, Tr::tr("unexpected argument \"%1\"").arg(files->at(names.size())), usage);
    const QStringList missing = names.mid(files->size());
    if (missing.size() == 1)
        return badInput(io, Tr::tr("%1 is missing").arg(missing[0]), usage);
    if (!missing.isEmpty())
        return badInput(io, Tr::tr("%1 and %2 are missing").arg(missing.mid(0, missing.size() - 1).join(QStringLiteral(", ")), missing.last()), usage);
    return std::nullopt;
}

bool loadOrReport(const QString &path, Design *out, Io &io)
{
    QString error;
    if (loadDesignFile(path, out, &error))
        return true;
    io.err << QCoreApplication::translate("sw::cli", "error: %1").arg(error) << Qt::endl;
    return false;
}

} // namespace sw::cli
