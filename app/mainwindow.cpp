#include "mainwindow.h"

namespace sw {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Stackwright"));
}

} // namespace sw
