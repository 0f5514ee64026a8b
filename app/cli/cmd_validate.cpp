#include "app/cli/cli.h"

#include "core/rules/profiles.h"
#include "core/rules/reports.h"
#include "core/rules/validator.h"

#include <QCoreApplication>

namespace sw::cli {

// validate FILE [--profile P] [--format text|json]
int runValidate(const QStringList &args, Io &io)
{
    CommandLine cl(QStringLiteral("validate"),
                   Tr::tr("Checks a design against the rules and a profile; exit 0 no error finding, 1 errors, 2 bad input."));
    cl.addPositional(QStringLiteral("FILE"), Tr::tr("a design (.json, .stackwright, or - for standard input)"));
    cl.addOption({QStringLiteral("p"), QStringLiteral("profile")}, Tr::tr("the spec profile (default: the design's own), or none"),
                 QStringLiteral("P"));
    cl.addOption({QStringLiteral("format")}, Tr::tr("text (default) or json"), QStringLiteral("F"));
    if (const auto done = cl.parse(args, io))
        return *done;
    const QString file = cl.positional(0), profile = cl.value(QStringLiteral("profile"));
    const QString format = cl.isSet(QStringLiteral("format")) ? cl.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return cl.bad(io, Tr::tr("--format must be text or json, not \"%1\"").arg(format));
    if (!profile.isEmpty() && profile != Validator::noProfile() && !findProfile(profile)) {
        QStringList names;
        for (const ProfileInfo &p : profileCatalog())
            names << p.nameString();
        return cl.bad(io, Tr::tr("unknown profile \"%1\" (one of: %2, or none)").arg(profile, names.join(QStringLiteral(", "))));
    }
    Design design;
    if (!loadOrReport(file, &design, io))
        return BadInput;
    const ValidationResult result = Validator::validate(design, profile);
    if (format == QLatin1String("json"))
        printJson(io, "stackwright-findings", resultToJson(design.name, result));
    else
        io.out << resultToText(design.name, result);
    io.out.flush();
    return result.hasErrors() ? Failed : Ok;
}

} // namespace sw::cli
