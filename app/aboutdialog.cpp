#include "app/aboutdialog.h"

#include "app/helpmenu.h"
#include "app/swversion.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <graphviz/graphviz_version.h>
#include <libssh/libssh.h>
#include <sqlite3.h>

namespace sw {

QString AboutDialog::version() { return QStringLiteral(SW_VERSION); }

QString AboutDialog::licence() { return QStringLiteral(SW_LICENSE); }

QVector<QPair<QString, QString>> AboutDialog::libraries()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("Graphviz"), QStringLiteral(PACKAGE_VERSION)},
        {QStringLiteral("libssh"), QString::fromLatin1(ssh_version(0))},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
    };
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Stackwright"));
    auto *icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    QString libs;
    for (const auto &[name, v] : libraries())
        libs += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>").arg(name.toHtmlEscaped(), v.toHtmlEscaped());
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(QStringLiteral("<h2>Stackwright %1</h2><p>%2</p><p>%3</p><p><b>%4</b></p><table>%5</table>")
                      .arg(version().toHtmlEscaped(),
                           tr("A desktop topology designer for web infrastructure: draw the stack, check it "
                              "against the spec, export pictures, reports and deploy bundles.")
                               .toHtmlEscaped(),
                           tr("Licence: %1").arg(licence()).toHtmlEscaped(), tr("Libraries used").toHtmlEscaped(), libs));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

} // namespace sw
