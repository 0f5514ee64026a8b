#include "mainwindow.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Stackwright"));
    QCoreApplication::setOrganizationName(QStringLiteral("Stackwright"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("stackwright"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    sw::MainWindow window;
    window.show();
    return app.exec();
}
