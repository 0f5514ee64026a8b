#include "app/cli/cli.h"

#include "core/io/designfile.h"

#include <QCoreApplication>

namespace sw::cli {

const QVector<Command> &commands()
{
    static const QVector<Command> table{
        {"new", QT_TRANSLATE_NOOP("sw::cli", "new --template NAME --output FILE   a design from a built-in template"), runNew},
        {"convert", QT_TRANSLATE_NOOP("sw::cli", "convert IN OUT                      JSON to .stackwright and back"), runConvert},
        {"info", QT_TRANSLATE_NOOP("sw::cli", "info FILE                           a one-screen summary"), runInfo},
        {"validate", QT_TRANSLATE_NOOP("sw::cli", "validate FILE [--profile P] [--format text|json]"), runValidate},
        {"rules", QT_TRANSLATE_NOOP("sw::cli", "rules [--format text|json|markdown]  the rule catalog"), runRules},
        {"export", QT_TRANSLATE_NOOP("sw::cli", "export FILE --format F --output PATH  png|svg|pdf|dot|report|shell|ansible"), runExport},
        {"deploy", QT_TRANSLATE_NOOP("sw::cli", "deploy FILE [--dry-run|--check] [--host ID]... [--identity KEY] [--known-hosts FILE] [--jobs N]"), runDeploy},
        {"analyse", QT_TRANSLATE_NOOP("sw::cli", "analyse FILE [--fail ID]... [--format text|json]"), runAnalyse},
        {"grade", QT_TRANSLATE_NOOP("sw::cli", "grade ACTIVITY SUBMISSION [--model ANSWER] [--format text|json]"), runGrade},
        {"lab", QT_TRANSLATE_NOOP("sw::cli", "lab up FILE | status | exec NODE -- CMD | fail NODE | heal NODE | probe | down"), runLab},
        {"diff", QT_TRANSLATE_NOOP("sw::cli", "diff OLD NEW [--format text|json|markdown] | diff --textconv FILE"), runDiff},
    };
    return table;
}

} // namespace sw::cli
