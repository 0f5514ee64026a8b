#include "cli.h"

#include "profiles.h"
#include "reports.h"
#include "validator.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace sw::cli {

// validate FILE [--profile P] [--format text|json]
int runValidate(const QStringList &args, Io &io)
{
    QString file, profile, format = QStringLiteral("text");
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--profile") || a == QLatin1String("--format")) {
            if (i + 1 >= args.size()) {
                io.err << Tr::tr("error: %1 needs a value").arg(a) << Qt::endl;
                return BadInput;
            }
            (a == QLatin1String("--profile") ? profile : format) = args[++i];
        } else if (a.startsWith(QLatin1String("--"))) {
            io.err << Tr::tr("error: unknown option \"%1\" (validate FILE [--profile P] [--format text|json])").arg(a)
                   << Qt::endl;
            return BadInput;
        } else if (file.isEmpty()) {
            file = a;
        } else {
            io.err << Tr::tr("error: validate takes one file, \"%1\" is a second one").arg(a) << Qt::endl;
            return BadInput;
        }
    }
    if (file.isEmpty()) {
        io.err << Tr::tr("error: validate needs a file (validate FILE [--profile P] [--format text|json])") << Qt::endl;
        return BadInput;
    }
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        io.err << Tr::tr("error: --format must be text or json, not \"%1\"").arg(format) << Qt::endl;
        return BadInput;
    }
    if (!profile.isEmpty() && profile != Validator::noProfile() && !findProfile(profile)) {
        QStringList names;
        for (const ProfileInfo &p : profileCatalog())
            names << p.nameString();
        io.err << Tr::tr("error: unknown profile \"%1\" (one of: %2, or none)").arg(profile, names.join(QStringLiteral(", ")))
               << Qt::endl;
        return BadInput;
    }
    Design design;
    if (!loadOrReport(file, &design, io))
        return BadInput;
    const ValidationResult result = Validator::validate(design, profile);
    if (format == QLatin1String("json"))
        io.out << QString::fromUtf8(QJsonDocument(resultToJson(design.name, result)).toJson(QJsonDocument::Indented));
    else
        io.out << resultToText(design.name, result);
    io.out.flush();
    return result.hasErrors() ? Failed : Ok;
}

} // namespace sw::cli
