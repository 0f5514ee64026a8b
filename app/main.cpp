#include "canvasview.h"
#include "languagemenu.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Stackwright"));
    QCoreApplication::setOrganizationName(QStringLiteral("Stackwright"));
    // The saved language, else the system's (LANGUAGE, LANG); Qt's own dialogs too.
    sw::LanguageSwitcher::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Design web infrastructure."));
    parser.addHelpOption();
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
    QCommandLineOption templateOption(QStringLiteral("template"),
                                      QCoreApplication::translate("main", "Start from the built-in template NAME "
                                                                          "(e.g. scale-up, the www.foobar.com design)."),
                                      QStringLiteral("NAME"));
    parser.addOption(templateOption);
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "A design to open."));
    parser.process(app);

    sw::MainWindow window;
    const QString shot = parser.value(screenshot);
    if (!shot.isEmpty())
        window.resize(1600, 1000);
    window.show();
    const QString file = parser.positionalArguments().value(0);
    window.startWith(file, parser.value(templateOption));
    // Nothing asked for: the first screen (never in front of a screenshot).
    if (file.isEmpty() && !parser.isSet(templateOption) && shot.isEmpty()
        && window.model()->design().nodes().empty())
        QTimer::singleShot(0, &window, [&window] { window.showStartPage(); });
    if (parser.isSet(highContrast))
        window.setPresentationMode(true);
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
