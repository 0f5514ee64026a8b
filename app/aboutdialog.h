// Help > About Stackwright: the version, the licence and the libraries used,
// each with the version found at run time (or built against).
#pragma once

#include <QDialog>
#include <QPair>
#include <QVector>

namespace sw {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // {library, version} of every library the application uses.
    static QVector<QPair<QString, QString>> libraries();
    static QString version();
    static QString licence();
};

} // namespace sw
