#include "widgets/canvas/canvasview.h"
#include "widgets/compare/comparefeature.h"
#include "app/helpmenu.h"
#include "app/languagemenu.h"
#include "app/mainwindow.h"
#include "app/qtmessages.h"
#include "app/swversion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <cstdio>

int main(int argc, char **argv)
{
    sw::installQuietMessageHandler();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Stackwright"));
    QCoreApplication::setOrganizationName(QStringLiteral("Stackwright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SW_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.stackwright.Stackwright"));
    QApplication::setWindowIcon(sw::applicationIcon());
    // The saved language, else the system's (LANGUAGE, LANG); Qt's own dialogs too.
    sw::LanguageSwitcher::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Design web infrastructure."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main", "Save a picture of the window to FILE and quit."),
                                  QStringLiteral("FILE"));
    parser.addOption(screenshot);
    QCommandLineOption zoom(QStringLiteral("zoom"),
                            QCoreApplication::translate("main", "With --screenshot: show the design at PERCENT "
                                                                "(centred) instead of fitted."),
                            QStringLiteral("PERCENT"));
    parser.addOption(zoom);
    QCommandLineOption highContrast(QStringLiteral("high-contrast"),
                                    QCoreApplication::translate("main", "Start with the high-contrast look for "
                                                                        "projectors (View > High-Contrast Look)."));
    parser.addOption(highContrast);
    QCommandLineOption compare(QStringLiteral("compare"),
                               QCoreApplication::translate("main", "Compare the design with the one in FILE "
                                                                   "(File > Compare With…)."),
                               QStringLiteral("FILE"));
    parser.addOption(compare);
    QCommandLineOption templateOption(QStringLiteral("template"),
                                      QCoreApplication::translate("main", "Start from the built-in template NAME "
                                                                          "(e.g. scale-up, the www.foobar.com design)."),
                                      QStringLiteral("NAME"));
    parser.addOption(templateOption);
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "A design to open."));
    // Help and version answered here and returned from main (process() would
    // call exit() while the platform is still up).
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "stackwright: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        const QString text = parser.isSet(help) ? parser.helpText()
                                                : QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                                                               QCoreApplication::applicationVersion());
        std::fputs(qPrintable(text), stdout);
        return 0;
    }

    sw::MainWindow window;
    const QString shot = parser.value(screenshot);
    if (!shot.isEmpty())
        window.resize(1600, 1000);
    window.show();
    const QString file = parser.positionalArguments().value(0);
    // A screenshot is taken unattended: no dialog may wait for an answer.
    const auto mode = shot.isEmpty() ? sw::MainWindow::Start::Interactive : sw::MainWindow::Start::Unattended;
    QString error;
    if (!window.startWith(file, parser.value(templateOption), mode, &error) && !shot.isEmpty()) {
        std::fputs(qPrintable(error + QLatin1Char('\n')), stderr);
        return 1;
    }
    // Nothing asked for: the first screen (never in front of a screenshot).
    if (file.isEmpty() && !parser.isSet(templateOption) && shot.isEmpty()
        && window.model()->design().nodes().empty())
        QTimer::singleShot(0, &window, [&window] { window.showStartPage(); });
    if (parser.isSet(highContrast))
        window.setPresentationMode(true);
    if (auto *cmp = window.findChild<sw::CompareFeature *>(); cmp && parser.isSet(compare)) {
        QString error;
        if (!cmp->compareWith(parser.value(compare), &error))
            qWarning("%s", qPrintable(error));
    }
    if (!shot.isEmpty()) {
        const double percent = parser.value(zoom).toDouble();
        QTimer::singleShot(600, &window, [&window, shot, percent] {
            window.view()->zoomToFit();
            if (percent > 0)
                window.view()->setZoom(percent / 100, window.view()->mapToScene(window.view()->viewport()->rect().center()));
            QTimer::singleShot(300, &window, [&window, shot] {
                const bool ok = window.grab().save(shot);
                QCoreApplication::exit(ok ? 0 : 1);
            });
        });
    }
    return app.exec();
}
