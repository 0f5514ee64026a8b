// View > Language switches the open window's texts without a restart (menus,
// actions, dock titles, labels, placeholders), loads Qt's own translations
// for the standard dialogs, saves the choice, and "System Default" follows
// LANGUAGE/LANG. On the real main window, the texts built with arguments
// follow too: the findings list (messages, group titles), the summary line
// under the profile and the status line.
#include "app/languagemenu.h"
#include "app/mainwindow.h"
#include "core/rules/validator.h"
#include "widgets/canvas/canvasview.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeWidget>
#include <QtTest>

using namespace sw;

class TestLanguage : public QObject {
    Q_OBJECT
    LanguageSwitcher *m_switcher = nullptr;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StackwrightTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_language"));
        QSettings().remove(QStringLiteral("ui/language"));
        m_switcher = LanguageSwitcher::install(qApp);
        QCOMPARE(LanguageSwitcher::instance(), m_switcher);
    }

    void systemDefaultFollowsTheEnvironment()
    {
        // The tests run with LANGUAGE=en.
        QCOMPARE(LanguageSwitcher::systemLanguage(), QStringLiteral("en"));
        QCOMPARE(m_switcher->current(), QStringLiteral("en"));
        QCOMPARE(m_switcher->setting(), QString());
    }

    void switchesTheOpenWindowWithoutRestart()
    {
        QMainWindow window;
        QMenu *file = window.menuBar()->addMenu(QCoreApplication::translate("sw::MainWindow", "&File"));
        QAction *save = file->addAction(QCoreApplication::translate("sw::MainWindow", "&Save"));
        auto *dock = new QDockWidget(QCoreApplication::translate("sw::MainWindow", "Properties"), &window);
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        auto *why = new QLabel(QCoreApplication::translate("sw::FindingsPanel", "Why:"), dock);
        dock->setWidget(why);
        auto *find = new QLineEdit(&window);
        find->setPlaceholderText(QCoreApplication::translate("sw::MainWindow", "Find nodes (Ctrl+F)"));
        find->setAccessibleName(QCoreApplication::translate("sw::MainWindow", "Find nodes"));
        window.setCentralWidget(find);
        auto *palette = new QListWidget(dock);   // the palette's kinds
        palette->addItem(QCoreApplication::translate("sw::Kinds", "Load balancer"));
        QMenu *language = m_switcher->createMenu(&window);
        window.menuBar()->addMenu(language);
        window.show();

        QSignalSpy changed(m_switcher, &LanguageSwitcher::languageChanged);
        m_switcher->setLanguage(QStringLiteral("fr"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(file->title(), QStringLiteral("&Fichier"));
        QCOMPARE(save->text(), QStringLiteral("&Enregistrer"));
        QCOMPARE(dock->windowTitle(), QStringLiteral("Propriétés"));
        QCOMPARE(why->text(), QStringLiteral("Pourquoi :"));
        QCOMPARE(find->placeholderText(), QStringLiteral("Rechercher des nœuds (Ctrl+F)"));
        QCOMPARE(find->accessibleName(), QStringLiteral("Rechercher des nœuds"));
        QCOMPARE(language->title(), QStringLiteral("&Langue"));
        QCOMPARE(palette->item(0)->text(), QStringLiteral("Répartiteur de charge"));
        // Qt's own texts (standard dialogs' buttons).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));

        // From the menu, as a user does: Spanish, saved in the settings.
        QAction *es = language->findChild<QAction *>(QStringLiteral("actionLanguage_es"));
        QVERIFY(es);
        es->trigger();
        QCOMPARE(m_switcher->current(), QStringLiteral("es"));
        QVERIFY(es->isChecked());
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));
        QCOMPARE(file->title(), QStringLiteral("&Archivo"));
        QCOMPARE(save->text(), QStringLiteral("&Guardar"));
        QCOMPARE(dock->windowTitle(), QStringLiteral("Propiedades"));
        QCOMPARE(why->text(), QStringLiteral("Por qué:"));
        QCOMPARE(palette->item(0)->text(), QStringLiteral("Balanceador de carga"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancelar"));

        // Back to the system's language (English here).
        language->findChild<QAction *>(QStringLiteral("actionLanguage_system"))->trigger();
        QCOMPARE(m_switcher->current(), QStringLiteral("en"));
        QCOMPARE(file->title(), QStringLiteral("&File"));
        QCOMPARE(dock->windowTitle(), QStringLiteral("Properties"));
        QCOMPARE(why->text(), QStringLiteral("Why:"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QString());
    }

    void findingsAndStatusLineFollowTheSwitch()
    {
        MainWindow window;
        window.startWith(QString(), QStringLiteral("scale-up"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("findingsTree"));
        QVERIFY(tree);
        QTRY_VERIFY(tree->topLevelItemCount() > 0);
        auto *panel = window.findChild<QWidget *>(QStringLiteral("findingsPanel"));
        QVERIFY(panel);
        // The summary line: the label whose text counts the errors.
        auto summary = [&] {
            for (QLabel *l : panel->findChildren<QLabel *>())
                if (l->text().contains(QStringLiteral("warning")) || l->text().contains(QStringLiteral("avertissement"))
                    || l->text().contains(QStringLiteral("advertencia")))
                    return l->text();
            return QString();
        };
        auto firstFinding = [&] {
            QTreeWidgetItem *group = tree->topLevelItem(0);
            return group && group->childCount() ? group->child(0)->text(0) : QString();
        };
        const QString englishFinding = firstFinding();
        const QString englishSummary = summary();
        const QString englishGroup = tree->topLevelItem(0)->text(0);
        QVERIFY2(englishSummary.contains(QStringLiteral("warning")), qPrintable(englishSummary));
        window.statusBar()->showMessage(QStringLiteral("Connected Apache to MySQL with MySQL 3306"));

        window.findChild<QAction *>(QStringLiteral("actionLanguage_fr"))->trigger();
        QCOMPARE(m_switcher->current(), QStringLiteral("fr"));
        // What the validator says in French, and the panel shows it.
        const Findings french = Validator::validate(window.model()->design()).findings;
        QVERIFY(!french.empty());
        QTRY_VERIFY2(firstFinding() != englishFinding, qPrintable(firstFinding()));
        bool listed = false;
        for (const Finding &f : french)
            listed = listed || f.message == firstFinding();
        QVERIFY2(listed, qPrintable(firstFinding()));
        QVERIFY2(summary().contains(QStringLiteral("avertissement")), qPrintable(summary()));
        QVERIFY(tree->topLevelItem(0)->text(0) != englishGroup);
        QCOMPARE(tree->headerItem()->text(0), QCoreApplication::translate("sw::FindingsPanel", "Finding"));
        QVERIFY(tree->headerItem()->text(0) != QStringLiteral("Finding"));
        // The status line: no English left; the switch is said in French.
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Langue : Français")),
                 qPrintable(window.statusBar()->currentMessage()));

        window.findChild<QAction *>(QStringLiteral("actionLanguage_es"))->trigger();
        QTRY_VERIFY2(summary().contains(QStringLiteral("advertencia")), qPrintable(summary()));
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Idioma: Español")),
                 qPrintable(window.statusBar()->currentMessage()));

        window.findChild<QAction *>(QStringLiteral("actionLanguage_system"))->trigger();
        QTRY_COMPARE(firstFinding(), englishFinding);
        QCOMPARE(summary(), englishSummary);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Language: ")),
                 qPrintable(window.statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestLanguage)
#include "test_language.moc"
