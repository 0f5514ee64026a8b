// The GUI view of `lab verify`: Tools > Check Predictions in the Lab… opens
// the dialog; a report fills the table (agreeing rows and a disagreement);
// as root, Run verifies the single-balancer design on a worker thread for
// real, every row agrees, and the lab is down afterwards.
#include "widgets/labverify/labverifydialog.h"
#include "widgets/labverify/labverifyfeature.h"

#include "core/io/designfile.h"
#include "core/model/designmodel.h"
#include "widgets/canvas/editorcontext.h"

#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>
#include <unistd.h>

using namespace sw;

class TestLabVerifyDialog : public QObject {
    Q_OBJECT
private:
    DesignModel m_model;
    QMainWindow m_window;
    QMenu *m_tools = nullptr;

    LabVerifyDialog *openDialog()
    {
        QAction *action = m_window.findChild<QAction *>(QStringLiteral("labVerifyAction"));
        if (!action)
            return nullptr;
        action->trigger();
        return m_window.findChild<LabVerifyDialog *>(QStringLiteral("labVerifyDialog"));
    }

private slots:
    void initTestCase()
    {
        Design d;
        QString error;
        QVERIFY2(loadDesignFile(QStringLiteral(SW_SOURCE_DIR "/tests/lab/single-balancer.json"), &d, &error), qPrintable(error));
        m_model.reset(d);
        m_tools = m_window.menuBar()->addMenu(QStringLiteral("Tools"));
        EditorContext ctx;
        ctx.model = &m_model;
        ctx.window = &m_window;
        ctx.toolsMenu = m_tools;
        attachLabVerify(ctx);
    }

    void toolsMenuOpensTheDialog()
    {
        QVERIFY(m_tools->actions().contains(m_window.findChild<QAction *>(QStringLiteral("labVerifyAction"))));
        LabVerifyDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *run = dialog->findChild<QPushButton *>(QStringLiteral("labVerifyRun"));
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("labVerifyStatus"));
        QVERIFY(run && status);
        // Root runs it; anybody else is told why and what to run, before anything starts.
        QCOMPARE(run->isEnabled(), geteuid() == 0);
        if (geteuid() != 0)
            QVERIFY2(status->text().contains(QLatin1String("sudo stackwright-cli lab verify")), qPrintable(status->text()));
        QCOMPARE(openDialog(), dialog); // one per window
    }

    void reportFillsTheTable()
    {
        LabVerifyDialog *dialog = openDialog();
        QVERIFY(dialog);
        verify::VerifyReport report;
        report.designName = QStringLiteral("t");
        verify::Observation down;
        down.checked = true;
        down.reads = down.writes = verify::Served::No;
        down.readsSent = down.writesSent = 3;
        report.rows << verify::compare({QStringLiteral("lb-1"), QStringLiteral("lb-01"), false, true, false, false, {}}, down);
        verify::Observation up = down;
        up.reads = verify::Served::Yes;
        up.readsOk = 3;
        report.rows << verify::compare({QStringLiteral("web-1"), QStringLiteral("web-01"), false, true, false, false, {}}, up);
        dialog->showReport(report);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("labVerifyTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("lb-01"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("yes"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("no (0 of 3)"));
        QCOMPARE(table->item(0, 6)->text(), QStringLiteral("yes"));
        QCOMPARE(table->item(1, 4)->text(), QStringLiteral("yes (3 of 3)"));
        QCOMPARE(table->item(1, 6)->text(), QStringLiteral("NO"));
        const QString notes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("labVerifyNotes"))->toPlainText();
        QVERIFY2(notes.contains(QLatin1String("Disagrees on web-01")), qPrintable(notes));
        QVERIFY(!notes.contains(QLatin1String("on lb-01")));
    }

    // For real (root): a run on the worker thread, with progress, every row agreeing.
    void runVerifiesTheDesign()
    {
        if (geteuid() != 0)
            QSKIP("the lab needs root (CI runs as root)");
        QVERIFY2(!QFile::exists(QStringLiteral("/run/netns/swlab-net")), "a lab is already running on this machine");
        LabVerifyDialog *dialog = openDialog();
        QVERIFY(dialog);
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("labVerifyStatus"));
        QSignalSpy done(dialog, &LabVerifyDialog::runFinished);
        QStringList seen;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (seen.isEmpty() || seen.last() != status->text())
                seen << status->text();
        });
        poll.start(50);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("labVerifyRun")), Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        QVERIFY(done.wait(600000));
        poll.stop();
        QVERIFY2(done.first().first().toBool(), qPrintable(status->text()));
        QVERIFY2(seen.join(QLatin1Char('\n')).contains(QLatin1String("failing lb-01")), qPrintable(seen.join(QLatin1Char('\n'))));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("labVerifyTable"));
        QCOMPARE(table->rowCount(), 4);
        for (int r = 0; r < table->rowCount(); ++r)
            QVERIFY2(table->item(r, 6)->text() == QLatin1String("yes"),
                     qPrintable(dialog->findChild<QPlainTextEdit *>(QStringLiteral("labVerifyNotes"))->toPlainText()));
        QCOMPARE(table->item(1, 4)->text().left(2), QStringLiteral("no")); // lb-01 failed: the site is down
        QVERIFY(!QFile::exists(QStringLiteral("/run/netns/swlab-net")));
        QVERIFY(!QFile::exists(QStringLiteral("/run/stackwright-lab")));
    }
};

QTEST_MAIN(TestLabVerifyDialog)
#include "test_labverify_dialog.moc"
