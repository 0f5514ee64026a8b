#include "cli.h"

#include "reports.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace sw::cli {

// rules [--format text|json|markdown]; markdown is the page docs/rules.md.
int runRules(const QStringList &args, Io &io)
{
    QString format = QStringLiteral("text");
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--format") && i + 1 < args.size()) {
            format = args[++i];
        } else {
            io.err << QCoreApplication::translate("sw::cli", "error: unexpected \"%1\" (rules [--format json])").arg(args[i])
                   << Qt::endl;
            return BadInput;
        }
    }
    if (format == QLatin1String("json"))
        io.out << QString::fromUtf8(QJsonDocument(catalogToJson()).toJson(QJsonDocument::Indented));
    else if (format == QLatin1String("markdown"))
        io.out << catalogToMarkdown();
    else if (format == QLatin1String("text"))
        io.out << catalogToText();
    else {
        io.err << QCoreApplication::translate("sw::cli", "error: --format must be text, json or markdown, not \"%1\"")
                      .arg(format) << Qt::endl;
        return BadInput;
    }
    io.out.flush();
    return Ok;
}

} // namespace sw::cli
