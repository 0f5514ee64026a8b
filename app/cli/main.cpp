// stackwright-cli: works without a display (the offscreen platform is used
// for painting exports when no other is set).
#include "app/cli/cli.h"
#include "app/qtmessages.h"
#include "app/swversion.h"

#include <QGuiApplication>
#include <QTranslator>
#include <QLocale>
#include <cstdio>

int main(int argc, char **argv)
{
    sw::installQuietMessageHandler();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stackwright-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Stackwright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SW_VERSION));
    // People read the text output in their language (LANG/LANGUAGE); --format json
    // is for programs: it stays English and stable, so no translator then.
    const QStringList given = QCoreApplication::arguments();
    const qsizetype f = given.indexOf(QLatin1String("--format"));
    const bool json = given.contains(QLatin1String("--format=json")) || (f > 0 && given.value(f + 1) == QLatin1String("json"));
    QTranslator translator;
    if (!json && translator.load(QLocale(), QStringLiteral("stackwright"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    sw::cli::Io io{out, err};
    QStringList args = QCoreApplication::arguments().mid(1);

    auto usage = [&](QTextStream &s) {
        s << QCoreApplication::translate("sw::cli", "usage: stackwright-cli COMMAND [OPTIONS] ...") << "\n"
          << QCoreApplication::translate("sw::cli", "       stackwright-cli COMMAND --help | --help | --version") << "\n\n"
          << QCoreApplication::translate("sw::cli", "commands:") << "\n";
        for (const auto &c : sw::cli::commands())
            s << "  " << QCoreApplication::translate("sw::cli", c.synopsis) << "\n";
        s << "\n" << QCoreApplication::translate("sw::cli", "A file name - means standard input or output. "
                                                             "Exit status: 0 success, 1 findings or a failure, 2 bad input.")
          << "\n";
        s.flush();
    };
    if (args.isEmpty()) {
        usage(err);
        return sw::cli::BadInput;
    }
    const QString name = args.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        usage(out);
        return sw::cli::Ok;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-V")) {
        out << "stackwright-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return sw::cli::Ok;
    }
    for (const auto &c : sw::cli::commands()) {
        if (name == QLatin1String(c.name)) {
            const int rc = c.run(args, io);
            out.flush();
            err.flush();
            return rc;
        }
    }
    err << QCoreApplication::translate("sw::cli", "error: unknown command \"%1\"").arg(name) << "\n";
    usage(err);
    return sw::cli::BadInput;
}
