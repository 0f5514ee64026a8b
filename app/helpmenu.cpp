#include "app/helpmenu.h"

#include "app/aboutdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWhatsThis>

namespace sw {

QIcon applicationIcon()
{
    return QIcon::fromTheme(QStringLiteral("stackwright"), QIcon(QStringLiteral(":/icons/stackwright.svg")));
}

QVector<ManualPage> HelpMenu::manualPages()
{
    QFile f(QStringLiteral(":/help/README.md"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    // Sections for developers stay out of the manual.
    static const QStringList developerSections{QStringLiteral("Code layout"), QStringLiteral("Tests and benchmarks")};
    QVector<ManualPage> pages;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("^## "), QRegularExpression::MultilineOption));
    for (int i = 0; i < parts.size(); ++i) {
        QString body = parts[i];
        QString title;
        if (i == 0) {
            title = tr("Overview");
            body.remove(QRegularExpression(QStringLiteral("^# .*\\n"))); // the title line
        } else {
            const int nl = body.indexOf(QLatin1Char('\n'));
            title = body.left(nl).trimmed();
            body = body.mid(nl + 1);
            if (developerSections.contains(title))
                continue;
        }
        pages.append({title, QStringLiteral("## %1\n\n%2").arg(title, body.trimmed())});
    }
    return pages;
}

QVector<QPair<QString, QString>> HelpMenu::shortcuts(const QWidget *window)
{
    QVector<QPair<QString, QString>> rows;
    QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *a : window->actions())
        if (!actions.contains(a))
            actions << a;
    for (const QAction *a : actions) {
        if (a->shortcut().isEmpty() || a->text().isEmpty())
            continue;
        QString name = a->text();
        name.remove(QLatin1Char('&'));
        name.remove(QChar(0x2026)).remove(QStringLiteral("..."));
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        const QPair<QString, QString> row{name, keys.join(QStringLiteral(", "))};
        if (!rows.contains(row))
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void HelpMenu::describePanels(QMainWindow *window)
{
    const QVector<QPair<const char *, QString>> texts{
        {"paletteDock", tr("<b>Palette</b><br>The kinds of node you can place. Drag one onto the canvas, "
                           "double-click it, or press Ctrl+Shift+A to search and place. Drop a service onto a "
                           "server to put it inside.")},
        {"propertiesDock", tr("<b>Properties</b><br>The selected node's properties, each with an editor of its "
                              "type. Addresses, host names and ports are checked as you type; a bad value is "
                              "named and refused. Every change can be undone.")},
        {"findingsDock", tr("<b>Findings</b><br>What the validator finds, by severity, with why it matters and "
                            "how to fix it. Select a finding to highlight its nodes; <i>Fix</i> applies the quick "
                            "fix. A rule can be switched off for this design, with a reason.")},
        {"analysisDock", tr("<b>Analysis</b><br>Availability per tier and for the design, capacity and the "
                            "bottleneck, failure what-if (fail nodes and see who is still served), the "
                            "request-flow animation and activities for teachers.")},
    };
    for (const auto &[name, text] : texts)
        if (auto *dock = window->findChild<QDockWidget *>(QLatin1String(name))) {
            dock->setWhatsThis(text);
            if (dock->widget())
                dock->widget()->setWhatsThis(text);
        }
    if (QWidget *canvas = window->centralWidget())
        canvas->setWhatsThis(tr("<b>Canvas</b><br>Your design: servers are boxes that hold their services, zones hold "
                                "servers, clusters are drawn around their members. Drag from a node's handle to "
                                "another node to link them. Ctrl+wheel zooms, Space+drag or the middle button pans."));
}

void HelpMenu::showManual(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("manualDialog"));
    dialog.setWindowTitle(tr("Stackwright Manual"));
    auto *pages = new QListWidget(&dialog);
    pages->setAccessibleName(tr("Manual pages"));
    auto *browser = new QTextBrowser(&dialog);
    browser->setOpenExternalLinks(true);
    const QVector<ManualPage> manual = manualPages();
    for (const ManualPage &p : manual)
        pages->addItem(p.title);
    pages->setMaximumWidth(200);
    QObject::connect(pages, &QListWidget::currentRowChanged, browser, [browser, manual](int row) {
        if (row >= 0 && row < manual.size())
            browser->setMarkdown(manual[row].markdown);
    });
    pages->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(pages);
    row->addWidget(browser, 1);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(row);
    layout->addWidget(buttons);
    dialog.resize(900, 640);
    dialog.exec();
}

void HelpMenu::showShortcuts(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    const auto rows = shortcuts(parent);
    auto *table = new QTableWidget(int(rows.size()), 2, &dialog);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->resizeColumnToContents(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(520, 560);
    dialog.exec();
}

QMenu *HelpMenu::attach(QMainWindow *window, QMenu *fileMenu)
{
    window->setWindowIcon(applicationIcon());
    describePanels(window);
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *manual = help->addAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&Manual"), window,
                                      [window] { showManual(window); });
    manual->setObjectName(QStringLiteral("actionManual"));
    manual->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard Shortcuts"), window, [window] { showShortcuts(window); })
        ->setObjectName(QStringLiteral("actionShortcuts"));
    QAction *whatsThis = QWhatsThis::createAction(window);
    whatsThis->setObjectName(QStringLiteral("actionWhatsThis"));
    help->addAction(whatsThis);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Stackwright"), window, [window] { AboutDialog(window).exec(); });
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);

    // Quit stays the last item of File, after what the features added.
    if (fileMenu) {
        if (QAction *quit = window->findChild<QAction *>(QStringLiteral("actionQuit"))) {
            fileMenu->removeAction(quit);
            if (!fileMenu->actions().isEmpty() && !fileMenu->actions().constLast()->isSeparator())
                fileMenu->addSeparator();
            fileMenu->addAction(quit);
        }
    }
    return help;
}

} // namespace sw
